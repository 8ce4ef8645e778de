// Stateless subcommands: extract, reuse and facts stream their inputs with no store.
#include <cstdio>

#include "cli/commands.h"
#include "report/json_codec.h"
#include "reuse/streaming.h"
#include "stemma/facts.h"
#include "stemma/pipeline.h"
#include "stemma/reuse.h"
#include "stemma/util.h"

namespace stemma::cli {
namespace {

PipelineObserver ErrorPrinter() {
  PipelineObserver observer;
  observer.on_error = [](const IngestError& e) {
    std::fprintf(stderr, "%s: %s\n", e.where.c_str(), e.reason.c_str());
  };
  return observer;
}

void PrintLine(const json_codec::Json& value) {
  std::string line = json_codec::Dump(value);
  line += '\n';
  std::fwrite(line.data(), 1, line.size(), stdout);
}

}  // namespace

int ExtractCommand(Options& options) {
  std::string format = options.format.empty() ? "jsonl" : options.format;
  bool first = true;
  if (format == "json") std::fputs("[\n", stdout);
  uint64_t rejected =
      ForEachExtracted(options.paths, options.ingest, ErrorPrinter(), [&](Document&& d) {
        if (format == "text") {
          std::printf("%s%s\n%s\n", first ? "" : "\n\f\n", d.title.c_str(), d.text.c_str());
        } else if (format == "json") {
          std::string out = json_codec::Dump(json_codec::DocumentJson(d), 1);
          std::printf("%s%s", first ? "" : ",\n", out.c_str());
        } else {
          PrintLine(json_codec::DocumentJson(d));
        }
        first = false;
      });
  if (format == "json") std::fputs("\n]\n", stdout);
  return rejected ? kExitRejected : kExitOk;
}

int FactsCommand(Options& options) {
  uint64_t rejected =
      ForEachExtracted(options.paths, options.ingest, ErrorPrinter(), [&](Document&& d) {
        for (const Fact& f : ExtractFacts(d)) PrintLine(json_codec::FactJson(f, FactSource(f, d)));
      });
  return rejected ? kExitRejected : kExitOk;
}

namespace {

// Holds all documents: for stdin, which cannot be read twice.
int ReuseInMemory(Options& options) {
  std::vector<Document> documents;
  uint64_t rejected = ForEachExtracted(options.paths, options.ingest, ErrorPrinter(),
                                       [&](Document&& d) { documents.push_back(std::move(d)); });
  ReuseResult reuse = FindReuse(documents);
  std::unordered_map<std::string, const std::string*> texts;
  for (const Document& d : documents) texts[d.id] = &d.text;
  static const std::string kEmpty;
  auto text_of = [&](const std::string& id) -> const std::string& {
    auto it = texts.find(id);
    return it == texts.end() ? kEmpty : *it->second;
  };
  for (const ReuseEdge& e : reuse.edges) {
    PrintLine(json_codec::EdgeJson(e, text_of(e.source), text_of(e.target)));
  }
  return rejected ? kExitRejected : kExitOk;
}

// Streams: the inputs are read twice by the reuse stage and once more to turn byte offsets into
// character offsets, so memory does not grow with the size of the texts.
int ReuseStreaming(Options& options) {
  uint64_t rejected = 0;
  bool first_read = true;
  DocumentFeed read_all = [&](const std::function<void(Document &&)>& sink) {
    PipelineObserver observer = first_read ? ErrorPrinter() : PipelineObserver{};
    uint64_t n = ForEachExtracted(options.paths, options.ingest, observer, sink);
    if (first_read) rejected = n;
    first_read = false;
  };
  ReuseResult reuse = FindReuseStreaming(read_all);
  // Which passage ends each document holds, to convert when its text passes by.
  std::unordered_map<std::string, std::vector<std::pair<size_t, bool>>> ends;
  for (size_t i = 0; i < reuse.edges.size(); ++i) {
    ends[reuse.edges[i].source].push_back({i, true});
    ends[reuse.edges[i].target].push_back({i, false});
  }
  if (!ends.empty()) {
    ForEachExtracted(options.paths, options.ingest, {}, [&](Document&& d) {
      auto it = ends.find(d.id);
      if (it == ends.end()) return;
      for (auto [edge, is_source] : it->second) {
        for (Passage& p : reuse.edges[edge].passages) {
          size_t& begin = is_source ? p.source_begin : p.target_begin;
          size_t& end = is_source ? p.source_end : p.target_end;
          begin = CharOffset(d.text, begin);
          end = CharOffset(d.text, end);
        }
      }
      ends.erase(it);  // ids are unique per collection; a repeated id keeps the first text
    });
  }
  for (const ReuseEdge& e : reuse.edges) PrintLine(json_codec::EdgeJsonCharOffsets(e));
  return rejected ? kExitRejected : kExitOk;
}

}  // namespace

int ReuseCommand(Options& options) {
  for (const std::string& path : options.paths) {
    if (path == "-") return ReuseInMemory(options);
  }
  return ReuseStreaming(options);
}

}  // namespace stemma::cli
