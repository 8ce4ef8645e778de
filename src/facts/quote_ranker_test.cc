// The quote speaker ranker's plumbing (quote_ranker.cc, quote_features.cc): model loading,
// candidate choice, the hook into ExtractQuotes, hostile input. Fictional text only.
#include "facts/quote_ranker.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "stemma/facts.h"

namespace stemma::facts {
namespace {

std::string Hex(uint64_t id) {
  char buf[17];
  std::snprintf(buf, sizeof(buf), "%016llx", static_cast<unsigned long long>(id));
  return buf;
}

std::vector<Fact> Extract(const std::string& text) {
  Document doc;
  doc.id = "ranker-test";
  doc.text = text;
  return ExtractFacts(doc);
}

std::string SpeakerOf(const std::vector<Fact>& facts, const std::string& start) {
  for (const Fact& f : facts) {
    if (f.kind == "quote" && f.text.rfind(start, 0) == 0) return f.speaker;
  }
  return "<no quote>";
}

// Restores the embedded model after a test replaced it.
class RankerModelTest : public ::testing::Test {
 protected:
  void TearDown() override { QuoteRanker::SetDefaultModel(EmbeddedQuoteModel()); }
};

TEST(QuoteRankerTest, LoadsWeightsAndScores) {
  const uint64_t a = QuoteFeature(1, 2), b = QuoteFeature(5, 1, 3);
  QuoteRanker r;
  ASSERT_TRUE(r.Load("stemma-quote-ranker 1\n# comment\nrule-bonus 0.5\n" + Hex(a) + " 1.5\n" +
                     Hex(b) + " -2\n"));
  EXPECT_FALSE(r.empty());
  EXPECT_DOUBLE_EQ(r.Score({a}), 1.5);
  EXPECT_DOUBLE_EQ(r.Score({a, b, QuoteFeature(9)}), -0.5);  // unknown features weigh 0
  EXPECT_DOUBLE_EQ(r.Score({}), 0.0);
}

TEST(QuoteRankerTest, RejectsMalformedModels) {
  const std::string id = Hex(QuoteFeature(1));
  for (const std::string& text :
       {std::string(""), std::string("stemma-quote-ranker 2\n" + id + " 1\n"),
        "stemma-quote-ranker 1\n" + id.substr(1) + " 1\n",
        "stemma-quote-ranker 1\nzz" + id.substr(2) + " 1\n",
        "stemma-quote-ranker 1\n" + id + " one\n", "stemma-quote-ranker 1\n" + id + " nan\n",
        "stemma-quote-ranker 1\n" + id + " 1e300\n",
        "stemma-quote-ranker 1\nrule-bonus x\n" + id + " 1\n",
        std::string("stemma-quote-ranker 1\n"), std::string("\xFF\xFE\x00garbage", 10)}) {
    QuoteRanker r;
    EXPECT_FALSE(r.Load(text)) << text;
    EXPECT_TRUE(r.empty());
  }
}

TEST(QuoteRankerTest, ChoosesTheBestCandidateWithTheRuleBonus) {
  const uint64_t good = QuoteFeature(2, 1), bad = QuoteFeature(2, 2);
  QuoteRanker r;
  ASSERT_TRUE(
      r.Load("stemma-quote-ranker 1\nrule-bonus 3\n" + Hex(good) + " 2\n" + Hex(bad) + " -1\n"));
  std::vector<QuoteCandidate> c = {{"", {}}, {"Ilse Varga", {bad}}, {"Oren Tal", {good}}};
  EXPECT_EQ(r.Choose(c, "Nobody"), 2u);      // the best score
  EXPECT_EQ(r.Choose(c, ""), 0u);            // the rules said "no speaker": 0 + 3 > 2
  EXPECT_EQ(r.Choose(c, "Ilse Varga"), 1u);  // -1 + 3 ties with 2: the first one wins
  EXPECT_EQ(r.Choose({}, "x"), 0u);
}

TEST(QuoteRankerTest, EmbeddedModelIsLoaded) {
  EXPECT_EQ(EmbeddedQuoteModel().substr(0, 21), "stemma-quote-ranker 1");
  EXPECT_FALSE(QuoteRanker::Default().empty());
}

TEST(QuoteRankerTest, TraceListsTheCandidates) {
  std::vector<TracedQuote> trace;
  SetQuoteTrace(&trace);
  auto facts = Extract(
      "Tovin Marek, the harbourmaster, inspected the flooded quay at Esk on Monday. \"The water "
      "came fast,\" Marek said. Later the council of Esk met. \"We were lucky this time.\"");
  SetQuoteTrace(nullptr);
  ASSERT_EQ(trace.size(), 2u);
  for (const TracedQuote& t : trace) {
    ASSERT_FALSE(t.candidates.empty());
    EXPECT_EQ(t.candidates[0].name, "");  // "no speaker" comes first
  }
  EXPECT_EQ(trace[0].rule, "Tovin Marek");
  EXPECT_EQ(trace[0].source, kFromAfter);
  bool found = false;
  for (const QuoteCandidate& c : trace[1].candidates) found |= c.name == "Tovin Marek";
  EXPECT_TRUE(found);
  EXPECT_EQ(SpeakerOf(facts, "The water came fast"), "Tovin Marek");
}

TEST_F(RankerModelTest, RankerDecidesOnlyWhereNoCueSpeaks) {
  const std::string text =
      "Tovin Marek walked the flooded quay at Esk. \"The water came fast,\" Marek said. "
      "Tovin Marek's view was that the old quay \"will not survive another winter.\"";
  std::vector<TracedQuote> trace;
  SetQuoteTrace(&trace);
  Extract(text);
  SetQuoteTrace(nullptr);
  ASSERT_EQ(trace.size(), 2u);
  EXPECT_EQ(trace[0].source, kFromAfter);
  EXPECT_EQ(trace[1].rule, "Tovin Marek");  // the person opening the sentence, no cue
  ASSERT_EQ(trace[1].source, kFromOpening);
  // A model that always prefers "no speaker": the uncued quote loses its speaker, the quote
  // with a cue right after it keeps the rules' answer.
  ASSERT_TRUE(QuoteRanker::SetDefaultModel("stemma-quote-ranker 1\n" +
                                           Hex(trace[1].candidates[0].features[0]) + " 100\n"));
  auto facts = Extract(text);
  EXPECT_EQ(SpeakerOf(facts, "The water came fast"), "Tovin Marek");
  EXPECT_EQ(SpeakerOf(facts, "will not survive"), "");
  // No model: the rules alone.
  QuoteRanker::SetDefaultModel("");
  EXPECT_EQ(SpeakerOf(Extract(text), "will not survive"), "Tovin Marek");
}

TEST(QuoteRankerTest, HostileInputDoesNotCrash) {
  std::mt19937 rng(7);
  const char* pieces[] = {"\"",
                          "\xE2\x80\x9C",
                          "\xE2\x80\x9D",
                          " he ",
                          " she ",
                          " said ",
                          "Ann Doe",
                          ". ",
                          "\n\n",
                          ": ",
                          "'",
                          "Mr. ",
                          "Esk",
                          " told ",
                          "\xC3",
                          "\x80",
                          " a spokesman ",
                          ","};
  for (int round = 0; round < 20; ++round) {
    std::string text;
    for (int i = 0; i < 3000; ++i) text += pieces[rng() % (sizeof(pieces) / sizeof(*pieces))];
    std::vector<TracedQuote> trace;
    SetQuoteTrace(&trace);
    auto facts = Extract(text);
    SetQuoteTrace(nullptr);
    for (const TracedQuote& t : trace) {
      EXPECT_LE(t.end, text.size());
      EXPECT_LE(t.candidates.size(), 200u);  // a bounded window
    }
  }
  // Many distinct names around uncued quotes (each a candidate): linear work.
  std::string names;
  for (int i = 0; i < 4000; ++i) {
    names += "Ann Vel" + std::to_string(i) + "ander met Bo Kar" + std::to_string(i) +
             "son at Esk. \"We were there\" ";
  }
  EXPECT_GT(Extract(names).size(), 1000u);
  // Many short quotes in one paragraph: linear work.
  std::string many;
  for (int i = 0; i < 20000; ++i) many += "\"Yes.\" he said. ";
  EXPECT_GT(Extract(many).size(), 1000u);
}

}  // namespace
}  // namespace stemma::facts
