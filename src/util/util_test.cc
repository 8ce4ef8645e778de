#include "stemma/util.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace stemma {
namespace {

TEST(ContentHash, SameBytesSameHashDifferentBytesDifferentHash) {
  EXPECT_EQ(ContentHash("abc"), ContentHash("abc"));
  EXPECT_NE(ContentHash("abc"), ContentHash("abd"));
  EXPECT_EQ(ContentHash("").size(), 32u);
}

TEST(SortedOverlap, CountsSharedElementsOfSortedSets) {
  EXPECT_EQ(SortedOverlap(std::vector<uint64_t>{1, 3, 5, 9}, std::vector<uint64_t>{2, 3, 9, 10}),
            2u);
  EXPECT_EQ(SortedOverlap(std::vector<std::string>{"ferry", "pier"},
                          std::vector<std::string>{"harbour", "pier", "quay"}),
            1u);
  EXPECT_EQ(SortedOverlap(std::vector<int>{}, std::vector<int>{1}), 0u);
}

TEST(CharOffset, CountsCodePointsNotBytes) {
  std::string text =
      "a\xC3\xA9"
      "b";  // a, e-acute, b
  EXPECT_EQ(CharOffset(text, 0), 0u);
  EXPECT_EQ(CharOffset(text, 1), 1u);
  EXPECT_EQ(CharOffset(text, 3), 2u);
  EXPECT_EQ(CharOffset(text, 99), 3u);
}

TEST(SanitizeUtf8, ReplacesInvalidBytesAndKeepsValidOnes) {
  EXPECT_EQ(SanitizeUtf8("ok \xC3\xA9"), "ok \xC3\xA9");
  EXPECT_EQ(SanitizeUtf8("a\xFF"
                         "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(SanitizeUtf8("\xE2\x82"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // truncated sequence
  EXPECT_EQ(SanitizeUtf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
}

}  // namespace
}  // namespace stemma
