// Opposite-word lexicon and the tokens the contradiction rules read.
#include "stories/contradiction_lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stories/contradiction_tokens.h"
#include "stories/similarity.h"

namespace stemma::stories {
namespace {

TEST(ContradictionLexicon, OppositeScopes) {
  EXPECT_TRUE(Opposite("blocks", "applauds", OppositeUse::kHeadline));
  EXPECT_TRUE(Opposite("confirmed", "denied", OppositeUse::kRewrite));
  EXPECT_FALSE(Opposite("blocks", "blocked", OppositeUse::kInPlaceEdit));
  // Rewrites only when about the same thing; headlines of one story always.
  EXPECT_TRUE(Opposite("rose", "fell", OppositeUse::kRewrite));
  EXPECT_FALSE(Opposite("rose", "fell", OppositeUse::kHeadline));
  // A converse pair ("A beat B" / "B lost to A") only as an in-place edit.
  EXPECT_TRUE(Opposite("won", "lost", OppositeUse::kInPlaceEdit));
  EXPECT_FALSE(Opposite("won", "lost", OppositeUse::kRewrite));
  // Comparatives only as an in-place edit.
  EXPECT_TRUE(Opposite("more", "less", OppositeUse::kInPlaceEdit));
  EXPECT_FALSE(Opposite("more", "less", OppositeUse::kRewrite));
  EXPECT_FALSE(Opposite("harbour", "ferry", OppositeUse::kInPlaceEdit));
}

TEST(ContradictionLexicon, PrefixOpposites) {
  EXPECT_TRUE(PrefixOpposite("prepared", "unprepared"));
  EXPECT_TRUE(PrefixOpposite("disloyal", "loyal"));
  EXPECT_TRUE(PrefixOpposite("legal", "illegal"));
  EXPECT_TRUE(PrefixOpposite("able", "unable"));
  // Prefixes that do not negate.
  EXPECT_FALSE(PrefixOpposite("cover", "discover"));
  EXPECT_FALSE(PrefixOpposite("form", "inform"));
  EXPECT_FALSE(PrefixOpposite("less", "unless"));
  EXPECT_FALSE(PrefixOpposite("close", "disclose"));
}

TEST(ContradictionTokens, NumbersAndMarks) {
  std::vector<Token> t;
  Tokenize("Tickets cost $299, up 5% from six weeks ago (Quillmoor didn't say).", &t);
  ASSERT_GE(t.size(), 10u);
  EXPECT_EQ(t[2].lower, "299");
  EXPECT_TRUE(t[2].currency);
  EXPECT_DOUBLE_EQ(t[2].value, 299);
  EXPECT_TRUE(t[3].clause_start);  // "up" after the comma
  EXPECT_TRUE(t[4].percent);
  EXPECT_DOUBLE_EQ(t[6].value, 6);  // "six"
  EXPECT_TRUE(t[9].capitalised);    // "Quillmoor"
  EXPECT_TRUE(IsNegation(t[10]));   // "didn't"
  EXPECT_EQ(PolarityMarks(t), 1);
}

TEST(ContradictionTokens, TypographicQuotesAndDashesAreNotWordLetters) {
  std::vector<Token> t;
  Tokenize(
      "He said \xE2\x80\x9Cnobody told me\xE2\x80\x9D \xE2\x80\x94 and didn\xE2\x80\x99t "
      "stay.",
      &t);
  ASSERT_EQ(t.size(), 8u);
  EXPECT_EQ(t[2].lower, "nobody");
  EXPECT_TRUE(IsNegation(t[2]));
  EXPECT_EQ(t[4].lower, "me");
  EXPECT_TRUE(t[5].clause_start);  // "and" after the em dash
  EXPECT_EQ(t[6].lower, "didn't");
}

TEST(ContradictionTokens, StemsAndWholeWords) {
  EXPECT_EQ(Stem("wants"), Stem("want"));
  EXPECT_EQ(Stem("approved"), Stem("approve"));
  EXPECT_EQ(Stem("halting"), "halt");
  EXPECT_TRUE(HasWholeWord("the quillmoor ferry", "ferry"));
  EXPECT_FALSE(HasWholeWord("the quillmoor ferryman", "ferry"));
}

TEST(ContradictionTokens, HostileInput) {
  std::vector<Token> t;
  const std::string junk("\xff\xfe$%,,..::\xe2\x80\x99\xe2\x80", 15);
  Tokenize(junk, &t);
  std::string many;
  for (int i = 0; i < 500; ++i) many += "no ";
  t.clear();
  Tokenize(many, &t);
  EXPECT_EQ(t.size(), kMaxSentenceTokens);
}

}  // namespace
}  // namespace stemma::stories
