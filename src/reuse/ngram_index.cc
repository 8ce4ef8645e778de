#include "reuse/ngram_index.h"

#include <algorithm>

#include "reuse/lsh.h"

namespace stemma::reuse {

void SampledGrams(const std::vector<Token>& tokens, int n, uint32_t sample_modulus,
                  std::vector<uint64_t>* out) {
  out->clear();
  if (n <= 0 || tokens.size() < static_cast<size_t>(n)) return;
  if (sample_modulus == 0) sample_modulus = 1;
  for (size_t i = 0; i + n <= tokens.size(); ++i) {
    bool content = false;
    for (int k = 0; k < n && !content; ++k) content = (tokens[i + k].flags & kStopword) == 0;
    if (!content) continue;
    uint64_t h = GramHash(&tokens[i], n);
    if ((h >> 7) % sample_modulus == 0) out->push_back(h);
  }
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

std::vector<SharedGramPair> SharedGramPairs(const std::vector<std::vector<uint64_t>>& grams,
                                            size_t max_df, uint32_t min_shared) {
  struct Posting {
    uint64_t hash;
    uint32_t doc;
    bool operator<(const Posting& o) const { return hash != o.hash ? hash < o.hash : doc < o.doc; }
  };
  size_t total = 0;
  for (const auto& g : grams) total += g.size();
  std::vector<Posting> postings;
  postings.reserve(total);
  for (size_t d = 0; d < grams.size(); ++d) {
    for (uint64_t h : grams[d]) postings.push_back({h, static_cast<uint32_t>(d)});
  }
  std::sort(postings.begin(), postings.end());

  // Pair hits are folded into sorted (pair, count) runs whenever the buffer fills, so memory
  // follows the number of distinct pairs, not the number of shared n-grams (copies share
  // thousands).
  constexpr size_t kFlushAt = size_t{1} << 23;
  std::vector<uint64_t> pair_hits;
  std::vector<SharedGramPair> counted, merged;
  auto flush = [&] {
    std::sort(pair_hits.begin(), pair_hits.end());
    merged.clear();
    size_t c = 0;
    for (size_t i = 0; i < pair_hits.size();) {
      size_t j = i;
      while (j < pair_hits.size() && pair_hits[j] == pair_hits[i]) ++j;
      while (c < counted.size() && counted[c].key < pair_hits[i]) merged.push_back(counted[c++]);
      uint32_t n = static_cast<uint32_t>(j - i);
      if (c < counted.size() && counted[c].key == pair_hits[i]) n += counted[c++].shared;
      merged.push_back({pair_hits[i], n});
      i = j;
    }
    while (c < counted.size()) merged.push_back(counted[c++]);
    counted.swap(merged);
    pair_hits.clear();
  };
  std::vector<uint32_t> group;
  for (size_t i = 0; i < postings.size();) {
    size_t j = i;
    while (j < postings.size() && postings[j].hash == postings[i].hash) ++j;
    size_t df = j - i;
    if (df >= 2 && df <= max_df) {
      group.clear();
      for (size_t k = i; k < j; ++k) group.push_back(postings[k].doc);
      EmitGroupPairs(group.data(), group.size(), max_df, &pair_hits);
      if (pair_hits.size() >= kFlushAt) flush();
    }
    i = j;
  }
  postings.clear();
  postings.shrink_to_fit();
  flush();
  std::vector<SharedGramPair> out;
  for (const SharedGramPair& p : counted) {
    if (p.shared >= min_shared) out.push_back(p);
  }
  return out;
}

}  // namespace stemma::reuse

namespace stemma::reuse {

int GramFrequency::BitsFor(size_t expected_grams) {
  int bits = 16;
  while (bits < kMaxBits && (size_t{1} << bits) < 2 * expected_grams) ++bits;
  return bits;
}

GramFrequency::GramFrequency(int n, size_t expected_grams) : n_(n) {
  const int bits = BitsFor(expected_grams);
  shift_ = 64 - bits;
  counters_ = std::make_unique<std::atomic<uint16_t>[]>(size_t{1} << bits);
  for (size_t i = 0; i < (size_t{1} << bits); ++i) counters_[i].store(0, std::memory_order_relaxed);
}

void GramFrequency::AddDocument(const std::vector<Token>& tokens, std::vector<uint64_t>* scratch) {
  scratch->clear();
  if (tokens.size() < static_cast<size_t>(n_)) return;
  for (size_t i = 0; i + n_ <= tokens.size(); ++i)
    scratch->push_back(GramHash(&tokens[i], n_) >> shift_);
  std::sort(scratch->begin(), scratch->end());
  scratch->erase(std::unique(scratch->begin(), scratch->end()), scratch->end());
  AddSlots(*scratch);
}

void GramFrequency::AddSlots(const std::vector<uint64_t>& distinct_slots) {
  const uint64_t size = uint64_t{1} << bits();
  for (uint64_t slot : distinct_slots) {
    if (slot >= size) continue;
    std::atomic<uint16_t>& c = counters_[slot];
    if (c.load(std::memory_order_relaxed) < 0xFFFF) c.fetch_add(1, std::memory_order_relaxed);
  }
}

}  // namespace stemma::reuse
