// Quote rules of round 12 (error classes that recur across the tuning splits dev..dev6 and on
// unlabelled news), on fictional text written for these tests. The learned ranker is switched
// off so that each rule, not the ranker, is what passes; the round-11 code gets each of these
// wrong.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "facts/quote_test_util.h"
#include "stemma/facts.h"

namespace stemma {
namespace {

std::vector<Fact> Quotes(const std::string& text) { return QuoteFactsOf(text, "round12-test"); }

std::string Speaker(const std::vector<Fact>& quotes, const std::string& start) {
  return SpeakerOf(quotes, start);
}

class QuoteRound12Test : public RankerOffTest {};

TEST_F(QuoteRound12Test, PersonAfterAPersonsPossessiveAfterTheCue) {
  // "said Doe's spokeswoman Ann Roe": the spokeswoman speaks, not her employer.
  auto q = Quotes(
      "The harbour plan was approved on Monday. \"It is going to be close but the vote is "
      "ours,\" said Tom Weller's spokeswoman Ann Rocha. \"We will see,\" said Weller's lawyer, "
      "Pia Lindqvist.");
  EXPECT_EQ(Speaker(q, "It is going to be close"), "Ann Rocha");
  EXPECT_EQ(Speaker(q, "We will see"), "Pia Lindqvist");
}

TEST_F(QuoteRound12Test, PersonAfterABodysPossessiveAfterTheCue) {
  // "wrote the Norvik Courier's Ann Roe", "said Norvik Bookmakers' Pia Lind": the person.
  auto q = QuotesWithMentions(
      "\"The ferry will be late again,\" wrote the Norvik Courier's chief political "
      "correspondent Ann Rocha. \"The odds are long,\" said Norvik Bookmakers' Pia Lindqvist.",
      {{"Norvik Courier", 'O'},
       {"Ann Rocha", 'P'},
       {"Norvik Bookmakers", 'O'},
       {"Pia Lindqvist", 'P'}});
  EXPECT_EQ(Speaker(q, "The ferry will be late"), "Ann Rocha");
  EXPECT_EQ(Speaker(q, "The odds are long"), "Pia Lindqvist");
}

TEST_F(QuoteRound12Test, BodyStaysTheSpeakerWithoutAPersonAfterIt) {
  // "said the Norvik Courier's report": no person after the possessive, the body still speaks.
  auto q = QuotesWithMentions(
      "\"The ferry will be late again,\" said Norvik Courier's report on Monday.",
      {{"Norvik Courier", 'O'}});
  EXPECT_EQ(Speaker(q, "The ferry will be late"), "Norvik Courier");
}

TEST_F(QuoteRound12Test, WorksAfterTheirMakerAreNotQuotes) {
  // "the author of “...”" (up to 16 words), a show with initials, a show opened by a number.
  auto q = Quotes(
      "Oren Falkberg is the author of \"Ferries and Fog: A History of the Norvik Harbour and "
      "Its Keepers, Told in Full.\" Ann Rocha is the host of \"A.R. Harbour Live\" on Norvik "
      "Radio. Falkberg said in an interview for \"60 Hours\" that the ferry was late.");
  EXPECT_EQ(Speaker(q, "Ferries and Fog"), "<no quote>");
  EXPECT_EQ(Speaker(q, "A.R. Harbour Live"), "<no quote>");
  EXPECT_EQ(Speaker(q, "60 Hours"), "<no quote>");
}

TEST_F(QuoteRound12Test, DescribingIsACue) {
  // "remarks from X describing Y as a “...”": the one describing, not the sentence's subject.
  auto q = Quotes(
      "Ann Rocha recalled remarks from former harbour master Oren Falkberg describing the new "
      "ferry as a \"floating disgrace.\" The owners did not reply.");
  EXPECT_EQ(Speaker(q, "floating disgrace"), "Oren Falkberg");
}

TEST_F(QuoteRound12Test, PersonAfterAnOwnerAfterAccordingTo) {
  // "According to the Norvik Courier's Ann Roe, “...”": the person, not the paper.
  auto q = QuotesWithMentions(
      "The ferry was late. According to the Norvik Courier's Ann Rocha, \"the harbour will "
      "close in May.\"",
      {{"Norvik Courier", 'O'}, {"Ann Rocha", 'P'}});
  EXPECT_EQ(Speaker(q, "the harbour will close"), "Ann Rocha");
}

TEST_F(QuoteRound12Test, LowerCaseWordsBeforeARoleWordAfterTheCue) {
  // "said central bank governor Ann Doe", with no body before the role words.
  auto q = Quotes(
      "The ferry was late again. \"The worst has passed,\" said central bank governor Ann "
      "Rocha.");
  EXPECT_EQ(Speaker(q, "The worst has passed"), "Ann Rocha");
}

TEST_F(QuoteRound12Test, AnOwnersOfficeOrSpokesmanSpeaksForTheOwner) {
  // "May's office said", "Doe's legal team wrote", "said Doe's office": the phrase, not Doe.
  auto q = Quotes(
      "The ferry was late. \"We will review the timetable,\" Tom Weller's office said in a "
      "statement. Tom Weller's legal team wrote: \"The claim has no merit.\" \"No comment,\" "
      "said Weller's spokeswoman. Weller's office maintains that the ferry is \"on time.\"");
  EXPECT_EQ(Speaker(q, "We will review"), "Tom Weller's office");
  EXPECT_EQ(Speaker(q, "The claim has no merit"), "Tom Weller's legal team");
  EXPECT_EQ(Speaker(q, "No comment"), "Weller's spokeswoman");
  EXPECT_EQ(Speaker(q, "on time"), "Weller's office");
}

TEST_F(QuoteRound12Test, NounBetweenABodyOrAPersonAndTheNameAfterTheCue) {
  // "said Harbour Weekly reporter Ann Doe", "said Doe spokeswoman Ann Roe": the last name.
  auto q = QuotesWithMentions(
      "\"The ferry sailed at dawn,\" wrote Norvik Courier reporter Ann Rocha. \"It was "
      "late,\" said Tom Weller spokeswoman Pia Lindqvist.",
      {{"Norvik Courier", 'O'}, {"Ann Rocha", 'P'}, {"Tom Weller", 'P'}, {"Pia Lindqvist", 'P'}});
  EXPECT_EQ(Speaker(q, "The ferry sailed"), "Ann Rocha");
  EXPECT_EQ(Speaker(q, "It was late"), "Pia Lindqvist");
}

TEST_F(QuoteRound12Test, ParticipleSubjectPastALeadingConjunction) {
  // "Yet, he has broken with Doe on trade, saying the mayor was “...”": he, not Doe.
  auto q = Quotes(
      "Oren Falkberg advised the harbour board for years. Yet, he has broken with Tom Weller "
      "on the ferry, saying the mayor was \"absolutely wrong\" to cut the timetable.");
  EXPECT_EQ(Speaker(q, "absolutely wrong"), "Oren Falkberg");
}

TEST_F(QuoteRound12Test, PhotoCreditsAreNotSpeakers) {
  // "(Ann Doe/Reuters)", "REUTERS/Ann Doe", "Photo: Ann Doe": the photographer is nobody's
  // antecedent.
  auto q = Quotes(
      "Pia Lindqvist spoke at the harbour on Monday. (Ann Rocha/Reuters)\n\n\"We will fix "
      "the ferry,\" she said.\n\nTom Weller waved from the quay. Photo: Oren Falkberg\n\n"
      "\"It is late,\" he said.");
  EXPECT_EQ(Speaker(q, "We will fix the ferry"), "Pia Lindqvist");
  EXPECT_EQ(Speaker(q, "It is late"), "Tom Weller");
}

}  // namespace
}  // namespace stemma
