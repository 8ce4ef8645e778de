// Contradictions between two sentences that speak of the same thing but were written
// independently (a rewrite, not an edit): the same predicate negated in one of them, a pair of
// opposite words ("blocks" / "approves"), or a different amount of the same unit ("$299" /
// "$99"). The caller pairs the sentences (shared names, numbers and content words).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "stories/contradiction_tokens.h"

namespace stemma::stories {

// The two documents the sentences come from.
struct DocumentPair {
  std::string_view text_a, text_b;
  const std::string* lower_a = nullptr;  // the texts lowercased
  const std::string* lower_b = nullptr;
  bool headlines = false;        // both sentences are the first lines of their documents
  bool either_headline = false;  // one of them is
};

// The rule by which `a` and `b` contradict each other ("negated-predicate", "opposite-words",
// "different-quantity", "denied-claim"), or nullptr. `numbers` = false
// skips the quantity rule. `why` gets the two conflicting words ("blocks / applauds",
// "not prepared / prepared", "299 $ / 99 $").
// Whether the number at token i of `s` is hedged ("more than 100", "about 1.5") or its value is
// also in `other` ("2.0" / "2", the same figures in another order): no rival figure.
bool LooseNumber(const std::vector<Token>& s, size_t i, const std::vector<Token>& other);

// Two different people or bodies doing the thing at tokens i of `a` and j of `b` ("Obama
// negotiated" / "Bush never negotiated", "Trump lost" / "Sanders won"), neither named in the
// other sentence: two deeds, not one told two ways.
bool SubjectsClash(const std::vector<Token>& a, size_t i, const std::vector<Token>& b, size_t j,
                   const DocumentPair& docs);

const char* RewrittenContradiction(const std::vector<Token>& a, const std::vector<Token>& b,
                                   bool numbers, const DocumentPair& documents, std::string* why);

}  // namespace stemma::stories
