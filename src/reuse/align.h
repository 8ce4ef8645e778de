// Passage alignment of a document pair: seed-and-extend over shared word n-gram anchors.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "reuse/ngram_index.h"
#include "reuse/tokenize.h"

namespace stemma::reuse {

struct AlignOptions {
  int anchor_words = 3;      // anchors are shared content word n-grams of this length
  int max_repeats = 3;       // an n-gram repeated more often than this in A is not an anchor
  uint32_t max_gap = 60;     // tokens of inserted/changed text a passage may bridge, per side
  uint32_t min_anchors = 2;  // matches a chain needs to become a passage...
  uint32_t min_passage_weight = 2;  // ...and this much weight (twice this for one match)
  uint32_t merge_gap = 12;
  uint32_t match_weight_offset = 2;  // a match weighs its non-name words minus this
  // Collection frequencies of anchor n-grams (n == anchor_words); when set, n-grams found in
  // more than max_anchor_df documents (boilerplate, stock phrases) are not anchors.
  const GramFrequency* frequency = nullptr;
  uint32_t max_anchor_df = 50;  // passages closer than this on both sides are merged
};

// Aligned token ranges [begin, end) in A and B.
struct TokenPassage {
  uint32_t a_begin = 0, a_end = 0;
  uint32_t b_begin = 0, b_end = 0;
};

struct PairAlignment {
  std::vector<TokenPassage> passages;  // sorted by a_begin
  size_t covered_a = 0;                // tokens of A inside exact matches of passages
  size_t covered_b = 0;
  size_t anchors = 0;        // exact matches in passages
  size_t weight = 0;         // their words other than names, beyond the first two of each
  size_t chains = 0;         // chains of matches found (passages are what is left of them
                             // after dropping echoes of stronger chains)
  size_t ordered_facts = 0;  // shared rare facts (numbers, names) in the same order in A and B
  size_t shared_facts = 0;   // shared rare facts in any order
};

// A's anchor n-grams and facts, sorted by hash: built once, aligned against many B.
struct AnchorIndex {
  struct Entry {
    uint64_t hash;
    uint32_t pos;
    bool operator<(const Entry& o) const { return hash != o.hash ? hash < o.hash : pos < o.pos; }
  };
  std::vector<Entry> grams;
  std::vector<Entry> facts;
  // Open-addressed table over `grams`: the run of each distinct hash (hash 0 marks empty).
  struct Slot {
    uint64_t hash;
    uint32_t start, count;
  };
  std::vector<Slot> table;
  uint64_t mask = 0;
};

void BuildAnchorIndex(const std::vector<Token>& a, const AlignOptions& options, AnchorIndex* out);

PairAlignment AlignPair(const std::vector<Token>& a, const AnchorIndex& a_index,
                        const std::vector<Token>& b, const AlignOptions& options);

// Convenience for one pair.
PairAlignment AlignPair(const std::vector<Token>& a, const std::vector<Token>& b,
                        const AlignOptions& options);

// Length of the longest chain of (x, y) points increasing in both coordinates; `points` sorted
// by y then x on return. O(n log n), no recursion.
size_t LongestIncreasingChain(std::vector<std::pair<uint32_t, uint32_t>>* points);

}  // namespace stemma::reuse
