// Per-thread memo of what the NER tagger needs at every occurrence of a word, across
// documents: its lexicon classes, its cluster ids and WordNet bits, and the weight sum of its
// word-only features. News repeats words (about 90% of capitalised tokens were seen before in
// the corpus), and each of these otherwise costs misses in multi-megabyte tables.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "facts/tagger.h"

namespace stemma::facts::word_memo {

inline constexpr size_t kMaxWord = 22;  // longer words are not memoised
// Bits of Entry::known.
inline constexpr uint8_t kFlags = 1, kClusters = 2, kSum = 4;

struct Entry {
  uint64_t model = 0;     // the tagger's model id (0 = empty slot)
  uint64_t clusters = 0;  // WordClusters::FindAll
  int32_t sum[kNumTags] = {};
  uint8_t flags = 0;  // Lexicon::Flags
  uint8_t known = 0;
  uint8_t len = 0;
  char text[kMaxWord] = {};
};

// The slot of `word` under `model` (direct-mapped by word hash; a slot keeps its word's text
// and model, so answers are exact), emptied for it if it held another word; null if the word
// is longer than kMaxWord. Valid until the next call on this thread.
Entry* Slot(uint64_t model, std::string_view word);

}  // namespace stemma::facts::word_memo
