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

TEST(EntityRulesTest, CueTypesTheSameNameElsewhereInTheDocument) {
  // "the band X" (even when the tagger already had it right), "X was founded", "the town of
  // X" type every mention of X; TypeMentionsByMajority keeps that type over the majority.
  TokenizedText tt;
  Tokenize(
      "Tarn Echo toured. Tarn Echo sold out. The band Tarn Echo split. Harlsby grew. Harlsby "
      "voted. The town of Harlsby is old.",
      &tt);
  std::vector<Mention> ms = {Over(tt, "Tarn Echo", 'P'),     Over(tt, "Tarn Echo", 'P', 12),
                             Over(tt, "Tarn Echo", 'O', 40), Over(tt, "Harlsby", 'P'),
                             Over(tt, "Harlsby", 'P', 70),   Over(tt, "Harlsby", 'L', 95)};
  std::vector<TypeCue> cues;
  ApplyEntityTypeRules(tt, &ms, &cues);
  std::vector<std::string> out;
  for (const Mention& m : ms) out.push_back(std::string(1, m.type) + ":" + m.canonical);
  EXPECT_EQ(out, (Names{"O:Tarn Echo", "O:Tarn Echo", "O:Tarn Echo", "L:Harlsby", "L:Harlsby",
                        "L:Harlsby"}));
  // Later passes may re-type mentions (here back to persons); the cues win over the majority.
  for (size_t k = 0; k < 5; ++k) ms[k].type = 'P';
  TypeMentionsByMajority(tt, &ms, &cues);
  out.clear();
  for (const Mention& m : ms) out.push_back(std::string(1, m.type) + ":" + m.canonical);
  EXPECT_EQ(out, (Names{"O:Tarn Echo", "O:Tarn Echo", "O:Tarn Echo", "L:Harlsby", "L:Harlsby",
                        "L:Harlsby"}));
}

TEST(EntityRulesTest, ClassWordBeforeASurnameStaysLocal) {
  // "the party Voss leads" after "Ada Voss", and a capitalised class word ("Democratic Party
  // Orvik" on a headline), type only that mention, not the name's other mentions.
  TokenizedText tt;
  Tokenize(
      "Ada Voss spoke. The party Voss leads won. Voss smiled. Orvik sang. Democratic Party "
      "Orvik won.",
      &tt);
  std::vector<Mention> ms = {Over(tt, "Ada Voss", 'P'), Over(tt, "Voss", 'P', 20),
                             Over(tt, "Voss", 'P', 41), Over(tt, "Orvik", 'P'),
                             Over(tt, "Orvik", 'P', 75)};
  EXPECT_EQ(Apply(tt, ms), (Names{"P:Ada Voss", "O:Voss", "P:Voss", "P:Orvik", "O:Orvik"}));
}

TEST(EntityRulesTest, ClassWordAfterTheNameMakesItAnOrganisation) {
  TokenizedText tt;
  Tokenize(
      "It was sold to Quillmoor, a stationery company. Tarn Echo is an English band. Ada "
      "Voss, a member of the band Orvik, and Kit Marr, a station manager, and Ayle Yard, a "
      "railway station, agreed with Orla Brennick, a tea party favorite, and the rival "
      "government in Ohio, a group called Tarn Dawn.",
      &tt);
  EXPECT_EQ(
      Apply(tt, {Over(tt, "Quillmoor", 'P'), Over(tt, "Tarn Echo", 'L'), Over(tt, "Ada Voss", 'P'),
                 Over(tt, "Kit Marr", 'P'), Over(tt, "Ayle Yard", 'L'),
                 Over(tt, "Orla Brennick", 'P'), Over(tt, "Ohio", 'L')}),
      (Names{"O:Quillmoor", "O:Tarn Echo", "P:Ada Voss", "P:Kit Marr", "L:Ayle Yard",
             "P:Orla Brennick", "L:Ohio"}));
}

TEST(EntityRulesTest, NameEdgesTakeSuffixPeriodsAndUnitNumbers) {
  TokenizedText tt;
  Tokenize(
      "Colonel Ada Voss Jr. led the 65th Tarn Wing, then the 4 Air Defense Wing, with 3 "
      "Quillmoor Ltd trucks, past Kit Marr Sr, to the 2nd Tarn and the 2015 Orvik Writers "
      "Group.",
      &tt);
  std::vector<Mention> ms = {Over(tt, "Ada Voss Jr", 'P'),        Over(tt, "Tarn Wing", 'O'),
                             Over(tt, "Air Defense Wing", 'O'),   Over(tt, "Quillmoor Ltd", 'O'),
                             Over(tt, "Kit Marr Sr", 'P'),        Over(tt, "Tarn", 'L', 120),
                             Over(tt, "Orvik Writers Group", 'O')};
  ExtendNameEdges(tt, &ms);
  std::vector<std::string> out;
  for (const Mention& m : ms) out.push_back(std::string(tt.Span(m.first, m.last)));
  EXPECT_EQ(out, (Names{"Ada Voss Jr.", "65th Tarn Wing", "4 Air Defense Wing", "Quillmoor Ltd",
                        "Kit Marr Sr", "Tarn", "Orvik Writers Group"}));
  EXPECT_EQ(ms[0].canonical, "Ada Voss Jr");
  EXPECT_EQ(ms[1].canonical, "65th Tarn Wing");
}

TEST(EntityRulesTest, PositionsAndRanksAreNoPartOfANameEndToEnd) {
  // "RB Tom Quill": a sports position before a player; "spokesman Rear Adm. Kit Marr": a rank
  // after a title word is no person either.
  Document doc;
  doc.id = "fictional";
  doc.text =
      "RB Tom Quill ran for 80 yards and WR Ada Voss caught two passes. Navy spokesman Rear "
      "Adm. Kit Marr said the game was fine.";
  std::vector<std::string> persons;
  for (const Fact& f : ExtractFacts(doc)) {
    if (f.kind == "person") persons.push_back(f.text);
  }
  EXPECT_EQ(persons, (Names{"Tom Quill", "Ada Voss", "Kit Marr"}));
}

TEST(EntityRulesTest, OneLetterIsNoPartOfAFullNameEndToEnd) {
  // "F-Tarn Voss" displays as "F Tarn Voss"; the "F" of "F-16" is not that person.
  Document doc;
  doc.id = "fictional";
  doc.text = "Mr. F-Tarn Voss spoke on Monday. Later F-16 jets flew over Harlsby.";
  for (const Fact& f : ExtractFacts(doc)) {
    if (f.kind == "person") {
      EXPECT_EQ(f.text, "F-Tarn Voss");
    }
  }
}

}  // namespace
}  // namespace stemma::facts
