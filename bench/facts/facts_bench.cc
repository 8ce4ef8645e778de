// Throughput of the whole facts stage (ExtractFacts) over real news text.
// Corpus: the first ~8 MB of article text from ../shared/corpora/news/articles-01.jsonl.zst
// (or FACTS_BENCH_JSONL=<uncompressed jsonl>), plus the seeds as a small-document case.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "stemma/facts.h"

namespace {

std::vector<stemma::Document> LoadCorpus(size_t max_bytes) {
  std::vector<stemma::Document> docs;
  std::string cmd;
  if (const char* path = std::getenv("FACTS_BENCH_JSONL")) {
    cmd = std::string("cat '") + path + "'";
  } else {
    cmd = "zstd -dc '" STEMMA_SHARED_DIR "/corpora/news/articles-01.jsonl.zst' 2>/dev/null";
  }
  FILE* pipe = popen(cmd.c_str(), "r");
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
  // Drain so the decompressor exits cleanly.
  while (std::fgets(buf, sizeof(buf), pipe)) {
  }
  pclose(pipe);
  return docs;
}

const std::vector<stemma::Document>& Corpus() {
  static const std::vector<stemma::Document> docs = LoadCorpus(8u << 20);
  return docs;
}

void BM_ExtractFactsNews(benchmark::State& state) {
  const auto& docs = Corpus();
  if (docs.empty()) {
    state.SkipWithError("no corpus");
    return;
  }
  size_t bytes = 0, facts = 0;
  for (auto _ : state) {
    for (const auto& d : docs) {
      std::vector<stemma::Fact> out = stemma::ExtractFacts(d);
      facts += out.size();
      bytes += d.text.size();
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["docs"] = static_cast<double>(docs.size());
  state.counters["facts/doc"] = benchmark::Counter(static_cast<double>(facts) / docs.size(),
                                                   benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_ExtractFactsNews)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// Hostile input: one long line of digits, quotes and capitals with no sentence ends.
void BM_ExtractFactsHostile(benchmark::State& state) {
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
BENCHMARK(BM_ExtractFactsHostile)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
