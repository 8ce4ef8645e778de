// Facts read with their sentence (issue 7): vague multiples ("dozens of"), offsets anchored on
// a date named earlier in the sentence, "today" meaning nowadays, and counts whose outcome verb
// belongs to another clause. Fictional texts written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "facts/facts_test_util.h"
#include "stemma/facts.h"

namespace stemma {
namespace {

// The texts are read as published on 2031-03-07.
std::vector<Fact> Extract(const std::string& text) { return FactsOf(text, "2031-03-07"); }

std::string Date(const std::vector<Fact>& facts, const std::string& text) {
  const Fact* f = FindFact(facts, "date", text);
  return f ? f->value : "<missing>";
}

int CountDates(const std::vector<Fact>& facts) {
  int n = 0;
  for (const Fact& f : facts) n += f.kind == "date";
  return n;
}

// A vague multiple's value is the interval of its order of magnitude ("low/high"); a hedged
// number ("about 20") stays one number, both approximate.
TEST(VagueMultiplesTest, ValueIsAnInterval) {
  auto facts = Extract(
      "Dozens of ferries were grounded at Quellport, and scores of pilots waited while "
      "hundreds of trucks queued. Tens of thousands of travellers were stranded. Millions "
      "were delayed, and the guild lost millions on tickets and billions of yen in trade. About 20 "
      "ferries sailed and five ferries docked.");
  const Fact* dozens = FindFact(facts, "quantity", "Dozens");
  ASSERT_NE(dozens, nullptr);
  EXPECT_EQ(dozens->value, "12/120");
  EXPECT_TRUE(dozens->approximate);
  EXPECT_EQ(dozens->counts, "ferries");
  const Fact* scores = FindFact(facts, "quantity", "scores");
  ASSERT_NE(scores, nullptr);
  EXPECT_EQ(scores->value, "20/200");
  EXPECT_EQ(scores->counts, "pilots");
  const Fact* hundreds = FindFact(facts, "quantity", "hundreds");
  ASSERT_NE(hundreds, nullptr);
  EXPECT_EQ(hundreds->value, "100/1000");
  const Fact* tens = FindFact(facts, "quantity", "Tens of thousands");
  ASSERT_NE(tens, nullptr);
  EXPECT_EQ(tens->value, "10000/100000");
  const Fact* millions = FindFact(facts, "number", "Millions");
  ASSERT_NE(millions, nullptr);
  EXPECT_EQ(millions->value, "1000000/10000000");
  EXPECT_TRUE(millions->approximate);
  EXPECT_EQ(FindFact(facts, "number", "millions"), nullptr);  // "lost millions on": no subject
  const Fact* yen = FindFact(facts, "money", "billions of yen");
  ASSERT_NE(yen, nullptr);
  EXPECT_EQ(yen->value, "1000000000/10000000000");
  EXPECT_EQ(yen->counts, "JPY");
  const Fact* about = FindFact(facts, "quantity", "20");
  ASSERT_NE(about, nullptr);
  EXPECT_EQ(about->value, "20");
  EXPECT_TRUE(about->approximate);
  const Fact* five = FindFact(facts, "quantity", "five");
  ASSERT_NE(five, nullptr);
  EXPECT_EQ(five->value, "5");
  EXPECT_FALSE(five->approximate);
}

TEST(VagueMultiplesTest, CountsAndNounScoresStayNumbers) {
  auto facts = Extract(
      "The guild ordered three dozens of lanterns. Test scores of 90 pupils rose, and the "
      "thousands were counted.");
  const Fact* three = FindFact(facts, "number", "three dozens");
  ASSERT_NE(three, nullptr);
  EXPECT_EQ(three->value, "36");
  for (const Fact& f : facts) {
    EXPECT_NE(f.text, "scores") << f.value;
    EXPECT_NE(f.text, "thousands") << f.value;
  }
}

TEST(AnchoredOffsetsTest, OffsetsFollowTheDateNamedBefore) {
  auto facts = Extract(
      "Ilse Varrow finished the survey on October 12 and left Quellport two days later. "
      "The ferry sank on March 3, 2029, and a week later the inquiry opened. "
      "The guild met on June 2; the next day, the harbour closed. "
      "The pier burned on 9 May 2030, and three days after that the mayor resigned.");
  EXPECT_EQ(Date(facts, "two days later"), "2030-10-14");
  EXPECT_EQ(Date(facts, "a week later"), "2029-03-10");
  EXPECT_EQ(Date(facts, "the next day"), "2031-06-03");
  EXPECT_EQ(Date(facts, "three days after that"), "2030-05-12");
  // The fact says what it was resolved against: the date named before, not the publication.
  const Fact* later = FindFact(facts, "date", "two days later");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->counts, "relative to 2030-10-12 (date in sentence)");
}

TEST(AnchoredOffsetsTest, AYearOrMonthAnchorsOffsetsInItsOwnUnits) {
  auto facts = Extract(
      "The Varrow dam burst in 2011, eight years after the first warnings. "
      "The guild disbanded in 2011 and re-formed three years later. "
      "In March 2029 the pier closed, and two years later it reopened. "
      "The pact of 2011 broke down two days later.");
  EXPECT_EQ(Date(facts, "three years later"), "2014");
  EXPECT_EQ(Date(facts, "two years later"), "2031-03");
  const Fact* later = FindFact(facts, "date", "three years later");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->counts, "relative to 2011 (date in sentence)");
  // Days from a year cannot be counted: that offset is not read against the year.
  EXPECT_NE(Date(facts, "two days later"), "2011");
}

TEST(AnchoredOffsetsTest, WithoutADateBeforeTheyStayRelativeToPublication) {
  auto facts = Extract(
      "The survey ended on October 12. Two days later, Ilse Varrow left. She came back on "
      "Tuesday and a week later the guild met. The next day, it rained.");
  EXPECT_EQ(Date(facts, "Two days later"), "2031-03-09");
  EXPECT_EQ(Date(facts, "a week later"), "2031-03-14");
  EXPECT_EQ(Date(facts, "The next day"), "<missing>");
}

TEST(TodayTest, NowadaysIsNoCalendarDay) {
  auto facts = Extract(
      "Today, many families in Quellport rely on the ferry. The world today is smaller. "
      "Today's teenagers barely remember the old pier. Even today, the scars remain.");
  EXPECT_EQ(CountDates(facts), 0);
}

TEST(TodayTest, TheDayStaysDated) {
  auto facts = Extract(
      "The harbour master said today that fees rise. On today's vote, Ilse Varrow abstained. "
      "The guild meets today at noon. Today, many ferries will stay in port.");
  EXPECT_EQ(Date(facts, "today"), "2031-03-07");
  EXPECT_EQ(Date(facts, "today at noon"), "2031-03-07T12:00");
  EXPECT_EQ(Date(facts, "Today"), "2031-03-07");
  EXPECT_EQ(CountDates(facts), 4);
}

TEST(ClauseCountsTest, OutcomeOfAnotherClauseIsNotCounted) {
  auto facts = Extract(
      "787 miners were inside the Quellport pit when the blast occurred; 301 were killed. "
      "50 wardens arrived while raiders killed 3 guards. 30 porters worked there and 2 died. "
      "20 raiders killed the harbour master.");
  const Fact* inside = FindFact(facts, "quantity", "787");
  ASSERT_NE(inside, nullptr);
  EXPECT_EQ(inside->counts, "miners");
  const Fact* wardens = FindFact(facts, "quantity", "50");
  ASSERT_NE(wardens, nullptr);
  EXPECT_EQ(wardens->counts, "wardens");
  const Fact* porters = FindFact(facts, "quantity", "30");
  ASSERT_NE(porters, nullptr);
  EXPECT_EQ(porters->counts, "porters");
  const Fact* raiders = FindFact(facts, "quantity", "20");
  ASSERT_NE(raiders, nullptr);
  EXPECT_EQ(raiders->counts, "raiders");
}

TEST(ClauseCountsTest, OutcomeOfTheSameClauseIsCounted) {
  auto facts = Extract(
      "12 wardens and 4 porters were killed in the blast. 13 miners were killed the same day. "
      "Some 200 travellers, most of them pilgrims, were rescued.");
  EXPECT_EQ(FindFact(facts, "quantity", "12")->counts, "wardens killed");
  EXPECT_EQ(FindFact(facts, "quantity", "4")->counts, "porters killed");
  EXPECT_EQ(FindFact(facts, "quantity", "13")->counts, "miners killed");
  EXPECT_EQ(FindFact(facts, "quantity", "200")->counts, "travellers rescued");
}

}  // namespace
}  // namespace stemma
