// Figures and dates that are no rival versions on fictional two-document stories: offers, goals
// and modals, counts of one coordination, the day of a month read as a count, an edition's date,
// and dates of sentences that tell of different people.
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

TEST(ClaimNotRivalsTest, OffersAndConditionsAreNoRivalSums) {
  const std::string said = "Ida Merrow said the Tarnby council ";
  const std::string rest = " to Venn harbour charities on Monday.";
  const Line paid{said + "paid $5 million" + rest, "$5 million", "5000000", "USD"};
  EXPECT_TRUE(Contradicted("money", paid,
                           {said + "paid $2 million" + rest, "$2 million", "2000000", "USD"}));
  EXPECT_FALSE(Contradicted(
      "money", paid, {said + "offered to pay $2 million" + rest, "$2 million", "2000000", "USD"}));
  EXPECT_FALSE(
      Contradicted("money", paid,
                   {"Ida Merrow said she would debate if the Tarnby council paid $2 million" + rest,
                    "$2 million", "2000000", "USD"}));
  EXPECT_FALSE(Contradicted(
      "money", paid, {said + "would pay $2 million" + rest, "$2 million", "2000000", "USD"}));
}

TEST(ClaimNotRivalsTest, AGoalIsNoRivalCount) {
  const std::string greens = "Clerks said the Tarnby Greens ";
  const std::string rest = " seats on the Venn council this spring.";
  const Line gained{greens + "gained 24" + rest, "24 seats", "24", "seats"};
  EXPECT_TRUE(
      Contradicted("quantity", gained, {greens + "gained 30" + rest, "30 seats", "30", "seats"}));
  EXPECT_FALSE(Contradicted("quantity", gained,
                            {greens + "need to gain 30" + rest, "30 seats", "30", "seats"}));
}

TEST(ClaimNotRivalsTest, CountsOfAModalClauseAreNoRivalCounts) {
  // The counted words are the subject of "could": what they might do, not what they did.
  const std::string clerks = "Clerks said ";
  const Line backed{clerks + "52 Tarnby councillors backed the Venn pier levy.", "52", "52",
                    "councillors"};
  EXPECT_TRUE(Contradicted(
      "quantity", backed,
      {clerks + "3 Tarnby councillors backed the Venn pier levy.", "3", "3", "councillors"}));
  EXPECT_FALSE(Contradicted("quantity", backed,
                            {clerks + "3 Tarnby councillors backing the Venn pier levy could "
                                      "sink it.",
                             "3", "3", "councillors"}));
  // "could" before a figure reports where it was felt or heard.
  const std::string blast = "Clerks said the Tarnby blast ";
  EXPECT_TRUE(Contradicted(
      "quantity", {blast + "was heard 20 miles away in Venn.", "20 miles", "20", "Mile"},
      {blast + "could be heard 40 miles away in Venn.", "40 miles", "40", "Mile"}));
}

TEST(ClaimNotRivalsTest, AProposalsEndIsNoRivalDate) {
  const std::string clerks = "Clerks said the Tarnby harbour bill ";
  const Line funded{clerks + "funded the Venn ferries through 16 February.", "16 February",
                    "2031-02-16"};
  EXPECT_TRUE(
      Contradicted("date", funded,
                   {clerks + "funded the Venn ferries through 23 March.", "23 March", "2031-03-23"},
                   "2031-06-01"));
  EXPECT_FALSE(Contradicted(
      "date", funded,
      {clerks + "would keep the Venn ferries funded through 23 March.", "23 March", "2031-03-23"},
      "2031-06-01"));
}

TEST(ClaimNotRivalsTest, TwoCountsSharingOneNounAreListed) {
  const std::string clerks = "Clerks said ";
  const std::string rest = " Venn delegates are up for grabs on Saturday.";
  const Line total{clerks + "109" + rest, "109", "109", "Venn delegates"};
  EXPECT_TRUE(
      Contradicted("quantity", total, {clerks + "51" + rest, "51", "51", "Venn delegates"}));
  EXPECT_FALSE(Contradicted("quantity", total,
                            {clerks + "46 Tarnby and 51" + rest, "51", "51", "Venn delegates"}));
}

TEST(ClaimNotRivalsTest, TheDayOfAMonthIsNoCount) {
  const std::string merrow = "Ida Merrow set ";
  const std::string rest = " for the Tarnby clerks to hand over the Venn files.";
  const Line two{merrow + "two final deadlines" + rest, "two final deadlines", "2", "deadlines"};
  EXPECT_TRUE(Contradicted(
      "quantity", two,
      {merrow + "23 final deadlines" + rest, "23 final deadlines", "23", "deadlines"}));
  EXPECT_FALSE(
      Contradicted("quantity", two,
                   {merrow + "a final April 23 deadline" + rest, "23 deadline", "23", "deadline"}));
  // After "in", the month closes a phrase and the number counts what follows.
  const std::string drowned = " people drowned in the Tarnby floods, Venn clerks said.";
  EXPECT_TRUE(Contradicted("quantity", {"In March 14" + drowned, "14 people", "14", "people"},
                           {"In March 20" + drowned, "20 people", "20", "people"}));
}

TEST(ClaimNotRivalsTest, AnEditionsDateIsAStamp) {
  const Line peaked{"The Tarnby floods peaked on August 29, 2031, Venn clerks said.",
                    "August 29, 2031", "2031-08-29"};
  EXPECT_TRUE(Contradicted("date", peaked,
                           {"The Tarnby floods peaked on August 31, 2031, Venn clerks said.",
                            "August 31, 2031", "2031-08-31"}));
  EXPECT_FALSE(
      Contradicted("date",
                   {"Appeared in the August 29, 2031, print edition as 'Tarnby floods peak.'",
                    "August 29, 2031", "2031-08-29"},
                   {"Appeared in the August 31, 2031, print edition as 'Tarnby floods peak.'",
                    "August 31, 2031", "2031-08-31"}));
}

TEST(ClaimNotRivalsTest, DatesOfDifferentPeoplesDeedsAreNoRivals) {
  // "Tarnby" (the police) is a name both share; the persons differ.
  const Line brandt{"In his first interview with Tarnby police on Jan. 27, Ivo Brandt lied.",
                    "Jan. 27",
                    "2031-01-27",
                    "",
                    {"Ivo Brandt"}};
  const std::string interview = " lied to Tarnby police in an interview on Jan. 24.";
  EXPECT_FALSE(Contradicted("date", brandt,
                            {"Ida Merrow" + interview, "Jan. 24", "2031-01-24", "", {"Ida Merrow"}},
                            "2031-03-01"));
  // The same person, or a sentence naming no person, may still tell a rival date.
  EXPECT_TRUE(Contradicted("date", brandt,
                           {"Ivo Brandt" + interview, "Jan. 24", "2031-01-24", "", {"Ivo Brandt"}},
                           "2031-03-01"));
  EXPECT_TRUE(Contradicted("date", brandt, {"Brandt" + interview, "Jan. 24", "2031-01-24", "", {}},
                           "2031-03-01"));
}

TEST(ClaimNotRivalsTest, OnlyDatedOpeningsTellOneEventInOtherWords) {
  // Two first sentences with no predicate word in common: one event told two ways when both
  // reports are dated (and close: see DifferentMoments), not when one is undated.
  const Line stuck{
      "Nearly 200 Tarnby fishermen are stuck at the Venn harbour gate after the storm. Work went "
      "on.",
      "200 Tarnby fishermen", "200", "fishermen"};
  const Line turned{
      "Officials at the Venn harbour gate say they have turned back nearly 100 Tarnby fishermen "
      "after the storm. Work went on.",
      "100 Tarnby fishermen", "100", "fishermen"};
  EXPECT_TRUE(Contradicted("quantity", stuck, turned, "2031-04-30"));
  EXPECT_FALSE(Contradicted("quantity", stuck, turned, ""));
}

}  // namespace
}  // namespace stemma::stories
