// Speaker rules of round 9 for quoted fragments with no speech cue (quote_fragments.cc) and
// terms marked as labels (quotes.cc), on fictional sentences written for these tests. The
// learned ranker is switched off so that the rule itself, not the ranker, is what passes.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "facts/quote_ranker.h"
#include "facts/quote_test_util.h"
#include "stemma/facts.h"

namespace stemma {
namespace {

std::vector<Fact> Quotes(const std::string& text) { return QuoteFactsOf(text, "fragments-test"); }

std::string Speaker(const std::vector<Fact>& quotes, const std::string& start) {
  return SpeakerOf(quotes, start);
}

class QuoteRound9Test : public RankerOffTest {};

TEST_F(QuoteRound9Test, FragmentGoesToTheSubjectAfterTitles) {
  auto q = Quotes(
      "Dr. Ilse Varda is urging islanders not to rely on a \"false sense of calm\" as the "
      "storm nears.");
  EXPECT_EQ(Speaker(q, "false sense of calm"), "Ilse Varda");
}

TEST_F(QuoteRound9Test, FragmentGoesToTheSubjectAfterAnOpeningPhrase) {
  auto q = Quotes(
      "The memo was sent on Friday. In the memo, Mr. Oren Falkberg listed as a \"priority\" "
      "the repair of the north pier.");
  EXPECT_EQ(Speaker(q, "priority"), "Oren Falkberg");
}

TEST_F(QuoteRound9Test, FragmentGoesToAPronounSubject) {
  auto q = Quotes(
      "Oren Falkberg spoke at the harbour in 1977. He used the word \"reckless,\" though he "
      "meant it kindly.");
  EXPECT_EQ(Speaker(q, "reckless"), "Oren Falkberg");
}

TEST_F(QuoteRound9Test, FragmentSubjectNeedsAShortClauseOfItsOwn) {
  // (After an opening phrase: a person opening the sentence is rule 5's, left to the ranker.)
  // Another verb's subject between them: a participle, a relative clause, a passive cue.
  auto q = Quotes(
      "On Friday, Ilse Varda distanced herself from harbour officials calling the plan "
      "\"reckless.\"");
  EXPECT_EQ(Speaker(q, "reckless"), "");
  auto r = Quotes("Oren Falkberg spoke to the board. He was asked, \"Will the pier hold?\"");
  EXPECT_NE(Speaker(r, "Will the pier hold"), "Oren Falkberg");
  // A body named after the person ("The Varda campaign") or a scare quote far down.
  auto s = Quotes("The Varda campaign released two new ads about a \"new dawn\" for the isle.");
  EXPECT_EQ(Speaker(s, "new dawn"), "");
  auto t = Quotes(
      "On Friday, Ilse Varda is calling out Oren Falkberg for cancelling the debate, an apparent "
      "attempt "
      "to goad the harbour master and self-made \"sea king\" into a second round in May.");
  EXPECT_EQ(Speaker(t, "sea king"), "");
}

TEST_F(QuoteRound9Test, ClaimOwnerBeforeTheFragments) {
  auto q = Quotes(
      "Ruben Ekholm's claim that he sailed through a storm in which \"three masts snapped\" "
      "with \"waves like walls\" is a fabrication.");
  EXPECT_EQ(Speaker(q, "three masts snapped"), "Ruben Ekholm");
  EXPECT_EQ(Speaker(q, "waves like walls"), "Ruben Ekholm");
}

TEST_F(QuoteRound9Test, CueAfterACommaLaterInTheSentence) {
  // The sentence runs on after the attribution, so it is no closing clause.
  auto q = Quotes(
      "Islanders should be \"deeply wary\" of the ferry company, says Ilse Varda, adding that "
      "the fares will rise again in the spring and that nobody has asked the mayor.");
  EXPECT_EQ(Speaker(q, "deeply wary"), "Ilse Varda");
}

TEST_F(QuoteRound9Test, SoCalledTermsAreNotQuotes) {
  auto q = Quotes(
      "The so-called \"ferry tax\" begins in May. The self-described \"sea king\" left. "
      "\"It is unfair,\" Ilse Varda said.");
  EXPECT_EQ(Speaker(q, "ferry tax"), "<no quote>");
  EXPECT_EQ(Speaker(q, "sea king"), "<no quote>");
  EXPECT_EQ(Speaker(q, "It is unfair"), "Ilse Varda");
}

TEST_F(QuoteRound9Test, ShortTitleCaseNamesInsideASentenceAreNotQuotes) {
  auto q = Quotes(
      "Ilse Varda spoke to Oren Falkberg in an interview for \"Harbour Nights\" that airs on "
      "Sunday. Donations from \"The Gala: Boats for Kids\" will go to the lifeboat crews.");
  EXPECT_EQ(Speaker(q, "Harbour Nights"), "<no quote>");
  EXPECT_EQ(Speaker(q, "The Gala"), "<no quote>");
  // Right after a speech verb it is reported speech; ending its clause it is a quote.
  auto r = Quotes(
      "Ilse Varda said it would be a \"Grim Winter\" for the fleet. Oren Falkberg only "
      "answered \"Never,\" and left.");
  EXPECT_EQ(Speaker(r, "Grim Winter"), "Ilse Varda");
  EXPECT_NE(Speaker(r, "Never"), "<no quote>");
}

}  // namespace
}  // namespace stemma
