// FindReuse with its knobs exposed, for the benchmark driver and calibration scripts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "reuse/align.h"
#include "reuse/classify.h"
#include "stemma/reuse.h"

namespace stemma::reuse {

struct ReuseOptions {
  unsigned threads = 0;                // 0: hardware concurrency (at most 8)
  size_t max_document_frequency = 50;  // n-grams in more documents are boilerplate
  // Anchor 3-grams in more documents than this are templates (newsletter sign-ups, promos,
  // gallery captions) or stock phrases, not evidence of copying.
  size_t max_anchor_document_frequency = 20;
  size_t small_collection_tokens = 300000;  // below this, also index every rare word 3-gram
  AlignOptions align;
  ClassifyOptions classify;
  // FindReuseStreaming: bytes of tokens and shingle sets kept for documents whose candidate
  // partners have not arrived yet. Pairs whose first document did not fit are analysed in
  // another read of the input (PipelineStats::passes counts the reads).
  size_t streaming_resident_bytes = size_t{256} << 20;
  size_t streaming_batch_documents = 512;  // documents sketched or aligned together
  // FindReuseWithOptions: when set (one flag per document), only pairs with a new document are
  // analysed; the caller keeps the edges between earlier documents.
  const std::vector<uint8_t>* fresh = nullptr;
};

// Features of one analysed candidate pair (a < b are document indexes).
struct PairReport {
  uint32_t a = 0, b = 0;
  PairFeatures features;
  Verdict verdict;
};

// Where the time went, and how many pairs each candidate source produced.
struct PipelineStats {
  double sketch_seconds = 0;     // tokenising, signatures, sampled n-grams, frequencies
  double candidate_seconds = 0;  // LSH, n-gram index, exact groups
  double align_seconds = 0;      // shingle sets, alignment and classification of candidates
  size_t lsh_pairs = 0, gram_pairs = 0, candidates = 0;
  // FindReuseStreaming only: reads of the input, pairs put off to a later read because the
  // resident cap was hit, and the largest resident size.
  size_t passes = 0, deferred_pairs = 0, peak_resident_bytes = 0;
};

// Like FindReuse; when `pairs` is not null it receives every analysed candidate pair.
ReuseResult FindReuseWithOptions(const std::vector<Document>& documents,
                                 const ReuseOptions& options, std::vector<PairReport>* pairs,
                                 PipelineStats* stats = nullptr);

}  // namespace stemma::reuse
