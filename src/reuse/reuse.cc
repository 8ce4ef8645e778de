#include "stemma/reuse.h"

#include <algorithm>
#include <chrono>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "reuse/lsh.h"
#include "reuse/minhash.h"
#include "reuse/ngram_index.h"
#include "reuse/pair_analysis.h"
#include "reuse/pipeline.h"
#include "reuse/provenance.h"
#include "reuse/tokenize.h"

namespace stemma::reuse {

ReuseResult FindReuseWithOptions(const std::vector<Document>& documents,
                                 const ReuseOptions& options, std::vector<PairReport>* reports,
                                 PipelineStats* stats) {
  using Clock = std::chrono::steady_clock;
  PipelineStats local_stats;
  if (stats == nullptr) stats = &local_stats;
  auto t0 = Clock::now();
  ReuseResult result;
  const size_t n = std::min<size_t>(documents.size(), 0xFFFFFFFEu);
  const unsigned threads = ThreadCount(options);
  size_t total_bytes = 0;
  for (size_t d = 0; d < n; ++d) total_bytes += documents[d].text.size();
  const size_t est_tokens = EstimatedTokens(total_bytes);
  const uint32_t modulus = GramSampleModulus(est_tokens);
  const bool small = est_tokens <= options.small_collection_tokens;

  std::vector<DocumentSketch> sketches(n);
  std::vector<std::vector<uint64_t>> grams5(n), grams3(small ? n : 0);
  ParallelFor(n, threads, [&](size_t d) {
    DocumentSketch& s = sketches[d];
    Tokenize(documents[d].text, &s.tokens);
    s.has_text = ComputeSignature(s.tokens, &s.signature) ? 1 : 0;
    s.text_hash = NormalizedTextHash(s.tokens);
    SampledGrams(s.tokens, 5, modulus, &grams5[d]);
    if (small) SampledGrams(s.tokens, 3, 1, &grams3[d]);
  });
  // Collection frequency of anchor n-grams, so boilerplate and stock phrases are not evidence.
  GramFrequency frequency(options.align.anchor_words, est_tokens);
  ParallelFor(n, threads, [&](size_t d) {
    thread_local std::vector<uint64_t> scratch;
    frequency.AddDocument(sketches[d].tokens, &scratch);
  });
  AlignOptions align = options.align;
  align.frequency = &frequency;
  align.max_anchor_df = static_cast<uint32_t>(options.max_anchor_document_frequency);
  auto t1 = Clock::now();

  std::vector<uint64_t> candidates;
  {
    std::vector<Signature> sigs(n);
    std::vector<uint8_t> has(n);
    std::vector<uint64_t> hashes(n);
    for (size_t d = 0; d < n; ++d) {
      sigs[d] = sketches[d].signature;
      has[d] = sketches[d].has_text;
      hashes[d] = sketches[d].text_hash;
    }
    candidates = GenerateCandidates(sigs, has, hashes, &grams5, &grams3, options, stats);
  }
  const std::vector<uint8_t>* fresh =
      options.fresh != nullptr && options.fresh->size() >= n ? options.fresh : nullptr;
  if (fresh != nullptr) {  // pairs of two earlier documents were analysed before
    std::erase_if(candidates, [&](uint64_t key) {
      return !(*fresh)[PairFirst(key)] && !(*fresh)[PairSecond(key)];
    });
  }
  auto t2 = Clock::now();

  // Exact shingle sets of the documents that take part in a candidate pair.
  std::vector<uint8_t> needed(n, 0);
  for (uint64_t key : candidates) needed[PairFirst(key)] = needed[PairSecond(key)] = 1;
  std::vector<std::vector<uint64_t>> shingles(n);
  ParallelFor(n, threads, [&](size_t d) {
    if (needed[d]) ShingleSet(sketches[d].tokens, kShingleWords, &shingles[d]);
  });

  // Candidates are sorted by their first document: index it once per run of pairs.
  std::vector<size_t> runs;
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (i == 0 || PairFirst(candidates[i]) != PairFirst(candidates[i - 1])) runs.push_back(i);
  }
  runs.push_back(candidates.size());
  std::vector<PairReport> analysed(candidates.size());
  std::vector<ReuseEdge> found(candidates.size());
  ParallelFor(runs.size() - 1, threads, [&](size_t run) {
    thread_local AnchorIndex index;
    BuildAnchorIndex(sketches[PairFirst(candidates[runs[run]])].tokens, align, &index);
    for (size_t i = runs[run]; i < runs[run + 1]; ++i) {
      const uint32_t a = PairFirst(candidates[i]), b = PairSecond(candidates[i]);
      AnalysePair(documents[a], sketches[a], shingles[a], documents[b], sketches[b], shingles[b], a,
                  b, index, align, options.classify, &analysed[i], &found[i]);
    }
  });
  for (ReuseEdge& e : found) {
    if (!e.relation.empty()) result.edges.push_back(std::move(e));
  }
  std::vector<uint8_t> linked(candidates.size());
  for (size_t i = 0; i < candidates.size(); ++i) linked[i] = !analysed[i].verdict.relation.empty();
  AddDeclaredRepublications(documents, n, candidates, linked, &result.edges);
  if (fresh != nullptr) {
    std::unordered_set<std::string_view> fresh_ids;
    for (size_t d = 0; d < n; ++d) {
      if ((*fresh)[d]) fresh_ids.insert(documents[d].id);
    }
    std::erase_if(result.edges, [&](const ReuseEdge& e) {
      return !fresh_ids.count(e.source) && !fresh_ids.count(e.target);
    });
  }
  result.clusters = BuildClusters(documents, result.edges);
  auto t3 = Clock::now();
  stats->sketch_seconds = std::chrono::duration<double>(t1 - t0).count();
  stats->candidate_seconds = std::chrono::duration<double>(t2 - t1).count();
  stats->align_seconds = std::chrono::duration<double>(t3 - t2).count();
  if (reports != nullptr) *reports = std::move(analysed);
  return result;
}

}  // namespace stemma::reuse

namespace stemma {

ReuseResult FindReuse(const std::vector<Document>& documents) {
  return reuse::FindReuseWithOptions(documents, reuse::ReuseOptions{}, nullptr);
}

ReuseResult UpdateReuse(const std::vector<Document>& documents, const std::vector<uint8_t>& fresh,
                        const ReuseResult& previous) {
  reuse::ReuseOptions options;
  options.fresh = &fresh;
  ReuseResult result = reuse::FindReuseWithOptions(documents, options, nullptr);
  // Earlier edges between two earlier documents that are still there stand as they were.
  std::unordered_map<std::string_view, bool> is_fresh;
  for (size_t d = 0; d < documents.size() && d < fresh.size(); ++d) {
    is_fresh.emplace(documents[d].id, fresh[d] != 0);
  }
  auto earlier = [&](const std::string& id) {
    auto it = is_fresh.find(id);
    return it != is_fresh.end() && !it->second;
  };
  std::vector<ReuseEdge> edges;
  edges.reserve(previous.edges.size() + result.edges.size());
  for (const ReuseEdge& e : previous.edges) {
    if (earlier(e.source) && earlier(e.target)) edges.push_back(e);
  }
  for (ReuseEdge& e : result.edges) edges.push_back(std::move(e));
  result.edges = std::move(edges);
  result.clusters = reuse::BuildClusters(documents, result.edges);
  return result;
}

}  // namespace stemma
