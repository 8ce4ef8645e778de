// Quote rules of round 11 (error classes that recur across the tuning splits dev..dev6), on
// fictional text written for these tests. The learned ranker is switched off so that each rule,
// not the ranker, is what passes; the round-10 code gets each of these wrong.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "facts/quote_test_util.h"
#include "stemma/facts.h"

namespace stemma {
namespace {

std::vector<Fact> Quotes(const std::string& text) { return QuoteFactsOf(text, "round11-test"); }

std::string Speaker(const std::vector<Fact>& quotes, const std::string& start) {
  return SpeakerOf(quotes, start);
}

class QuoteRound11Test : public RankerOffTest {};

TEST_F(QuoteRound11Test, PartyNounAfterTheCue) {
  // "said the Ohio Republican": the person the text is about, as before a cue.
  auto q = Quotes(
      "If Oren Falkberg has a plan for the ferry, he is not revealing it. \"I will not guess "
      "what the council will do,\" said the Norvik Republican.");
  EXPECT_EQ(Speaker(q, "I will not guess"), "Oren Falkberg");
}

TEST_F(QuoteRound11Test, PrepositionObjectIsNotTheCueSubject) {
  // "at the time saying": "the time" is no speaker.
  auto q = Quotes(
      "The ferry line changed its timetable last spring. The line released a similar notice "
      "at the time saying the change was to \"keep the harbour open in winter.\"");
  EXPECT_NE(Speaker(q, "keep the harbour"), "the time");
}

TEST_F(QuoteRound11Test, OrganisationOpeningTheSentenceBeforeAParticiple) {
  // "The ministry attacked the papers, accusing them of “...”": the body is the subject.
  auto q = QuotesWithMentions(
      "The Norvik Harbour Authority attacked the newspapers on Thursday, accusing them of "
      "\"careless guesswork,\" and demanded corrections.",
      {{"Norvik Harbour Authority", 'O'}});
  EXPECT_EQ(Speaker(q, "careless guesswork"), "Norvik Harbour Authority");
}

TEST_F(QuoteRound11Test, OwnerOfPromisesAndTweets) {
  // "One of Doe's campaign promises was a “...”": the owner of the promise.
  auto q = Quotes(
      "One of Oren Falkberg's campaign promises was a \"ferry every hour, day and night.\" "
      "He kept it for a year.");
  EXPECT_EQ(Speaker(q, "ferry every hour"), "Oren Falkberg");
}

TEST_F(QuoteRound11Test, CaptionsGoToWhoPostedThem) {
  // "X tweeted the clip with the caption “...”", "was posted by X ... with the caption: “...”".
  auto q = Quotes(
      "The ferry sank slowly in the storm. Oren Falkberg posted the video with the caption "
      "\"SINKING FERRY, SINKING MAYOR.\" The mayor did not reply.");
  EXPECT_EQ(Speaker(q, "SINKING FERRY"), "Oren Falkberg");
  auto r = Quotes(
      "The photo was posted by the mayor's spokeswoman, Ilse Varda, showing the old ferry at "
      "the pier on Sunday along with the caption: \"Last trip home.\"");
  EXPECT_EQ(Speaker(r, "Last trip home"), "Ilse Varda");
}

TEST_F(QuoteRound11Test, FragmentSubjectAfterAConjunction) {
  auto q = Quotes(
      "Many fishermen stayed silent. But Harbour Minister Ilse Varda has referred to the "
      "closure as a \"betrayal of the coast,\" and the mayor agreed.");
  EXPECT_EQ(Speaker(q, "betrayal of the coast"), "Ilse Varda");
  // Not a passive's words: they are the agent's.
  auto r = Quotes(
      "Former Harbour Minister Ilse Varda may be widely regarded by analysts as a \"weak\" "
      "candidate, but she is running a savvy campaign.");
  EXPECT_EQ(Speaker(r, "weak"), "");
}

TEST_F(QuoteRound11Test, TimePhraseBetweenSourceAndCue) {
  auto q = Quotes(
      "The mayor left the island early. A pool report late Friday confirmed that \"the ferry "
      "meeting is not taking place tonight\" and gave no reason.");
  EXPECT_EQ(Speaker(q, "the ferry meeting"), "A pool report");
}

TEST_F(QuoteRound11Test, PronounSkipsAPersonWithAFirstNameOfTheOtherGender) {
  // No title or pronoun in the text says who is a man: "Natalia" is not "he".
  auto q = Quotes(
      "Oskar Brenn met the harbour lawyer in June. Asked on Saturday about his meeting with "
      "Natalia Korvina, he claimed that \"we mostly discussed the ferry timetable.\"");
  EXPECT_EQ(Speaker(q, "we mostly discussed"), "Oskar Brenn");
}

TEST_F(QuoteRound11Test, UnnamedSourceOfABodyAfterAPreposition) {
  // The preposition rule keeps "a spokeswoman for the ... office" whole.
  auto q = Quotes(
      "The harbour board is pressing for \"multiple penalties\", a spokeswoman for the "
      "board's Norvik office said.");
  EXPECT_EQ(Speaker(q, "multiple penalties"), "a spokeswoman for the board's Norvik office");
}

TEST_F(QuoteRound11Test, BodyNounStandsForTheOutletNamedBefore) {
  // An outlet the text opened a sentence with, and a name a relative clause hangs on.
  auto q = Quotes(
      "Norvik Today is under fire after publishing a story about the ferry.\n\n\"The ferry "
      "sank because of the storm, not the crew,\" the paper tweeted on Monday.");
  EXPECT_EQ(Speaker(q, "The ferry sank"), "Norvik Today");
  auto r = Quotes(
      "The criticism was echoed by outlets including The Harbour Beacon, which has tied the "
      "mayor to what the publication calls \"a ring of ferry barons.\"");
  EXPECT_EQ(Speaker(r, "a ring of ferry"), "Harbour Beacon");
  // After an opening phrase; an acronym the tagger missed.
  auto s = Quotes(
      "That afternoon, the A.D.L. issued a warning from its account.\n\n\"The harbour is "
      "closed to all boats until Friday,\" the organization wrote.");
  EXPECT_EQ(Speaker(s, "The harbour is closed"), "A.D.L.");
}

TEST_F(QuoteRound11Test, DocumentOpeningTheSentenceOfAFragmentOrColon) {
  auto q = Quotes(
      "The ferry report was released on Monday. The report lists the skipper's injuries as "
      "\"none,\" although he was taken to hospital.");
  EXPECT_EQ(Speaker(q, "none"), "The report");
  // Not a document's title.
  auto t = Quotes(
      "The ferry line answered at once. The statement was titled, \"The Sun Also Rose Over "
      "The Harbour This Morning.\"");
  EXPECT_EQ(Speaker(t, "The Sun Also Rose"), "");
  auto r = Quotes(
      "The harbour board met on Friday.\n\nThe audit, released late last week, puts its "
      "findings simply: \"The ferry fund was spent twice.\"");
  EXPECT_EQ(Speaker(r, "The ferry fund"), "The audit");
}

TEST_F(QuoteRound11Test, RoleBeforeATimePhraseIsTheSubject) {
  auto q = Quotes(
      "Fans waved flags for Mayor Ilse Varda. The head of the union's local chapter at the "
      "time said the flag had been \"taken over by cranks.\"");
  EXPECT_EQ(Speaker(q, "taken over"), "The head of the union's local chapter");
}

TEST_F(QuoteRound11Test, RelativeClauseAfterAQuoteIsNoAttribution) {
  // "..., where he had testified" names no speaker (he is Brenn, as "Nancy" is no "he").
  auto q = Quotes(
      "Nancy Varda noted that Oskar Brenn refused to appear. She mocked Brenn's absence, "
      "suggesting he felt \"safer in the harbour court,\" where he had testified the day "
      "before.");
  EXPECT_EQ(Speaker(q, "safer in the harbour"), "Nancy Varda");
}

}  // namespace
}  // namespace stemma
