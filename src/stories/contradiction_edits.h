// The rules by which two aligned sentences of a story contradict each other (internal to
// src/stories): a negation, a swapped name, a different number or an antonym in a small edit.
#pragma once

#include <vector>

#include "stories/contradiction_rewritten.h"
#include "stories/contradiction_tokens.h"

namespace stemma::stories::internal {

// "negation", "entity", "number" or "antonym" when tokens `a` and `b` contradict each other, else
// nullptr. `numbers`: whether a differing number counts. `table` and `hunks` are scratch space.
const char* Contradiction(const std::vector<Token>& a, const std::vector<Token>& b, bool numbers,
                          const DocumentPair& docs, std::vector<int>* table,
                          std::vector<Hunk>* hunks);

}  // namespace stemma::stories::internal
