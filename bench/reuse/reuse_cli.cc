// reuse_cli: JSONL documents {id, text, published?, url?, outlet?, republished_from?} on stdin,
// reuse edges as JSONL on stdout (what `stemma reuse --format jsonl` will print), clusters and
// timing on stderr.
//   --features   print every analysed candidate pair with its features instead of edges
//   --threads N  worker threads (default: all cores, at most 8)
//   --offset N --gap N --evidence X   alignment and rewrite knobs (see align.h, classify.h)
//   --streaming FILE   FindReuseStreaming: read FILE twice instead of holding every text
//   --resident-mb N    streaming: cap on tokens kept for documents awaiting partners
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <functional>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "reuse/pipeline.h"
#include "reuse/streaming.h"
#include "stemma/document.h"
#include "stemma/reuse.h"

namespace {

std::string Field(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Parses one JSONL line into `d`; false (and a message) when it is not a JSON object.
bool ParseDocument(const std::string& line, size_t line_no, stemma::Document* d) {
  nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    std::fprintf(stderr, "line %zu: not a JSON object\n", line_no);
    return false;
  }
  d->id = Field(j, "id");
  d->text = Field(j, "text");
  d->published = Field(j, "published");
  d->url = Field(j, "url");
  d->outlet = Field(j, "outlet");
  d->republished_from = Field(j, "republished_from");
  return true;
}

// Reads `in` line by line, feeding each document to `sink`; returns rejected lines.
size_t ReadDocuments(std::istream& in, const std::function<void(stemma::Document&&)>& sink) {
  std::string line;
  size_t line_no = 0, rejected = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty()) continue;
    stemma::Document d;
    if (!ParseDocument(line, line_no, &d)) {
      ++rejected;
      continue;
    }
    sink(std::move(d));
  }
  return rejected;
}

}  // namespace

int main(int argc, char** argv) {
  bool features = false;
  const char* streaming = nullptr;
  stemma::reuse::ReuseOptions options;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--features") == 0) {
      features = true;
    } else if (std::strcmp(argv[i], "--offset") == 0 && i + 1 < argc) {
      options.align.match_weight_offset = static_cast<uint32_t>(std::atoi(argv[++i]));
    } else if (std::strcmp(argv[i], "--gap") == 0 && i + 1 < argc) {
      options.align.max_gap = static_cast<uint32_t>(std::atoi(argv[++i]));
    } else if (std::strcmp(argv[i], "--evidence") == 0 && i + 1 < argc) {
      options.classify.rewrite_evidence = std::atof(argv[++i]);
    } else if (std::strcmp(argv[i], "--streaming") == 0 && i + 1 < argc) {
      streaming = argv[++i];
    } else if (std::strcmp(argv[i], "--resident-mb") == 0 && i + 1 < argc) {
      options.streaming_resident_bytes = static_cast<size_t>(std::atol(argv[++i])) << 20;
    } else if (std::strcmp(argv[i], "--threads") == 0 && i + 1 < argc) {
      options.threads = static_cast<unsigned>(std::atoi(argv[++i]));
    } else {
      std::fprintf(stderr,
                   "usage: reuse_cli [--features] [--threads N] [--offset N] [--gap N] [--evidence "
                   "X] < docs.jsonl\n"
                   "       reuse_cli [options] [--resident-mb N] --streaming docs.jsonl\n");
      return 2;
    }
  }
  std::ios::sync_with_stdio(false);
  auto t0 = std::chrono::steady_clock::now();
  std::vector<stemma::Document> docs;  // with --streaming: metadata (ids) only
  std::vector<stemma::reuse::PairReport> pairs;
  stemma::reuse::PipelineStats stats;
  stemma::ReuseResult result;
  size_t rejected = 0, doc_count = 0;
  auto t1 = t0;
  if (streaming != nullptr) {
    // A file, not stdin: the input is read twice (more if the resident cap is hit).
    bool open_failed = false;
    size_t reads = 0;
    result = stemma::reuse::FindReuseStreamingWithOptions(
        [&](const std::function<void(stemma::Document &&)>& sink) {
          std::ifstream in(streaming, std::ios::binary);
          if (!in) {
            open_failed = true;
            return;
          }
          const bool first = reads++ == 0;
          size_t bad = ReadDocuments(in, [&](stemma::Document&& d) {
            doc_count += first;
            if (first && features) {
              stemma::Document m;
              m.id = d.id;
              docs.push_back(std::move(m));
            }
            sink(std::move(d));
          });
          if (first) rejected = bad;
        },
        options, features ? &pairs : nullptr, &stats);
    if (open_failed) {
      std::fprintf(stderr, "cannot read %s\n", streaming);
      return 2;
    }
    if (stats.deferred_pairs != 0) {
      std::fprintf(stderr,
                   "note: resident cap (%zu MB) hit: %zu pairs were aligned in extra reads\n",
                   options.streaming_resident_bytes >> 20, stats.deferred_pairs);
    }
  } else {
    rejected = ReadDocuments(std::cin, [&](stemma::Document&& d) { docs.push_back(std::move(d)); });
    doc_count = docs.size();
    t1 = std::chrono::steady_clock::now();
    result =
        stemma::reuse::FindReuseWithOptions(docs, options, features ? &pairs : nullptr, &stats);
  }
  auto t2 = std::chrono::steady_clock::now();
  if (features) {
    for (const auto& p : pairs) {
      const auto& f = p.features;
      nlohmann::json j = {{"a", docs[p.a].id},
                          {"b", docs[p.b].id},
                          {"jaccard", f.jaccard},
                          {"contained_a", f.contained_a},
                          {"contained_b", f.contained_b},
                          {"covered_a", f.covered_a},
                          {"covered_b", f.covered_b},
                          {"anchors", f.anchors},
                          {"evidence", f.evidence},
                          {"span_a", f.span_a},
                          {"span_b", f.span_b},
                          {"density_a", f.fact_density_a},
                          {"density_b", f.fact_density_b},
                          {"ordered_facts", f.ordered_facts},
                          {"shared_facts", f.shared_facts},
                          {"tokens_a", f.tokens_a},
                          {"tokens_b", f.tokens_b},
                          {"passages", f.passages},
                          {"relation", p.verdict.relation}};
      std::cout << j.dump() << '\n';
    }
  } else {
    for (const stemma::ReuseEdge& e : result.edges) {
      nlohmann::json passages = nlohmann::json::array();
      for (const stemma::Passage& p : e.passages) {
        passages.push_back({{"source_begin", p.source_begin},
                            {"source_end", p.source_end},
                            {"target_begin", p.target_begin},
                            {"target_end", p.target_end}});
      }
      nlohmann::json j = {{"source", e.source},
                          {"target", e.target},
                          {"relation", e.relation},
                          {"score", e.score},
                          {"direction_known", e.direction_known},
                          {"direction_reason", e.direction_reason},
                          {"passages", passages}};
      std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
  }
  std::fprintf(stderr, "docs=%zu edges=%zu clusters=%zu read=%.2fs reuse=%.2fs\n", doc_count,
               result.edges.size(), result.clusters.size(),
               std::chrono::duration<double>(t1 - t0).count(),
               std::chrono::duration<double>(t2 - t1).count());
  std::fprintf(stderr,
               "sketch=%.2fs candidates=%.2fs align=%.2fs lsh_pairs=%zu gram_pairs=%zu "
               "candidate_pairs=%zu cpu=%.2fs passes=%zu peak_resident=%.1fMB\n",
               stats.sketch_seconds, stats.candidate_seconds, stats.align_seconds, stats.lsh_pairs,
               stats.gram_pairs, stats.candidates,
               static_cast<double>(std::clock()) / CLOCKS_PER_SEC, stats.passes,
               static_cast<double>(stats.peak_resident_bytes) / (1 << 20));
  return rejected == 0 ? 0 : 1;
}
