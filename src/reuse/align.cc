#include "reuse/align.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace stemma::reuse {
namespace {

using Keyed = AnchorIndex::Entry;

bool IsFact(const Token& t) {
  return (t.flags & (kNumber | kCapital)) != 0 && (t.flags & kStopword) == 0;
}

// A maximal exact match: `length` tokens equal at A[a..] and B[b..].
struct Match {
  uint32_t a, b, length, weight;
};

struct Chain {
  uint32_t first_a, first_b, end_a, end_b;
  uint32_t matches, weight, covered;
  // Extent of the matches that carry weight: weightless matches ("of the United States") keep
  // a chain going but do not stretch its passage.
  uint32_t core_first_a, core_first_b, core_end_a, core_end_b;
  bool has_core;
};

// Anchors (position in A, position in B) of shared n-grams, sorted by B then A.
std::vector<std::pair<uint32_t, uint32_t>> FindAnchors(const AnchorIndex& a_index,
                                                       const std::vector<Token>& b,
                                                       const AlignOptions& o) {
  std::vector<std::pair<uint32_t, uint32_t>> anchors;
  const size_t n = static_cast<size_t>(o.anchor_words);
  const std::vector<Keyed>& index = a_index.grams;
  if (index.empty() || b.size() < n) return anchors;
  for (size_t j = 0; j + n <= b.size(); ++j) {
    const uint64_t h = GramHash(&b[j], o.anchor_words) | 1;
    const AnchorIndex::Slot* slot = nullptr;
    for (uint64_t i = h & a_index.mask;; i = (i + 1) & a_index.mask) {
      const AnchorIndex::Slot& s = a_index.table[i];
      if (s.hash == h) slot = &s;
      if (s.hash == h || s.hash == 0) break;
    }
    if (slot == nullptr || slot->count > static_cast<uint32_t>(o.max_repeats)) continue;
    for (uint32_t k = slot->start; k < slot->start + slot->count; ++k) {
      anchors.emplace_back(index[k].pos, static_cast<uint32_t>(j));
    }
  }
  return anchors;  // generated in B order, A ascending within one B position
}

// Evidence of copying in a match: its words other than names and quotes, beyond the first
// `offset`. Stock names ("Russian President Vladimir Putin") and quoted statements are shared by
// independent reports of one event; a match of function words ("and it is in the") is no evidence.
uint32_t MatchWeight(const std::vector<Token>& a, uint32_t begin, uint32_t length,
                     uint32_t offset) {
  uint32_t plain = 0;
  bool content = false;
  for (uint32_t i = begin; i < begin + length; ++i) {
    plain += (a[i].flags & (kCapital | kQuoted)) == 0;
    content = content || (a[i].flags & kStopword) == 0;
  }
  if (!content) return 0;
  // A long exact run is evidence whatever it contains: independent texts rarely share one.
  constexpr uint32_t kLongRun = 12;
  uint32_t by_length = length > kLongRun ? length - kLongRun : 0;
  return std::max(plain > offset ? plain - offset : 0, by_length);
}

// Joins anchors on the same diagonal at consecutive positions into maximal matches.
std::vector<Match> MergeAnchors(const std::vector<std::pair<uint32_t, uint32_t>>& anchors,
                                const std::vector<Token>& a, uint32_t k, uint32_t offset) {
  std::vector<Match> matches;
  std::vector<std::pair<uint32_t, size_t>> previous, current;  // (a, match index) at b-1, b
  uint32_t current_b = 0;
  for (const auto& [ia, ib] : anchors) {
    if (ib != current_b) {
      if (ib == current_b + 1) {
        previous.swap(current);
      } else {
        previous.clear();
      }
      current.clear();
      current_b = ib;
    }
    size_t index = matches.size();
    for (const auto& [pa, pm] : previous) {
      if (pa + 1 == ia) index = pm;
    }
    if (index == matches.size()) {
      matches.push_back({ia, ib, k, 0});
    } else {
      ++matches[index].length;
    }
    current.emplace_back(ia, index);
  }
  for (Match& m : matches) m.weight = MatchWeight(a, m.a, m.length, offset);
  return matches;  // sorted by b
}

// Greedy seed-and-extend: each match joins the open chain it continues best (both sides advance
// by at most max_gap tokens, smallest change of diagonal), else opens a new chain.
std::vector<Chain> ChainMatches(const std::vector<Match>& matches, const AlignOptions& o) {
  constexpr size_t kMaxOpen = 64;
  std::vector<Chain> open, done;
  auto retire = [&](const Chain& c) {
    bool strong = c.weight >= o.min_passage_weight &&
                  (c.matches >= o.min_anchors || c.weight >= 2 * o.min_passage_weight);
    if (strong) done.push_back(c);
  };
  for (const Match& m : matches) {
    for (size_t c = 0; c < open.size();) {
      if (m.b > open[c].end_b + o.max_gap) {
        retire(open[c]);
        open[c] = open.back();
        open.pop_back();
      } else {
        ++c;
      }
    }
    long diagonal = static_cast<long>(m.a) - static_cast<long>(m.b);
    Chain* best = nullptr;
    long best_shift = 0;
    for (Chain& c : open) {
      if (m.a + m.length <= c.end_a || m.b + m.length <= c.end_b) continue;
      if (m.a > c.end_a + o.max_gap || m.a < c.first_a) continue;
      long shift = std::labs(diagonal - (static_cast<long>(c.end_a) - static_cast<long>(c.end_b)));
      if (best == nullptr || shift < best_shift) {
        best = &c;
        best_shift = shift;
      }
    }
    if (best != nullptr) {
      best->covered += m.length - std::min(m.length, best->end_b > m.b ? best->end_b - m.b : 0);
      best->end_a = std::max(best->end_a, m.a + m.length);
      best->end_b = m.b + m.length;
      if (m.weight > 0) {
        if (!best->has_core) {
          best->core_first_a = m.a;
          best->core_first_b = m.b;
        }
        best->core_first_a = std::min(best->core_first_a, m.a);
        best->core_end_a = std::max(best->core_end_a, m.a + m.length);
        best->core_end_b = m.b + m.length;
        best->has_core = true;
      }
      best->weight += m.weight;
      ++best->matches;
      continue;
    }
    if (open.size() >= kMaxOpen) {
      size_t oldest = 0;
      for (size_t c = 1; c < open.size(); ++c) {
        if (open[c].end_b < open[oldest].end_b) oldest = c;
      }
      retire(open[oldest]);
      open[oldest] = open.back();
      open.pop_back();
    }
    open.push_back({m.a, m.b, m.a + m.length, m.b + m.length, 1, m.weight, m.length, m.a, m.b,
                    m.a + m.length, m.b + m.length, m.weight > 0});
  }
  for (const Chain& c : open) retire(c);
  return done;
}

size_t OrderedFacts(const std::vector<Keyed>& fa, const std::vector<Token>& b, size_t* shared) {
  std::vector<Keyed> fb;
  for (size_t i = 0; i < b.size(); ++i) {
    if (IsFact(b[i])) fb.push_back({b[i].hash, static_cast<uint32_t>(i)});
  }
  std::sort(fb.begin(), fb.end());
  std::vector<std::pair<uint32_t, uint32_t>> matches;
  size_t i = 0, j = 0;
  while (i < fa.size() && j < fb.size()) {
    if (fa[i].hash < fb[j].hash) {
      ++i;
    } else if (fb[j].hash < fa[i].hash) {
      ++j;
    } else {
      size_t ie = i, je = j;
      while (ie < fa.size() && fa[ie].hash == fa[i].hash) ++ie;
      while (je < fb.size() && fb[je].hash == fb[j].hash) ++je;
      if (ie - i <= 2 && je - j <= 2) matches.emplace_back(fa[i].pos, fb[j].pos);
      i = ie;
      j = je;
    }
  }
  *shared = matches.size();
  return LongestIncreasingChain(&matches);
}

}  // namespace

size_t LongestIncreasingChain(std::vector<std::pair<uint32_t, uint32_t>>* points) {
  std::sort(points->begin(), points->end(), [](const auto& p, const auto& q) {
    return p.second != q.second ? p.second < q.second : p.first > q.first;
  });
  std::vector<uint32_t> tails;  // tails[l] = smallest x ending an increasing chain of length l+1
  for (const auto& [x, y] : *points) {
    auto it = std::lower_bound(tails.begin(), tails.end(), x);
    if (it == tails.end()) {
      tails.push_back(x);
    } else {
      *it = x;
    }
  }
  return tails.size();
}

void BuildAnchorIndex(const std::vector<Token>& a, const AlignOptions& o, AnchorIndex* out) {
  out->grams.clear();
  out->facts.clear();
  const size_t n = static_cast<size_t>(o.anchor_words);
  for (size_t i = 0; i + n <= a.size(); ++i) {
    uint64_t h = GramHash(&a[i], o.anchor_words);
    if (o.frequency != nullptr && o.frequency->Count(h) > o.max_anchor_df) continue;
    out->grams.push_back({h, static_cast<uint32_t>(i)});
  }
  std::sort(out->grams.begin(), out->grams.end());
  size_t slots = 16;
  while (slots < 2 * out->grams.size()) slots *= 2;
  out->table.assign(slots, AnchorIndex::Slot{0, 0, 0});
  out->mask = slots - 1;
  for (size_t i = 0; i < out->grams.size();) {
    size_t j = i;
    while (j < out->grams.size() && out->grams[j].hash == out->grams[i].hash) ++j;
    const uint64_t h = out->grams[i].hash | 1;
    uint64_t k = h & out->mask;
    while (out->table[k].hash != 0 && out->table[k].hash != h) k = (k + 1) & out->mask;
    if (out->table[k].hash == 0) {
      out->table[k] = {h, static_cast<uint32_t>(i), static_cast<uint32_t>(j - i)};
    } else {
      out->table[k].count += static_cast<uint32_t>(j - i);  // h and h^1 collided: merge runs
    }
    i = j;
  }
  for (size_t i = 0; i < a.size(); ++i) {
    if (IsFact(a[i])) out->facts.push_back({a[i].hash, static_cast<uint32_t>(i)});
  }
  std::sort(out->facts.begin(), out->facts.end());
}

PairAlignment AlignPair(const std::vector<Token>& a, const std::vector<Token>& b,
                        const AlignOptions& options) {
  AnchorIndex index;
  BuildAnchorIndex(a, options, &index);
  return AlignPair(a, index, b, options);
}

PairAlignment AlignPair(const std::vector<Token>& a, const AnchorIndex& a_index,
                        const std::vector<Token>& b, const AlignOptions& options) {
  PairAlignment result;
  result.ordered_facts = OrderedFacts(a_index.facts, b, &result.shared_facts);
  const uint32_t k = static_cast<uint32_t>(options.anchor_words);
  std::vector<Chain> chains = ChainMatches(
      MergeAnchors(FindAnchors(a_index, b, options), a, k, options.match_weight_offset), options);
  if (chains.empty()) return result;
  // All chains count as evidence, but a chain overlapping a stronger one on either side is an
  // echo of it (a repeated phrase matched off the diagonal) and gives no passage.
  result.chains = chains.size();
  for (const Chain& c : chains) {
    result.anchors += c.matches;
    result.weight += c.weight;
    result.covered_a += c.covered;
    result.covered_b += c.covered;
  }
  std::sort(chains.begin(), chains.end(),
            [](const Chain& x, const Chain& y) { return x.weight > y.weight; });
  std::vector<Chain> kept;
  for (const Chain& c : chains) {
    bool echo = false;
    for (const Chain& k : kept) {
      bool overlap_a = c.core_first_a < k.core_end_a && k.core_first_a < c.core_end_a;
      bool overlap_b = c.core_first_b < k.core_end_b && k.core_first_b < c.core_end_b;
      if (overlap_a || overlap_b) echo = true;
    }
    if (!echo) kept.push_back(c);
  }
  chains.swap(kept);
  std::sort(chains.begin(), chains.end(),
            [](const Chain& x, const Chain& y) { return x.core_first_a < y.core_first_a; });
  for (const Chain& c : chains) {
    TokenPassage p{c.core_first_a, c.core_end_a, c.core_first_b, c.core_end_b};
    if (!result.passages.empty()) {
      TokenPassage& last = result.passages.back();
      bool near_a = p.a_begin <= last.a_end + options.merge_gap;
      bool near_b = p.b_begin + options.merge_gap >= last.b_begin &&
                    p.b_begin <= last.b_end + options.merge_gap;
      if (near_a && near_b) {
        last.a_end = std::max(last.a_end, p.a_end);
        last.b_begin = std::min(last.b_begin, p.b_begin);
        last.b_end = std::max(last.b_end, p.b_end);
        continue;
      }
    }
    result.passages.push_back(p);
  }
  result.covered_a = std::min(result.covered_a, a.size());
  result.covered_b = std::min(result.covered_b, b.size());
  return result;
}

}  // namespace stemma::reuse
