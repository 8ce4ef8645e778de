// Tense-aware resolution of bare weekdays and months (date_tense.cc), on fictional texts.
#include <gtest/gtest.h>

#include "facts/facts_test_util.h"
#include "stemma/facts.h"

namespace stemma {
namespace {

// Value of the date fact whose text is `text`; "<missing>" when there is none.
std::string Date(const std::vector<Fact>& facts, const std::string& text) {
  const Fact* f = FindFact(facts, "date", text);
  return f ? f->value : "<missing>";
}

// 2031-03-07 is a Friday: the Tuesday before is 03-04, the one after 03-11.
constexpr char kFriday[] = "2031-03-07";

TEST(DateTenseTest, FutureClausesTakeTheNextWeekday) {
  auto facts = FactsOf(
      "Mayor Odile Brannock will open the Quarry Street bridge on Tuesday night, aides said. "
      "The Vellmoor harbour summit is set for Thursday. The ferry vote is on Monday. "
      "On Wednesday, the Tarrow council will debate the levy.",
      kFriday);
  EXPECT_EQ(Date(facts, "Tuesday night"), "2031-03-11");
  EXPECT_EQ(Date(facts, "Thursday"), "2031-03-13");
  EXPECT_EQ(Date(facts, "Monday"), "2031-03-10");
  EXPECT_EQ(Date(facts, "Wednesday"), "2031-03-12");
  for (const Fact& f : facts) {
    if (f.kind == "date") {
      EXPECT_EQ(f.counts, "relative to 2031-03-07 (published)") << f.text;
    }
  }
}

TEST(DateTenseTest, MoreFutureMarkers) {
  auto facts = FactsOf(
      "Pell Quarry is scheduled to reopen Monday. Ilse Varn plans to sail on Tuesday. "
      "Rowers are expected to race Wednesday. Tuesday's regatta will close the season in "
      "Kessing.",
      kFriday);
  EXPECT_EQ(Date(facts, "Monday"), "2031-03-10");
  EXPECT_EQ(Date(facts, "Wednesday"), "2031-03-12");
  int tuesdays = 0;  // "sail on Tuesday" and "Tuesday's regatta will close"
  for (const Fact& f : facts) {
    if (f.kind != "date" || f.text != "Tuesday") continue;
    ++tuesdays;
    EXPECT_EQ(f.value, "2031-03-11");
  }
  EXPECT_EQ(tuesdays, 2);
}

TEST(DateTenseTest, PastClausesKeepTheLatestWeekday) {
  auto facts = FactsOf(
      "Mayor Odile Brannock met the harbour board on Tuesday. The Tarrow council voted on "
      "Thursday. Officials said Wednesday that the bridge will reopen. The regatta, which was "
      "scheduled for Monday, never started.",
      kFriday);
  EXPECT_EQ(Date(facts, "Tuesday"), "2031-03-04");
  EXPECT_EQ(Date(facts, "Thursday"), "2031-03-06");
  EXPECT_EQ(Date(facts, "Wednesday"), "2031-03-05");
  EXPECT_EQ(Date(facts, "Monday"), "2031-03-03");
}

TEST(DateTenseTest, NoTenseMarkerKeepsThePast) {
  // A bare weekday in a clause without a marker, and a noun phrase whose verb comes later
  // ("her victory in Kessing on Tuesday will ..."), stay in the past as news usually is.
  auto facts = FactsOf(
      "Brannock's victory in the Kessing race on Tuesday will change the council. Storms hit "
      "Vellmoor Thursday.",
      kFriday);
  EXPECT_EQ(Date(facts, "Tuesday"), "2031-03-04");
  EXPECT_EQ(Date(facts, "Thursday"), "2031-03-06");
}

TEST(DateTenseTest, ReportedWouldAfterSaidStaysPast) {
  auto facts = FactsOf("Harbour master Ilse Varn said she would resign on Wednesday.", kFriday);
  EXPECT_EQ(Date(facts, "Wednesday"), "2031-03-05");
}

TEST(DateTenseTest, FutureOnThePublicationWeekdayIsThatDay) {
  // News names the publication day by its weekday ("will speak Friday" in a Friday paper).
  auto facts = FactsOf("The Tarrow council will meet on Friday.", kFriday);
  EXPECT_EQ(Date(facts, "Friday"), "2031-03-07");
}

TEST(DateTenseTest, ThisComingWeekday) {
  // 2031-03-03 is a Monday: "this coming Tuesday" is the next day, not a week later.
  auto facts = FactsOf("The Vellmoor fair opens this coming Tuesday.", "2031-03-03");
  EXPECT_EQ(Date(facts, "this coming Tuesday"), "2031-03-04");
  facts = FactsOf("The Vellmoor fair opens this coming Friday.", kFriday);
  EXPECT_EQ(Date(facts, "this coming Friday"), "2031-03-14");
}

TEST(DateTenseTest, MonthsFollowTheClauseTense) {
  const char kJanuary[] = "2031-01-15";
  auto facts = FactsOf(
      "Voters in Kessing go to the polls in November. The ferry levy was approved in "
      "October. The Quarry Street bridge will reopen in January. Repairs will run until "
      "March.",
      kJanuary);
  EXPECT_EQ(Date(facts, "November"), "2031-11");
  EXPECT_EQ(Date(facts, "October"), "2030-10");
  EXPECT_EQ(Date(facts, "January"), "2031-01");
  EXPECT_EQ(Date(facts, "until March"), "2031-03");
  facts = FactsOf(
      "Mayor Brannock has been campaigning since March. Mr. Pell's October plan will cost "
      "more.",
      kJanuary);
  EXPECT_EQ(Date(facts, "since March"), "2030-03-01/");
  EXPECT_EQ(Date(facts, "October"), "2030-10");
}

}  // namespace
}  // namespace stemma
