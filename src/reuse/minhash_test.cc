#include "reuse/minhash.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "reuse/lsh.h"
#include "reuse/ngram_index.h"
#include "reuse/test_text.h"
#include "stemma/util.h"

namespace stemma::reuse {
namespace {

std::vector<Token> Tokens(const std::string& text) {
  std::vector<Token> t;
  Tokenize(text, &t);
  return t;
}

double ExactJaccard(const std::vector<Token>& a, const std::vector<Token>& b) {
  std::vector<uint64_t> sa, sb;
  ShingleSet(a, kShingleWords, &sa);
  ShingleSet(b, kShingleWords, &sb);
  size_t both = SortedOverlap(sa, sb);
  return static_cast<double>(both) / static_cast<double>(sa.size() + sb.size() - both);
}

TEST(MinHashTest, EstimateTracksExactJaccard) {
  // Documents sharing a growing prefix: Jaccard from ~0 to 1.
  std::string shared = testing::FictionalText(1, 400);
  for (int keep : {0, 100, 200, 300, 400}) {
    std::string a =
        shared.substr(0, shared.size() * keep / 400) + " " + testing::FictionalText(2, 400 - keep);
    auto ta = Tokens(a), tb = Tokens(shared);
    Signature sa, sb;
    ASSERT_TRUE(ComputeSignature(ta, &sa));
    ASSERT_TRUE(ComputeSignature(tb, &sb));
    double exact = ExactJaccard(ta, tb);
    EXPECT_NEAR(EstimateJaccard(sa, sb), exact, 0.12) << "keep " << keep;
  }
}

TEST(MinHashTest, EmptyTextHasNoSignatureAndShortTextHasOne) {
  Signature s;
  EXPECT_FALSE(ComputeSignature({}, &s));
  EXPECT_TRUE(ComputeSignature(Tokens("two words"), &s));
  Signature t;
  ComputeSignature(Tokens("Two, words!"), &t);
  EXPECT_EQ(EstimateJaccard(s, t), 1.0);
}

TEST(LshTest, NearDuplicatesCollideAndUnrelatedTextsDoNot) {
  std::string base = testing::FictionalText(7, 600);
  std::vector<std::string> texts = {base, base + " " + testing::FictionalText(8, 20),
                                    testing::FictionalText(9, 600)};
  std::vector<Signature> sigs(texts.size());
  std::vector<uint8_t> has(texts.size(), 1);
  for (size_t i = 0; i < texts.size(); ++i) ComputeSignature(Tokens(texts[i]), &sigs[i]);
  std::vector<uint64_t> pairs = LshCandidates(sigs, has, 32);
  EXPECT_EQ(pairs, std::vector<uint64_t>{PairKey(0, 1)});
}

TEST(LshTest, LargeGroupsAreLinkedAsAStar) {
  std::vector<uint32_t> group(100);
  for (uint32_t i = 0; i < 100; ++i) group[i] = i;
  std::vector<uint64_t> out;
  EmitGroupPairs(group.data(), group.size(), 64, &out);
  EXPECT_EQ(out.size(), 99u);
  out.clear();
  EmitGroupPairs(group.data(), 10, 64, &out);
  EXPECT_EQ(out.size(), 45u);
}

}  // namespace
}  // namespace stemma::reuse

namespace stemma::reuse {
namespace {

TEST(NgramIndexTest, CountsSharedRareGramsAndSkipsCommonOnes) {
  // Gram 1 is in every document (too common for max_df 2); 2 and 3 are shared by docs 0 and 1.
  std::vector<std::vector<uint64_t>> grams = {{1, 2, 3, 9}, {1, 2, 3}, {1, 4}};
  std::vector<SharedGramPair> pairs = SharedGramPairs(grams, 2, 1);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0].key, PairKey(0, 1));
  EXPECT_EQ(pairs[0].shared, 2u);
  EXPECT_TRUE(SharedGramPairs(grams, 2, 3).empty());
}

TEST(NgramIndexTest, SampledGramsSkipStopwordOnlyGrams) {
  std::vector<Token> tokens;
  Tokenize("of the and in the", &tokens);
  std::vector<uint64_t> out;
  SampledGrams(tokens, 3, 1, &out);
  EXPECT_TRUE(out.empty());
  Tokenize("of the quorvak in the", &tokens);
  SampledGrams(tokens, 3, 1, &out);
  EXPECT_EQ(out.size(), 3u);
}

}  // namespace
}  // namespace stemma::reuse
