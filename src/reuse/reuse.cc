#include "stemma/reuse.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "reuse/lsh.h"
#include "reuse/minhash.h"
#include "reuse/ngram_index.h"
#include "reuse/pipeline.h"
#include "reuse/provenance.h"
#include "reuse/tokenize.h"

namespace stemma::reuse {
namespace {

// Runs fn(i) for i in [0, n) on `threads` threads.
template <typename Fn>
void ParallelFor(size_t n, unsigned threads, Fn fn) {
  if (threads <= 1 || n < 2) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next.fetch_add(1); i < n; i = next.fetch_add(1)) fn(i);
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
}

struct DocumentSketch {
  std::vector<Token> tokens;
  Signature signature;
  uint64_t text_hash = 0;
  uint8_t has_text = 0;
};

Passage ToBytes(const std::vector<Token>& a, const std::vector<Token>& b, const TokenPassage& p) {
  Passage out;
  out.source_begin = a[p.a_begin].begin;
  out.source_end = TokenEnd(a[p.a_end - 1]);
  out.target_begin = b[p.b_begin].begin;
  out.target_end = TokenEnd(b[p.b_end - 1]);
  return out;
}

double FactDensity(const std::vector<Token>& tokens) {
  if (tokens.empty()) return 0.0;
  size_t facts = 0;
  for (const Token& t : tokens) facts += (t.flags & (kNumber | kCapital)) != 0;
  return static_cast<double>(facts) / tokens.size();
}

PairFeatures Measure(const DocumentSketch& a, const DocumentSketch& b,
                     const std::vector<uint64_t>& shingles_a,
                     const std::vector<uint64_t>& shingles_b, const PairAlignment& alignment) {
  PairFeatures f;
  f.tokens_a = a.tokens.size();
  f.tokens_b = b.tokens.size();
  f.same_text = a.text_hash == b.text_hash && f.tokens_a == f.tokens_b;
  size_t both = IntersectionSize(shingles_a, shingles_b);
  size_t either = shingles_a.size() + shingles_b.size() - both;
  f.jaccard = either == 0 ? 0.0 : static_cast<double>(both) / either;
  f.contained_a = shingles_a.empty() ? 0.0 : static_cast<double>(both) / shingles_a.size();
  f.contained_b = shingles_b.empty() ? 0.0 : static_cast<double>(both) / shingles_b.size();
  f.covered_a = f.tokens_a == 0 ? 0.0 : static_cast<double>(alignment.covered_a) / f.tokens_a;
  f.covered_b = f.tokens_b == 0 ? 0.0 : static_cast<double>(alignment.covered_b) / f.tokens_b;
  f.anchors = alignment.anchors;
  f.weight = alignment.weight;
  size_t shorter = std::min(f.tokens_a, f.tokens_b);
  f.evidence = shorter == 0 ? 0.0 : static_cast<double>(alignment.weight) / shorter;
  f.ordered_facts = alignment.ordered_facts;
  f.shared_facts = alignment.shared_facts;
  f.passages = alignment.passages.size();
  f.chains = alignment.chains;
  f.fact_density_a = FactDensity(a.tokens);
  f.fact_density_b = FactDensity(b.tokens);
  if (!alignment.passages.empty() && f.tokens_a > 0 && f.tokens_b > 0) {
    uint32_t a_begin = alignment.passages.front().a_begin, a_end = 0;
    uint32_t b_begin = alignment.passages.front().b_begin, b_end = 0;
    for (const TokenPassage& p : alignment.passages) {
      a_begin = std::min(a_begin, p.a_begin);
      a_end = std::max(a_end, p.a_end);
      b_begin = std::min(b_begin, p.b_begin);
      b_end = std::max(b_end, p.b_end);
    }
    f.span_a = static_cast<double>(a_end - a_begin) / f.tokens_a;
    f.span_b = static_cast<double>(b_end - b_begin) / f.tokens_b;
  }
  return f;
}

// Decides the edge direction: declared origin, then dates, then what the text suggests.
void Orient(const Document& a, const Document& b, const Verdict& v, ReuseEdge* e) {
  bool a_first = true;
  if (DeclaresOrigin(b, a) != DeclaresOrigin(a, b)) {
    a_first = DeclaresOrigin(b, a);
    e->direction_known = true;
    e->direction_reason = "declared";
  } else if (int cmp = CompareDates(a.published, b.published); cmp != 0) {
    a_first = cmp < 0;
    e->direction_known = true;
    e->direction_reason = "dates";
  } else if (v.source != Side::kUnknown) {
    a_first = v.source == Side::kA;
    e->direction_known = true;
    e->direction_reason = v.reason;
  }
  e->source = a_first ? a.id : b.id;
  e->target = a_first ? b.id : a.id;
}

// Declared republications of a document in the set that share no detected text with it.
void AddDeclaredRepublications(const std::vector<Document>& documents, size_t n,
                               const std::vector<uint64_t>& candidates,
                               const std::vector<PairReport>& analysed,
                               std::vector<ReuseEdge>* edges) {
  constexpr size_t kMaxOriginsPerDeclaration = 8;
  bool any = false;
  for (size_t d = 0; d < n; ++d) any = any || !documents[d].republished_from.empty();
  if (!any) return;
  // A declaration naming a document (id, URL) links to it; one naming an outlet links only when
  // the set holds a single document of that outlet (else which one is unknown).
  std::unordered_multimap<std::string, size_t> by_locator, by_outlet;
  for (size_t d = 0; d < n; ++d) {
    const Document& doc = documents[d];
    for (const std::string* f : {&doc.id, &doc.url, &doc.canonical_url}) {
      std::string key = NormalizeLocator(*f);
      if (!key.empty()) by_locator.emplace(std::move(key), d);
    }
    std::string outlet = NormalizeLocator(doc.outlet);
    if (!outlet.empty()) by_outlet.emplace(std::move(outlet), d);
  }
  std::unordered_set<uint64_t> linked;
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (!analysed[i].verdict.relation.empty()) linked.insert(candidates[i]);
  }
  for (size_t c = 0; c < n; ++c) {
    std::string declared = NormalizeLocator(documents[c].republished_from);
    if (declared.empty()) continue;
    std::vector<size_t> origins;
    auto [begin, end] = by_locator.equal_range(declared);
    for (auto it = begin; it != end; ++it) {
      if (it->second != c) origins.push_back(it->second);
    }
    if (origins.empty() && by_outlet.count(declared) == 1) {
      size_t o = by_outlet.find(declared)->second;
      if (o != c) origins.push_back(o);
    }
    std::sort(origins.begin(), origins.end());
    origins.erase(std::unique(origins.begin(), origins.end()), origins.end());
    if (origins.size() > kMaxOriginsPerDeclaration) origins.resize(kMaxOriginsPerDeclaration);
    for (size_t o : origins) {
      if (linked.count(PairKey(static_cast<uint32_t>(c), static_cast<uint32_t>(o))) != 0) continue;
      ReuseEdge e;
      e.source = documents[o].id;
      e.target = documents[c].id;
      e.relation = "republication";
      e.score = 1.0;
      e.direction_known = true;
      e.direction_reason = "declared";
      edges->push_back(std::move(e));
    }
  }
}

void AnalysePair(const std::vector<Document>& documents,
                 const std::vector<DocumentSketch>& sketches,
                 const std::vector<std::vector<uint64_t>>& shingles, uint64_t key,
                 const AnchorIndex& a_index, const AlignOptions& align,
                 const ClassifyOptions& classify, PairReport* r, ReuseEdge* e) {
  const uint32_t a = PairFirst(key), b = PairSecond(key);
  const DocumentSketch& sa = sketches[a];
  const DocumentSketch& sb = sketches[b];
  PairAlignment alignment = AlignPair(sa.tokens, a_index, sb.tokens, align);
  r->a = a;
  r->b = b;
  r->features = Measure(sa, sb, shingles[a], shingles[b], alignment);
  r->verdict = Classify(r->features, classify);
  if (r->verdict.relation.empty()) return;
  e->relation = r->verdict.relation;
  e->score = r->verdict.score;
  Orient(documents[a], documents[b], r->verdict, e);
  const bool a_is_source = e->source == documents[a].id;
  for (const TokenPassage& p : alignment.passages) {
    TokenPassage q = a_is_source ? p : TokenPassage{p.b_begin, p.b_end, p.a_begin, p.a_end};
    e->passages.push_back(a_is_source ? ToBytes(sa.tokens, sb.tokens, q)
                                      : ToBytes(sb.tokens, sa.tokens, q));
  }
}

}  // namespace

ReuseResult FindReuseWithOptions(const std::vector<Document>& documents,
                                 const ReuseOptions& options, std::vector<PairReport>* reports,
                                 PipelineStats* stats) {
  using Clock = std::chrono::steady_clock;
  PipelineStats local_stats;
  if (stats == nullptr) stats = &local_stats;
  auto t0 = Clock::now();
  ReuseResult result;
  const size_t n = std::min<size_t>(documents.size(), 0xFFFFFFFEu);
  unsigned threads = options.threads != 0
                         ? options.threads
                         : std::min(8u, std::max(1u, std::thread::hardware_concurrency()));
  size_t total_bytes = 0;
  for (size_t d = 0; d < n; ++d) total_bytes += documents[d].text.size();
  const size_t est_tokens = total_bytes / 6;
  // Sample 5-grams on big corpora so the index stays a few million postings.
  uint32_t modulus = 1;
  while (est_tokens / modulus > 6000000) modulus *= 2;
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

  // Candidates: equal texts, LSH collisions, shared rare 5-grams (and 3-grams when small).
  std::vector<uint64_t> candidates = LshCandidates(
      [&] {
        std::vector<Signature> sigs(n);
        for (size_t d = 0; d < n; ++d) sigs[d] = sketches[d].signature;
        return sigs;
      }(),
      [&] {
        std::vector<uint8_t> has(n);
        for (size_t d = 0; d < n; ++d) has[d] = sketches[d].has_text;
        return has;
      }(),
      32);
  stats->lsh_pairs = candidates.size();
  {
    std::vector<std::pair<uint64_t, uint32_t>> by_hash;
    for (size_t d = 0; d < n; ++d) {
      if (sketches[d].has_text) by_hash.emplace_back(sketches[d].text_hash, d);
    }
    std::sort(by_hash.begin(), by_hash.end());
    std::vector<uint32_t> group;
    for (size_t i = 0; i < by_hash.size();) {
      group.clear();
      size_t j = i;
      for (; j < by_hash.size() && by_hash[j].first == by_hash[i].first; ++j) {
        group.push_back(by_hash[j].second);
      }
      EmitGroupPairs(group.data(), group.size(), 200, &candidates);
      i = j;
    }
  }
  for (const SharedGramPair& p : SharedGramPairs(grams5, options.max_document_frequency, 2)) {
    candidates.push_back(p.key);
    ++stats->gram_pairs;
  }
  grams5 = {};
  if (small) {
    for (const SharedGramPair& p : SharedGramPairs(grams3, options.max_document_frequency, 4)) {
      candidates.push_back(p.key);
    }
    grams3 = {};
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  stats->candidates = candidates.size();
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
      AnalysePair(documents, sketches, shingles, candidates[i], index, align, options.classify,
                  &analysed[i], &found[i]);
    }
  });
  for (ReuseEdge& e : found) {
    if (!e.relation.empty()) result.edges.push_back(std::move(e));
  }
  AddDeclaredRepublications(documents, n, candidates, analysed, &result.edges);
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

}  // namespace stemma
