#include "reuse/classify.h"

#include <algorithm>

namespace stemma::reuse {

Verdict Classify(const PairFeatures& f, const ClassifyOptions& o) {
  Verdict v;
  if (f.tokens_a == 0 || f.tokens_b == 0) return v;
  if (f.same_text) {
    v.relation = "duplicate";
    v.score = 1.0;
    return v;
  }
  if (f.jaccard >= o.near_duplicate_jaccard) {
    v.relation = "near-duplicate";
    v.score = f.jaccard;
    return v;
  }
  const bool a_shorter = f.tokens_a <= f.tokens_b;
  const double ratio = static_cast<double>(std::min(f.tokens_a, f.tokens_b)) /
                       static_cast<double>(std::max(f.tokens_a, f.tokens_b));
  const double shorter_contained = a_shorter ? f.contained_a : f.contained_b;
  if (shorter_contained >= o.excerpt_containment && ratio <= o.excerpt_max_length_ratio) {
    // The shorter text is mostly inside the longer one: it was cut out of it.
    v.relation = "excerpt";
    v.score = shorter_contained;
    v.source = a_shorter ? Side::kB : Side::kA;
    v.reason = "containment";
    return v;
  }
  const double best_cover = std::max(f.covered_a, f.covered_b);
  const bool by_text = f.evidence >= o.rewrite_evidence;
  const bool by_facts =
      f.evidence >= o.rewrite_fact_evidence && f.ordered_facts >= o.rewrite_min_ordered_facts;
  // A block this long is a copy even when it is a small part of two long texts.
  const bool long_block = f.weight >= o.copied_block_weight;
  if (!by_text && !by_facts && !long_block) return v;
  // One aligned passage with little evidence is one shared block too, even when the block
  // echoes (two reports of one kind of event share a stock phrase: "a hit and run accident that
  // killed a woman"); a rewrite of a whole text aligns in several passages or densely.
  const bool one_block =
      f.chains <= 1 || (f.passages <= 1 && f.evidence < o.single_passage_rewrite_evidence);
  if (one_block) {
    // One shared block: a part of one text inside the other, not a rewrite of it.
    bool enough = f.weight >= o.single_passage_weight || f.evidence >= o.single_passage_evidence;
    if (!long_block && !(enough && by_text)) return v;
    v.relation = "excerpt";
    v.score = std::min(1.0, f.evidence);
    return v;
  }
  v.relation = "rewrite";
  v.score = std::min(1.0, std::max(best_cover, shorter_contained));
  // Direction: a rewrite either pads its base with filler or drops parts of it; both leave
  // the copy with fewer facts (numbers, names) per word than the base. When that is unclear, an
  // alignment confined to a part of the longer text means the shorter was cut out of it.
  const double da = f.fact_density_a, db = f.fact_density_b;
  const double span_short = a_shorter ? f.span_a : f.span_b;
  const double span_long = a_shorter ? f.span_b : f.span_a;
  if (da > 0.0 && db > 0.0 && std::max(da, db) >= o.density_ratio * std::min(da, db)) {
    v.source = da > db ? Side::kA : Side::kB;
    v.reason = "added-material";
  } else if (span_short >= o.spread_span && span_long < o.spread_span) {
    v.source = a_shorter ? Side::kB : Side::kA;
    v.reason = "containment";
  }
  return v;
}

}  // namespace stemma::reuse
