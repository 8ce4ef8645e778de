// The cost of the quote speaker ranker: the whole facts stage (ExtractFacts) over the same
// ~8 MB of news as facts_bench, with the hand rules alone (no ranker model) and with the
// embedded ranker, in one process so that both see the same machine load; the same for
// facts_bench's hostile input.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "facts/quote_ranker.h"
#include "stemma/facts.h"

namespace {

std::vector<stemma::Document> LoadCorpus(size_t max_bytes) {
  std::vector<stemma::Document> docs;
  FILE* pipe =
      popen("zstd -dc '" STEMMA_SHARED_DIR "/corpora/news/articles-01.jsonl.zst' 2>/dev/null", "r");
  if (!pipe) return docs;
  size_t total = 0;
  std::string line;
  char buf[1 << 16];
  while (total < max_bytes && std::fgets(buf, sizeof(buf), pipe)) {
    line += buf;
    if (line.empty() || line.back() != '\n') continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    line.clear();
    if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
    stemma::Document d;
    d.id = j.value("id", "");
    d.text = j["text"].get<std::string>();
    if (j.contains("published") && j["published"].is_string()) d.published = j["published"];
    total += d.text.size();
    docs.push_back(std::move(d));
  }
  while (std::fgets(buf, sizeof(buf), pipe)) {
  }
  pclose(pipe);
  return docs;
}

const std::vector<stemma::Document>& Corpus() {
  static const std::vector<stemma::Document> docs = LoadCorpus(8u << 20);
  return docs;
}

void Run(benchmark::State& state, bool ranker) {
  stemma::facts::QuoteRanker::SetDefaultModel(ranker ? stemma::facts::EmbeddedQuoteModel()
                                                     : std::string_view());
  const auto& docs = Corpus();
  if (docs.empty()) {
    state.SkipWithError("no corpus");
    return;
  }
  size_t bytes = 0;
  for (auto _ : state) {
    for (const auto& d : docs) {
      std::vector<stemma::Fact> out = stemma::ExtractFacts(d);
      bytes += d.text.size();
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

void BM_FactsRulesOnly(benchmark::State& state) { Run(state, false); }
void BM_FactsWithRanker(benchmark::State& state) { Run(state, true); }
BENCHMARK(BM_FactsRulesOnly)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_FactsWithRanker)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// facts_bench's hostile input: one long line of digits, quote marks and capitals.
void RunHostile(benchmark::State& state, bool ranker) {
  stemma::facts::QuoteRanker::SetDefaultModel(ranker ? stemma::facts::EmbeddedQuoteModel()
                                                     : std::string_view());
  stemma::Document d;
  d.id = "hostile";
  const char* const pieces[] = {"\"A 12 ", "Bb-", "\xE2\x80\x9C"};
  for (int i = 0; i < 200000; ++i) d.text += pieces[i % 3];
  for (auto _ : state) {
    std::vector<stemma::Fact> out = stemma::ExtractFacts(d);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * d.text.size()));
}

void BM_HostileRulesOnly(benchmark::State& state) { RunHostile(state, false); }
void BM_HostileWithRanker(benchmark::State& state) { RunHostile(state, true); }
BENCHMARK(BM_HostileRulesOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HostileWithRanker)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
