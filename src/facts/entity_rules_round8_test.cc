// Person and place rules of NER round 8 (bench/facts/README.md), on fictional text: awards
// named after a person, places named after a person, ampersand codes, streets and waters
// typed organisations, nicknames in quotes inside a name.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "facts/entity_rules.h"
#include "facts/mention_test_util.h"
#include "facts/name_spans.h"
#include "stemma/facts.h"

namespace stemma::facts {
namespace {

using Names = std::vector<std::string>;

TEST(EntityRulesRound8Test, APersonsNameBeforeAnAwardWordNamesTheAward) {
  TokenizedText tt;
  Tokenize(
      "She won the 1990 Quillmar Prize. Seven Quillmar laureates worked there, and the "
      "Orrelby Peace Prize went to Ada Voss. Ada Voss thanked Kestrin Dole.",
      &tt);
  EXPECT_EQ(Surfaces(tt, {Over(tt, "Quillmar", 'P'), Over(tt, "Quillmar", 'P', 35),
                          Over(tt, "Orrelby", 'P'), Over(tt, "Ada Voss", 'P'),
                          Over(tt, "Kestrin Dole", 'P')}),
            (Names{"P:Ada Voss", "P:Kestrin Dole"}));
}

TEST(EntityRulesRound8Test, APlaceHeadAfterAPersonsNameMakesAPlace) {
  TokenizedText tt;
  Tokenize("Kids play in Ada Voss Playfield near Quillmar Taluk, says Tom Vanden Brook.", &tt);
  EXPECT_EQ(Surfaces(tt, {Over(tt, "Ada Voss Playfield", 'P'), Over(tt, "Quillmar Taluk", 'P'),
                          Over(tt, "Tom Vanden Brook", 'P')}),
            (Names{"L:Ada Voss Playfield", "L:Quillmar Taluk", "P:Tom Vanden Brook"}));
}

TEST(EntityRulesRound8Test, CapitalsJoinedByAnAmpersandAreNoPerson) {
  TokenizedText tt;
  Tokenize("The T&QR line was sold; Ada Voss ran the T&QR until 1912.", &tt);
  EXPECT_EQ(
      Surfaces(tt, {Over(tt, "T&QR", 'P'), Over(tt, "Ada Voss", 'P'), Over(tt, "T&QR", 'P', 30)}),
      (Names{"P:Ada Voss"}));
}

TEST(EntityRulesRound8Test, StreetsAndWatersTypedOrganisationsArePlaces) {
  TokenizedText tt;
  Tokenize(
      "The studio moved from Quill Street to the arch over Tarnow Brook, then to Orrel Dock. "
      "The Hill reported it and Wall Street shrugged.",
      &tt);
  // Not a title with "The" (a newspaper) nor a street that stands for an institution.
  EXPECT_EQ(
      Surfaces(tt, {Over(tt, "Quill Street", 'O'), Over(tt, "Tarnow Brook", 'O'),
                    Over(tt, "Orrel Dock", 'O'), Over(tt, "The Hill", 'O'),
                    Over(tt, "Wall Street", 'O')}),
      (Names{"L:Quill Street", "L:Tarnow Brook", "L:Orrel Dock", "O:The Hill", "O:Wall Street"}));
}

TEST(EntityRulesRound8Test, ANicknameInQuotesJoinsTheHalvesOfAName) {
  TokenizedText tt;
  Tokenize(
      "Orla \"Skipper\" Brennick met Tomas \u201cBig Tom\u201d Vell, Ada \"the Quiet\" Dole "
      "and Kit \"Finn\", Jo.",
      &tt);
  auto between = [&](std::string_view a, std::string_view b) {
    return IsNicknameBetween(tt, Over(tt, a, 'P').last, Over(tt, b, 'P').first);
  };
  EXPECT_TRUE(between("Orla", "Brennick"));
  EXPECT_TRUE(between("Tomas", "Vell"));
  EXPECT_FALSE(between("Ada", "Dole"));  // a lower-case word inside the quotes
  EXPECT_FALSE(between("Kit", "Jo"));    // no name right after the closing quote
}

}  // namespace
}  // namespace stemma::facts
