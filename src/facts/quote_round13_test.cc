// Quote rules of round 13 (error classes of the new tuning splits dev7 and dev8 that recur on
// the other splits and on unlabelled news), on fictional text written for these tests. The
// learned ranker is switched off so that each rule, not the ranker, is what passes; the
// round-12 code gets each of these wrong.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "facts/quote_test_util.h"
#include "stemma/facts.h"

namespace stemma {
namespace {

std::vector<Fact> Quotes(const std::string& text) { return QuoteFactsOf(text, "round13-test"); }

std::string Speaker(const std::vector<Fact>& quotes, const std::string& start) {
  return SpeakerOf(quotes, start);
}

class QuoteRound13Test : public RankerOffTest {};

TEST_F(QuoteRound13Test, DescribedPersonBeforeTheCue) {
  // "the billionaire said", "The Republican nominee added": the person the text is about.
  auto q = Quotes(
      "Harold Brandt has stepped down as chairman of the harbour trust.\n\n"
      "\"These claims are the work of my rivals,\" the billionaire said in a statement on "
      "Friday.\n\n"
      "Senator Ida Marsh won the primary in May. \"We will rebuild the port,\" the Republican "
      "nominee said.");
  EXPECT_EQ(Speaker(q, "These claims are the work"), "Harold Brandt");
  EXPECT_EQ(Speaker(q, "We will rebuild the port"), "Ida Marsh");
}

TEST_F(QuoteRound13Test, DescribedPersonAfterTheCue) {
  // "added the party head.", "said the New York billionaire,": adjectives or names between
  // "the" and the noun, the phrase ending the clause.
  auto q = Quotes(
      "Tom Weller chairs the Harbour Party.\n\n"
      "\"The count was a mess. It will not happen again,\" added the Harbour Party head.\n\n"
      "Mr. Weller spoke later. \"I will be your fighter,\" said the Norvik billionaire, "
      "waving to the crowd.");
  EXPECT_EQ(Speaker(q, "The count was a mess"), "Tom Weller");
  EXPECT_EQ(Speaker(q, "I will be your fighter"), "Tom Weller");
}

TEST_F(QuoteRound13Test, UnnamedSourceAfterTheCueStaysAPhrase) {
  // "said the company spokesman": an unnamed source, not the person the text is about.
  auto q = Quotes(
      "Tom Weller runs the ferry line. \"The boats will sail,\" said the company spokesman.");
  EXPECT_EQ(Speaker(q, "The boats will sail"), "the company spokesman");
}

TEST_F(QuoteRound13Test, QualifiedUnnamedSourceBeforeTheCue) {
  // "a person familiar with the matter told": the unnamed source, not a name inside the
  // qualifier or the person the quote is about.
  auto q = Quotes(
      "Mayor Tom Weller flew to Norvik on Monday. \"Weller has already asked the port board "
      "for help,\" a person familiar with the matter told the Harbour Courier. \"He wants a "
      "deal by May,\" three people close to Weller's campaign said.");
  EXPECT_EQ(Speaker(q, "Weller has already asked"), "a person familiar with the matter");
  EXPECT_EQ(Speaker(q, "He wants a deal"), "three people close to Weller's campaign");
}

TEST_F(QuoteRound13Test, NameAfterAPrepositionAndARoleWordIsAnObject) {
  // "Ann Doe, the son of evangelist Tom Doe, wrote on Facebook:": the son writes.
  auto q = Quotes(
      "The plan was rejected by church groups.\n\n"
      "Anton Weller, the son of evangelist Harald Weller, wrote on Facebook: \"The harbour "
      "chapel must stay closed on Sundays.\"");
  EXPECT_EQ(Speaker(q, "The harbour chapel must stay"), "Anton Weller");
}

TEST_F(QuoteRound13Test, ParticipleTakesTheSubjectPastALeadingPhrase) {
  // "In one of the first questions, Doe suggested that Roe ..., arguing that “...”": the
  // sentence's subject after the leading phrase, not the inner clause's.
  auto q = Quotes(
      "Ida Marsh hosted the town hall with Tom Weller on Monday.\n\n"
      "In one of the first questions of the night, Marsh suggested that Weller had backed the "
      "ferry plan, arguing that \"you were for it before you were against it.\"");
  EXPECT_EQ(Speaker(q, "you were for it"), "Ida Marsh");
}

TEST_F(QuoteRound13Test, ShotBackIsACue) {
  // "Doe shot back", "he fired back": a verb of reply and "back" attribute like "said".
  auto q = Quotes(
      "\"The ferry is a disgrace,\" Tom Weller wrote.\n\n"
      "\"It is not a disgrace,\" Ida Marsh shot back. \"It is the best ferry in the north.\"");
  EXPECT_EQ(Speaker(q, "It is not a disgrace"), "Ida Marsh");
  EXPECT_EQ(Speaker(q, "It is the best ferry"), "Ida Marsh");
}

TEST_F(QuoteRound13Test, AppositionBeforeTheCueNamesItsHead) {
  // "Mike Roe, spokesman for House Speaker Ann Doe, fired back,": the spokesman, not the
  // person his apposition names.
  auto q = Quotes(
      "The council voted on Monday.\n\n"
      "Pia Lindqvist, spokeswoman for Harbour Mayor Tom Weller, said that the vote was "
      "\"a farce from start to finish.\"");
  EXPECT_EQ(Speaker(q, "a farce from start"), "Pia Lindqvist");
}

TEST_F(QuoteRound13Test, AccordingToADescribedPerson) {
  // "According to the singer, “...”": the person the text is about; "according to the
  // outlet" is left to the other rules.
  auto q = Quotes(
      "Ida Marsh said on Friday that she had recovered.\n\n"
      "According to the singer, \"what is hard\" about the virus is \"what is good about it.\"");
  EXPECT_EQ(Speaker(q, "what is hard"), "Ida Marsh");
}

TEST_F(QuoteRound13Test, NameRenamingAnUnnamedSourcesObject) {
  // "A lawyer for another swimmer, Ann Doe, said": Doe is the swimmer, the lawyer speaks; "A
  // lawyer for Tom Weller, Pia Lindqvist, said": after a name, the apposition is the lawyer.
  auto q = Quotes(
      "A lawyer for the second skipper, Anton Weller, said that the fine was \"far too high.\" "
      "A lawyer for Tom Weller, Pia Lindqvist, said that he would \"pay it at once.\"");
  EXPECT_EQ(Speaker(q, "far too high"), "A lawyer for the second skipper");
  EXPECT_EQ(Speaker(q, "pay it at once"), "Pia Lindqvist");
}

}  // namespace
}  // namespace stemma
