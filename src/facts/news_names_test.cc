// News-name rules (news_names.cc) on fictional text: titles, party members, organisations
// over "and"/"of"/"for", legislatures and roads, web addresses and photo credits.
#include "facts/news_names.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "facts/entity_rules.h"
#include "facts/mention_test_util.h"

namespace stemma::facts {
namespace {

using Names = std::vector<std::string>;

TEST(NewsNamesTest, AbbreviatedTitlesEndNoName) {
  // The tagger takes "Sen." / "Gen." for a name or the end of the name before it.
  TokenizedText tt;
  Tokenize(
      "Sen. Ada Voss met Tarn Army Gen. Kit Marr, Ohio Democratic Gov. Ben Orrel and the Tarn "
      "Marine Corps Commandant Gen. Orla King; Tarn House Majority Leader Nils Arvel came too.",
      &tt);
  EXPECT_EQ(Apply(tt, {Over(tt, "Sen", 'L'), Over(tt, "Ada Voss", 'P'),
                       Over(tt, "Tarn Army Gen", 'P'), Over(tt, "Ohio Democratic Gov", 'O'),
                       Over(tt, "Tarn Marine Corps Commandant Gen", 'O'),
                       Over(tt, "Tarn House Majority", 'O')}),
            (Names{"P:Ada Voss", "O:Tarn Army", "L:Ohio", "O:Tarn Marine Corps", "O:Tarn House"}));
}

TEST(NewsNamesTest, PartyMembersAreNoEntities) {
  TokenizedText tt;
  Tokenize("Democrats and Senate Republicans met Tarn Democrats and Republican Ada Voss.", &tt);
  EXPECT_EQ(Apply(tt, {Over(tt, "Democrats", 'P'), Over(tt, "Senate Republicans", 'P'),
                       Over(tt, "Tarn Democrats", 'O'), Over(tt, "Republican", 'L', 40),
                       Over(tt, "Ada Voss", 'P')}),
            (Names{"O:Senate", "O:Tarn Democrats", "P:Ada Voss"}));
}

TEST(NewsNamesTest, OrganisationGoesOnOverAndOfFor) {
  TokenizedText tt;
  Tokenize(
      "The Grain and Drug Authority, the Centers for Tarn Control, the Bureau of Quills, the "
      "Arvel School of Law and Diplomacy, Ada Voss and Tarn Corp, and Members of Quillmoor "
      "spoke.",
      &tt);
  EXPECT_EQ(
      Apply(tt,
            {Over(tt, "Drug Authority", 'O'), Over(tt, "Tarn Control", 'O'),
             Over(tt, "Quills", 'O'), Over(tt, "Arvel School of Law", 'O'),
             Over(tt, "Ada Voss", 'P'), Over(tt, "Tarn Corp", 'O'), Over(tt, "Quillmoor", 'O')}),
      (Names{"O:Grain and Drug Authority", "O:Centers for Tarn Control", "O:Bureau of Quills",
             "O:Arvel School of Law and Diplomacy", "P:Ada Voss", "O:Tarn Corp", "O:Quillmoor"}));
}

TEST(NewsNamesTest, LegislaturesAndRoadsAreAdded) {
  TokenizedText tt;
  Tokenize(
      "The Senate and Congress passed it; House Democrats cheered after the House vote, the "
      "GOP won the House. The White House, Tarn House and House Bill 9 are no chamber. Take "
      "Interstate 35.",
      &tt);
  std::vector<uint8_t> taken(tt.tokens.size(), 0);
  std::vector<Mention> ms = {Over(tt, "Congress", 'L'), Over(tt, "White House", 'O'),
                             Over(tt, "Tarn House", 'L')};
  AddNewsNames(tt, taken, &ms);
  std::vector<std::string> out;
  for (const Mention& m : ms) {
    out.push_back(std::string(1, m.type) + ":" + std::string(tt.Span(m.first, m.last)));
  }
  EXPECT_EQ(out, (Names{"O:Congress", "O:White House", "L:Tarn House", "O:Senate", "O:House",
                        "O:House", "O:GOP", "O:House", "L:Interstate 35"}));
}

TEST(NewsNamesTest, WebAddressesPhotoCreditsDaysAndLetters) {
  TokenizedText tt;
  Tokenize(
      "Tarnpost.co.uk reported it. Voss.House.gov said so. Photo: Kit Marr/Tarn Images. "
      "But Quill Echo sold on Good Friday, the (R) said, with Orvik's disease.",
      &tt);
  EXPECT_EQ(Apply(tt, {Over(tt, "Tarnpost", 'O'), Over(tt, "Voss", 'P'), Over(tt, "House", 'O'),
                       Over(tt, "Kit Marr", 'O'), Over(tt, "Tarn Images", 'O'),
                       Over(tt, "But Quill Echo", 'O'), Over(tt, "Good Friday", 'L'),
                       Over(tt, "R", 'O'), Over(tt, "Orvik", 'P')}),
            (Names{"O:Tarnpost", "P:Kit Marr", "O:Tarn Images", "O:Quill Echo"}));
}

TEST(NewsNamesTest, StateAbbreviationsAndWebAddressesAreWholeNames) {
  TokenizedText tt;
  Tokenize("She moved from Tarnby, Ky., to Arvel, Calif. and wrote for Tarnpost.co.uk in May.",
           &tt);
  std::vector<Mention> ms = {Over(tt, "Tarnby", 'L'), Over(tt, "Ky", 'L'), Over(tt, "Arvel", 'L'),
                             Over(tt, "Tarnpost", 'O')};
  ExtendNameEdges(tt, &ms);
  std::vector<std::string> out;
  for (const Mention& m : ms) out.push_back(std::string(tt.Span(m.first, m.last)));
  EXPECT_EQ(out, (Names{"Tarnby", "Ky.", "Arvel", "Calif.", "Tarnpost.co.uk"}));
  EXPECT_EQ(ms.back().canonical, "Tarnpost.co.uk");
}

}  // namespace
}  // namespace stemma::facts
