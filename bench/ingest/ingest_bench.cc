// Google Benchmark: IngestPath over one JSONL file (default: the 1,000-article news sample).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>

#include "stemma/ingest.h"

namespace {

std::string InputPath() {
  const char* env = std::getenv("STEMMA_BENCH_JSONL");
  return env != nullptr ? env : STEMMA_SHARED_DIR "/corpora/news/sample-1000.jsonl";
}

void BM_IngestJsonl(benchmark::State& state) {
  const std::string path = InputPath();
  const uint64_t size = stemma::InputSize(path);
  uint64_t docs = 0;
  stemma::IngestCallbacks callbacks;
  callbacks.on_document = [&docs](stemma::RawDocument&& d) {
    benchmark::DoNotOptimize(d.content_hash);
    ++docs;
  };
  for (auto _ : state) {
    stemma::IngestPath(path, stemma::IngestOptions(), callbacks);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * size));
  state.counters["docs/s"] =
      benchmark::Counter(static_cast<double>(docs), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_IngestJsonl)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
