// Rival versions on fictional two-document stories: a date's own predicate, the releases that
// are issued again and again, a photo caption's closing date, forecasts and shortfalls.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stories/claims.h"
#include "stories/test_fixtures.h"

namespace stemma::stories {
namespace {

using test::AsStory;
using test::At;
using test::Dated;

using Line = test::ClaimLine;
using test::Contradicted;

// `base` is contradicted by `rival` but not by `other`, which differs from it only by what the
// rule under test reads (the same story otherwise).
void ExpectRivalOnly(const std::string& kind, const Line& base, const Line& rival,
                     const Line& other, const std::string& published = "") {
  EXPECT_TRUE(Contradicted(kind, base, rival, published)) << rival.text;
  EXPECT_FALSE(Contradicted(kind, base, other, published)) << other.text;
}

TEST(ClaimRivalsTest, DatesOfDifferentDeedsAreNoRivals) {
  // Schedules of the story itself (both after publication), so the words around need not match.
  const std::string clerks = "Clerks said the Marrow harbour court will ";
  const Line appeal{clerks + "hear the ferry appeal on 2 October.", "2 October", "2031-10-02"};
  const Line sitting{clerks + "end its summer sitting on 16 October.", "16 October", "2031-10-16"};
  EXPECT_FALSE(Contradicted("date", appeal, sitting, "2031-09-01"));
  // The same deed on two days is a contradiction.
  const Line later{clerks + "hear the ferry appeal on 16 October.", "16 October", "2031-10-16"};
  EXPECT_TRUE(Contradicted("date", appeal, later, "2031-09-01"));
  // Words of one side only: "appeal on 2 October before the summer sitting" / "end the summer
  // sitting on 16 October after the ferry appeal" are two deeds.
  const Line before{clerks + "hear the ferry appeal on 2 October before the summer sitting.",
                    "2 October", "2031-10-02"};
  const Line after{clerks + "end the summer sitting on 16 October after the ferry appeal.",
                   "16 October", "2031-10-16"};
  EXPECT_FALSE(Contradicted("date", before, after, "2031-09-01"));
}

TEST(ClaimRivalsTest, ADateMatchedAcrossSidesNeedsBothPredicateWords) {
  // "visited the harbour school on 21 April." / "seized on 15 April from a school": one noun
  // across sides is no deed in common.
  const Line seized{"Clerks said the Marrow girls were seized on 15 April from a school in Tarn.",
                    "15 April", "2031-04-15"};
  EXPECT_FALSE(
      Contradicted("date",
                   {"Clerks said the Marrow governor visited the harbour school on 21 April.",
                    "21 April", "2031-04-21"},
                   seized, "2031-03-01"));
  EXPECT_TRUE(Contradicted("date",
                           {"Clerks said the Marrow girls were seized from a school on 21 April.",
                            "21 April", "2031-04-21"},
                           seized, "2031-03-01"));
}

TEST(ClaimRivalsTest, ADatesPhraseEndsAtAComma) {
  // "During a rally on Monday, presumptive nominee Ilse Brun ...": the date is the rally's.
  const std::string nominee = ", presumptive nominee Ilse Brun backed the Marrow harbour levy.";
  const Line rally{"During a harbour rally in Tarn on Monday" + nominee, "Monday", "2031-05-05"};
  const Line meeting{"During a meeting with ferry crews on Wednesday" + nominee, "Wednesday",
                     "2031-05-07"};
  EXPECT_FALSE(Contradicted("date", rally, meeting, "2031-05-08"));
  const Line same{"During a harbour rally in Tarn on Wednesday" + nominee, "Wednesday",
                  "2031-05-07"};
  EXPECT_TRUE(Contradicted("date", rally, same, "2031-05-08"));
  // Its predicate is before it: "fired two weeks later, on 30 May," is no one-sided date whose
  // words may be matched across ("the launch on 20 May and then was fired").
  EXPECT_FALSE(Contradicted(
      "date",
      {"Clerks said Ilse Brun led the Marrow harbour board until the ferry launch on 20 May and "
       "then was fired.",
       "20 May", "2031-05-20"},
      {"Clerks said Ilse Brun was fired two weeks later, on 30 May, ostensibly for a harbour "
       "report.",
       "30 May", "2031-05-30"},
      "2031-05-01"));
}

TEST(ClaimRivalsTest, ADateOpeningItsClauseHasItsPredicateAfterIt) {
  // "In 1995, the council passed the law" / "the law passed by the council in 1998".
  EXPECT_TRUE(Contradicted(
      "date", {"In 1995, the Marrow council passed the harbour law, clerks said.", "1995", "1995"},
      {"Clerks said the harbour law was passed by the Marrow council in 1998.", "1998", "1998"}));
}

TEST(ClaimRivalsTest, WordsOfOneEventFamilyNameOneDeed) {
  // A closure's end: "stay shut until 14 May" / "not reopen before 21 May".
  EXPECT_TRUE(
      Contradicted("date",
                   {"Clerks said the Marrow swing bridge will stay shut to traffic until 14 May.",
                    "14 May", "2031-05-14"},
                   {"Clerks said the Marrow swing bridge will not reopen to cars before 21 May.",
                    "21 May", "2031-05-21"},
                   "2031-03-17"));
}

TEST(ClaimRivalsTest, PollsAndEstimatesOfDifferentDatesAreTwoReleases) {
  EXPECT_FALSE(
      Contradicted("date",
                   {"A September 2031 Tarn poll found most Marrow voters back the harbour levy.",
                    "September 2031", "2031-09"},
                   {"A Tarn poll in May 2031 found most Marrow voters back the harbour levy.",
                    "May 2031", "2031-05"}));
  EXPECT_FALSE(
      Contradicted("date",
                   {"The Tarn harbour board raised the Marrow flood estimate released on March 31.",
                    "March 31", "2031-03-31"},
                   {"The Tarn harbour board raised the Marrow flood estimate on April 17.",
                    "April 17", "2031-04-17"}));
  // The same deed of the board on two days is still a contradiction.
  EXPECT_TRUE(Contradicted("date",
                           {"The Tarn harbour board raised the Marrow flood levy on March 31.",
                            "March 31", "2031-03-31"},
                           {"The Tarn harbour board raised the Marrow flood levy on April 17.",
                            "April 17", "2031-04-17"}));
}

TEST(ClaimRivalsTest, APollFigureDatedInOneSentenceOnlyIsOfAnotherPoll) {
  const Line dated{
      "A Tarn Institute poll in August found 77 percent of Marrow harbour workers "
      "back the levy.",
      "77 percent", "77", "percent"};
  const Line undated{
      "A Tarn Institute poll found 69 percent of Marrow harbour workers back the "
      "levy.",
      "69 percent", "69", "percent"};
  Line same = dated;
  same.text.replace(same.text.find("77"), 2, "69");
  same.span = "69 percent", same.value = "69";
  // Both undated (the date fact left out): one poll, two figures.
  const Line august{"", "August", "2031-08"};
  EXPECT_TRUE(Contradicted("quantity", dated, same));
  EXPECT_FALSE(Contradicted("quantity", dated, undated, "", &august));
}

TEST(ClaimRivalsTest, APhotoCaptionsClosingDateIsAStamp) {
  const std::string hearings = "Clerks open the Marrow harbour inquiry hearings ";
  const Line caption{hearings + "in Tarn, Valdoria, January 30, 2031.", "January 30, 2031",
                     "2031-01-30"};
  const Line event{hearings + "on February 3, 2031.", "February 3, 2031", "2031-02-03"};
  EXPECT_FALSE(Contradicted("date", caption, event, "2031-01-02"));
  // A date after "on" dates the event.
  const Line dated{hearings + "in Tarn, Valdoria, on January 30, 2031.", "January 30, 2031",
                   "2031-01-30"};
  EXPECT_TRUE(Contradicted("date", dated, event, "2031-01-02"));
}

TEST(ClaimRivalsTest, ForecastsAndShortfallsAreNoRivalTotals) {
  const auto counts = [](const std::string& a_cue, const std::string& b_cue) {
    const std::string storm = "Work went on. Meteorologist Ida Merrow said the Tarnby storm ";
    return Contradicted("quantity",
                        {storm + a_cue + "dump 9 inches of rain on the Venn pier walls.",
                         "9 inches", "9", "inches"},
                        {storm + b_cue + "dump 18 inches of rain on the Venn pier walls.",
                         "18 inches", "18", "inches"});
  };
  EXPECT_TRUE(counts("will ", "will "));
  EXPECT_FALSE(counts("is forecast to ", "will "));
  EXPECT_FALSE(counts("will ", "is expected to "));
  // "three votes short of" is a margin, "the 34 votes they need" a total.
  const std::string votes = "Work went on. Ida Merrow of Tarnby has ";
  const std::string rest = " votes she needs to pass the Venn pier levy, aides said.";
  EXPECT_TRUE(Contradicted("quantity", {votes + "the 30" + rest, "30 votes", "30", "votes"},
                           {votes + "the 34" + rest, "34 votes", "34", "votes"}));
  EXPECT_FALSE(Contradicted(
      "quantity", {votes + "rallied 3 votes short of the" + rest, "3 votes", "3", "votes"},
      {votes + "rallied the 34" + rest, "34 votes", "34", "votes"}));
}

TEST(ClaimRivalsTest, AFiguresPredicateIsInItsOwnClause) {
  const std::string said =
      "Work went on. Ida Merrow said the Tarnby levy helps small harbour businesses, ";
  const Line supporting{said + "supporting 51 jobs in Venn boatyards.", "51 jobs", "51", "jobs"};
  // "businesses" is before the comma: no predicate of the saved jobs.
  EXPECT_FALSE(Contradicted(
      "quantity", supporting,
      {said + "and that it saved 30 jobs for Venn families.", "30 jobs", "30", "jobs"}));
  EXPECT_TRUE(
      Contradicted("quantity", supporting,
                   {said + "supporting 30 jobs for Venn families.", "30 jobs", "30", "jobs"}));
}

TEST(ClaimRivalsTest, ANounCountedByAnotherFigureIsNoPredicate) {
  // "140 guests and 30 employees": "guests" is what 140 counts, not what 30 employees did.
  const std::string clerks = "Work went on. Clerks said that at the Tarnby harbour hotel, ";
  const Line began{clerks + "140 guests and 30 employees were inside as the fire began.",
                   "30 employees", "30", "employees"};
  ExpectRivalOnly("quantity", began,
                  {clerks + "124 guests and 13 employees were inside as the fire began.",
                   "13 employees", "13", "employees"},
                  {clerks + "124 guests and 13 employees are still trapped upstairs.",
                   "13 employees", "13", "employees"});
}

TEST(ClaimRivalsTest, CeilingsSharesAndPointsAreNoRivalCounts) {
  const std::string tolls = "Ida Merrow said Tarnby will impose tolls on ";
  const std::string cargo = " of Venn cargo, clerks said.";
  const Line fifty{tolls + "$50 million" + cargo, "$50 million", "50000000", "USD"};
  EXPECT_FALSE(Contradicted(
      "money", fifty,
      {tolls + "as much as $450 million" + cargo, "$450 million", "450000000", "USD"}));
  EXPECT_TRUE(Contradicted("money", fifty,
                           {tolls + "$450 million" + cargo, "$450 million", "450000000", "USD"}));
  // "three of four harbour cases": four is the whole the three are taken from.
  const std::string filed = "Ida Merrow of Tarnby said she filed ";
  const Line thirty{filed + "30 harbour cases at the Venn court.", "30 harbour cases", "30",
                    "harbour cases"};
  EXPECT_FALSE(Contradicted("quantity", thirty,
                            {filed + "three of four harbour cases at the Venn court.",
                             "four harbour cases", "4", "harbour cases"}));
  EXPECT_TRUE(Contradicted("quantity", thirty,
                           {filed + "four harbour cases at the Venn court.", "four harbour cases",
                            "4", "harbour cases"}));
  // Percentage points measure a move or a gap, which differ by poll and by hour, as points do.
  const std::string rate = "The Tarnby bank cut its Venn harbour rate by ";
  EXPECT_FALSE(Contradicted(
      "quantity",
      {rate + "0.5 percentage points, Ida Merrow said.", "0.5", "0.5", "percentage points"},
      {rate + "1.25 percentage points, Ida Merrow said.", "1.25", "1.25", "percentage points"}));
  EXPECT_TRUE(Contradicted("quantity",
                           {rate + "0.5 percent, Ida Merrow said.", "0.5", "0.5", "percent"},
                           {rate + "1.25 percent, Ida Merrow said.", "1.25", "1.25", "percent"}));
}

TEST(ClaimRivalsTest, WhatAFigureMeasures) {
  // Distances from one place locate what each sentence names; the place measured from is no
  // shared name.
  const std::string police = "Regional police said ";
  const Line dammfield{police +
                           "the suspects hid in Dammfield, 20 miles northeast of Tarnby, on "
                           "Friday.",
                       "20 miles", "20", "Mile"};
  EXPECT_FALSE(Contradicted("quantity", dammfield,
                            {police + "a suspect hid in a small town 145 miles northeast of Tarnby "
                                      "on Friday.",
                             "145 miles", "145", "Mile"}));
  EXPECT_TRUE(Contradicted("quantity", dammfield,
                           {police + "a suspect hid in Dammfield, 145 miles northeast of Tarnby, "
                                     "on Friday.",
                            "145 miles", "145", "Mile"}));
  // Units of different things: pages of emails, pages of documents.
  const std::string released = "Clerks said the Tarnby council released ";
  const Line emails{released + "12 pages of emails about the Venn pier.", "12", "12", "pages"};
  EXPECT_FALSE(Contradicted(
      "quantity", emails,
      {released + "4,200 pages of documents about the Venn pier.", "4,200", "4200", "pages"}));
  EXPECT_TRUE(Contradicted(
      "quantity", emails,
      {released + "4,200 pages of emails about the Venn pier.", "4,200", "4200", "pages"}));
  // A total over a span of years and one year's figure.
  const std::string office = "The Tarnby budget office said the Venn levy will cost ";
  const Line decade{office + "22 million households their cover over the next decade.",
                    "22 million households", "22000000", "households"};
  ExpectRivalOnly("quantity", decade,
                  {office + "18 million households their cover over the next decade.",
                   "18 million households", "18000000", "households"},
                  {office + "18 million households their cover in its first year.",
                   "18 million households", "18000000", "households"});
}

TEST(ClaimRivalsTest, AnExtendedEndDateWasThePlanBefore) {
  const Line until{"Governor Ida Merrow issued the Tarnby harbour order effective until June 10.",
                   "June 10", "2031-06-10"};
  EXPECT_FALSE(
      Contradicted("date",
                   {"Governor Ida Merrow extended the harbour order through May 14 in Tarnby.",
                    "May 14", "2031-05-14"},
                   until, "2031-04-20"));
  EXPECT_TRUE(
      Contradicted("date",
                   {"Governor Ida Merrow issued the Tarnby harbour order effective until May 14.",
                    "May 14", "2031-05-14"},
                   until, "2031-04-20"));
}

}  // namespace
}  // namespace stemma::stories
