#include "reuse/align.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reuse/classify.h"
#include "reuse/test_text.h"

namespace stemma::reuse {
namespace {

std::vector<Token> Tokens(const std::string& text) {
  std::vector<Token> t;
  Tokenize(text, &t);
  return t;
}

TEST(AlignTest, FindsCopiedParagraphInsidePadding) {
  std::string copied = testing::FictionalText(11, 80);
  std::string a =
      testing::FictionalText(12, 100) + " " + copied + " " + testing::FictionalText(13, 100);
  std::string b = testing::FictionalText(14, 50) + " " + copied;
  auto ta = Tokens(a), tb = Tokens(b);
  PairAlignment r = AlignPair(ta, tb, AlignOptions{});
  ASSERT_EQ(r.passages.size(), 1u);
  const TokenPassage& p = r.passages[0];
  EXPECT_EQ(p.a_begin, 100u);
  EXPECT_EQ(p.a_end, 180u);
  EXPECT_EQ(p.b_begin, 50u);
  EXPECT_EQ(p.b_end, 130u);
}

TEST(AlignTest, BridgesSmallEditsAndInsertedSentencesInOnePassage) {
  std::string s1 = testing::FictionalText(21, 40), s2 = testing::FictionalText(22, 40),
              s3 = testing::FictionalText(23, 40);
  std::string a = s1 + " " + s2 + " " + s3;
  std::string b = s1 + " " + testing::FictionalText(24, 25) + " " + s2 + " zzfiller " + s3;
  PairAlignment r = AlignPair(Tokens(a), Tokens(b), AlignOptions{});
  ASSERT_EQ(r.passages.size(), 1u);
  EXPECT_EQ(r.passages[0].a_begin, 0u);
  EXPECT_EQ(r.passages[0].a_end, 120u);
  EXPECT_GT(r.weight, 90u);
}

TEST(AlignTest, UnrelatedTextsSharingOnlyNamesDoNotAlign) {
  std::string names = " Minister Quorva Belltane of Ostravia ";
  std::string a = testing::FictionalText(31, 60) + names + testing::FictionalText(32, 60);
  std::string b = testing::FictionalText(33, 60) + names + testing::FictionalText(34, 60);
  PairAlignment r = AlignPair(Tokens(a), Tokens(b), AlignOptions{});
  EXPECT_EQ(r.weight, 0u);
}

TEST(AlignTest, OrderedFactsCountsSharedNumbersInOrder) {
  std::string a = "They counted 17 boats, then 230 nets, then 4,100 fish near Quellport.";
  std::string b = "Near Quellport: 4,100 fish. Earlier 17 boats and 230 nets were counted.";
  PairAlignment r = AlignPair(Tokens(a), Tokens(b), AlignOptions{});
  EXPECT_EQ(r.shared_facts, 4u);
  EXPECT_EQ(r.ordered_facts, 2u);  // 17, 230 (or Quellport and 4,100): never all four
}

TEST(AlignTest, LongestIncreasingChainIgnoresCrossings) {
  std::vector<std::pair<uint32_t, uint32_t>> points = {{1, 1}, {5, 2}, {2, 3}, {3, 4}, {9, 5}};
  EXPECT_EQ(LongestIncreasingChain(&points), 4u);
  points.clear();
  EXPECT_EQ(LongestIncreasingChain(&points), 0u);
}

// Two reports of one kind of event sharing a stock phrase: one passage that echoes (two chains)
// with little evidence is a shared block, not a rewrite; dense single-passage reuse still is.
TEST(ClassifyTest, OneWeakPassageIsNoRewrite) {
  ClassifyOptions o;
  PairFeatures f;
  f.tokens_a = 150;
  f.tokens_b = 300;
  f.passages = 1;
  f.chains = 2;
  f.evidence = 0.06;
  f.weight = 9;
  EXPECT_EQ(Classify(f, o).relation, "");
  f.weight = 25;  // a long shared block is an excerpt
  EXPECT_EQ(Classify(f, o).relation, "excerpt");
  f.evidence = 0.4;  // most of the shorter text aligned in one passage: a rewrite
  f.weight = 60;
  EXPECT_EQ(Classify(f, o).relation, "rewrite");
  f.evidence = 0.06;  // several passages with the same little evidence: still a rewrite
  f.weight = 9;
  f.passages = 3;
  f.chains = 3;
  EXPECT_EQ(Classify(f, o).relation, "rewrite");
}

TEST(ClassifyTest, RelationsFromFeatures) {
  ClassifyOptions o;
  PairFeatures f;
  f.tokens_a = 500;
  f.tokens_b = 510;
  f.same_text = true;
  EXPECT_EQ(Classify(f, o).relation, "duplicate");
  f.same_text = false;
  f.jaccard = 0.85;
  EXPECT_EQ(Classify(f, o).relation, "near-duplicate");
  f.jaccard = 0.1;
  f.tokens_a = 100;
  f.contained_a = 0.9;
  Verdict v = Classify(f, o);
  EXPECT_EQ(v.relation, "excerpt");
  EXPECT_EQ(v.source, Side::kB);  // the longer text is the source of an excerpt
  f.contained_a = 0.01;
  f.evidence = 0.2;
  f.passages = 4;
  f.chains = 4;
  f.fact_density_a = 0.2;
  f.fact_density_b = 0.05;
  v = Classify(f, o);
  EXPECT_EQ(v.relation, "rewrite");
  EXPECT_EQ(v.source, Side::kA);  // the copy dilutes the facts
  f.evidence = 0.01;
  EXPECT_EQ(Classify(f, o).relation, "");
}

}  // namespace
}  // namespace stemma::reuse
