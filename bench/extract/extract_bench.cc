// Google Benchmark: tokenizer, page builder and full Extract() over the scrapinghub pages.
#include <benchmark/benchmark.h>

#include <cstdlib>

#ifdef STEMMA_BENCH_LIBXML2
#include <libxml/HTMLparser.h>
#endif

#include "corpus.h"
#include "extract/html_tokenizer.h"
#include "extract/page.h"
#include "stemma/extract.h"

namespace {

const std::vector<stemma::bench::Page>& Corpus() {
  static const auto* pages = [] {
    const char* dir = std::getenv("STEMMA_BENCH_HTML");
    return new std::vector<stemma::bench::Page>(
        stemma::bench::LoadHtmlDir(dir ? dir : "/work/shared/corpora/extraction/scrapinghub/html"));
  }();
  return *pages;
}

size_t CorpusBytes() {
  size_t n = 0;
  for (const auto& p : Corpus()) n += p.html.size();
  return n;
}

void BM_Tokenize(benchmark::State& state) {
  size_t tokens = 0;
  for (auto _ : state) {
    for (const auto& p : Corpus()) {
      stemma::extract::HtmlTokenizer tok(p.html);
      stemma::extract::HtmlToken t;
      while (tok.Next(&t)) ++tokens;
    }
  }
  benchmark::DoNotOptimize(tokens);
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
  state.SetItemsProcessed(state.iterations() * Corpus().size());
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_BuildPage(benchmark::State& state) {
  stemma::extract::Page page;
  for (auto _ : state) {
    for (const auto& p : Corpus()) stemma::extract::BuildPage(p.html, &page);
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
  state.SetItemsProcessed(state.iterations() * Corpus().size());
}
BENCHMARK(BM_BuildPage)->Unit(benchmark::kMillisecond);

void BM_Extract(benchmark::State& state) {
  std::vector<stemma::RawDocument> raws;
  for (const auto& p : Corpus()) {
    stemma::RawDocument r;
    r.id = p.id;
    r.format = stemma::ContentFormat::kHtml;
    r.content = p.html;
    raws.push_back(std::move(r));
  }
  for (auto _ : state) {
    for (const auto& r : raws) benchmark::DoNotOptimize(stemma::Extract(r));
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
  state.SetItemsProcessed(state.iterations() * Corpus().size());
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);

#ifdef STEMMA_BENCH_LIBXML2
// Reference: libxml2 builds a full DOM (no extraction at all) for the same pages.
void BM_Libxml2HtmlParse(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& p : Corpus()) {
      htmlDocPtr doc = htmlReadMemory(
          p.html.data(), static_cast<int>(p.html.size()), nullptr, "UTF-8",
          HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
      xmlFreeDoc(doc);
    }
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
  state.SetItemsProcessed(state.iterations() * Corpus().size());
}
BENCHMARK(BM_Libxml2HtmlParse)->Unit(benchmark::kMillisecond);
#endif

}  // namespace

BENCHMARK_MAIN();
