// Throughput of the whole facts stage (ExtractFacts) over real news text.
// Corpus: the first ~8 MB of article text from ../shared/corpora/news/articles-01.jsonl.zst
// (or FACTS_BENCH_JSONL=<uncompressed jsonl>), plus the seeds as a small-document case.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "facts/quote_ranker.h"
#include "json_lines.h"
#include "stemma/facts.h"

namespace {

std::vector<stemma::Document> LoadCorpus(size_t max_bytes) {
  std::vector<stemma::Document> docs;
  const char* env = std::getenv("FACTS_BENCH_JSONL");
  size_t total = 0;
  stemma::bench::ForEachJsonObject(
      env ? env : STEMMA_SHARED_DIR "/corpora/news/articles-01.jsonl.zst",
      [&](const nlohmann::json& j) {
        if (!j.contains("text") || !j["text"].is_string()) return true;
        stemma::Document d;
        d.id = j.value("id", "");
        d.text = j["text"].get<std::string>();
        if (j.contains("published") && j["published"].is_string()) d.published = j["published"];
        total += d.text.size();
        docs.push_back(std::move(d));
        return total < max_bytes;
      });
  return docs;
}

const std::vector<stemma::Document>& Corpus() {
  static const std::vector<stemma::Document> docs = LoadCorpus(8u << 20);
  return docs;
}

// The ranker on or off (off: the hand rules alone pick every quote's speaker), then restored.
void UseRanker(bool ranker) {
  stemma::facts::QuoteRanker::SetDefaultModel(ranker ? stemma::facts::EmbeddedQuoteModel()
                                                     : std::string_view());
}

void News(benchmark::State& state, bool ranker) {
  const auto& docs = Corpus();
  if (docs.empty()) {
    state.SkipWithError("no corpus");
    return;
  }
  UseRanker(ranker);
  size_t bytes = 0, facts = 0;
  for (auto _ : state) {
    for (const auto& d : docs) {
      std::vector<stemma::Fact> out = stemma::ExtractFacts(d);
      facts += out.size();
      bytes += d.text.size();
      benchmark::DoNotOptimize(out.data());
    }
  }
  UseRanker(true);
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["docs"] = static_cast<double>(docs.size());
  state.counters["facts/doc"] = benchmark::Counter(static_cast<double>(facts) / docs.size(),
                                                   benchmark::Counter::kAvgIterations);
}

// Hostile input: one long line of digits, quotes and capitals with no sentence ends.
void Hostile(benchmark::State& state, bool ranker) {
  stemma::Document d;
  d.id = "hostile";
  const char* const pieces[] = {"\"A 12 ", "Bb-", "\xE2\x80\x9C"};
  for (int i = 0; i < 200000; ++i) d.text += pieces[i % 3];
  UseRanker(ranker);
  for (auto _ : state) {
    std::vector<stemma::Fact> out = stemma::ExtractFacts(d);
    benchmark::DoNotOptimize(out.data());
  }
  UseRanker(true);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * d.text.size()));
}

// The stage as shipped (with the quote speaker ranker), and with the hand rules alone: both in
// one process, so the ranker's cost is measured under the same machine load.
void BM_ExtractFactsNews(benchmark::State& state) { News(state, true); }
void BM_RulesOnlyFactsNews(benchmark::State& state) { News(state, false); }
void BM_ExtractFactsHostile(benchmark::State& state) { Hostile(state, true); }
void BM_RulesOnlyFactsHostile(benchmark::State& state) { Hostile(state, false); }
BENCHMARK(BM_ExtractFactsNews)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_RulesOnlyFactsNews)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_ExtractFactsHostile)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RulesOnlyFactsHostile)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
