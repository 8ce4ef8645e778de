// Word tokens with byte spans: the unit every reuse signal (shingles, anchors, facts) is built on.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace stemma::reuse {

enum TokenFlags : uint16_t {
  kNumber = 1,    // contains a digit: 2,000 / 80th / 2019
  kCapital = 2,   // capitalised word that does not start a sentence: a name
  kStopword = 4,  // short function word; never a content anchor on its own
  kQuoted = 8,    // inside quotation marks (on one line): a quote independent reports share
};

struct Token {
  uint32_t begin = 0;   // byte offset into the text
  uint16_t length = 0;  // bytes; long tokens are clipped (the hash still covers all of it)
  uint16_t flags = 0;
  uint32_t hash = 0;  // of the lowercased token
};

// Appends the word tokens of `text` to `out` (cleared first). Letters, digits and every byte
// >= 0x80 are word bytes; ASCII is lowercased for hashing. Digits joined by ',' or '.' stay one
// token ("2,000", "3.5"). Texts longer than 4 GiB are cut at 4 GiB.
void Tokenize(std::string_view text, std::vector<Token>* out);

// Hash of the lowercased word sequence: equal for texts differing only in case, punctuation
// and whitespace.
uint64_t NormalizedTextHash(const std::vector<Token>& tokens);

// Hash of the n tokens starting at tokens[i] (caller guarantees i + n <= size).
inline uint64_t GramHash(const Token* tokens, int n) {
  uint64_t h = 0x9E3779B97F4A7C15ull;
  for (int k = 0; k < n; ++k) {
    h ^= tokens[k].hash;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 29;
  }
  h *= 0x94D049BB133111EBull;
  h ^= h >> 32;
  return h;
}

inline size_t TokenEnd(const Token& t) { return static_cast<size_t>(t.begin) + t.length; }

}  // namespace stemma::reuse
