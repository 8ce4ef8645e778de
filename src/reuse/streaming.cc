#include "reuse/streaming.h"

#include <algorithm>
#include <chrono>
#include <memory>
#include <queue>
#include <utility>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "reuse/lsh.h"
#include "reuse/minhash.h"
#include "reuse/ngram_index.h"
#include "reuse/pair_analysis.h"
#include "reuse/provenance.h"
#include "reuse/tokenize.h"

namespace stemma::reuse {
namespace {
// Gives freed heap pages back to the system (the buffers dropped between phases are many small
// blocks that free() alone keeps mapped).
void ReleaseFreeMemory() {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}

constexpr size_t kMaxDocuments = 0xFFFFFFFEu;
constexpr size_t kBatchBytes = size_t{32} << 20;

// Only what provenance and direction need; the text is dropped.
Document Metadata(Document&& d) {
  Document m;
  m.id = std::move(d.id);
  m.published = std::move(d.published);
  m.outlet = std::move(d.outlet);
  m.url = std::move(d.url);
  m.canonical_url = std::move(d.canonical_url);
  m.republished_from = std::move(d.republished_from);
  return m;
}

// Pass 1: per-document sketches. The sampling modulus and the frequency table size depend on
// the collection size, known only at the end: the 5-gram samples are thinned as the modulus
// grows (a larger power of two keeps a subset), and anchor n-gram slots are kept at full
// resolution until the table is sure to be the largest one, then counted directly.
class SketchPass {
 public:
  SketchPass(const ReuseOptions& options, unsigned threads)
      : options_(options), threads_(threads) {}

  void Add(Document&& d) {
    if (meta.size() + batch_.size() >= kMaxDocuments) return;
    batch_bytes_ += d.text.size();
    batch_.push_back(std::move(d));
    if (batch_.size() >= options_.streaming_batch_documents || batch_bytes_ >= kBatchBytes) Flush();
  }

  void Finish() {
    Flush();
    const size_t est = EstimatedTokens(total_bytes_);
    if (frequency == nullptr) {
      frequency = std::make_unique<GramFrequency>(options_.align.anchor_words, est);
      const int drop = GramFrequency::kMaxBits - frequency->bits();
      ParallelFor(slots_.size(), threads_, [&](size_t d) {
        thread_local std::vector<uint64_t> scratch;
        scratch.clear();
        for (uint32_t s : slots_[d]) scratch.push_back(s >> drop);
        scratch.erase(std::unique(scratch.begin(), scratch.end()), scratch.end());
        frequency->AddSlots(scratch);
      });
    }
    slots_ = {};
    if (!small_) grams3.clear();
    ReleaseFreeMemory();
  }

  size_t size() const { return meta.size(); }

  // The sketches, per document in input order (public: the pipeline moves them on).
  std::vector<Document> meta;
  std::vector<Signature> signatures;
  std::vector<uint8_t> has_text;
  std::vector<uint64_t> text_hashes;
  std::vector<std::vector<uint64_t>> grams5, grams3;
  std::unique_ptr<GramFrequency> frequency;

 private:
  void Flush() {
    if (batch_.empty()) return;
    const size_t base = meta.size(), count = batch_.size();
    total_bytes_ += batch_bytes_;
    const size_t est = EstimatedTokens(total_bytes_);
    const uint32_t modulus = GramSampleModulus(est);
    if (small_ && est > options_.small_collection_tokens) {
      small_ = false;
      grams3 = {};
    }
    const int n = options_.align.anchor_words;
    if (frequency == nullptr && GramFrequency::BitsFor(est) == GramFrequency::kMaxBits) {
      frequency = std::make_unique<GramFrequency>(n, est);
      std::vector<uint64_t> scratch;
      for (std::vector<uint32_t>& s : slots_) {
        scratch.assign(s.begin(), s.end());
        frequency->AddSlots(scratch);
        s = {};
      }
      slots_ = {};
      ReleaseFreeMemory();
    }
    const size_t total = base + count;
    signatures.resize(total);
    has_text.resize(total);
    text_hashes.resize(total);
    grams5.resize(total);
    if (small_) grams3.resize(total);
    if (frequency == nullptr) slots_.resize(total);
    ParallelFor(count, threads_, [&](size_t i) {
      const size_t d = base + i;
      thread_local std::vector<Token> tokens;
      thread_local std::vector<uint64_t> scratch;
      Tokenize(batch_[i].text, &tokens);
      has_text[d] = ComputeSignature(tokens, &signatures[d]) ? 1 : 0;
      text_hashes[d] = NormalizedTextHash(tokens);
      SampledGrams(tokens, 5, modulus, &grams5[d]);
      grams5[d].shrink_to_fit();
      if (small_) SampledGrams(tokens, 3, 1, &grams3[d]);
      // Distinct anchor n-gram slots at the finest table resolution.
      scratch.clear();
      for (size_t k = 0; k + n <= tokens.size(); ++k) {
        scratch.push_back(GramHash(&tokens[k], n) >> (64 - GramFrequency::kMaxBits));
      }
      std::sort(scratch.begin(), scratch.end());
      scratch.erase(std::unique(scratch.begin(), scratch.end()), scratch.end());
      if (frequency != nullptr) {
        frequency->AddSlots(scratch);
      } else {
        slots_[d].assign(scratch.begin(), scratch.end());
      }
      if (tokens.capacity() > (size_t{1} << 20)) tokens = {};
    });
    if (modulus != modulus_) {
      modulus_ = modulus;
      ParallelFor(base, threads_, [&](size_t d) {
        std::vector<uint64_t>& g = grams5[d];
        g.erase(std::remove_if(g.begin(), g.end(), [&](uint64_t h) { return (h >> 7) % modulus; }),
                g.end());
        g.shrink_to_fit();
      });
    }
    for (Document& d : batch_) meta.push_back(Metadata(std::move(d)));
    batch_.clear();
    batch_bytes_ = 0;
  }

  const ReuseOptions& options_;
  unsigned threads_;
  std::vector<Document> batch_;
  size_t batch_bytes_ = 0, total_bytes_ = 0;
  uint32_t modulus_ = 1;
  bool small_ = true;
  std::vector<std::vector<uint32_t>> slots_;  // per document until frequency exists
};

// A document's tokens (its shingle set only while its batch is being aligned: a waiting
// document's set is rebuilt when its partners arrive, which costs less than keeping it).
struct Resident {
  DocumentSketch sketch;
  std::vector<uint64_t> shingles;
  size_t bytes = 0;
};

// Pass 2 (and later ones): aligns the pairs `todo` (candidate indexes, by key) as their second
// document arrives; returns the ones put off because their first document did not fit.
class AlignPass {
 public:
  AlignPass(const std::vector<uint64_t>& candidates, std::vector<size_t> todo,
            const std::vector<Document>& meta, const AlignOptions& align,
            const ReuseOptions& options, unsigned threads, std::vector<PairReport>* analysed,
            std::vector<uint8_t>* linked, std::vector<std::pair<size_t, ReuseEdge>>* found,
            PipelineStats* stats)
      : candidates_(candidates),
        meta_(meta),
        align_(align),
        options_(options),
        threads_(threads),
        analysed_(analysed),
        linked_(linked),
        found_(found),
        stats_(stats),
        last_partner_(meta.size(), kNone),
        residents_(meta.size()),
        by_second_(std::move(todo)) {
    for (size_t i : by_second_) {
      uint32_t a = PairFirst(candidates_[i]), b = PairSecond(candidates_[i]);
      if (last_partner_[a] == kNone || last_partner_[a] < b) last_partner_[a] = b;
    }
    std::stable_sort(by_second_.begin(), by_second_.end(), [&](size_t x, size_t y) {
      return PairSecond(candidates_[x]) < PairSecond(candidates_[y]);
    });
  }

  void Add(Document&& d) {
    if (arrived_ + batch_.size() >= meta_.size()) return;
    batch_bytes_ += d.text.size();
    batch_.push_back(std::move(d));
    if (batch_.size() >= options_.streaming_batch_documents || batch_bytes_ >= kBatchBytes) Flush();
  }

  // Pairs left for another read, and how many were analysed in this one.
  std::vector<size_t> Finish(size_t* done) {
    Flush();
    // Pairs whose second document never arrived (a shorter read) are dropped.
    *done = done_;
    std::sort(deferred_.begin(), deferred_.end());
    return std::move(deferred_);
  }

 private:
  static constexpr uint32_t kNone = 0xFFFFFFFFu;

  void Flush() {
    if (batch_.empty()) return;
    const uint32_t lo = static_cast<uint32_t>(arrived_);
    const uint32_t hi = static_cast<uint32_t>(arrived_ + batch_.size());
    // Pairs completed by this batch.
    std::vector<size_t> ready;
    std::vector<uint8_t> needed(batch_.size(), 0);
    for (; cursor_ < by_second_.size() && PairSecond(candidates_[by_second_[cursor_]]) < hi;
         ++cursor_) {
      size_t i = by_second_[cursor_];
      uint32_t a = PairFirst(candidates_[i]), b = PairSecond(candidates_[i]);
      if (a >= lo || residents_[a] != nullptr) {
        ready.push_back(i);
        needed[b - lo] = 1;
        if (a >= lo) needed[a - lo] = 1;
      } else {
        deferred_.push_back(i);
      }
    }
    for (uint32_t d = lo; d < hi; ++d) needed[d - lo] |= last_partner_[d] != kNone;
    std::vector<std::unique_ptr<Resident>> local(batch_.size());
    ParallelFor(batch_.size(), threads_, [&](size_t k) {
      if (!needed[k]) return;
      auto r = std::make_unique<Resident>();
      Tokenize(batch_[k].text, &r->sketch.tokens);
      r->sketch.tokens.shrink_to_fit();
      r->sketch.text_hash = NormalizedTextHash(r->sketch.tokens);
      ShingleSet(r->sketch.tokens, kShingleWords, &r->shingles);
      r->shingles.shrink_to_fit();
      r->bytes = sizeof(Resident) + r->sketch.tokens.capacity() * sizeof(Token);
      local[k] = std::move(r);
    });
    batch_.clear();
    batch_bytes_ = 0;
    auto get = [&](uint32_t d) -> const Resident& {
      return d >= lo ? *local[d - lo] : *residents_[d];
    };
    // Runs of pairs with the same first document share its anchor index.
    std::sort(ready.begin(), ready.end());
    std::vector<size_t> runs;
    for (size_t k = 0; k < ready.size(); ++k) {
      if (k == 0 || PairFirst(candidates_[ready[k]]) != PairFirst(candidates_[ready[k - 1]])) {
        runs.push_back(k);
      }
    }
    runs.push_back(ready.size());
    std::vector<std::vector<std::pair<size_t, ReuseEdge>>> run_edges(runs.size() - 1);
    ParallelFor(runs.size() - 1, threads_, [&](size_t run) {
      thread_local AnchorIndex index;
      thread_local std::vector<uint64_t> waiting_shingles;
      const uint32_t a = PairFirst(candidates_[ready[runs[run]]]);
      const Resident& ra = get(a);
      BuildAnchorIndex(ra.sketch.tokens, align_, &index);
      const std::vector<uint64_t>* shingles_a = &ra.shingles;
      if (a < lo) {
        ShingleSet(ra.sketch.tokens, kShingleWords, &waiting_shingles);
        shingles_a = &waiting_shingles;
      }
      for (size_t k = runs[run]; k < runs[run + 1]; ++k) {
        const size_t i = ready[k];
        const uint32_t b = PairSecond(candidates_[i]);
        const Resident& rb = get(b);
        PairReport report;
        ReuseEdge edge;
        AnalysePair(meta_[a], ra.sketch, *shingles_a, meta_[b], rb.sketch, rb.shingles, a, b, index,
                    align_, options_.classify, &report, &edge);
        (*linked_)[i] = edge.relation.empty() ? 0 : 1;
        if (!edge.relation.empty()) run_edges[run].emplace_back(i, std::move(edge));
        if (analysed_ != nullptr) (*analysed_)[i] = std::move(report);
      }
    });
    for (auto& edges : run_edges) {
      for (auto& e : edges) found_->push_back(std::move(e));
    }
    done_ += ready.size();
    // Keep the documents that still have partners to come, while they fit.
    for (uint32_t d = lo; d < hi; ++d) {
      if (last_partner_[d] == kNone || last_partner_[d] < hi) continue;
      std::unique_ptr<Resident>& r = local[d - lo];
      if (resident_bytes_ != 0 && resident_bytes_ + r->bytes > options_.streaming_resident_bytes) {
        continue;  // its pairs are deferred when their second documents arrive
      }
      r->shingles = {};
      resident_bytes_ += r->bytes;
      expiry_.emplace(last_partner_[d], d);
      residents_[d] = std::move(r);
    }
    stats_->peak_resident_bytes = std::max(stats_->peak_resident_bytes, resident_bytes_);
    arrived_ = hi;
    // Drop the documents whose last partner has arrived.
    while (!expiry_.empty() && expiry_.top().first < hi) {
      uint32_t d = expiry_.top().second;
      expiry_.pop();
      resident_bytes_ -= residents_[d]->bytes;
      residents_[d].reset();
    }
  }

  const std::vector<uint64_t>& candidates_;
  const std::vector<Document>& meta_;
  const AlignOptions& align_;
  const ReuseOptions& options_;
  unsigned threads_;
  std::vector<PairReport>* analysed_;                 // every pair's report, when asked for
  std::vector<uint8_t>* linked_;                      // per candidate: 1 when it became an edge
  std::vector<std::pair<size_t, ReuseEdge>>* found_;  // (candidate index, edge)
  PipelineStats* stats_;
  std::vector<uint32_t> last_partner_;  // per document: largest second of its pairs to do
  std::vector<std::unique_ptr<Resident>> residents_;
  std::vector<size_t> by_second_;  // pairs to do, by second document
  size_t cursor_ = 0;
  std::vector<size_t> deferred_;
  std::vector<Document> batch_;
  size_t batch_bytes_ = 0, arrived_ = 0, resident_bytes_ = 0, done_ = 0;
  using Expiry = std::pair<uint32_t, uint32_t>;  // (last partner, document)
  std::priority_queue<Expiry, std::vector<Expiry>, std::greater<Expiry>> expiry_;
};

}  // namespace

ReuseResult FindReuseStreamingWithOptions(const DocumentFeed& read_all, const ReuseOptions& options,
                                          std::vector<PairReport>* reports, PipelineStats* stats) {
  using Clock = std::chrono::steady_clock;
  PipelineStats local_stats;
  if (stats == nullptr) stats = &local_stats;
  auto t0 = Clock::now();
  const unsigned threads = ThreadCount(options);
  SketchPass sketches(options, threads);
  read_all([&](Document&& d) { sketches.Add(std::move(d)); });
  sketches.Finish();
  stats->passes = 1;
  AlignOptions align = options.align;
  align.frequency = sketches.frequency.get();
  align.max_anchor_df = static_cast<uint32_t>(options.max_anchor_document_frequency);
  auto t1 = Clock::now();

  std::vector<uint64_t> candidates =
      GenerateCandidates(sketches.signatures, sketches.has_text, sketches.text_hashes,
                         &sketches.grams5, &sketches.grams3, options, stats);
  sketches.signatures = {};
  sketches.has_text = {};
  sketches.text_hashes = {};
  ReleaseFreeMemory();
  auto t2 = Clock::now();

  // Only edges are kept per pair (unless every report is asked for): memory follows the edges.
  std::vector<PairReport> analysed(reports != nullptr ? candidates.size() : 0);
  std::vector<uint8_t> linked(candidates.size(), 0);
  std::vector<std::pair<size_t, ReuseEdge>> found;
  std::vector<size_t> todo(candidates.size());
  for (size_t i = 0; i < todo.size(); ++i) todo[i] = i;
  while (!todo.empty()) {
    const size_t before = todo.size();
    size_t done = 0;
    AlignPass pass(candidates, std::move(todo), sketches.meta, align, options, threads,
                   reports != nullptr ? &analysed : nullptr, &linked, &found, stats);
    read_all([&](Document&& d) { pass.Add(std::move(d)); });
    todo = pass.Finish(&done);
    ++stats->passes;
    stats->deferred_pairs += todo.size();
    if (done == 0 || todo.size() >= before) break;  // a read that feeds nothing: give up
  }

  ReuseResult result;
  // In candidate order, as FindReuse gives them.
  std::sort(found.begin(), found.end(),
            [](const auto& x, const auto& y) { return x.first < y.first; });
  for (auto& e : found) result.edges.push_back(std::move(e.second));
  found = {};
  AddDeclaredRepublications(sketches.meta, sketches.size(), candidates, linked, &result.edges);
  result.clusters = BuildClusters(sketches.meta, result.edges);
  auto t3 = Clock::now();
  stats->sketch_seconds = std::chrono::duration<double>(t1 - t0).count();
  stats->candidate_seconds = std::chrono::duration<double>(t2 - t1).count();
  stats->align_seconds = std::chrono::duration<double>(t3 - t2).count();
  if (reports != nullptr) *reports = std::move(analysed);
  return result;
}

}  // namespace stemma::reuse

namespace stemma {

ReuseResult FindReuseStreaming(const DocumentFeed& read_all) {
  return reuse::FindReuseStreamingWithOptions(read_all, reuse::ReuseOptions{}, nullptr);
}

}  // namespace stemma
