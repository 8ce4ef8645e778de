// News entity rules of issue 7 on fictional text: "USA TODAY" (news_names.cc),
// holidays and "X-care" policies (entity_checks.cc), a full name split in two (entities.cc), a
// place split off an institution's name (news_names.cc).
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "facts/entity_rules.h"
#include "facts/mention_test_util.h"
#include "facts/news_names.h"
#include "stemma/facts.h"

namespace stemma::facts {
namespace {

using Names = std::vector<std::string>;

Names Typed(const std::vector<Mention>& mentions) {
  Names out;
  for (const Mention& m : mentions) out.push_back(std::string(1, m.type) + ":" + m.canonical);
  return out;
}

TEST(EntityNewsNamesTest, UsaTodayIsAnOrganisation) {
  TokenizedText tt;
  Tokenize("Ada Voss wrote on Twitter that Quillmoor Maps and Google Maps differ, USA TODAY said.",
           &tt);
  std::vector<Mention> mentions = {Over(tt, "Ada Voss", 'P'), Over(tt, "USA", 'L')};
  AddNewsNames(tt, std::vector<uint8_t>(tt.tokens.size(), 0), &mentions);
  EXPECT_EQ(Typed(mentions), (Names{"P:Ada Voss", "O:USA TODAY"}));
}

TEST(EntityNewsNamesTest, HolidaysAndNamedPoliciesAreNoEntities) {
  TokenizedText tt;
  Tokenize(
      "By Easter, Ada Voss said, Tarnovcare would be gone; on Christmas Eve she flew to Easter "
      "Island.",
      &tt);
  EXPECT_EQ(
      Apply(tt, {Over(tt, "Easter", 'P'), Over(tt, "Ada Voss", 'P'), Over(tt, "Tarnovcare", 'L'),
                 Over(tt, "Christmas Eve", 'P'), Over(tt, "Easter Island", 'L', 60)}),
      (Names{"P:Ada Voss", "L:Easter Island"}));
}

TEST(EntityNewsNamesTest, PlaceBeforeAnInstitutionStartsIt) {
  // The tagger split the place off: "[Tarnia] Bureau of Harbours", "[Tarnia] Coastal Command".
  TokenizedText tt;
  Tokenize(
      "The Tarnia Bureau of Harbours said so. Ada Voss, head of Tarnia Coastal Command, agreed. "
      "She lives in Tarnia Monday through Friday and met Tarnia Lions fans.",
      &tt);
  std::vector<Mention> mentions = {Over(tt, "Tarnia", 'L'), Over(tt, "Ada Voss", 'P'),
                                   Over(tt, "Tarnia", 'L', 50), Over(tt, "Tarnia", 'L', 100),
                                   Over(tt, "Tarnia", 'L', 130)};
  JoinPlaceAndInstitution(tt, &mentions);
  // Not before a weekday, nor before words that name no institution ("Lions").
  EXPECT_EQ(Typed(mentions), (Names{"O:Tarnia Bureau of Harbours", "P:Ada Voss",
                                    "O:Tarnia Coastal Command", "L:Tarnia", "L:Tarnia"}));
}

TEST(EntityNewsNamesTest, FullNameInCapitalsIsOneMention) {
  Document doc;
  doc.id = "fictional";
  doc.text =
      "Host Kit Marrowby spoke with the mayor on Monday.\n\nKIT MARROWBY: Good evening. MAYOR: "
      "Thank you.\n\nKIT MARROWBY: Let us begin.";
  Names persons;
  for (const Fact& f : ExtractFacts(doc)) {
    if (f.kind == "person") persons.push_back(doc.text.substr(f.begin, f.end - f.begin));
  }
  EXPECT_EQ(persons, (Names{"Kit Marrowby", "KIT MARROWBY", "KIT MARROWBY"}));
}

}  // namespace
}  // namespace stemma::facts
