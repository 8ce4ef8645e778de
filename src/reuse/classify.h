// Relation of a document pair from its similarity features, and the direction the text suggests.
#pragma once

#include <cstddef>
#include <string>

namespace stemma::reuse {

struct PairFeatures {
  bool same_text = false;    // equal normalised word sequences
  double jaccard = 0.0;      // exact word 5-shingle Jaccard
  double contained_a = 0.0;  // fraction of A's 5-shingles found in B
  double contained_b = 0.0;
  double covered_a = 0.0;  // fraction of A's tokens inside aligned anchors
  double covered_b = 0.0;
  size_t anchors = 0;
  size_t weight = 0;  // alignment weight (copied words other than names, see align.h)
  double evidence = 0.0;
  double span_a = 0.0;  // fraction of A between the first and the last aligned passage
  double span_b = 0.0;
  double fact_density_a = 0.0;  // tokens that are numbers or names, per token
  double fact_density_b = 0.0;  // alignment weight per token of the shorter text
  size_t ordered_facts = 0;
  size_t shared_facts = 0;
  size_t tokens_a = 0;
  size_t tokens_b = 0;
  size_t passages = 0;
  size_t chains = 0;  // separate aligned blocks, echoes included
};

enum class Side { kUnknown, kA, kB };

struct Verdict {
  std::string relation;  // empty: no reuse
  double score = 0.0;
  Side source = Side::kUnknown;  // which side the text suggests is the original
  std::string reason;            // "containment", "added-material" or empty
};

struct ClassifyOptions {
  double near_duplicate_jaccard = 0.8;
  double excerpt_containment = 0.5;  // of the shorter text's shingles in the longer
  double excerpt_max_length_ratio = 0.8;
  double rewrite_evidence = 0.04;        // aligned evidence per token of the shorter text
  double rewrite_fact_evidence = 0.025;  // less is enough with...
  size_t rewrite_min_ordered_facts = 6;  // ...this many shared rare facts in the same order
  // One shared block must be this long, or cover this much of the shorter text, to count (a
  // quote or a bio line shared by independent texts is shorter).
  size_t single_passage_weight = 20;
  double single_passage_evidence = 0.08;
  size_t copied_block_weight = 30;
  // A rewrite aligned in a single passage needs this much evidence (else it is one block).
  double single_passage_rewrite_evidence = 0.15;
  double spread_span = 0.6;     // alignment reaching over this much of a text spans all of it
  double density_ratio = 1.25;  // a copy dilutes (or drops) the facts of its base this much
};

Verdict Classify(const PairFeatures& f, const ClassifyOptions& options);

}  // namespace stemma::reuse
