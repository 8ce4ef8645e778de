// Contradiction rules for rewritten sentences, on fictional sentence pairs: each rule fires on
// a clear case and stays quiet on paraphrases that say the same thing.
#include "stories/contradiction_rewritten.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stories/contradiction_denial.h"

namespace stemma::stories {
namespace {

// Tokens as SentenceContradictions makes them (title-case headlines read as lowercase).
std::vector<Token> Tokens(const std::string& sentence) {
  std::vector<Token> out;
  Tokenize(sentence, &out);
  ReadAsHeadline(&out);
  return out;
}

enum Lines { kBody, kOneHeadline, kHeadlines };

// The rule (and in `why` the conflicting words) for two sentences from two documents that
// consist of just these sentences; `lines` says which of them are the documents' first lines.
std::string Rule(const std::string& a, const std::string& b, Lines lines = kBody,
                 std::string* why = nullptr) {
  std::string lower_a = a, lower_b = b;
  for (char& c : lower_a) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (char& c : lower_b) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string detail;
  const char* rule = RewrittenContradiction(
      Tokens(a), Tokens(b), /*numbers=*/true,
      DocumentPair{a, b, &lower_a, &lower_b, lines == kHeadlines, lines != kBody}, &detail);
  if (why != nullptr) *why = detail;
  return rule == nullptr ? "" : rule;
}

// What one is pressed or wanted to do is not said to have happened.
TEST(RewrittenContradiction, WhatOneIsAskedToDoIsNoRivalVersion) {
  const std::string refused = "Orrin will not negotiate with the Quillmoor dock strikers.";
  EXPECT_EQ(Rule("Mayor Orrin negotiated with the Quillmoor dock strikers.", refused, kOneHeadline),
            "negated-predicate");
  EXPECT_EQ(Rule("Harbour workers pressed Mayor Orrin to negotiate with the Quillmoor dock "
                 "strikers.",
                 refused, kOneHeadline),
            "");
}

TEST(RewrittenContradiction, NegatedPredicate) {
  std::string why;
  // One of the two is a headline (a document's first line).
  EXPECT_EQ(
      Rule("Quillmoor harbour pilots are prepared for the winter storms, the guild said.",
           "Guild: Quillmoor harbour pilots not prepared for winter storms", kOneHeadline, &why),
      "negated-predicate");
  EXPECT_EQ(why, "prepared / not prepared");
  EXPECT_EQ(
      Rule("Sorn tribunal offered immunity in the Quillmoor ferry inquiry, clerk says.",
           "The ferry clerk will not have immunity in the Quillmoor ferry inquiry.", kOneHeadline),
      "negated-predicate");
  // Between two body sentences negation is too common to trust ("cannot thank him enough").
  EXPECT_EQ(Rule("Quillmoor harbour pilots are prepared for the winter storms, the guild said.",
                 "The guild says Quillmoor harbour pilots are not prepared for winter storms."),
            "");
}

TEST(RewrittenContradiction, NegationThatDoesNotFlipTheClaim) {
  // Emphasis, not negation.
  EXPECT_EQ(Rule("The Quillmoor pilots are prepared for the winter storms.",
                 "The Quillmoor pilots are not only prepared for the winter storms.", kOneHeadline),
            "");
  // A counterfactual.
  EXPECT_EQ(Rule("The Quillmoor council placed the ferry plan on hold in March.",
                 "The council would not have placed the Quillmoor ferry plan on hold in March.",
                 kOneHeadline),
            "");
  // The negation governs another word ("didn't know"), and "unknown" agrees with it.
  EXPECT_EQ(Rule("The harbour master said he didn't know the trawler's cargo weight.",
                 "The trawler's cargo weight was unknown, the harbour master said.", kOneHeadline),
            "");
  // A negation and a denial say the same thing.
  EXPECT_EQ(Rule("There were no smugglers aboard the Quillmoor trawler, the guild said.",
                 "The guild denied smugglers were aboard the Quillmoor trawler.", kOneHeadline),
            "");
  // "X, not Y" weighs two things; it denies nothing of Y.
  EXPECT_EQ(Rule("Tolls and dredging are also key issues between Quillmoor and Sorn.",
                 "The mayor said the focus of her visit to Sorn is trade, not tolls and dredging, "
                 "two issues that get too much attention.",
                 kOneHeadline),
            "");
}

TEST(RewrittenContradiction, OppositeWordsAboutTheSameThing) {
  std::string why;
  EXPECT_EQ(Rule("Shares in Quillmoor Ferries rose sharply in early trading on the news.",
                 "Shares in Quillmoor Ferries fell in early trading after the news.", kBody, &why),
            "opposite-words");
  EXPECT_EQ(why, "rose / fell");
  // A negating prefix.
  EXPECT_EQ(Rule("The guild found the Quillmoor pilots prepared for the storm season.",
                 "The guild found the Quillmoor pilots unprepared for the storm season."),
            "opposite-words");
}

TEST(RewrittenContradiction, OppositeWordsThatAgree) {
  // A converse pair: the winner wins, the loser loses.
  EXPECT_EQ(Rule("Kessmund Rovers beat Lindqvar 2-1 to win the Quillmoor cup final.",
                 "Lindqvar lose the Quillmoor cup final 2-1 to Kessmund Rovers."),
            "");
  // "Closed until Wednesday" is "reopens on Wednesday".
  EXPECT_EQ(Rule("The Quillmoor quay will stay closed to other vessels until Wednesday.",
                 "The Quillmoor quay reopens to other vessels on Wednesday."),
            "");
  // A negation and an opposite word cancel out.
  EXPECT_EQ(Rule("The Sorn tribunal did not approve the Quillmoor ferry merger.",
                 "The Sorn tribunal rejected the Quillmoor ferry merger."),
            "");
}

TEST(RewrittenContradiction, HeadlinesNeedNoSharedArgument) {
  const std::string a = "Sorn Tribunal Blocks Quillmoor Ferry Merger";
  const std::string b = "Quillmoor Ferry Merger Wins Praise From Sorn Tribunal";
  EXPECT_EQ(Rule(a, b, kHeadlines), "opposite-words");
  EXPECT_EQ(Rule(a, b, kBody), "");
  // Converse pairs still need the same subject, even in headlines.
  EXPECT_EQ(
      Rule("Kessmund Rovers Win Quillmoor Cup", "Lindqvar Lose Quillmoor Cup Final", kHeadlines),
      "");
}

TEST(RewrittenContradiction, DifferentQuantity) {
  std::string why;
  EXPECT_EQ(Rule("The Quillmoor lantern will launch in March for $299.",
                 "Quillmoor's new lantern is to launch in March for $99.", kBody, &why),
            "different-quantity");
  EXPECT_EQ(why, "299 $ / 99 $");
  EXPECT_EQ(Rule("The Rovers have won only three of their 11 games this year.",
                 "The Rovers won six of their 11 games this year."),
            "different-quantity");
}

TEST(RewrittenContradiction, QuantitiesThatAgreeOrCountOtherThings) {
  // Different things counted in the same unit.
  EXPECT_EQ(Rule("Orrick spent four seasons as the team's director of scouting in Quillmoor.",
                 "Orrick has spent 19 seasons with the Quillmoor Rovers."),
            "");
  // Rounding.
  EXPECT_EQ(Rule("About 300 visitors came to the Quillmoor lantern festival.",
                 "The Quillmoor lantern festival drew 298 visitors."),
            "");
  // A bound the other number satisfies.
  EXPECT_EQ(Rule("More than a dozen Quillmoor councillors backed the ferry plan on Monday.",
                 "Sixteen Quillmoor councillors backed the ferry plan on Monday."),
            "");
  EXPECT_EQ(Rule("Up to 40 Quillmoor trawlers stayed in port during the storm.",
                 "Some 25 Quillmoor trawlers stayed in port during the storm."),
            "");
  // One amount written two ways.
  EXPECT_EQ(Rule("The Quillmoor pier repairs will cost 2 million crowns.",
                 "Repairs to the Quillmoor pier will cost 2,000,000 crowns."),
            "");
  // A conversion in parentheses goes with the figure before it ("50 km (30 miles)" and "25 km
  // (15 miles)" are two bounds the same way, "less than").
  EXPECT_EQ(Rule("The Quillmoor camp lies less than 50 km (30 miles) from the Sorn border.",
                 "The camp in Quillmoor is less than 25 km (15 miles) from the border with Sorn."),
            "");
  // Years and dates are left to the date facts.
  EXPECT_EQ(Rule("The Quillmoor pier opened in 1998 after a long campaign.",
                 "The Quillmoor pier opened in 2001 after a long campaign."),
            "");
}

TEST(RewrittenContradiction, DeniedClaim) {
  std::string why;
  EXPECT_EQ(
      Rule("The mayor's office denied reports that the Pier 7 warehouse will be demolished.",
           "The Pier 7 warehouse will be demolished next spring, the paper says.", kBody, &why),
      "denied-claim");
  EXPECT_EQ(why, "denied: demolished warehouse");
  // "... are false": the clause before the cue.
  EXPECT_EQ(Rule("Rumours that the Quillmoor ferry will be sold are false, its owner said.",
                 "The Quillmoor ferry will be sold to a Sorn company."),
            "denied-claim");
}

TEST(RewrittenContradiction, DenialsThatDoNotContradict) {
  // Withholding something from someone is not denying a claim.
  EXPECT_EQ(Rule("The council denied him a permit for the Quillmoor harbour kiosk.",
                 "He applied for a permit for the Quillmoor harbour kiosk in May."),
            "");
  // Refusing to deny is no denial; being denied something is withholding.
  EXPECT_EQ(Rule("The mayor refused to deny claims that the Quillmoor pier will be sold.",
                 "The Quillmoor pier will be sold to a Sorn company, the paper says."),
            "");
  EXPECT_EQ(Rule("The Quillmoor winner of the vote was denied the harbour seat in May.",
                 "The winner of the vote in Quillmoor took the harbour seat in May."),
            "");
  // Neither confirmed nor denied.
  EXPECT_EQ(Rule("The guild would neither confirm nor deny that Quillmoor pilots were on strike.",
                 "Quillmoor pilots were on strike on Monday, the paper says."),
            "");
  // Both deny.
  EXPECT_EQ(Rule("The guild denied reports that pilots were on strike in Quillmoor.",
                 "Reports that Quillmoor pilots were on strike are not true, the guild said."),
            "");
  // "Dismiss a case" is a court's decision, and "false records" describes something.
  EXPECT_EQ(Rule("The Quillmoor court could dismiss that case on procedural grounds.",
                 "The Quillmoor court heard the case on procedural grounds in May."),
            "");
  EXPECT_EQ(Rule("Inspectors found false records of ferry wait times in Quillmoor.",
                 "Ferry wait times in Quillmoor records are improving, inspectors said."),
            "");
  // Only names shared: nothing says what was denied.
  std::string why;
  EXPECT_FALSE(DeniedInOther(Tokens("Sorn denied striking Quillmoor territory."),
                             Tokens("Quillmoor accused Sorn of arming rebels."), &why));
}

TEST(RewrittenContradiction, TwoDeedsByDifferentPeopleOrCompoundsAreNotOneClaim) {
  // "Orrin negotiated" / "Vasse never negotiated": two people, two deeds.
  EXPECT_EQ(Rule("Mayor Orrin negotiated with the Quillmoor dock strikers.",
                 "Vasse never negotiated with the Quillmoor dock strikers, the guild says.",
                 kOneHeadline),
            "");
  // The same person: a rival version.
  EXPECT_EQ(Rule("Mayor Orrin negotiated with the Quillmoor dock strikers.",
                 "Orrin never negotiated with the Quillmoor dock strikers, the guild says.",
                 kOneHeadline),
            "negated-predicate");
  // "must-pass" is a compound, not the verb "pass".
  EXPECT_EQ(Rule("Orrin says the Quillmoor harbour budget can't pass",
                 "The guild called the must-pass Quillmoor harbour budget a trap.", kOneHeadline),
            "");
}

TEST(RewrittenContradiction, APossessiveIsNotADenialAndTitlesAreNotWhatIsDenied) {
  // "Orrin's false claims" is not "X is false"; the words both share are a job title.
  EXPECT_EQ(Rule("The guild challenged harbour executive vice president Tam Orrin's false claims.",
                 "Tam Orrin, the harbour's executive vice president, opened the Quillmoor fair."),
            "");
}

TEST(RewrittenContradiction, PollSharesAreNotCountsOfOneThing) {
  EXPECT_EQ(Rule("In the Quillmoor poll, 47 percent of harbour voters fear the new tolls.",
                 "Only 26 percent of harbour voters in the Quillmoor poll said the tolls help."),
            "");
  // Counts of one thing still are.
  EXPECT_EQ(Rule("The Quillmoor ferry carried 300 passengers on its first day.",
                 "On its first day the Quillmoor ferry carried 120 passengers."),
            "different-quantity");
}

}  // namespace
}  // namespace stemma::stories
