// Test helpers shared by the entity tests: a hand-made tagger mention over a phrase of a text,
// the type rules applied to such mentions.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "facts/entity_rules.h"
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

// "type:canonical" of each mention after ApplyEntityTypeRules.
inline std::vector<std::string> Apply(const TokenizedText& tt, std::vector<Mention> mentions) {
  ApplyEntityTypeRules(tt, &mentions);
  std::vector<std::string> out;
  for (const Mention& m : mentions) out.push_back(std::string(1, m.type) + ":" + m.canonical);
  return out;
}

// "type:surface" of each mention after ApplyEntityTypeRules (the span as written, where Apply
// gives the canonical name).
inline std::vector<std::string> Surfaces(const TokenizedText& tt, std::vector<Mention> mentions) {
  ApplyEntityTypeRules(tt, &mentions);
  std::vector<std::string> out;
  for (const Mention& m : mentions) {
    out.push_back(std::string(1, m.type) + ":" + std::string(tt.Span(m.first, m.last)));
  }
  return out;
}

}  // namespace stemma::facts
