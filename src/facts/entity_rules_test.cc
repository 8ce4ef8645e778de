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

}  // namespace
}  // namespace stemma::facts
