#include "reuse/tokenize.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace stemma::reuse {
namespace {

std::vector<std::string> Words(const std::string& text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens) out.push_back(text.substr(t.begin, t.length));
  return out;
}

TEST(TokenizeTest, SplitsOnPunctuationAndKeepsByteSpans) {
  EXPECT_EQ(Words("Hello, wide-world! 2,000 cats; 3.5 dogs."),
            (std::vector<std::string>{"Hello", "wide", "world", "2,000", "cats", "3.5", "dogs"}));
}

TEST(TokenizeTest, UnicodePunctuationSeparatesWordsButLettersDoNot) {
  // Curly apostrophe, em dash and no-break space separate; accented letters stay in the word.
  EXPECT_EQ(Words("Zorba\xE2\x80\x99s caf\xC3\xA9\xE2\x80\x94open\xC2\xA0now"),
            (std::vector<std::string>{"Zorba", "s", "caf\xC3\xA9", "open", "now"}));
}

TEST(TokenizeTest, CaseAndThousandsSeparatorsDoNotChangeTheHash) {
  std::vector<Token> a, b;
  Tokenize("Quorvak paid 2,000 Lumens", &a);
  Tokenize("QUORVAK paid 2000 lumens", &b);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].hash, b[i].hash) << i;
  EXPECT_EQ(NormalizedTextHash(a), NormalizedTextHash(b));
}

TEST(TokenizeTest, FlagsNamesNumbersStopwordsAndQuotes) {
  std::vector<Token> t;
  Tokenize("The envoy met Velrane on 12 May. He said \"we will wait\" and left.", &t);
  ASSERT_EQ(t.size(), 14u);
  EXPECT_TRUE(t[0].flags & kStopword);  // The (sentence start: not a name)
  EXPECT_FALSE(t[0].flags & kCapital);
  EXPECT_TRUE(t[3].flags & kCapital);   // Velrane
  EXPECT_TRUE(t[5].flags & kNumber);    // 12
  EXPECT_FALSE(t[7].flags & kCapital);  // He starts a sentence
  EXPECT_TRUE(t[9].flags & kQuoted);    // we
  EXPECT_TRUE(t[11].flags & kQuoted);   // wait
  EXPECT_FALSE(t[12].flags & kQuoted);  // and
}

TEST(TokenizeTest, SurvivesArbitraryBytes) {
  std::string junk;
  for (int i = 0; i < 5000; ++i) junk.push_back(static_cast<char>((i * 7919) & 0xFF));
  junk += "\xE2\x80";  // truncated sequence at the end
  std::vector<Token> t;
  Tokenize(junk, &t);
  for (const Token& tok : t) EXPECT_LE(TokenEnd(tok), junk.size());
  Tokenize("", &t);
  EXPECT_TRUE(t.empty());
}

TEST(TokenizeTest, VeryLongTokenIsClippedNotOverflowed) {
  std::string word(100000, 'x');
  std::vector<Token> t;
  Tokenize(word + " end", &t);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].length, 0xFFFF);
  EXPECT_EQ(t[1].begin, 100001u);
}

}  // namespace
}  // namespace stemma::reuse
