// Stateless subcommands: extract, reuse and facts stream their inputs with no store.
#include <cstdio>

#include "cli/commands.h"
#include "report/json_codec.h"
#include "stemma/facts.h"
#include "stemma/pipeline.h"
#include "stemma/reuse.h"

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
        for (const Fact& f : ExtractFacts(d)) PrintLine(json_codec::FactJson(f, d.text));
      });
  return rejected ? kExitRejected : kExitOk;
}

int ReuseCommand(Options& options) {
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

}  // namespace stemma::cli
