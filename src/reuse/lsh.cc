#include "reuse/lsh.h"

#include <algorithm>
#include <utility>

namespace stemma::reuse {

void EmitGroupPairs(const uint32_t* group, size_t size, size_t max_all_pairs,
                    std::vector<uint64_t>* out) {
  if (size < 2) return;
  if (size > max_all_pairs) {
    for (size_t j = 1; j < size; ++j) out->push_back(PairKey(group[0], group[j]));
    return;
  }
  for (size_t i = 0; i < size; ++i) {
    for (size_t j = i + 1; j < size; ++j) out->push_back(PairKey(group[i], group[j]));
  }
}

std::vector<uint64_t> LshCandidates(const std::vector<Signature>& signatures,
                                    const std::vector<uint8_t>& has_text, int bands) {
  std::vector<uint64_t> pairs;
  if (bands <= 0 || kSignatureSize % bands != 0) return pairs;
  const int rows = kSignatureSize / bands;
  std::vector<std::pair<uint64_t, uint32_t>> buckets;
  buckets.reserve(signatures.size());
  std::vector<uint32_t> group;
  for (int band = 0; band < bands; ++band) {
    buckets.clear();
    for (size_t d = 0; d < signatures.size(); ++d) {
      if (!has_text[d]) continue;
      uint64_t h = 0x9E3779B97F4A7C15ull * static_cast<uint64_t>(band + 1);
      for (int r = 0; r < rows; ++r) {
        h ^= signatures[d][band * rows + r];
        h *= 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
      }
      buckets.emplace_back(h, static_cast<uint32_t>(d));
    }
    std::sort(buckets.begin(), buckets.end());
    for (size_t i = 0; i < buckets.size();) {
      size_t j = i;
      group.clear();
      while (j < buckets.size() && buckets[j].first == buckets[i].first) {
        group.push_back(buckets[j].second);
        ++j;
      }
      EmitGroupPairs(group.data(), group.size(), 64, &pairs);
      i = j;
    }
    // Keep memory bounded on big corpora: deduplicate as we go.
    if (pairs.size() > (1u << 22)) {
      std::sort(pairs.begin(), pairs.end());
      pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    }
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

}  // namespace stemma::reuse
