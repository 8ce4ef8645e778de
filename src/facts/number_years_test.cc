// A year written before a singular noun ("a 2012 email") is a moment, not a count; a year-sized
// count before a plural noun still is one; a decade ("the 1990s") is one date.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stemma/facts.h"

namespace stemma {
namespace {

std::vector<Fact> Quantities(const std::string& text) {
  Document doc;
  doc.id = "y";
  doc.text = text;
  doc.published = "2031-05-02";
  std::vector<Fact> out;
  for (Fact& f : ExtractFacts(doc)) {
    if (f.kind == "quantity") out.push_back(std::move(f));
  }
  return out;
}

TEST(NumberYearsTest, AYearBeforeASingularNounIsNoCount) {
  EXPECT_TRUE(
      Quantities("The council answered a 2027 letter from the Quellport ferry guild.").empty());
  EXPECT_TRUE(Quantities("Brill's 2019 harbour plan was dropped after the vote.").empty());
}

TEST(NumberYearsTest, YearSizedCountsStayCounts) {
  const std::vector<Fact> q = Quantities("Rescuers moved the 2000 residents of Quellport inland.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].value, "2000");
  EXPECT_EQ(q[0].counts, "residents");
  const std::vector<Fact> r = Quantities("The guild sent 1950 letters to the Quellport council.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].value, "1950");
}

TEST(NumberYearsTest, AYearNamingAnEventIsADate) {
  Document doc;
  doc.id = "e";
  doc.text = "Brill's worst storm was a 1987 gale that sank the old ferry.";
  doc.published = "2031-05-02";
  std::vector<std::string> dates;
  for (const Fact& f : ExtractFacts(doc)) {
    if (f.kind == "date") dates.push_back(f.value);
  }
  EXPECT_EQ(dates, std::vector<std::string>{"1987"});
  // A singular noun ending in "s" ("gas", "bus", "crisis") after the year, and "a" before it.
  for (const std::string text :
       {"The worst was a 1987 gas blast that killed 12 miners.",
        "They recalled the 1987 bus strike in Brill.", "Brill's 1987 crisis talks failed."}) {
    doc.text = text;
    dates.clear();
    for (const Fact& f : ExtractFacts(doc)) {
      if (f.kind == "date") dates.push_back(f.value);
      if (f.kind == "quantity" || f.kind == "number") {
        EXPECT_NE(f.value, "1987") << text;
      }
    }
    EXPECT_EQ(dates, std::vector<std::string>{"1987"}) << text;
  }
}

TEST(NumberYearsTest, ADecadeIsOneDateOfTenYears) {
  Document doc;
  doc.id = "d";
  doc.text = "Taxes in Brill were high in the late 1970s and fell in the 1980s.";
  doc.published = "2031-05-02";
  std::vector<std::string> dates;
  for (const Fact& f : ExtractFacts(doc)) {
    if (f.kind == "date") dates.push_back(f.text + "=" + f.value);
  }
  EXPECT_EQ(dates, (std::vector<std::string>{"1970s=197X", "1980s=198X"}));
}

}  // namespace
}  // namespace stemma
