// Steps FindReuse and FindReuseStreaming share: candidate generation from per-document sketches,
// analysis of one candidate pair, declared republications.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <thread>
#include <vector>

#include "reuse/align.h"
#include "reuse/minhash.h"
#include "reuse/pipeline.h"
#include "reuse/tokenize.h"
#include "stemma/document.h"
#include "stemma/reuse.h"
#include "stemma/util.h"

namespace stemma::reuse {

inline unsigned ThreadCount(const ReuseOptions& options) {
  return options.threads != 0 ? options.threads
                              : std::min(8u, std::max(1u, std::thread::hardware_concurrency()));
}

// Rare 5-grams are sampled 1 in this many (content-defined) so the index stays a few million
// postings; a power of two, so a larger modulus keeps a subset of a smaller one's samples.
inline uint32_t GramSampleModulus(size_t est_tokens) {
  uint32_t modulus = 1;
  while (est_tokens / modulus > 6000000) modulus *= 2;
  return modulus;
}

// Estimated word tokens of a collection of `total_bytes` of text.
inline size_t EstimatedTokens(size_t total_bytes) { return total_bytes / 6; }

struct DocumentSketch {
  std::vector<Token> tokens;
  Signature signature;
  uint64_t text_hash = 0;
  uint8_t has_text = 0;
};

// Candidate pairs (sorted distinct keys): equal texts, LSH collisions, shared rare 5-grams (and
// 3-grams when `grams3` is not empty). Consumes the gram lists.
std::vector<uint64_t> GenerateCandidates(const std::vector<Signature>& signatures,
                                         const std::vector<uint8_t>& has_text,
                                         const std::vector<uint64_t>& text_hashes,
                                         std::vector<std::vector<uint64_t>>* grams5,
                                         std::vector<std::vector<uint64_t>>* grams3,
                                         const ReuseOptions& options, PipelineStats* stats);

// Aligns, measures and classifies the pair (a, b) (a's anchor index given); fills `e` when the
// pair is reuse. `doc_a`/`doc_b` need only their metadata (id, dates, locators), not the text.
void AnalysePair(const Document& doc_a, const DocumentSketch& sa,
                 const std::vector<uint64_t>& shingles_a, const Document& doc_b,
                 const DocumentSketch& sb, const std::vector<uint64_t>& shingles_b, uint32_t a,
                 uint32_t b, const AnchorIndex& a_index, const AlignOptions& align,
                 const ClassifyOptions& classify, PairReport* r, ReuseEdge* e);

// Declared republications of a document in the set that share no detected text with it
// (documents need only their metadata). linked[i] != 0 when candidates[i] became an edge.
void AddDeclaredRepublications(const std::vector<Document>& documents, size_t n,
                               const std::vector<uint64_t>& candidates,
                               const std::vector<uint8_t>& linked, std::vector<ReuseEdge>* edges);

}  // namespace stemma::reuse
