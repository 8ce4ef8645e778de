// Sentence-level contradictions on fictional two-document stories.
#include "stories/sentence_contradictions.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace stemma::stories {
namespace {

Document Doc(std::string id, std::string text) {
  Document d;
  d.id = std::move(id);
  d.text = std::move(text);
  return d;
}

// Runs the detector on two documents; returns the claims.
std::vector<Claim> Detect(const std::string& a, const std::string& b,
                          const std::vector<Claim>& fact_claims = {}) {
  const Document da = Doc("doc-a", a), db = Doc("doc-b", b);
  StoryInput in;
  in.id = "story-1";
  in.documents = {&da, &db};
  in.facts.resize(2);
  return SentenceContradictions(in, fact_claims);
}

// Runs the detector on two documents with headlines, as independent reports.
std::vector<Claim> DetectHeadlines(const std::string& title_a, const std::string& text_a,
                                   const std::string& title_b, const std::string& text_b) {
  Document da = Doc("doc-a", text_a), db = Doc("doc-b", text_b);
  da.title = title_a;
  db.title = title_b;
  StoryInput in;
  in.id = "story-1";
  in.documents = {&da, &db};
  in.facts.resize(2);
  const ProvenanceIndex independent{ReuseResult{}};
  return SentenceContradictions(in, {}, {}, &independent);
}

const std::string kIntro =
    "The Quillmoor council met in the old granary hall on a wet evening.\n\n";

void ExpectPair(const std::vector<Claim>& claims, const std::string& rule,
                const std::string& text_a) {
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].kind, "statement");
  EXPECT_EQ(claims[0].value, rule);
  EXPECT_EQ(claims[0].text, text_a);
  EXPECT_EQ(claims[0].documents, std::vector<std::string>{"doc-a"});
  EXPECT_EQ(claims[0].contradicted_by, std::vector<std::string>{"doc-b"});
  EXPECT_EQ(claims[1].documents, std::vector<std::string>{"doc-b"});
  EXPECT_EQ(claims[1].contradicted_by, std::vector<std::string>{"doc-a"});
}

TEST(SentenceContradictions, NegationFlipsPolarity) {
  const std::string a = "The mayor of Quillmoor approved the new ferry timetable for the harbour.";
  const std::string b =
      "The mayor of Quillmoor has not approved the new ferry timetable for the harbour.";
  ExpectPair(Detect(kIntro + a, kIntro + b), "negation", a);
  // Contracted negation counts too.
  const std::string c =
      "The mayor of Quillmoor didn't approve the new ferry timetable for the harbour.";
  EXPECT_EQ(Detect(kIntro + a, kIntro + c).size(), 2u);
}

TEST(SentenceContradictions, SwappedName) {
  const std::string a =
      "Councillor Wendeline Brask opened the lantern festival in Quillmoor square.";
  const std::string b =
      "Councillor Wendeline Orrick opened the lantern festival in Quillmoor square.";
  ExpectPair(Detect(kIntro + a, kIntro + b), "entity", a);
  // The same name with and without its accent.
  const std::string c =
      "Councillor Wendeline Pe\xC3\xB1"
      "a opened the lantern festival in Quillmoor square.";
  const std::string d =
      "Councillor Wendeline Pena opened the lantern festival in Quillmoor square.";
  EXPECT_TRUE(Detect(kIntro + c, kIntro + d).empty());
}

TEST(SentenceContradictions, DifferentNumber) {
  const std::string a = "The lantern festival in Quillmoor drew 312 visitors to the harbour front.";
  const std::string b =
      "The lantern festival in Quillmoor drew 4,800 visitors to the harbour front.";
  ExpectPair(Detect(kIntro + a, kIntro + b), "number", a);
  // Not repeated when the fact claims already contradict the two documents.
  Claim known;
  known.documents = {"doc-a"};
  known.contradicted_by = {"doc-b"};
  EXPECT_TRUE(Detect(kIntro + a, kIntro + b, {known}).empty());
  // A list of numbers writes a figure digit by digit ("the numbers 8, 8" / "the numbers 88").
  EXPECT_TRUE(Detect(kIntro + "The Quillmoor banner showed the numbers 88 on the harbour wall.",
                     kIntro + "The Quillmoor banner showed the numbers 8, 8 on the harbour wall.")
                  .empty());
}

TEST(SentenceContradictions, Antonym) {
  const std::string a =
      "Ticket prices for the Quillmoor ferry rose sharply after the storm season.";
  const std::string b =
      "Ticket prices for the Quillmoor ferry fell sharply after the storm season.";
  ExpectPair(Detect(kIntro + a, kIntro + b), "antonym", a);
}

TEST(SentenceContradictions, ParaphraseWithSamePolarityIsNoContradiction) {
  const std::string a =
      "The mayor of Quillmoor did not approve the new ferry timetable for the harbour on Friday.";
  const std::string b =
      "On Friday the Quillmoor mayor never approved the revised ferry timetable for the harbour.";
  EXPECT_TRUE(Detect(kIntro + a, kIntro + b).empty());
  // A vaguer count against a number is a paraphrase, not a different number.
  const std::string c = "Brask visited the Quillmoor lighthouse on multiple occasions last winter.";
  const std::string d = "Brask visited the Quillmoor lighthouse five times last winter.";
  EXPECT_TRUE(Detect(kIntro + c, kIntro + d).empty());
}

TEST(SentenceContradictions, UnrelatedSentencesAreNotAligned) {
  const std::string a = "The mayor of Quillmoor approved the new ferry timetable for the harbour.";
  const std::string b = "Fishermen in Quillmoor did not expect the cold spell to last into spring.";
  EXPECT_TRUE(Detect(kIntro + a, kIntro + b).empty());
}

TEST(SentenceContradictions, RewrittenHeadlinesAndSentences) {
  // Two headlines (the first lines) that reverse the outcome in different words: the claim
  // names both headlines and the two conflicting words.
  const std::string a = "Sorn Tribunal Blocks Quillmoor Ferry Merger";
  const std::string b = "Quillmoor Ferry Merger Wins Praise From Sorn Tribunal";
  const auto claims = Detect(a + "\n\nThe ruling came on a wet evening in Kessmund.",
                             b + "\n\nJudges met in the old granary hall.");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].value, "opposite-words: blocks / praise");
  EXPECT_EQ(claims[0].text, a);
  EXPECT_EQ(claims[1].text, b);
  // A headline that negates the predicate of a rewritten sentence, with little wording in
  // common.
  const std::string c =
      "Quillmoor harbour pilots are prepared for the winter storms, the guild said on Monday.";
  const std::string d =
      "Survey finds Quillmoor pilots not prepared for winter storms, citing old boats and cuts";
  const auto rewritten = Detect(kIntro + c, d + "\n\nThe guild met in the granary hall.");
  ASSERT_EQ(rewritten.size(), 2u);
  EXPECT_EQ(rewritten[0].value, "negated-predicate: prepared / not prepared");
  EXPECT_EQ(rewritten[0].text, c);
  EXPECT_EQ(rewritten[1].text, d);
}

TEST(SentenceContradictions, RewrittenParaphrasesAreNoContradiction) {
  // The same facts in other words: no opposite, no negation of a shared predicate.
  const std::string a =
      "The Quillmoor ferry board approved the winter timetable after a long debate on Monday.";
  const std::string b =
      "After Monday's long debate, the board of Quillmoor's ferries backed the winter timetable.";
  EXPECT_TRUE(Detect(kIntro + a, kIntro + b).empty());
  const std::string c =
      "Harbour pilots in Quillmoor are ready for the winter storms, the guild said.";
  const std::string d = "The guild said Quillmoor's harbour pilots were well prepared for winter.";
  EXPECT_TRUE(Detect(kIntro + c, kIntro + d).empty());
  const std::string e = "The Quillmoor quay will stay closed to other vessels until Wednesday.";
  const std::string f = "According to the harbour master, the Quillmoor quay reopens on Wednesday.";
  EXPECT_TRUE(Detect(kIntro + e, kIntro + f).empty());
  // "Not expected for two weeks" defers the findings; it does not deny them.
  const std::string g =
      "The inspectors said the Quillmoor findings were not expected for two weeks.";
  const std::string h = "The inspectors said the Quillmoor findings were expected in two weeks.";
  EXPECT_TRUE(Detect(kIntro + g, kIntro + h).empty());
}

TEST(SentenceContradictions, SurvivesHostileInput) {
  std::string junk(20000, 'x');
  junk += std::string(5000, '.') + std::string(3000, '\n') + "\xE2\x80\x99\xFF\xFE not";
  EXPECT_TRUE(Detect(junk, junk + " no").size() <= 2u);
  EXPECT_TRUE(Detect("", "").empty());
  // Headlines too: a megabyte of words with one swapped slot, and bytes that are no UTF-8.
  std::string words;
  for (int i = 0; i < 100000; ++i) words += "quay ferry ";
  EXPECT_TRUE(
      DetectHeadlines("Marrow blocks " + words, junk, "Marrow hails " + words, junk).size() <= 2u);
  EXPECT_TRUE(DetectHeadlines(junk, junk, junk + " \xC3", junk).empty());
}

TEST(SentenceContradictions, NegationsThatTurnAnAntonymBackAndAnswersAreNoContradiction) {
  // "did not find it more costly" says "less costly".
  const std::string a =
      "The Quillmoor council did not find the new ferry more costly than the bridge.";
  const std::string b = "The Quillmoor council did find the new ferry less costly than the bridge.";
  EXPECT_TRUE(Detect(kIntro + a, kIntro + b).empty());
  // "No, ..." answers a question; it does not negate what follows.
  const std::string c = "No, I honour the wishes of the Quillmoor ferry families, the mayor said.";
  const std::string d = "I honour the wishes of the Quillmoor ferry families, the mayor said.";
  EXPECT_TRUE(Detect(kIntro + c, kIntro + d).empty());
}

TEST(SentenceContradictions, NegationTurnsBackOnlyAnAntonymOfItsOwnClause) {
  // "open" / "close" stand in another clause than "not": both flips stand.
  const std::string a =
      "Moving to open its doors to more pupils, the Quillmoor academy said on Friday that it "
      "would accept the harbour test for its autumn class.";
  const std::string b =
      "Moving to close its doors to fewer pupils, the Quillmoor academy said on Friday that it "
      "would not accept the harbour test for its autumn class.";
  EXPECT_EQ(Detect(kIntro + a, kIntro + b).size(), 2u);
}

TEST(SentenceContradictions, AFigureChangedFarFromAnAntonymMovesNoFigure) {
  // "open" / "close" with a count changed at the end of the sentence: the doors, not a moving
  // figure.
  const std::string a =
      "The Quillmoor academy said it would open its doors to harbour pupils entering its "
      "autumn class of 30.";
  const std::string b =
      "The Quillmoor academy said it would close its doors to harbour pupils entering its "
      "autumn class of 45.";
  EXPECT_EQ(Detect(kIntro + a, kIntro + b).size(), 2u);
  // A figure right after the direction word still moves with it.
  const std::string c = "The Quillmoor ferry index rose 0.4 percent to 112.5 on the harbour board.";
  const std::string d = "The Quillmoor ferry index fell 0.2 percent to 111.9 on the harbour board.";
  EXPECT_TRUE(Detect(kIntro + c, kIntro + d).empty());
  // A year beside the word on one side only dates another moment: "In 2031, Marrow slammed the
  // pier plan" then praised it, told once with the year and once without.
  const std::string e =
      "In 2031, Ada Marrow slammed the Quillmoor pier plan as a costly and empty promise.";
  const std::string f = "Ada Marrow praised the Quillmoor pier plan as a costly and empty promise.";
  EXPECT_TRUE(Detect(kIntro + e, kIntro + f).empty());
}

TEST(SentenceContradictions, OneTemplateFilledForTwoOccasionsIsNoRivalFigure) {
  // A poll's boilerplate: another sample size and other dates are another poll.
  const std::string a =
      "The Quillmoor harbour poll is based on interviews with 1,004 ferry users conducted from "
      "February 10 to February 12.";
  const std::string b =
      "The Quillmoor harbour poll is based on interviews with 1,017 ferry users conducted from "
      "July 21 to July 23.";
  EXPECT_TRUE(Detect(kIntro + a, kIntro + b).empty());
  // The figure alone changed: still two versions.
  const std::string c =
      "The Quillmoor harbour poll is based on interviews with 1,017 ferry users conducted from "
      "February 10 to February 12.";
  EXPECT_EQ(Detect(kIntro + a, kIntro + c).size(), 2u);
}

TEST(SentenceContradictions, WishesPossibilitiesAndOtherMomentsAssertNothingToContradict) {
  // "wish the mayor had succeeded" says she failed.
  const std::string a =
      "I wish the mayor had succeeded with the Quillmoor ferry plan, the harbour master said.";
  const std::string b =
      "I think the mayor has failed with the Quillmoor ferry plan, the harbour master said.";
  EXPECT_TRUE(Detect(kIntro + a, kIntro + b).empty());
  // A statement dated to another year tells what was.
  const std::string c =
      "In 2029, the Quillmoor council did not approve the ferry timetable for the harbour.";
  const std::string d = "The Quillmoor council did approve the ferry timetable for the harbour.";
  EXPECT_TRUE(Detect(kIntro + c, kIntro + d).empty());
  const std::string e =
      "The Quillmoor council did not approve the ferry timetable for the harbour.";
  EXPECT_EQ(Detect(kIntro + e, kIntro + d).size(), 2u);
  // A possibility or a hope anywhere before the word in its clause.
  const std::string f =
      "The harbour court could still agree to hear the ferry case after the Quillmoor council "
      "rules on it.";
  const std::string g =
      "The harbour court rarely agrees to hear a ferry case before the Quillmoor council rules "
      "on it.";
  EXPECT_TRUE(Detect(kIntro + f, kIntro + g).empty());
}

// A line opening with an ellipsis continues words left out; its polarity is unknown.
TEST(SentenceContradictions, ALineGoingOnFromLeftOutWordsAssertsNothing) {
  const std::string refused =
      "The Quillmoor council did not approve the ferry timetable for the harbour.";
  const std::string cut =
      "\u2026.The Quillmoor council did approve the ferry timetable for the harbour.";
  const std::string whole =
      "The Quillmoor council did approve the ferry timetable for the harbour.";
  EXPECT_EQ(Detect(kIntro + whole, kIntro + refused).size(), 2u);
  EXPECT_TRUE(Detect(kIntro + cut, kIntro + refused).empty());
}

TEST(SentenceContradictions, AnAntonymInsideALargerRewordingDeniesSomethingElse) {
  // "confirmed the records" / "denied the request, saying the papers": two objects.
  const std::string a =
      "The Quillmoor archive confirmed the records will remain closed to the public until the "
      "harbour inquiry ends.";
  const std::string b =
      "The Quillmoor archive denied the request, saying the papers will remain closed to the "
      "public until the harbour inquiry ends.";
  EXPECT_TRUE(Detect(kIntro + a, kIntro + b).empty());
  // The same with "the" aligned right after the antonym: the words after it still differ.
  const std::string b2 =
      "The Quillmoor archive denied the request, saying Doe's papers will remain closed to the "
      "public until the harbour inquiry ends.";
  EXPECT_TRUE(Detect(kIntro + a, kIntro + b2).empty());
  // The antonym alone swapped: still reported.
  const std::string c =
      "The Quillmoor archive denied the records will remain closed to the public until the "
      "harbour inquiry ends.";
  EXPECT_EQ(Detect(kIntro + a, kIntro + c).size(), 2u);
}

TEST(SentenceContradictions, ANameWrittenAsItSoundsIsNoSwap) {
  // "Kain" / "Kayne": the same consonants, one name.
  const std::string a =
      "In the Kain inquiry, a Quillmoor councillor objected when the clerk used the word "
      "scoundrel at the harbour.";
  const std::string b =
      "In the Kayne inquiry, a Quillmoor councillor objected when the clerk used the word "
      "scoundrel at the harbour.";
  EXPECT_TRUE(Detect(kIntro + a, kIntro + b).empty());
  const std::string c =
      "In the Brightwater inquiry, a Quillmoor councillor objected when the clerk used the word "
      "scoundrel at the harbour.";
  EXPECT_EQ(Detect(kIntro + a, kIntro + c).size(), 2u);
}

TEST(SentenceContradictions, HedgedOrRepeatedNumbersAreNoRivalFigures) {
  // Both floors: "more than 100" and "more than 180" can both be true.
  const std::string a = "The Quillmoor storm injured more than 100 people near the harbour wall.";
  const std::string b = "The Quillmoor storm injured more than 180 people near the harbour wall.";
  EXPECT_TRUE(Detect(kIntro + a, kIntro + b).empty());
  // The same figure written two ways.
  const std::string c = "Fares at the Quillmoor ferry rose by 1.5 to 2.0 percent this spring.";
  const std::string d = "Fares at the Quillmoor ferry rose by 1.5 to 2 percent this spring.";
  EXPECT_TRUE(Detect(kIntro + c, kIntro + d).empty());
}

TEST(SentenceContradictions, OneOutletsUpdatedBoilerplateIsNoDispute) {
  Document da =
      Doc("doc-a", kIntro + "The Quillmoor Courier poll questioned 1,014 adults by phone.");
  Document db = Doc("doc-b", kIntro + "The Quillmoor Courier poll questioned 923 adults by phone.");
  StoryInput in;
  in.id = "story-1";
  in.documents = {&da, &db};
  in.facts.resize(2);
  EXPECT_EQ(SentenceContradictions(in, {}).size(), 2u);  // two outlets (unknown): a dispute
  da.outlet = db.outlet = "Quillmoor Courier";
  EXPECT_TRUE(SentenceContradictions(in, {}).empty());
  // A direction that moves: the same outlet's market line weeks apart is an update too.
  Document dc = Doc("doc-c", kIntro + "The Quillmoor crown rose against the Sorn mark on the day.");
  Document dd = Doc("doc-d", kIntro + "The Quillmoor crown fell against the Sorn mark on the day.");
  in.documents = {&dc, &dd};
  EXPECT_EQ(SentenceContradictions(in, {}).size(), 2u);  // unknown outlets and days: a dispute
  dc.published = "2031-09-19";
  dd.published = "2031-10-10";
  EXPECT_TRUE(SentenceContradictions(in, {}).empty());
}

TEST(SentenceContradictions, BetweenIndependentReportsOnlyAntonymEditsCount) {
  const Document da = Doc("doc-a", kIntro +
                                       "The mayor of Quillmoor approved the new ferry "
                                       "timetable for the harbour.");
  const Document db = Doc("doc-b", kIntro +
                                       "The mayor of Quillmoor has not approved the new "
                                       "ferry timetable for the harbour.");
  StoryInput in;
  in.id = "story-1";
  in.documents = {&da, &db};
  in.facts.resize(2);
  const ProvenanceIndex independent{ReuseResult{}};
  EXPECT_TRUE(SentenceContradictions(in, {}, {}, &independent).empty());
  // One rewrote the other: the changed statement is an alteration of copied text.
  ReuseResult reuse;
  reuse.edges.push_back(ReuseEdge{"doc-a", "doc-b", "rewrite", 0.3, true, "dates", {}});
  const ProvenanceIndex rewritten{reuse};
  EXPECT_EQ(SentenceContradictions(in, {}, {}, &rewritten).size(), 2u);
  // An antonym edit counts between independent reports too.
  const Document dc = Doc("doc-a", kIntro +
                                       "Quillmoor ferry ticket sales rose 4 percent in the "
                                       "third quarter of the year.");
  const Document dd = Doc("doc-b", kIntro +
                                       "Quillmoor ferry ticket sales fell 4 percent in the "
                                       "third quarter of the year.");
  in.documents = {&dc, &dd};
  EXPECT_EQ(SentenceContradictions(in, {}, {}, &independent).size(), 2u);
}

TEST(SentenceContradictions, RivalHeadlinesSwapOneSlot) {
  const std::string body_a =
      "Regulators in Quillmoor voted on the ferry merger after a long hearing. They said the "
      "deal would harm competition on the northern routes.";
  const std::string body_b =
      "Regulators in Quillmoor voted on the ferry merger after a long hearing. They said the "
      "deal would foster competition on the northern routes.";
  const std::string title_a = "Quillmoor Regulators Block Harbour Ferry Merger";
  const std::string title_b = "Quillmoor Regulators Applaud Harbour Ferry Merger";
  const std::vector<Claim> claims = DetectHeadlines(title_a, body_a, title_b, body_b);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].value, "headline-swap: block / applaud");
  EXPECT_EQ(claims[0].text, title_a);
  EXPECT_EQ(claims[0].contradicted_by, std::vector<std::string>{"doc-b"});
  EXPECT_EQ(claims[1].text, title_b);
  EXPECT_EQ(claims[1].contradicted_by, std::vector<std::string>{"doc-a"});
  // Each side names its own word first.
  EXPECT_EQ(claims[1].value, "headline-swap: applaud / block");
  // A word capitalised only where a sentence starts is no name.
  EXPECT_EQ(
      DetectHeadlines(title_a, body_a, title_b, body_b + " Applaud the builders, she said.").size(),
      2u);
}

TEST(SentenceContradictions, RewordedHeadlinesAreNoRivals) {
  const std::string body =
      "Regulators in Quillmoor voted on the ferry merger after a long hearing on Monday.";
  // The other article uses the word as well: a rewording ("clear" / "approve").
  EXPECT_TRUE(DetectHeadlines("Quillmoor Regulators Clear Harbour Ferry Merger", body,
                              "Quillmoor Regulators Approve Harbour Ferry Merger",
                              body + " The board said it would clear the merger.")
                  .empty());
  // One word inflected two ways, and a change only in small words, are the same headline.
  EXPECT_TRUE(DetectHeadlines("Ferry chief Tobin Marle to step down", body,
                              "Ferry chief Tobin Marle stepping down", body)
                  .empty());
  EXPECT_TRUE(DetectHeadlines("The ferry merger is cleared by the Quillmoor board", body,
                              "A ferry merger is cleared by the Quillmoor board", body)
                  .empty());
  // Two slots changed: another headline, not a swapped verdict.
  EXPECT_TRUE(DetectHeadlines("Quillmoor Regulators Block Harbour Ferry Merger", body,
                              "Quillmoor Judges Applaud Harbour Ferry Merger", body)
                  .empty());
  // A different ending tells another fact; a swapped name is the entity rules' to judge.
  EXPECT_TRUE(DetectHeadlines("Quillmoor Harbour Ferry Merger Was Delayed", body,
                              "Quillmoor Harbour Ferry Merger Wins Praise", body)
                  .empty());
  const std::string vote = "The ferry merger was put to a vote in Quillmoor on Monday.";
  EXPECT_TRUE(DetectHeadlines("Quillmoor Council Blocks Harbour Ferry Merger",
                              vote + " The Council met at noon.",
                              "Quillmoor Brask Blocks Harbour Ferry Merger",
                              vote + " Wendeline Brask spoke first.")
                  .empty());
  EXPECT_EQ(DetectHeadlines("Quillmoor Council Blocks Harbour Ferry Merger", vote,
                            "Quillmoor Council Hails Harbour Ferry Merger", vote)
                .size(),
            2u);
  // Numbers and negations are left to their own rules.
  EXPECT_TRUE(DetectHeadlines("Quillmoor ferry fares rise 4 percent in spring", body,
                              "Quillmoor ferry fares rise 9 percent in spring", body)
                  .empty());
}

TEST(SentenceContradictions, NegatedClauseThatGoesOnInOtherWordsIsNoDenial) {
  // Two wordings of one account: "was not on guild business" and "was on leave" agree.
  const std::string a =
      "Brask was on leave that week, was riding her own cart, and was not escorted by any guard, "
      "the clerk said.";
  const std::string b =
      "Brask was not on guild business, was riding a private cart and did not have a guard at the "
      "time.";
  EXPECT_TRUE(Detect(kIntro + a, kIntro + b).empty());
}

TEST(SentenceContradictions, AFigureWithAnotherSubjectIsNoRivalNumber) {
  // "14 percent who ..." and "49 percent of the rival's backers": two figures of two groups.
  const std::string a =
      "Brask's backers in Quillmoor say they strongly favour her, compared to 14 percent who "
      "back her because they dislike Orrick.";
  const std::string b =
      "Sixty percent of Brask backers in Quillmoor say they strongly favour the mayor, compared "
      "to 49 percent of Orrick's backers who say they strongly favour the challenger.";
  EXPECT_TRUE(Detect(kIntro + a, kIntro + b).empty());
  // The same figure of the same group, changed: a rival number.
  const std::string c =
      "Brask's backers in Quillmoor say they strongly favour her, compared to 41 percent who "
      "back her because they dislike Orrick.";
  EXPECT_EQ(Detect(kIntro + a, kIntro + c).size(), 2u);
}

TEST(SentenceContradictions, PartyNamesWrittenTwoWaysAndWeighedAntonymsAreNoContradiction) {
  const std::string a =
      "He also called his GOP rival Odo Falk an out-of-touch friend of the Marrow shipowners.";
  const std::string b =
      "He also called his Republican rival Odo Falk an out-of-touch friend of the Marrow "
      "shipowners.";
  EXPECT_TRUE(Detect(kIntro + a, kIntro + b).empty());
  // A name really swapped in the same place is still reported; a party word describes the
  // person the other sentence names ("the Democrat's office" / "Falk's office").
  const std::string c =
      "He also called his Tarnish rival Odo Falk an out-of-touch friend of the Marrow shipowners.";
  const std::string c2 =
      "He also called his Harbourton rival Odo Falk an out-of-touch friend of the Marrow "
      "shipowners.";
  EXPECT_EQ(Detect(kIntro + c2, kIntro + c).size(), 2u);
  EXPECT_TRUE(Detect(kIntro + "The harbour report was false, the Democrat's office said in a "
                              "statement on the pier.",
                     kIntro + "The harbour report was false, Falk's office said in a statement "
                              "on the pier.")
                  .empty());
  // "regardless of whether one agrees" / "regardless of who disagrees" weigh both ways.
  const std::string d =
      "The harbour court usually has the last word in Marrow, regardless of whether one agrees "
      "with its rulings.";
  const std::string e =
      "The harbour court usually has the last word in Marrow, regardless of who disagrees with "
      "its rulings.";
  EXPECT_TRUE(Detect(kIntro + d, kIntro + e).empty());
  // "Brask lost the vote" and "Orrick won the vote": two deeds of two people.
  const std::string f =
      "Brask lost the harbour vote to councillor Wendeline Tarr of the Marrow ferry guild in 2029.";
  const std::string g =
      "Orrick won the harbour vote over councillor Wendeline Tarr of the Marrow ferry guild in "
      "2029.";
  EXPECT_TRUE(Detect(kIntro + f, kIntro + g).empty());
  // A moving figure read twice: "fell 0.2 point to 62.6" / "rose 0.1 point to 62.7".
  EXPECT_TRUE(Detect(kIntro + "The Marrow harbour toll index fell 0.2 point to 62.6 on the day.",
                     kIntro + "The Marrow harbour toll index rose 0.1 point to 62.7 on the day.")
                  .empty());
  EXPECT_EQ(Detect(kIntro + "The Marrow harbour toll index fell 0.2 point to 62.6 on the day.",
                   kIntro + "The Marrow harbour toll index rose 0.2 point to 62.6 on the day.")
                .size(),
            2u);
  // A figure kept while the direction flips: one fact told two ways.
  EXPECT_EQ(
      Detect(kIntro + "The Marrow harbour board raised the pier toll from 50 crowns to 75 crowns.",
             kIntro + "The Marrow harbour board lowered the pier toll to 50 crowns from 85 crowns.")
          .size(),
      2u);
  // The same person winning and losing is a contradiction.
  std::string h = g;
  h.replace(0, 6, "Brask");
  EXPECT_EQ(Detect(kIntro + f, kIntro + h).size(), 2u);
}

TEST(SentenceContradictions, OneSentenceInCopiesIsOneClaim) {
  // Three wire copies carry the same sentence, a fourth report negates it: one claim of the three
  // copies (one independent source) and one of the negating report, not three pairs of claims.
  const std::string said =
      "The mayor of Quillmoor approved the new ferry timetable for the harbour.";
  const std::string denied =
      "The mayor of Quillmoor has not approved the new ferry timetable for the harbour.";
  const Document wire = Doc("wire", kIntro + said), copy1 = Doc("copy-1", kIntro + said),
                 copy2 = Doc("copy-2", kIntro + said), other = Doc("other", kIntro + denied);
  StoryInput in;
  in.id = "story-1";
  in.documents = {&wire, &copy1, &copy2, &other};
  in.facts.resize(4);
  ReuseResult reuse;
  // The copies duplicate the wire; the other report rewrote an unrelated passage of each.
  for (const auto& [source, target] :
       {std::pair{"wire", "copy-1"}, std::pair{"wire", "copy-2"}, std::pair{"wire", "other"},
        std::pair{"copy-1", "other"}, std::pair{"copy-2", "other"}}) {
    ReuseEdge e;
    e.source = source;
    e.target = target;
    e.relation = std::string(target) == "other" ? "rewrite" : "duplicate";
    if (e.relation == "rewrite") e.passages.push_back(Passage{0, 10, 0, 10});
    reuse.edges.push_back(e);
  }
  const ProvenanceIndex index(reuse);
  const std::vector<Claim> claims = SentenceContradictions(in, {}, {}, &index);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].text, said);
  EXPECT_EQ(claims[0].documents, (std::vector<std::string>{"wire", "copy-1", "copy-2"}));
  EXPECT_EQ(claims[0].contradicted_by, std::vector<std::string>{"other"});
  EXPECT_EQ(claims[0].independent_sources, 1);
  EXPECT_EQ(claims[1].text, denied);
  EXPECT_EQ(claims[1].documents, std::vector<std::string>{"other"});
  EXPECT_EQ(claims[1].contradicted_by, (std::vector<std::string>{"wire", "copy-1", "copy-2"}));
}

}  // namespace
}  // namespace stemma::stories
