// Google Benchmark for the reuse stage: tokenising + MinHash throughput, pair alignment, and
// FindReuse on the 1,000-article news sample. Reads ../shared at run time (STEMMA_SHARED_DIR).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "reuse/align.h"
#include "reuse/minhash.h"
#include "reuse/tokenize.h"
#include "stemma/document.h"
#include "stemma/reuse.h"

namespace {

std::string SharedDir() {
  const char* env = std::getenv("STEMMA_SHARED_DIR");
  return env != nullptr ? env : STEMMA_SHARED_DIR;
}

const std::vector<stemma::Document>& Sample() {
  static const std::vector<stemma::Document> docs = [] {
    std::vector<stemma::Document> out;
    std::ifstream in(SharedDir() + "/corpora/news/sample-1000.jsonl");
    std::string line;
    while (std::getline(in, line)) {
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (!j.is_object() || !j["text"].is_string()) continue;
      stemma::Document d;
      d.id = j["id"].get<std::string>();
      d.text = j["text"].get<std::string>();
      if (j["published"].is_string()) d.published = j["published"].get<std::string>();
      out.push_back(std::move(d));
    }
    return out;
  }();
  return docs;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void BM_Tokenize(benchmark::State& state) {
  const auto& docs = Sample();
  std::vector<stemma::reuse::Token> tokens;
  size_t bytes = 0, n = 0;
  for (auto _ : state) {
    const auto& d = docs[n++ % docs.size()];
    stemma::reuse::Tokenize(d.text, &tokens);
    benchmark::DoNotOptimize(tokens.data());
    bytes += d.text.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(static_cast<int64_t>(n));
}
BENCHMARK(BM_Tokenize);

// Signature throughput per core, tokenising included (what the pipeline pays per document).
void BM_TokenizeAndSignature(benchmark::State& state) {
  const auto& docs = Sample();
  std::vector<stemma::reuse::Token> tokens;
  stemma::reuse::Signature sig;
  size_t bytes = 0, n = 0;
  for (auto _ : state) {
    const auto& d = docs[n++ % docs.size()];
    stemma::reuse::Tokenize(d.text, &tokens);
    stemma::reuse::ComputeSignature(tokens, &sig);
    benchmark::DoNotOptimize(sig.data());
    bytes += d.text.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(static_cast<int64_t>(n));
}
BENCHMARK(BM_TokenizeAndSignature);

void BM_AlignSeedRewrite(benchmark::State& state) {
  std::vector<stemma::reuse::Token> a, b;
  stemma::reuse::Tokenize(ReadFile(SharedDir() + "/seeds/002_1a96a5e30be5a4fb.txt"), &a);
  stemma::reuse::Tokenize(ReadFile(SharedDir() + "/seeds/001_eaf561987a3443d8.txt"), &b);
  stemma::reuse::AlignOptions options;
  for (auto _ : state) {
    auto alignment = stemma::reuse::AlignPair(a, b, options);
    benchmark::DoNotOptimize(alignment.weight);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AlignSeedRewrite);

void BM_FindReuseSample1000(benchmark::State& state) {
  const auto& docs = Sample();
  for (auto _ : state) {
    stemma::ReuseResult r = stemma::FindReuse(docs);
    benchmark::DoNotOptimize(r.edges.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * docs.size()));
}
BENCHMARK(BM_FindReuseSample1000)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
