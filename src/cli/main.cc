// stemma: a thin command-line layer over libstemma. Parsing and dispatch only.
#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "cli/commands.h"

namespace stemma::cli {
namespace {

struct Subcommand {
  const char* name;
  const char* help;
  bool takes_paths;  // PATH... inputs
  bool paths_required;
  bool uses_store;      // --db
  const char* formats;  // allowed --format values, "" = no --format
  int (*run)(Options&);
};

const Subcommand kSubcommands[] = {
    {"run", "ingest + analyze + report in one go (no PATH: the bundled demo corpus)", true, false,
     true, "", RunCommand},
    {"ingest", "add documents to the store", true, true, true, "", IngestCommand},
    {"analyze", "bring every stage up to date, incrementally", false, false, true, "",
     AnalyzeCommand},
    {"export", "export the store", false, false, true, "json|jsonl|csv|graphml", ExportCommand},
    {"report", "write the self-contained HTML report", false, false, true, "", ReportCommand},
    {"serve", "web UI and HTTP API (127.0.0.1 unless --host says otherwise)", false, false, true,
     "", ServeCommand},
    {"search", "full-text search over titles and text", false, false, true, "", SearchCommand},
    {"extract", "stateless: clean text + metadata per document", true, true, false,
     "json|jsonl|text", ExtractCommand},
    {"reuse", "stateless: reuse edges between the inputs", true, true, false, "jsonl",
     ReuseCommand},
    {"facts", "stateless: facts per document", true, true, false, "jsonl", FactsCommand},
};

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

void AddSubcommand(CLI::App& app, const Subcommand& sc, Options& options,
                   const Subcommand*& chosen) {
  CLI::App* sub = app.add_subcommand(sc.name, sc.help);
  if (sc.takes_paths) {
    auto* opt = sub->add_option("paths", options.paths,
                                "files, directories or - for stdin (.txt .md .html .jsonl .csv "
                                ".warc, optionally .gz/.zst)");
    if (sc.paths_required) opt->required();
    sub->add_option("--field", options.field_overrides,
                    "input field name, e.g. --field text=body (id,text,html,url,title,author,"
                    "published,outlet)");
    sub->add_option("--max-record-bytes", options.ingest.max_record_bytes,
                    "reject records or lines longer than this");
  }
  if (std::string(sc.name) == "analyze" || std::string(sc.name) == "run") {
    sub->add_flag("--rebuild", options.analyze.rebuild_stories,
                  "recompute reuse and stories over every document instead of extending the "
                  "saved ones");
    sub->add_option("--rebuild-below", options.analyze.stories.min_indexed,
                    "rebuild the stories while the saved index holds fewer documents than this")
        ->capture_default_str();
    sub->add_option("--rebuild-fraction", options.analyze.stories.max_added_fraction,
                    "rebuild the stories when the new documents outnumber this fraction of the "
                    "saved index")
        ->capture_default_str();
  }
  if (sc.uses_store) {
    sub->add_option("--db", options.db, "store file (SQLite)")->each([&](const std::string&) {
      options.db_given = true;
    });
  }
  if (sc.formats[0] != '\0') {
    auto* opt = sub->add_option("--format", options.format, "output format")
                    ->check(CLI::IsMember(Split(sc.formats, '|')));
    if (std::string(sc.name) == "export") opt->required();
  }
  std::string name = sc.name;
  if (name == "run") {
    sub->add_option("-o,--out", options.out,
                    "output directory (report.json, report.html; default ./out)");
  } else if (name == "export" || name == "report") {
    auto* opt = sub->add_option("-o,--out", options.out, "output file (default stdout)");
    if (name == "report") opt->required();
  } else if (name == "serve") {
    sub->add_option("--host", options.host, "address to listen on");
    sub->add_option("--port", options.port, "port")->check(CLI::Range(1, 65535));
  } else if (name == "search") {
    sub->add_option("query", options.query, "FTS5 query")->required();
    sub->add_option("--limit", options.limit, "maximum hits");
  }
  sub->callback([&chosen, &sc] { chosen = &sc; });
}

}  // namespace
}  // namespace stemma::cli

int main(int argc, char** argv) {
  using namespace stemma::cli;
  CLI::App app{
      "stemma: news forensics: clean text, who copied whom, facts, stories, and how "
      "many independent sources back each claim"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "stemma 0.1.0");
  Options options;
  const Subcommand* chosen = nullptr;
  for (const Subcommand& sc : kSubcommands) AddSubcommand(app, sc, options, chosen);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (chosen == nullptr) return kExitUsage;
  if (!ApplyFieldOverrides(options)) return kExitUsage;
  return chosen->run(options);
}
