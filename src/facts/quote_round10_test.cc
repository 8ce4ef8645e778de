// Quote rules of round 10 (error classes of the fifth tuning split, dev5, checked on unlabelled
// news), on fictional text written for these tests. The learned ranker is switched off so that
// each rule, not the ranker, is what passes; the round-9 code gets each of these wrong.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "facts/facts_internal.h"
#include "facts/quote_ranker.h"
#include "facts/quote_test_util.h"
#include "stemma/facts.h"

namespace stemma {
namespace {

std::vector<Fact> Quotes(const std::string& text) { return QuoteFactsOf(text, "round10-test"); }

std::string Speaker(const std::vector<Fact>& quotes, const std::string& start) {
  return SpeakerOf(quotes, start);
}

class QuoteRound10Test : public RankerOffTest {};

TEST_F(QuoteRound10Test, QuoteLeftOpenAtTheEndOfTheText) {
  auto q = Quotes(
      "The mayor spoke at the pier on Friday.\n\nSaid Ilse Varda: \"Islanders who love this "
      "harbour should fight for it, and we will help them do so.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ilse Varda");
  EXPECT_EQ(q[0].text.substr(q[0].text.size() - 6), "do so.");
}

TEST_F(QuoteRound10Test, VotesAndAddresseesAreNotQuotes) {
  auto q = Quotes(
      "Oren Falkberg planned to vote \"no\" on the ferry bill, but Ilse Varda voted "
      "\"present\" instead of \"no.\" \"It was the right thing to do,\" Varda said.");
  EXPECT_EQ(Speaker(q, "no"), "<no quote>");
  EXPECT_EQ(Speaker(q, "present"), "<no quote>");
  EXPECT_EQ(Speaker(q, "It was the right"), "Ilse Varda");
  // "told" names its hearer: a show, not words.
  auto r = Quotes(
      "\"The mayor is a stubborn captain,\" Harbour Councillor Ilse Varda told \"Harbour "
      "Sunday.\" \"He never listens to the fishermen.\"");
  EXPECT_EQ(Speaker(r, "Harbour Sunday"), "<no quote>");
  EXPECT_EQ(Speaker(r, "He never listens"), "Ilse Varda");
  // A show's name before a role noun.
  auto s = Quotes(
      "The ferry was late again.\n\n\"Harbour Nights\" co-host Oren Falkberg replied that the "
      "ferry was late again.");
  EXPECT_EQ(Speaker(s, "Harbour Nights"), "<no quote>");
}

TEST_F(QuoteRound10Test, CoordinatedFragmentsShareTheSpeaker) {
  auto q = Quotes(
      "Mayor Ilse Varda has condemned the harbour closure, calling it \"reckless\" and \"an "
      "insult to every fisherman\".");
  EXPECT_EQ(Speaker(q, "reckless"), "Ilse Varda");
  EXPECT_EQ(Speaker(q, "an insult"), "Ilse Varda");
}

TEST_F(QuoteRound10Test, GroupSourcesAfterTheQuoteAndWithMoreVerbs) {
  auto q = Quotes(
      "The ferry will stop running on Monday. \"We regret the inconvenience to all "
      "islanders,\" officials said in a statement.");
  EXPECT_EQ(Speaker(q, "We regret"), "officials");
  auto r = Quotes(
      "Prosecutors emphasized that Oren Falkberg \"is in fact doing little to no harbour "
      "work.\"");
  EXPECT_EQ(Speaker(r, "is in fact"), "Prosecutors");
}

TEST_F(QuoteRound10Test, AdverbBetweenTheSourceAndTheCue) {
  auto q = Quotes(
      "The report was leaked on Monday. \"The pier was never safe,\" a source reportedly told "
      "the Harbour Weekly.");
  EXPECT_EQ(Speaker(q, "The pier was never"), "a source");
}

TEST_F(QuoteRound10Test, PersonBeforeTheBodySheSpeaksFor) {
  auto q = Quotes(
      "Ilse Varda, Harbour Hotel Association said: \"We have tried very hard to keep the "
      "ferry.\"");
  EXPECT_EQ(Speaker(q, "We have tried"), "Ilse Varda");
}

TEST_F(QuoteRound10Test, UntaggedNameAfterWhat) {
  auto q = Quotes(
      "Oren Falkberg disputed the story with what Tide\xE2\x80\x99s W.J. Hennigan called a "
      "\"rare, angry statement.\"");
  EXPECT_EQ(Speaker(q, "rare, angry"), "W.J. Hennigan");
}

TEST_F(QuoteRound10Test, PronounSkipsAttributiveNamesAndLinkLines) {
  // "the Falkberg regime": a name qualifying a noun is not the pronoun's first choice.
  auto q = Quotes(
      "President Oren Falkberg spoke on Sunday.\n\nMr. Ruben Ekholm said the fleet would sail "
      "on Monday.\n\nIslanders doubt whether the pier was closed by the Falkberg regime "
      "\xE2\x80\x94 a notion Mr. Ekholm dismissed on Thursday.\n\n\"We will keep talking to "
      "the islanders,\" he told reporters.");
  EXPECT_EQ(Speaker(q, "We will keep"), "Ruben Ekholm");
  // "SEE ALSO: ..." links to another story.
  auto r = Quotes(
      "Oren Falkberg said the fleet would sail on Monday.\n\nSEE ALSO: Mayor Ilse Varda cancels "
      "the harbour festival\n\n\"The boats are ready,\" he said.");
  EXPECT_EQ(Speaker(r, "The boats are ready"), "Oren Falkberg");
}

TEST_F(QuoteRound10Test, AsksIsASpeechVerb) {
  auto q = Quotes(
      "Ilse Varda spoke first. A clip shows nine seconds of silence after Varda asks them, "
      "\"Who pays for the delays?\"");
  EXPECT_EQ(Speaker(q, "Who pays"), "Ilse Varda");
}

TEST_F(QuoteRound10Test, UntaggedNameAfterAPlacePossessive) {
  auto q = Quotes(
      "The harbour was closed on Monday.\n\n\"The ferries do not break the agreement,\" Iran's "
      "Press TV said in a report.");
  EXPECT_EQ(Speaker(q, "The ferries do not"), "Press TV");
}

TEST_F(QuoteRound10Test, RoleNounAfterAdjectivesOpeningTheSentence) {
  auto q = Quotes(
      "Sen. Oren Falkberg spoke at the pier. The two-term senator from Harbourton added he's "
      "\"willing to do the right thing for the fleet.\"");
  EXPECT_EQ(Speaker(q, "willing to do"), "Oren Falkberg");
  // Not in an apposition: "Doe, the harbour attorney, said" is Doe.
  auto r = Quotes(
      "Harbour attorney Ann Roe spoke first. Later, Oren Falkberg, the ferry attorney, said the "
      "report caused a \"media storm.\"");
  EXPECT_EQ(Speaker(r, "media storm"), "Oren Falkberg");
}

TEST_F(QuoteRound10Test, BodyNamedAfterAPersonOpeningTheSentence) {
  auto q = Quotes(
      "The Varda campaign issued a statement on Monday, saying Mrs. Varda \"saved the "
      "floundering ferry service\" last year.");
  EXPECT_EQ(Speaker(q, "saved the floundering"), "The Varda campaign");
}

TEST_F(QuoteRound10Test, DocumentThatReadsAfterTheQuote) {
  auto q = Quotes(
      "The ferry board met on Monday.\n\n\"The night boats will stop in May,\" the statement "
      "read. \"We regret the change.\"");
  EXPECT_EQ(Speaker(q, "The night boats"), "the statement");
  EXPECT_EQ(Speaker(q, "We regret"), "the statement");
}

TEST_F(QuoteRound10Test, EmailedSplitsAQuoteAndGroupsWithAnAdjective) {
  auto q = Quotes(
      "\"I know this harbour and its captains,\" Ilse Varda, head of the Isle Institute, "
      "emailed the Harbour Weekly, \"and closing the pier is a mistake.\"");
  EXPECT_EQ(Speaker(q, "I know this harbour"), "Ilse Varda");
  EXPECT_EQ(Speaker(q, "and closing the pier"), "Ilse Varda");
  auto r = Quotes(
      "The trial opens in May.\n\n\"This court's help is urgently needed,\" defense lawyers "
      "wrote in the filing.");
  EXPECT_EQ(Speaker(r, "This court's help"), "defense lawyers");
}

TEST_F(QuoteRound10Test, ArticleAndCueAfterAQuestionMark) {
  // The tokenizer starts a sentence after "?\"", but "the ... said" goes on with it.
  auto q = Quotes(
      "Mayor Ilse Varda wants longer ferry hours.\n\n\"Who will pay for the night boats?\" the "
      "Harbourton Democrat said on Monday.");
  EXPECT_EQ(Speaker(q, "Who will pay"), "Ilse Varda");
}

TEST_F(QuoteRound10Test, PersonNameWithoutWhereThePersonIsFrom) {
  // The tagger ran a person into "of <place or body>" and typed it an organisation.
  const std::string text =
      "Ilse Varda spoke at the pier. \"The boats must run,\" said Ilse Varda of Harbour "
      "University. \"Rates will rise,\" said Bank of Harbourton.";
  auto q = QuotesWithMentions(text, {{"Ilse Varda", 'P'},
                                     {"Ilse Varda of Harbour University", 'O'},
                                     {"Bank of Harbourton", 'O'}});
  EXPECT_EQ(Speaker(q, "The boats must run"), "Ilse Varda");
  EXPECT_EQ(Speaker(q, "Rates will rise"), "Bank of Harbourton");
}

}  // namespace
}  // namespace stemma
