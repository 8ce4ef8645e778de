// Hashing shared by the tagger's files: the FNV-1a mixes behind feature keys, lexicon and
// cluster lookups, and the document votes' word grouping.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "facts/tagger.h"

namespace stemma::facts {

inline constexpr uint64_t kFnvOffset = 1469598103934665603ull;
inline constexpr uint64_t kFnvPrime = 1099511628211ull;

// FNV-1a over ASCII-lower-cased bytes.
inline uint64_t Mix(uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= (c >= 'A' && c <= 'Z') ? c + 32 : c;
    h *= kFnvPrime;
  }
  return h;
}
// FNV-1a over the bytes as they are.
inline uint64_t MixRaw(uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= kFnvPrime;
  }
  return h;
}

// The document-vote features of token i (see DocumentVotes; none when `votes` is null),
// written to `out`; returns how many. `shape_key` is the token's word-shape feature key.
int VoteFeatures(Words words, size_t i, const uint8_t* votes, uint64_t shape_key, uint64_t* out);

}  // namespace stemma::facts
