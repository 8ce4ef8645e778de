// Locality-sensitive hashing over MinHash signatures: candidate near-duplicate pairs.
#pragma once

#include <cstdint>
#include <vector>

#include "reuse/minhash.h"

namespace stemma::reuse {

// A document pair (first < second) packed as first << 32 | second.
inline uint64_t PairKey(uint32_t a, uint32_t b) {
  return a < b ? (static_cast<uint64_t>(a) << 32) | b : (static_cast<uint64_t>(b) << 32) | a;
}
inline uint32_t PairFirst(uint64_t key) { return static_cast<uint32_t>(key >> 32); }
inline uint32_t PairSecond(uint64_t key) { return static_cast<uint32_t>(key); }

// Emits every pair of members of `group` (sorted doc indexes) into `out`; a group larger than
// `max_all_pairs` is linked as a star around its first member to keep the output bounded.
void EmitGroupPairs(const uint32_t* group, size_t size, size_t max_all_pairs,
                    std::vector<uint64_t>* out);

// Pairs whose signatures agree on all rows of at least one band (`bands` * rows =
// kSignatureSize). With 32 bands of 4 rows a pair at Jaccard 0.8 collides with probability
// > 0.9999 and one at 0.3 with probability ~0.23. Documents with has_text[i] == 0 are skipped.
// Returns sorted distinct pair keys.
std::vector<uint64_t> LshCandidates(const std::vector<Signature>& signatures,
                                    const std::vector<uint8_t>& has_text, int bands);

}  // namespace stemma::reuse
