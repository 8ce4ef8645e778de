// Test helper shared by the entity tests: a hand-made tagger mention over a phrase of a text.
#pragma once

#include <gtest/gtest.h>

#include <string_view>

#include "facts/facts_internal.h"

namespace stemma::facts {

// A mention of `type` over the first occurrence of `phrase` (whole tokens) in `tt` at or after
// byte `from`, with its canonical name.
inline Mention Over(const TokenizedText& tt, std::string_view phrase, char type, size_t from = 0) {
  size_t begin = tt.text.find(phrase, from);
  EXPECT_NE(begin, std::string_view::npos) << phrase;
  Mention m{0, 0, type, ""};
  m.canonical = CanonicalName(phrase, &m.type);
  for (size_t i = 0; i < tt.tokens.size(); ++i) {
    if (tt.tokens[i].begin == begin) m.first = i;
    if (tt.tokens[i].end == begin + phrase.size()) m.last = i + 1;
  }
  EXPECT_LT(m.first, m.last) << phrase;
  return m;
}

}  // namespace stemma::facts
