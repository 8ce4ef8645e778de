// Speaker attribution patterns of quotes.cc, on fictional sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "facts/facts_internal.h"
#include "facts/quote_test_util.h"
#include "stemma/facts.h"

namespace stemma {
namespace {

std::vector<Fact> Quotes(const std::string& text) { return QuoteFactsOf(text, "quotes-test"); }

std::string Speaker(const std::vector<Fact>& quotes, const std::string& start) {
  return SpeakerOf(quotes, start);
}

TEST(QuoteSpeakersTest, LostParagraphBreakKeepsOneQuote) {
  // Paragraphs flattened into one line: each old paragraph reopens the quote.
  auto q = Quotes(
      "Coach Ilse Varda said: \"We trained hard all winter. \"The river course suits us. "
      "\"Nobody is injured.\" The race starts on Sunday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].text.find("Nobody is injured."), std::string::npos);
  EXPECT_EQ(q[0].speaker, "Ilse Varda");
}

TEST(QuoteSpeakersTest, CueLaterInTheSentenceAfterAClauseEndingQuote) {
  auto q = Quotes(
      "\"The budget is thin,\" among local planners, Oren Falkberg, head of the Marrow Valley "
      "Council, said on Monday.");
  EXPECT_EQ(Speaker(q, "The budget is thin"), "Oren Falkberg");
}

TEST(QuoteSpeakersTest, FragmentIsNotGivenToALaterCue) {
  auto q = Quotes(
      "Tova Lindqvist said she would still \"love\" to meet Ruben Ekholm and asked him to "
      "reconsider.");
  EXPECT_EQ(Speaker(q, "love"), "Tova Lindqvist");
}

TEST(QuoteSpeakersTest, TitleAbbreviationIsNotTheSpeaker) {
  auto q = Quotes("\"We will vote no,\" said Idaho Rep. Clara Winslow, a Democrat.");
  EXPECT_EQ(Speaker(q, "We will vote no"), "Clara Winslow");
}

TEST(QuoteSpeakersTest, PronounGoesToTheSubjectNotTheOwner) {
  auto q = Quotes(
      "Mara Quillfeather rejected Piet Olsberg's plan for the harbour on Tuesday. \"It will "
      "flood the docks,\" she said.");
  EXPECT_EQ(Speaker(q, "It will flood"), "Mara Quillfeather");
}

TEST(QuoteSpeakersTest, PersonBeatsTheOrganisationBetweenSubjectAndCue) {
  auto q = Quotes(
      "Sen. Hana Brookfield, chair of the Northfield Water Board, urged voters to reject "
      "spending \"that drowns our towns.\"");
  EXPECT_EQ(Speaker(q, "that drowns our towns."), "Hana Brookfield");
}

TEST(QuoteSpeakersTest, RoleNounRefersToTheNamedHolder) {
  auto q = Quotes(
      "President Elsa Marlowe opened the session. Later, the president said the deal was "
      "\"a fair bargain.\" The lobbyist said it was \"worth every cent.\"");
  EXPECT_EQ(Speaker(q, "a fair bargain."), "Elsa Marlowe");
  EXPECT_EQ(Speaker(q, "worth every cent."), "The lobbyist");
}

TEST(QuoteSpeakersTest, ShowTitlesAreNotQuotes) {
  auto q = Quotes("Tova Lindqvist appeared on the \"Morning Harbour Show\" on Sunday.");
  EXPECT_EQ(Speaker(q, "Morning Harbour Show"), "<no quote>");
}

TEST(QuoteSpeakersTest, WorkTitlesAfterTheirKindAreNotQuotes) {
  auto q = Quotes(
      "Ruben Ekholm was quoted in Tova Lindqvist's new book, \"Salt and Fury: Inside the "
      "Norvik Harbour Board,\" as saying the board was \"adrift.\"");
  EXPECT_EQ(Speaker(q, "Salt and Fury"), "<no quote>");
  EXPECT_EQ(Speaker(q, "adrift."), "Ruben Ekholm");
}

TEST(QuoteSpeakersTest, NestedQuoteHasItsOwnSpeaker) {
  auto q = Quotes(
      "\"James Orrinford wrote that no mayor 'is above the harbour law.' That still "
      "holds,\" Tova Lindqvist said.");
  EXPECT_EQ(Speaker(q, "James Orrinford wrote"), "Tova Lindqvist");
  EXPECT_EQ(Speaker(q, "is above the harbour law."), "James Orrinford");
}

TEST(QuoteSpeakersTest, SentenceAboutAPersonThenAnUncuedQuote) {
  auto q = Quotes(
      "\"We are ready,\" Tova Lindqvist said. Ruben Ekholm, though, is worried about the "
      "tide. \"The dunes are thin.\"");
  EXPECT_EQ(Speaker(q, "We are ready"), "Tova Lindqvist");
  EXPECT_EQ(Speaker(q, "The dunes are thin."), "Ruben Ekholm");
}

TEST(QuoteSpeakersTest, ContinuationStopsAfterSeveralSentences) {
  auto q = Quotes(
      "\"Alpha first,\" Tova Lindqvist said. The board met later. The vote was close. "
      "Members argued. \"Beta is next.\"");
  EXPECT_EQ(Speaker(q, "Alpha first"), "Tova Lindqvist");
  EXPECT_EQ(Speaker(q, "Beta is next."), "");
}

TEST(QuoteSpeakersTest, SubjectBeforeAColon) {
  auto q = Quotes("Tova Lindqvist spoke after the vote. She went on: \"The pier stays open.\"");
  EXPECT_EQ(Speaker(q, "The pier stays open."), "Tova Lindqvist");
}

TEST(QuoteSpeakersTest, ParticipleCueSharesTheSubject) {
  auto q = Quotes(
      "\"Prices will rise,\" Tova Lindqvist says, adding that the port will need \"more "
      "cranes than it can fit\".");
  EXPECT_EQ(Speaker(q, "more cranes"), "Tova Lindqvist");
}

TEST(QuoteSpeakersTest, UntaggedNameAfterARoleWord) {
  auto q = Quotes("As harbour engineer Wilma Stroudby noted, \"the piles are rotten.\"");
  EXPECT_EQ(Speaker(q, "the piles are rotten."), "Wilma Stroudby");
}

TEST(QuoteSpeakersTest, UnnamedSourceStopsBeforeRelativeClause) {
  auto q = Quotes(
      "\"The dam will hold,\" said a senior engineer who asked not to be named because the "
      "study is unpublished.");
  EXPECT_EQ(Speaker(q, "The dam will hold"), "a senior engineer");
}

TEST(QuoteSpeakersTest, SpokesmanAppositionBeforeTheCue) {
  auto q = Quotes(
      "Halvard Nyrup, a spokesman for the Brindle Water Authority, said: \"No tap water "
      "was affected.\"");
  EXPECT_EQ(Speaker(q, "No tap water"), "Halvard Nyrup");
}

TEST(QuoteSpeakersTest, AccordingToAnOwnersOrganisationNamesTheOrganisation) {
  std::vector<std::string> sources;
  for (const Fact& f : FactsOf("The pier at Tarnby reopened on Monday, according to Tarnia's "
                               "official Tarnian Harbour Agency, which runs it.",
                               "attribution-test", "attribution")) {
    sources.push_back(f.speaker);
  }
  EXPECT_EQ(sources, std::vector<std::string>{"Tarnian Harbour Agency"});
}

TEST(QuoteSpeakersTest, InTheWordsOfNamesTheSpeaker) {
  auto q = Quotes(
      "The council says it was \"caught napping\" in the words of planning chief Marta Olsen, "
      "and the vote was delayed.");
  EXPECT_EQ(Speaker(q, "caught napping"), "Marta Olsen");
}

TEST(QuoteSpeakersTest, PossessiveSpeechNounBeforeAColon) {
  auto q = Quotes(
      "Greta Holm spoke for an hour. Holm's only comment on the merger was one line: \"We are "
      "not selling.\"");
  EXPECT_EQ(Speaker(q, "We are not selling"), "Greta Holm");
}

TEST(QuoteSpeakersTest, LetterSignedByAGroup) {
  auto q = Quotes(
      "\"Respect for anglers is not a blank cheque,\" read the letter signed by the Fenwick "
      "Angling Trust and four other groups.");
  std::string s = Speaker(q, "Respect for anglers");
  EXPECT_NE(s.find("Fenwick Angling Trust"), std::string::npos) << s;
}

TEST(QuoteSpeakersTest, RoleNounSubjectOfAParticiple) {
  auto q = Quotes(
      "President Alma Teodor spoke on Monday. On Tuesday the president withdrew the bill, "
      "saying that she wanted a \"cleaner start.\"");
  EXPECT_EQ(Speaker(q, "cleaner start"), "Alma Teodor");
}

TEST(QuoteSpeakersTest, UtteringIsASpeechCue) {
  auto q = Quotes(
      "An old advert mocked Senator Piet Vandel for uttering the phrase \"the roads are "
      "fine\" during a flood.");
  EXPECT_EQ(Speaker(q, "the roads are fine"), "Piet Vandel");
}

TEST(QuoteSpeakersTest, CapitalisedCueWordIsPartOfAName) {
  // "States" is a cue word ("he states") but here it ends a place name.
  auto q = Quotes(
      "\u201cThe harbour deal is dead,\u201d Oskar Brenholm, the Norwegian envoy to the United "
      "States, said on Tuesday.");
  EXPECT_EQ(Speaker(q, "The harbour deal"), "Oskar Brenholm");
}

TEST(QuoteSpeakersTest, AccordingToAfterTheQuote) {
  auto q = Quotes(
      "The ferry plan \"adds no new fees for riders,\" according to the city's press release. "
      "\"We saw the queues,\" according to Mayor Linnea Sjoberg.");
  EXPECT_EQ(Speaker(q, "adds no new fees"), "the city's press release");
  EXPECT_EQ(Speaker(q, "We saw the queues"), "Linnea Sjoberg");
}

TEST(QuoteSpeakersTest, PersonAfterAnOrganisationAndTheirRole) {
  auto q = Quotes(
      "\"Demand for tin is weak,\" said Halvard Metals analyst Jonas Brekke. \"Tin is cheap,\" "
      "said Eastfield Mining press secretary Maren Solvik.");
  EXPECT_EQ(Speaker(q, "Demand for tin"), "Jonas Brekke");
  EXPECT_EQ(Speaker(q, "Tin is cheap"), "Maren Solvik");
}

TEST(QuoteSpeakersTest, IndefiniteUnnamedSourceKeepsItsPhrase) {
  auto q = Quotes(
      "\"We are listening to residents,\" a Norbury Airports spokesman said. An agency report "
      "said that \"the runway is safe.\"");
  EXPECT_EQ(Speaker(q, "We are listening"), "a Norbury Airports spokesman");
  EXPECT_EQ(Speaker(q, "the runway is safe"), "An agency report");
}

TEST(QuoteSpeakersTest, AgeDescriptorRefersToThePerson) {
  auto q = Quotes(
      "Councillor Edda Marwick visited the old bakery on Monday.\n\n"
      "\"I worked here for ten years,\" the 34-year-old said.");
  EXPECT_EQ(Speaker(q, "I worked here"), "Edda Marwick");
  q = Quotes(
      "Councillor Edda Marwick visited the old bakery on Monday.\n\n"
      "\"I will miss it,\" the 34-year-old councillor said.");
  EXPECT_EQ(Speaker(q, "I will miss it"), "Edda Marwick");
}

TEST(QuoteSpeakersTest, NameAfterAPrepositionIsNotTheSubject) {
  auto q = Quotes(
      "Former mayor Gustav Hellqvist, a close adviser to Ingrid Solberg, told the paper that "
      "the council is \"still learning.\"");
  EXPECT_EQ(Speaker(q, "still learning"), "Gustav Hellqvist");
}

TEST(QuoteSpeakersTest, ColonEndingThePreviousParagraph) {
  auto q = Quotes(
      "From the valley, reporter Sigrid Almqvist reports:\n\n"
      "\"The water is still rising. Roads are closed.\"\n\n"
      "The Marsh Council gives an overview of its plan:\n\n"
      "\"The plan funds eleven new pumps.\"");
  EXPECT_EQ(Speaker(q, "The water is still rising"), "Sigrid Almqvist");
  EXPECT_EQ(Speaker(q, "The plan funds"), "Marsh Council");
}

TEST(QuoteSpeakersTest, ThePresidentIsTheTitledName) {
  const std::string text =
      "Critics of President Quorvath met on Friday.\n\n"
      "The president later denied any plan, calling the report \"a fantasy.\"";
  // The tagger missed the name: the capitalised word after the title.
  EXPECT_EQ(Speaker(QuotesWithMentions(text, {}), "a fantasy"), "Quorvath");
  // The tagger folded the title into the name.
  EXPECT_EQ(Speaker(QuotesWithMentions(text, {{"President Quorvath", 'P'}}), "a fantasy"),
            "President Quorvath");
}

TEST(QuoteSpeakersTest, NameTheTaggerMissedBetweenQuoteAndCue) {
  const std::string text =
      "Tova Lindqvist met the harbour board on Monday.\n\n\"The tolls must fall,\" "
      "Varkonyi-Oddsberg said. \"We will see,\" Those present said.";
  auto q = QuotesWithMentions(text, {{"Tova Lindqvist", 'P'}});
  EXPECT_EQ(Speaker(q, "The tolls must fall"), "Varkonyi-Oddsberg");
  EXPECT_NE(Speaker(q, "We will see"), "Those present");
}

TEST(QuoteSpeakersTest, BodyNounRefersToTheOrganisation) {
  auto q = Quotes(
      "Dust can irritate the lungs, the Norrland Health Board says \u2014 the agency adds that "
      "\"masks are not needed outdoors.\"");
  EXPECT_EQ(Speaker(q, "masks are not needed"), "Norrland Health Board");
}

TEST(QuoteSpeakersTest, ItOrTheyContinuesTheQuotedBody) {
  auto q = Quotes(
      "\"The new road divides the town,\" the petition stated.\n\n"
      "By contrast, it said, cyclists \"must be supported.\" \"As residents,\" they wrote, "
      "\"we want a bridge.\"");
  EXPECT_EQ(Speaker(q, "must be supported"), "the petition");
  EXPECT_EQ(Speaker(q, "As residents"), "the petition");
}

TEST(QuoteSpeakersTest, UnnamedSpokesmanOpeningTheClause) {
  auto q = Quotes(
      "On Saturday, a spokesman for the Eastmark Water Authority in Kelby promised \"swift "
      "repairs\" to the pipes.");
  EXPECT_EQ(Speaker(q, "swift repairs"), "a spokesman for the Eastmark Water Authority");
}

TEST(QuoteSpeakersTest, UnnamedSourcePhraseEndsWithTheNameItServes) {
  auto q = Quotes(
      "Senator Ulla Halvorsen defended the audit.\n\n"
      "But a spokeswoman for Halvorsen took issue with that, saying, \"The audit was fair.\"");
  EXPECT_EQ(Speaker(q, "The audit was fair"), "a spokeswoman for Halvorsen");
}

TEST(QuoteSpeakersTest, WithNameSayingIsTheSubject) {
  auto q = Quotes(
      "Other skaters were more forthright, with Dmitri Olenko, president of the Skating "
      "Union, saying: \"The ruling is unjust.\"");
  EXPECT_EQ(Speaker(q, "The ruling is unjust"), "Dmitri Olenko");
}

TEST(QuoteSpeakersTest, IndefiniteObjectBeforeAPronounIsNotTheSpeaker) {
  // "a thought experiment he called": the pronoun, not the noun phrase, is the subject.
  auto q = Quotes(
      "The philosopher Anselm Gravick offered a thought experiment he called the \"quiet "
      "room.\"");
  EXPECT_EQ(Speaker(q, "quiet"), "Anselm Gravick");
}

}  // namespace
}  // namespace stemma
