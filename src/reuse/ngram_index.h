// Inverted index of rare word n-grams: candidate pairs for partial reuse (excerpts, rewrites).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "reuse/tokenize.h"

namespace stemma::reuse {

// Appends to `out` the distinct hashes of the content n-grams of `tokens` (n-grams made only of
// stopwords are skipped) whose hash is 0 modulo `sample_modulus` (content-defined sampling, so
// two copies of a passage keep the same samples). `out` ends sorted and distinct.
void SampledGrams(const std::vector<Token>& tokens, int n, uint32_t sample_modulus,
                  std::vector<uint64_t>* out);

struct SharedGramPair {
  uint64_t key = 0;     // PairKey(first, second)
  uint32_t shared = 0;  // number of rare sampled n-grams the two documents share
};

// Document pairs sharing at least `min_shared` n-grams whose document frequency lies in
// [2, max_df] (more frequent n-grams are boilerplate or stock phrases and are ignored).
// `grams[d]` is the output of SampledGrams for document d. Sorted by key.
std::vector<SharedGramPair> SharedGramPairs(const std::vector<std::vector<uint64_t>>& grams,
                                            size_t max_df, uint32_t min_shared);

}  // namespace stemma::reuse

namespace stemma::reuse {

// Approximate document frequency of word n-grams over a collection: a table of saturating
// counters indexed by n-gram hash (collisions only ever overestimate). Thread-safe Add.
class GramFrequency {
 public:
  static constexpr int kMaxBits = 27;
  // Table size (log2) chosen for `expected_grams`.
  static int BitsFor(size_t expected_grams);

  // `expected_grams`: about how many n-gram occurrences will be added; sizes the table.
  GramFrequency(int n, size_t expected_grams);

  // Counts each distinct n-gram of one document once. `scratch` is reused between calls.
  void AddDocument(const std::vector<Token>& tokens, std::vector<uint64_t>* scratch);

  uint32_t Count(uint64_t gram_hash) const {
    return counters_[gram_hash >> shift_].load(std::memory_order_relaxed);
  }
  int n() const { return n_; }
  // log2 of the table size: a gram hash h counts in slot h >> (64 - bits()).
  int bits() const { return 64 - shift_; }

  // Counts one document given the distinct slots of its n-grams (what AddDocument computes).
  void AddSlots(const std::vector<uint64_t>& distinct_slots);

 private:
  int n_;
  int shift_;
  std::unique_ptr<std::atomic<uint16_t>[]> counters_;
};

}  // namespace stemma::reuse
