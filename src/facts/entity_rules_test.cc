// Type rules on tagger mentions (entity_rules.cc), on fictional text. The mentions are built
// by hand the way the tagger gets them wrong; the rules read the embedded word table.
#include "facts/entity_rules.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "facts/mention_test_util.h"
#include "stemma/facts.h"

namespace stemma::facts {
namespace {

// "type:canonical" of each mention after the rules.
std::vector<std::string> Apply(const TokenizedText& tt, std::vector<Mention> mentions) {
  ApplyEntityTypeRules(tt, &mentions);
  std::vector<std::string> out;
  for (const Mention& m : mentions) out.push_back(std::string(1, m.type) + ":" + m.canonical);
  return out;
}

using Names = std::vector<std::string>;

TEST(EntityRulesTest, NationalitiesAreNoPlacesOrPersons) {
  TokenizedText tt;
  Tokenize(
      "Many Germans came to the West African port, where Nadia French sold Dutch cheese "
      "and Dutch-Australian wine.",
      &tt);
  EXPECT_EQ(Apply(tt, {Over(tt, "Germans", 'P'), Over(tt, "West African", 'L'),
                       Over(tt, "Nadia French", 'P'), Over(tt, "Dutch", 'P'),
                       Over(tt, "Dutch-Australian", 'L')}),
            Names{"P:Nadia French"});
}

TEST(EntityRulesTest, EventsReligionsAndModelCodesAreNoEntities) {
  TokenizedText tt;
  Tokenize(
      "After the Battle of Quenmoor she left Catholicism, flew an F-16 to the Quenmoor "
      "Festival on Tuesdays and met Quenmoor Games staff.",
      &tt);
  EXPECT_EQ(Apply(tt, {Over(tt, "Battle of Quenmoor", 'L'), Over(tt, "Catholicism", 'L'),
                       Over(tt, "F", 'P'), Over(tt, "Quenmoor Festival", 'L'),
                       Over(tt, "Tuesdays", 'L'), Over(tt, "Quenmoor Games", 'O')}),
            Names{"O:Quenmoor Games"});
}

TEST(EntityRulesTest, PlaceWithAPluralTeamNameIsAClub) {
  TokenizedText tt;
  Tokenize(
      "The Ohio Pelicans beat a side from the Cayman Islands, and New Yorkers cheered in "
      "Colorado Springs.",
      &tt);
  EXPECT_EQ(Apply(tt, {Over(tt, "Ohio Pelicans", 'L'), Over(tt, "Cayman Islands", 'L'),
                       Over(tt, "New Yorkers", 'L'), Over(tt, "Colorado Springs", 'L')}),
            (Names{"O:Ohio Pelicans", "L:Cayman Islands", "L:Colorado Springs"}));
}

TEST(EntityRulesTest, SaintAbbreviationJoinsAPlaceName) {
  TokenizedText tt;
  Tokenize("The choir sang in St. Quenmoor, in Mt. Arvel and for St. Orlan.", &tt);
  EXPECT_EQ(Apply(tt, {Over(tt, "St", 'L'), Over(tt, "Quenmoor", 'L'), Over(tt, "Arvel", 'L'),
                       Over(tt, "Orlan", 'P')}),
            (Names{"L:St. Quenmoor", "L:Mt. Arvel", "P:Orlan"}));
}

TEST(EntityRulesTest, TitleOrPartyAfterAPlaceIsCutOff) {
  TokenizedText tt;
  Tokenize(
      "Ohio Gov. Ada Voss met Ben Orrel, Iowa Republican, and Republican state Sen. Kit Marr "
      "at the Saudi Ambassador's home; Orla King came too.",
      &tt);
  EXPECT_EQ(Apply(tt, {Over(tt, "Ohio Gov", 'L'), Over(tt, "Iowa Republican", 'P'),
                       Over(tt, "Republican state Sen", 'L'), Over(tt, "Saudi Ambassador", 'P'),
                       Over(tt, "Orla King", 'P')}),
            (Names{"L:Ohio", "L:Iowa", "P:Orla King"}));
}

TEST(EntityRulesTest, PlaceBeforeAnOrganisationBelongsToIt) {
  TokenizedText tt;
  Tokenize("The Ohio Harbour Board and the Quenmoor Laboratory agreed.", &tt);
  EXPECT_EQ(Apply(tt, {Over(tt, "Ohio", 'L'), Over(tt, "Harbour Board", 'O'),
                       Over(tt, "Quenmoor Laboratory", 'P')}),
            (Names{"O:Ohio Harbour Board", "O:Quenmoor Laboratory"}));
}

TEST(EntityRulesTest, TwoNamesOneSpaceApartAreOneName) {
  TokenizedText tt;
  Tokenize("Fans of Quenmoor Vale cheered. Ada Voss met Orla King, Tarnford Board members.", &tt);
  EXPECT_EQ(Apply(tt, {Over(tt, "Quenmoor", 'L'), Over(tt, "Vale", 'O'), Over(tt, "Ada Voss", 'P'),
                       Over(tt, "Orla King", 'P'), Over(tt, "Tarnford Board", 'O')}),
            (Names{"O:Quenmoor Vale", "P:Ada Voss", "P:Orla King", "O:Tarnford Board"}));
}

TEST(EntityRulesTest, NamesNextToAFullPersonNameOrAnAdjectiveStayApart) {
  TokenizedText tt;
  Tokenize("The Tarn Policy Forum Ada Voss wrote. When Quenmoor voted, Tarn-based Quillmoor won.",
           &tt);
  EXPECT_EQ(Apply(tt, {Over(tt, "Tarn Policy Forum", 'O'), Over(tt, "Ada Voss", 'P'),
                       Over(tt, "When", 'O'), Over(tt, "Quenmoor", 'L'),
                       Over(tt, "Tarn-based", 'L'), Over(tt, "Quillmoor", 'O')}),
            (Names{"O:Tarn Policy Forum", "P:Ada Voss", "O:When", "L:Quenmoor", "L:Tarn-based",
                   "O:Quillmoor"}));
}

TEST(EntityRulesTest, PlaceKindOfAndFoundingTypeTheName) {
  TokenizedText tt;
  Tokenize("Tarn Echo was founded in the village of Harlsby by Ada Voss.", &tt);
  EXPECT_EQ(
      Apply(tt, {Over(tt, "Tarn Echo", 'P'), Over(tt, "Harlsby", 'P'), Over(tt, "Ada Voss", 'P')}),
      (Names{"O:Tarn Echo", "L:Harlsby", "P:Ada Voss"}));
}

TEST(EntityRulesTest, CommonAbbreviationsAreNoNames) {
  TokenizedText tt;
  Tokenize("He won by KO, and a DJ played his CD for Ada Voss of TVX.", &tt);
  EXPECT_EQ(Apply(tt, {Over(tt, "KO", 'O'), Over(tt, "DJ", 'P'), Over(tt, "CD", 'O'),
                       Over(tt, "Ada Voss", 'P'), Over(tt, "TVX", 'O')}),
            (Names{"P:Ada Voss", "O:TVX"}));
}

TEST(EntityRulesTest, ClassWordBeforeANameMakesItAnOrganisation) {
  TokenizedText tt;
  Tokenize("She joined the band Tarn Echo and later the label Quillmoor, with Ada Voss.", &tt);
  EXPECT_EQ(Apply(tt, {Over(tt, "Tarn Echo", 'P'), Over(tt, "Quillmoor", 'L'),
                       Over(tt, "Ada Voss", 'P')}),
            (Names{"O:Tarn Echo", "O:Quillmoor", "P:Ada Voss"}));
}

TEST(EntityRulesTest, RunEndingInAnOrganisationHeadIsOneOrganisation) {
  TokenizedText tt;
  Tokenize(
      "The Tarnford Metropolitan Transit Authority and the Quenmoor Institute for Tidal "
      "Studies wrote to the Tarn Post and Ayle Herald.",
      &tt);
  EXPECT_EQ(Apply(tt, {Over(tt, "Tarnford", 'L'), Over(tt, "Quenmoor Institute", 'O'),
                       Over(tt, "Tarn Post", 'O'), Over(tt, "Ayle Herald", 'L')}),
            (Names{"O:Tarnford Metropolitan Transit Authority", "O:Quenmoor Institute",
                   "O:Tarn Post", "O:Ayle Herald"}));
}

TEST(EntityRulesTest, MajorityTypeOfTheSameNameInADocument) {
  TokenizedText tt;
  Tokenize("Tarn Echo played. Tarn Echo sold out. Tarn Echo split. Orla met Ayle in Ayle.", &tt);
  std::vector<Mention> ms = {Over(tt, "Tarn Echo", 'P'), Over(tt, "Tarn Echo", 'O', 12),
                             Over(tt, "Tarn Echo", 'O', 30), Over(tt, "Ayle", 'P'),
                             Over(tt, "Ayle", 'L', 66)};
  TypeMentionsByMajority(tt, &ms);
  std::vector<std::string> out;
  for (const Mention& m : ms) out.push_back(std::string(1, m.type) + ":" + m.canonical);
  EXPECT_EQ(out, (Names{"O:Tarn Echo", "O:Tarn Echo", "O:Tarn Echo", "P:Ayle", "L:Ayle"}));
}

TEST(EntityRulesTest, MiscMentionsAreEvidenceOnly) {
  // 'M' (the tagger's MISC) becomes an organisation through the rules, else it is dropped.
  TokenizedText tt;
  Tokenize(
      "A Quenmoor Harbour Board study, sung by the band Tarn Echo, won the Ayle Medal. An "
      "Orvik-based Tarn Shipping Company replied.",
      &tt);
  EXPECT_EQ(Apply(tt, {Over(tt, "A Quenmoor Harbour Board", 'M'), Over(tt, "Tarn Echo", 'M'),
                       Over(tt, "Ayle Medal", 'M'), Over(tt, "Orvik-based", 'L'),
                       Over(tt, "Tarn Shipping Company", 'M')}),
            (Names{"O:Quenmoor Harbour Board", "O:Tarn Echo", "O:Tarn Shipping Company"}));
}

}  // namespace
}  // namespace stemma::facts
