// Organisation rules of NER round 7 (bench/facts/README.md), on fictional text: ordinals that
// refer back to a numbered unit, shops named "X's", lists after a plural class word, and the
// organisation head words added in that round.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "facts/entity_cues.h"
#include "facts/entity_rules.h"
#include "facts/mention_test_util.h"
#include "stemma/facts.h"

namespace stemma::facts {
namespace {

using Names = std::vector<std::string>;

TEST(EntityRulesRound7Test, TheOrdinalOfAnOrganisationNamesIt) {
  TokenizedText tt;
  Tokenize(
      "The 139th Tarn Infantry formed in 1862. The 139th marched north, the 139th wing "
      "rested, the 139th Ayle Rifles left and the 12th stayed. The 24th Tarn District voted; "
      "the 24th is a district.",
      &tt);
  // Only a unit's ordinal ("Infantry"), not a district's.
  std::vector<Mention> ms = {Over(tt, "139th Tarn Infantry", 'O'),
                             Over(tt, "139th Ayle Rifles", 'O'),
                             Over(tt, "24th Tarn District", 'O')};
  AddOrdinalReferences(tt, Claimed(tt.tokens.size(), 0), &ms);
  Names got;
  for (const Mention& m : ms) {
    got.push_back(std::string(1, m.type) + ":" + std::string(tt.Span(m.first, m.last)));
  }
  EXPECT_EQ(got, (Names{"O:139th Tarn Infantry", "O:139th", "O:139th wing", "O:139th Ayle Rifles",
                        "O:24th Tarn District"}));
}

TEST(EntityRulesRound7Test, OrdinalsInDatesAreLeftAlone) {
  TokenizedText tt;
  Tokenize("The 14th Tarn Fleet sailed on the 14th.", &tt);
  std::vector<Mention> ms = {Over(tt, "14th Tarn Fleet", 'O')};  // a unit
  Claimed claimed(tt.tokens.size(), 0);
  for (size_t i = 0; i < tt.tokens.size(); ++i) {
    if (tt.tokens[i].begin >= tt.text.rfind("14th")) claimed[i] = 1;
  }
  AddOrdinalReferences(tt, claimed, &ms);
  EXPECT_EQ(ms.size(), 1u);
}

TEST(EntityRulesRound7Test, ShopNamedWithPossessiveIsAnOrganisation) {
  TokenizedText tt;
  Tokenize(
      "Tarnwell's became Quillby's in 1992, and the Orrel's store closed; Kit's idea won and "
      "Ada Voss's shop stayed.",
      &tt);
  EXPECT_EQ(Surfaces(tt, {Over(tt, "Tarnwell", 'P'), Over(tt, "Quillby", 'L'),
                          Over(tt, "Orrel", 'P'), Over(tt, "Kit", 'P'), Over(tt, "Ada Voss", 'P')}),
            (Names{"O:Tarnwell's", "L:Quillby", "O:Orrel's", "P:Kit", "P:Ada Voss"}));
}

TEST(EntityRulesRound7Test, SurnameOfAFullNameKeepsItsPossessive) {
  TokenizedText tt;
  Tokenize("Ada Voss spoke. The plan was Voss's, and it failed.", &tt);
  EXPECT_EQ(Surfaces(tt, {Over(tt, "Ada Voss", 'P'), Over(tt, "Voss", 'P', 20)}),
            (Names{"P:Ada Voss", "P:Voss"}));
}

TEST(EntityRulesRound7Test, NamesListedAfterAPluralClassWordAreOrganisations) {
  TokenizedText tt;
  Tokenize(
      "She toured with bands like Tarn Echo, Quillby and Ayle, and sold to companies such as "
      "Orrelco. Kestrin, Marrow Vale and other labels signed her. She saw towns like Harlsby.",
      &tt);
  EXPECT_EQ(Surfaces(tt, {Over(tt, "Tarn Echo", 'P'), Over(tt, "Quillby", 'L'),
                          Over(tt, "Ayle", 'L'), Over(tt, "Orrelco", 'P'), Over(tt, "Kestrin", 'P'),
                          Over(tt, "Marrow Vale", 'L'), Over(tt, "Harlsby", 'L')}),
            (Names{"O:Tarn Echo", "O:Quillby", "O:Ayle", "O:Orrelco", "O:Kestrin", "O:Marrow Vale",
                   "L:Harlsby"}));
}

TEST(EntityRulesRound7Test, EnsemblesBroadcastersAndHotelsAreOrganisationHeads) {
  TokenizedText tt;
  Tokenize(
      "The Tarnby Philharmonic Orchestra played at the Quenmoor Grand Hotel, then on Ayle Radio; "
      "the Orrel American-Statesman wrote about it.",
      &tt);
  EXPECT_EQ(Surfaces(tt, {Over(tt, "Tarnby", 'L'), Over(tt, "Quenmoor", 'L'), Over(tt, "Ayle", 'L'),
                          Over(tt, "Orrel", 'L')}),
            (Names{"O:Tarnby Philharmonic Orchestra", "O:Quenmoor Grand Hotel", "O:Ayle Radio",
                   "O:Orrel American-Statesman"}));
}

TEST(EntityRulesRound7Test, FounderNameWithABusinessWordIsAFirm) {
  TokenizedText tt;
  Tokenize("Ada Kestrel left in 1990. Kestrel Design grew, and Orrel Motors bought it.", &tt);
  EXPECT_EQ(Surfaces(tt, {Over(tt, "Ada Kestrel", 'P'), Over(tt, "Kestrel", 'P', 20),
                          Over(tt, "Orrel", 'P')}),
            (Names{"P:Ada Kestrel", "O:Kestrel Design", "O:Orrel Motors"}));
}

TEST(EntityRulesRound7Test, DescriptionAfterTheNameTypesIt) {
  TokenizedText tt;
  Tokenize(
      "Quillmoor, a stationery brand, hired Tarn Echo. Tarn Echo is a string quartet. Harlsby "
      "is a village in Ayleshire. Kit Marr is a city councillor. The Tarn Football Association "
      "Ada Voss spoke.",
      &tt);
  EXPECT_EQ(Surfaces(tt, {Over(tt, "Quillmoor", 'P'), Over(tt, "Tarn Echo", 'L'),
                          Over(tt, "Tarn Echo", 'P', 45), Over(tt, "Harlsby", 'P'),
                          Over(tt, "Ayleshire", 'L'), Over(tt, "Kit Marr", 'P'),
                          Over(tt, "Ada Voss", 'P')}),
            (Names{"O:Quillmoor", "O:Tarn Echo", "O:Tarn Echo", "L:Harlsby", "L:Ayleshire",
                   "P:Kit Marr", "P:Ada Voss"}));
}

TEST(EntityRulesRound7Test, HonoursAreNoNames) {
  TokenizedText tt;
  Tokenize("He was an All-American and made the All-Time Tarn University team.", &tt);
  EXPECT_EQ(
      Surfaces(tt, {Over(tt, "All-American", 'O'), Over(tt, "All-Time Tarn University", 'O')}),
      (Names{"O:Tarn University"}));
}

}  // namespace
}  // namespace stemma::facts
