// Speaker attribution rules of round 6 (quote_clauses.cc, quote_subjects.cc, quotes.cc), on
// fictional sentences written for these tests. Tests marked "rules alone" switch the learned
// ranker off so that the rule itself, not the ranker, is what passes.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "facts/quote_ranker.h"
#include "facts/quote_test_util.h"
#include "stemma/facts.h"

namespace stemma {
namespace {

std::vector<Fact> Quotes(const std::string& text) { return QuoteFactsOf(text, "clauses-test"); }

std::string Speaker(const std::vector<Fact>& quotes, const std::string& start) {
  return SpeakerOf(quotes, start);
}

TEST(QuoteClausesTest, NameAndCueAfterAQuestionOrExclamationMark) {
  // The tokenizer starts a sentence after "?”"; a name or pronoun with a cue still attributes.
  auto q = Quotes(
      "Ruben Ekholm spoke first. \"Why would we wait?\" Ilse Varda asked. \"Never!\" she "
      "shouted. \"Is the pier safe?\" asked Oren Falkberg.");
  EXPECT_EQ(Speaker(q, "Why would we wait"), "Ilse Varda");
  EXPECT_EQ(Speaker(q, "Never"), "Ilse Varda");
  EXPECT_EQ(Speaker(q, "Is the pier safe"), "Oren Falkberg");
}

TEST(QuoteClausesTest, PronounFollowsTheChainOfSentencesOpenedByIt) {
  // "She said that, unlike Olsberg, she ...": Olsberg is not the subject; "she" goes back.
  auto q = Quotes(
      "\"The harbour stays open,\" Mara Quillfeather told dockworkers in Kelby.\n\n"
      "She said that, unlike Piet Olsberg, she would keep the fees low.\n\n"
      "\"Ferries will be free on Sundays,\" she added.");
  EXPECT_EQ(Speaker(q, "Ferries will be free"), "Mara Quillfeather");
}

TEST(QuoteClausesTest, PronounPrefersASubjectToAPrepositionsObject) {
  auto q = Quotes(
      "After a call from Piet Olsberg, harbour director Tova Lindqvist closed the pier.\n\n"
      "\"Safety comes first,\" she wrote.");
  EXPECT_EQ(Speaker(q, "Safety comes first"), "Tova Lindqvist");
}

TEST(QuoteClausesTest, DatelineIsNotTheSubject) {
  auto q = Quotes(
      "LAS PALMAS \xE2\x80\x94 Coach Ilse Varda said on Friday that the team was ready.\n\n"
      "\"We trained hard all winter,\" the 54-year-old said.");
  EXPECT_EQ(Speaker(q, "We trained hard"), "Ilse Varda");
}

TEST(QuoteClausesTest, ParticipleAfterACommaTakesTheSentenceSubject) {
  auto q = Quotes(
      "Mr Ekholm rejected the claim that Mr Olsberg had been sidelined, saying he played a "
      "\"different\" role this year.");
  EXPECT_EQ(Speaker(q, "different"), "Ekholm");
}

TEST(QuoteClausesTest, RelayedQuoteGoesToThePersonNotTheOutlet) {
  auto q = Quotes(
      "Tova Lindqvist told a meeting in Norvik that the new fees would be \"a burden for every "
      "sailor,\" the Harbour Gazette reported.");
  EXPECT_EQ(Speaker(q, "a burden for every sailor"), "Tova Lindqvist");
}

TEST(QuoteClausesTest, PublicationTheTaggerMissedBeforeACue) {
  auto q = Quotes(
      "If this is the \"week of the ferries,\" as Harbourwatch declares, the pier will be busy."
      "\n\nThen this morning, The Norvik Courier reported that:\n\n"
      "\"Ferry prices will rise in May.\"");
  EXPECT_EQ(Speaker(q, "week of the ferries"), "Harbourwatch");
  EXPECT_EQ(Speaker(q, "Ferry prices will rise"), "Norvik Courier");
}

TEST(QuoteClausesTest, PassiveCueDoesNotNameTheSpeaker) {
  // "after being asked": no subject phrase ("the high road after being") is the speaker.
  auto q = Quotes(
      "Tova Lindqvist took the high road after being asked about Piet Olsberg's \"tired "
      "old harbour\" jibe.");
  EXPECT_NE(Speaker(q, "tired old harbour"), "the high road after being");
}

TEST(QuoteClausesTest, PossessiveBeforeAQuoteAndASpeechWord) {
  auto q = Quotes(
      "Ilse Varda declined to answer Oren Falkberg's \"look at that pier\" comment from last "
      "week.");
  EXPECT_EQ(Speaker(q, "look at that pier"), "Oren Falkberg");
}

TEST(QuoteClausesTest, AccusingOthersIsSpeech) {
  auto q = Quotes(
      "That move drew a rebuke from harbour chief Ruben Ekholm, who accused Piet Olsberg of "
      "trying to \"buy the coast.\" Later the mayor praised the fleet before accusing it of "
      "\"wasting fuel.\"");
  EXPECT_EQ(Speaker(q, "buy the coast."), "Ruben Ekholm");
  EXPECT_NE(Speaker(q, "wasting fuel."), "the fleet before");
}

TEST(QuoteClausesTest, StatementRelayingABodysWordsGoesToTheBody) {
  auto q = Quotes(
      "The Kelby Harbour Authority confirmed that the pier will \"reopen on the first of May,\" "
      "a statement said.");
  EXPECT_EQ(Speaker(q, "reopen on the first"), "Kelby Harbour Authority");
}

TEST(QuoteClausesTest, UnnamedSourcesWithAQuantifier) {
  auto q = Quotes(
      "Fishers blocked the pier in what was \"plain sabotage,\" according to several harbour "
      "officials.");
  EXPECT_EQ(Speaker(q, "plain sabotage"), "several harbour officials");
}

TEST(QuoteClausesTest, PronounSkipsAPersonOfTheOtherGender) {
  // The document's own pronouns make Olsberg a "he": "she" is Quillfeather.
  auto q = Quotes(
      "Piet Olsberg said he would stay on. Mara Quillfeather said she would run again.\n\n"
      "On Monday, Piet Olsberg met Mara Quillfeather at the pier.\n\n"
      "\"The fees must fall,\" she said.");
  EXPECT_EQ(Speaker(q, "The fees must fall"), "Mara Quillfeather");
}

TEST(QuoteClausesTest, PartyLabelIsThePersonNotAName) {
  auto q = Quotes(
      "Senator Ulla Halvorsen voted against the harbour bill on Tuesday.\n\n"
      "\"We lost a round,\" the Coastal Democrat said.\n\n"
      "As I stated, the vote was \"a tie in all but name.\"");
  EXPECT_EQ(Speaker(q, "We lost a round"), "Ulla Halvorsen");
  EXPECT_NE(Speaker(q, "a tie in all but name"), "I");
}

TEST(QuoteClausesTest, ParticipleOfASubordinateClauseKeepsItsSubject) {
  auto q = Quotes(
      "Olsberg stayed calm after his rival Tova Lindqvist ran an advert, accusing him of "
      "\"sinking the fleet.\"");
  EXPECT_EQ(Speaker(q, "sinking the fleet."), "Tova Lindqvist");
}

TEST(QuoteClausesTest, QuantifierBeforeAVerbIsNotASource) {
  auto q = Quotes(
      "A painter who calls himself Brisk, and is known as a \"harbour rebel,\" said some may "
      "think he came to \"teach the old guard.\"");
  EXPECT_NE(Speaker(q, "harbour rebel"), "some may think he came to");
}

TEST(QuoteClausesTest, ShowTitlesAfterAPluralPossessiveOrWithAnApostrophe) {
  auto q = Quotes(
      "Ilse Varda said on Harbour News' \"The Evening Tide\" that the pier would reopen. Oren "
      "Falkberg said the same on \"Kelby's Morning.\"");
  EXPECT_EQ(Speaker(q, "The Evening Tide"), "<no quote>");
  EXPECT_EQ(Speaker(q, "Kelby's Morning"), "<no quote>");
}

TEST(QuoteClausesTest, PronounPrefersThePersonWhoSpeaks) {
  auto q = Quotes(
      "When asked about the fact that Piet Olsberg was fined, Ruben Ekholm said that \"nobody "
      "is happy.\"\n\n\"It was a costly mistake,\" he told the Kelby Post.");
  EXPECT_EQ(Speaker(q, "It was a costly mistake"), "Ruben Ekholm");
}

TEST(QuoteClausesTest, OrganisationAfterPrepositionAndAdjectiveIsNotTheSubject) {
  auto q = Quotes(
      "\"Harbours are not perfect,\" economist Lena Brask of the liberal Kelby Policy Institute "
      "opined in a column.");
  EXPECT_EQ(Speaker(q, "Harbours are not perfect"), "Lena Brask");
}

TEST(QuoteClausesTest, MoreCuesAndAcademicTitles) {
  auto q = Quotes(
      "\"Is the vote next week?\" Ruben Ekholm retorted on Monday. \"The harbour pivots,\" "
      "observes Kelby University political science professor Lena Brask.");
  EXPECT_EQ(Speaker(q, "Is the vote next week"), "Ruben Ekholm");
  EXPECT_EQ(Speaker(q, "The harbour pivots"), "Lena Brask");
}

TEST(QuoteClausesTest, ClosingAttributionCoversAFragment) {
  auto q = Quotes("The council cannot \"take a pass\" on the harbour bill, Ruben Ekholm said.");
  EXPECT_EQ(Speaker(q, "take a pass"), "Ruben Ekholm");
}

TEST(QuoteClausesTest, NestedClosingMarkStillEndsTheClause) {
  // Rules alone (no ranker), so the rule itself is tested.
  facts::QuoteRanker::SetDefaultModel("");
  auto q = Quotes(
      "Piet Olsberg spoke first.\n\n\"The sailors told us, 'Enough,'\" Tova Lindqvist, a "
      "harbour pilot, told the Kelby Post.");
  facts::QuoteRanker::SetDefaultModel(facts::EmbeddedQuoteModel());
  EXPECT_EQ(Speaker(q, "The sailors told us"), "Tova Lindqvist");
}

TEST(QuoteClausesTest, SecondHalfOfASplitQuote) {
  auto q = Quotes(
      "\"The ice has thinned before,\" says Lena Brask, a glaciologist at the Kelby "
      "Institute, \"but never this early in the year.\"");
  EXPECT_EQ(Speaker(q, "but never this early"), "Lena Brask");
}

TEST(QuoteClausesTest, SpeakerCarriedOverFromTheParagraphBefore) {
  facts::QuoteRanker::SetDefaultModel("");  // the rule itself, not the ranker
  auto q = Quotes(
      "\"The songs kept us walking,\" Oren Falkberg said.\n\n"
      "He recalled how marchers made up verses along the coast road.\n\n"
      "\"Music gave the march its courage.\"");
  facts::QuoteRanker::SetDefaultModel(facts::EmbeddedQuoteModel());
  EXPECT_EQ(Speaker(q, "Music gave the march"), "Oren Falkberg");
}

TEST(QuoteClausesTest, GroupOpeningTheSentenceIsAnUnnamedSource) {
  auto q = Quotes(
      "Police said they arrested the skipper \"as a result of new evidence.\" Most sailors "
      "agreed, and critics say the fees are \"a scandal.\"");
  EXPECT_EQ(Speaker(q, "as a result of new evidence."), "Police");
  EXPECT_NE(Speaker(q, "a scandal."), "critics");
}

TEST(QuoteClausesTest, AsAPersonPutsIt) {
  auto q = Quotes("The fleet is not \"in retreat,\" as Tova Lindqvist puts it, but it is smaller.");
  EXPECT_EQ(Speaker(q, "in retreat"), "Tova Lindqvist");
}

TEST(QuoteClausesTest, BylineDashAfterAQuote) {
  // A press review: each quote is credited after a dash; the credit before the next quote's
  // colon belongs to the quote before it.
  auto q = Quotes(
      "What the papers said.\n\n\"The harbour tolls will rise again.\" \u2014Tova Lindqvist, "
      "Norvik Courier \"Ferry fares\": \"The ferry fares are falling at last.\" \u2014Oren "
      "Falkberg, Harbour Weekly\n\nMayor Ruben Ekholm tells reporters: \"We have the votes.\" "
      "\u2014 Mara "
      "Quillfeather (@quill) May 1\n\nThe pier is \"unsafe.\"\n\n\u2014Nils Oberg\n\nThe fleet was "
      "not \"in retreat\" \u2014 Ilse Varda, however, "
      "disagreed.");
  EXPECT_EQ(Speaker(q, "The harbour tolls"), "Tova Lindqvist");
  EXPECT_EQ(Speaker(q, "The ferry fares are falling"), "Oren Falkberg");
  EXPECT_NE(Speaker(q, "in retreat"), "Ilse Varda");
  EXPECT_EQ(Speaker(q, "We have the votes."), "Ruben Ekholm");  // a tweet quoting Ekholm
  EXPECT_NE(Speaker(q, "unsafe."), "Nils Oberg");               // an author's sign-off
}

// Round 8 rules (dev4 error classes), on fictional text. The ranker is off so that each
// rule, not the ranker, is what passes.
class QuoteRound8Test : public RankerOffTest {};

TEST_F(QuoteRound8Test, BodyAndLowerCaseWordsBeforeARoleAfterTheCue) {
  // "said England sevens coach Mike Friday": a body, a lower-case word, a role, the person.
  auto q = Quotes("Norway lost again. \"We were too slow,\" said Norway sevens coach Ilse Varda.");
  EXPECT_EQ(Speaker(q, "We were too slow"), "Ilse Varda");
}

TEST_F(QuoteRound8Test, TheCongressmanIsTheRepresentativeNamedBefore) {
  auto q = Quotes(
      "Rep. Oren Falkberg spoke to reporters on Friday. Senator Mara Quillfeather did not.\n\n"
      "\"The harbour bill is fair,\" the congressman explained.");
  EXPECT_EQ(Speaker(q, "The harbour bill"), "Oren Falkberg");
}

TEST_F(QuoteRound8Test, OwnerBeforeARoleIsNotTheSubject) {
  // No cue in the sentence ("calling" is not one): the person the role words lead to.
  auto q = Quotes(
      "Varda\xE2\x80\x99s chief spokesman Piet Olsberg slammed the inquiry, calling it "
      "\"a circus\" and a stunt.");
  EXPECT_EQ(Speaker(q, "a circus"), "Piet Olsberg");
  // An owner with no person after it still opens the sentence: "Doe's calculation was".
  auto r = Quotes("Ruben Ekholm\xE2\x80\x99s calculation was that the fleet \"would hold.\"");
  EXPECT_EQ(Speaker(r, "would hold"), "Ruben Ekholm");
}

TEST_F(QuoteRound8Test, PronounSkipsANameThatQualifiesAnother) {
  // "Trump lawyer Jay Sekulow ... he declared": not the client.
  auto q = Quotes(
      "On Monday, Varda lawyer Oren Falkberg made a bold claim. \"Not one witness,\" he "
      "declared, \"saw the ferry leave.\"");
  EXPECT_EQ(Speaker(q, "Not one witness"), "Oren Falkberg");
}

TEST_F(QuoteRound8Test, LowerCaseSentenceStartAfterAnAbbreviationIsNoBoundary) {
  // "Sen. John McCain, R-Ariz. pressed Carter": the tokenizer ends a sentence at "Ariz.".
  auto q = Quotes(
      "Sen. Mara Quillfeather, R-Ariz. pressed Ruben Ekholm for more ferries.\n\n"
      "\"There are too few boats,\" she said.");
  EXPECT_EQ(Speaker(q, "There are too few boats"), "Mara Quillfeather");
}

TEST_F(QuoteRound8Test, OwnerAndTitleBeforeTheSubjectOfAParticiple) {
  auto q = Quotes(
      "Norvik's Harbour Minister Tova Lindqvist has rejected the press reports, saying "
      "\"such claims have no basis in fact\".");
  EXPECT_EQ(Speaker(q, "such claims"), "Tova Lindqvist");
}

TEST_F(QuoteRound8Test, SubjectBeforeARelativeClause) {
  auto q = Quotes(
      "A Norvik port official, who has read the report on the death of Piet Olsberg, has "
      "said it is \"plainly obvious\" that the crane failed.");
  EXPECT_EQ(Speaker(q, "plainly obvious"), "A Norvik port official");
  auto r = Quotes("Ilse Varda, who met Ruben Ekholm on Friday, has said the deal is \"dead\".");
  EXPECT_EQ(Speaker(r, "dead"), "Ilse Varda");
}

TEST_F(QuoteRound8Test, ClosingAttributionCoversEveryFragmentOfTheSentence) {
  auto q = Quotes(
      "The bill would ban \"night crossings\" and require \"a safety plan for every pier,\" "
      "Mr. Falkberg said in a statement.");
  EXPECT_EQ(Speaker(q, "night crossings"), "Falkberg");
  EXPECT_EQ(Speaker(q, "a safety plan"), "Falkberg");
}

TEST_F(QuoteRound8Test, NameAfterANounAndCalledIsNotAQuote) {
  auto q = Quotes(
      "The ferry line launched a new service called \"Family Night Sailings\" on Friday. "
      "Tova Lindqvist called it \"a good start.\"");
  EXPECT_EQ(Speaker(q, "Family Night"), "<no quote>");
  EXPECT_EQ(Speaker(q, "a good start"), "Tova Lindqvist");
}

TEST_F(QuoteRound8Test, NestedQuoteNeedsACueInItsOwnSentence) {
  // 'harbour freedom' is a term inside Varda's words, not words of Ekholm's voters.
  auto q = Quotes(
      "Ilse Varda said: \"Even those voting for Ruben Ekholm said they were liberal. To them, "
      "'harbour freedom' meant no tolls.\"");
  EXPECT_NE(Speaker(q, "harbour freedom"), "Ruben Ekholm");
}

TEST_F(QuoteRound8Test, GroupSourceWithMoreSpeechVerbs) {
  auto q = Quotes(
      "Port health officials reiterated Tuesday that the risk is \"exceedingly low\" for "
      "passengers.");
  EXPECT_EQ(Speaker(q, "exceedingly low"), "Port health officials");
}

TEST_F(QuoteRound8Test, DayBetweenSubjectAndCue) {
  auto q = Quotes("Ferry officials on Monday said the crossing was \"unsafe\" for now.");
  EXPECT_EQ(Speaker(q, "unsafe"), "Ferry officials");
}

}  // namespace
}  // namespace stemma
