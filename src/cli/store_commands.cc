// Subcommands that work on the store: run, ingest, analyze, export, report, search.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

#include "cli/commands.h"
#include "cli/progress.h"
#include "stemma/pipeline.h"
#include "stemma/report.h"
#include "stemma/server.h"
#include "stemma/store.h"

namespace stemma::cli {
namespace {

std::unique_ptr<Store> OpenStoreOrReport(const std::string& path) {
  auto store = OpenSqliteStore(path);
  if (!store.ok()) {
    PrintError(store.status().message());
    return nullptr;
  }
  return std::move(store).value();
}

PipelineObserver MakeObserver(ProgressBar& progress) {
  PipelineObserver observer;
  observer.on_error = [&progress](const IngestError& e) {
    progress.Finish();
    std::fprintf(stderr, "%s: %s\n", e.where.c_str(), e.reason.c_str());
  };
  observer.on_progress = [&progress](std::string_view phase, uint64_t done, uint64_t total) {
    progress.Update(phase, done, total);
  };
  return observer;
}

// Runs one pipeline step with a progress bar; prints the error and returns false on failure.
template <typename Stats, typename Step>
bool RunStep(Stats& stats, const Step& step) {
  ProgressBar progress;
  auto result = step(MakeObserver(progress));
  progress.Finish();
  if (!result.ok()) {
    PrintError(result.status().message());
    return false;
  }
  stats = *result;
  return true;
}

bool DoIngest(Store& store, Options& options, IngestStats& stats) {
  return RunStep(stats, [&](const PipelineObserver& observer) {
    return IngestPaths(store, options.paths, options.ingest, observer);
  });
}

bool DoAnalyze(Store& store, const AnalyzeOptions& options, AnalyzeStats& stats) {
  return RunStep(stats, [&](const PipelineObserver& observer) {
    return AnalyzeStore(store, observer, options);
  });
}

// The bundled demo corpus: every folder under examples/demo (its README is not an article).
std::vector<std::string> DemoPaths() {
  std::vector<std::string> paths;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(STEMMA_DEMO_DIR, ec)) {
    if (entry.is_directory()) paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

void PrintIngestSummary(const IngestStats& s) {
  std::printf("ingested: %llu new, %llu updated, %llu unchanged, %llu rejected\n",
              static_cast<unsigned long long>(s.added), static_cast<unsigned long long>(s.updated),
              static_cast<unsigned long long>(s.unchanged),
              static_cast<unsigned long long>(s.rejected));
}

void PrintAnalyzeSummary(const AnalyzeStats& s) {
  std::printf(
      "analyzed: %llu documents (%llu newly extracted), %llu facts new, %llu reuse edges, %llu "
      "stories, %llu claims\n",
      static_cast<unsigned long long>(s.documents), static_cast<unsigned long long>(s.extracted),
      static_cast<unsigned long long>(s.facts), static_cast<unsigned long long>(s.reuse_edges),
      static_cast<unsigned long long>(s.stories), static_cast<unsigned long long>(s.claims));
  if (s.stories_added_documents > 0 || s.stories_full) {
    std::printf(
        "update: reuse %s; stories %s, %llu documents added, claims recomputed for "
        "%llu stories\n",
        s.reuse_incremental ? "over pairs with a new document" : "over all pairs",
        s.stories_full ? "built from scratch" : "updated incrementally",
        static_cast<unsigned long long>(s.stories_added_documents),
        static_cast<unsigned long long>(s.stories_recomputed));
  }
  std::printf(
      "timings: extract+facts %.1fs, load %.1fs, reuse %.1fs, stories+claims %.1fs, "
      "save %.1fs\n",
      s.extract_seconds, s.load_seconds, s.reuse_seconds, s.stories_seconds, s.save_seconds);
  if (s.stories_added_documents > 0 || s.stories_full) {
    std::printf(
        "stories timings: index load %.1fs, add %.1fs, claims %.1fs, index save %.1fs, "
        "topics %.1fs\n",
        s.stories_phase_seconds[0], s.stories_phase_seconds[1], s.stories_phase_seconds[2],
        s.stories_phase_seconds[3], s.stories_phase_seconds[4]);
  }
}

}  // namespace

int IngestCommand(Options& options) {
  auto store = OpenStoreOrReport(options.db);
  if (!store) return kExitRejected;
  IngestStats stats;
  if (!DoIngest(*store, options, stats)) return kExitRejected;
  PrintIngestSummary(stats);
  return stats.rejected ? kExitRejected : kExitOk;
}

int AnalyzeCommand(Options& options) {
  auto store = OpenStoreOrReport(options.db);
  if (!store) return kExitRejected;
  AnalyzeStats stats;
  if (!DoAnalyze(*store, options.analyze, stats)) return kExitRejected;
  PrintAnalyzeSummary(stats);
  return kExitOk;
}

int RunCommand(Options& options) {
  if (options.paths.empty()) options.paths = DemoPaths();
  if (options.out.empty()) options.out = "out";
  std::error_code ec;
  std::filesystem::create_directories(options.out, ec);
  if (ec) {
    PrintError(options.out + ": cannot create output directory: " + ec.message());
    return kExitRejected;
  }
  if (!options.db_given) options.db = (std::filesystem::path(options.out) / "stemma.db").string();
  auto store = OpenStoreOrReport(options.db);
  if (!store) return kExitRejected;
  IngestStats ingest;
  AnalyzeStats analyze;
  if (!DoIngest(*store, options, ingest) || !DoAnalyze(*store, options.analyze, analyze))
    return kExitRejected;
  auto analysis = store->LoadAnalysis();
  if (!analysis.ok()) {
    PrintError(analysis.status().message());
    return kExitRejected;
  }
  auto out = std::filesystem::path(options.out);
  const auto json = [&](std::ostream& o) { WriteReportJson(*analysis, o); };
  if (!WriteOutputWith((out / "report.json").string(), json) ||
      !WriteOutput((out / "report.html").string(), RenderHtmlReport(*analysis))) {
    return kExitRejected;
  }
  PrintIngestSummary(ingest);
  PrintAnalyzeSummary(analyze);
  std::map<std::string, int> relations;
  for (const ReuseEdge& e : analysis->reuse.edges) ++relations[e.relation];
  std::string rel;
  for (const auto& [name, n] : relations) rel += " " + name + "=" + std::to_string(n);
  size_t flagged = 0, single = 0, contradicted = 0;
  for (const Document& d : analysis->documents) flagged += !d.flags.empty();
  for (const Claim& c : analysis->stories.claims) {
    single += c.single_source;
    contradicted += !c.contradicted_by.empty();
  }
  std::printf("reuse:%s\n", rel.empty() ? " none" : rel.c_str());
  std::printf("flagged documents: %zu; single-source claims: %zu; contradicted claims: %zu\n",
              flagged, single, contradicted);
  std::printf("wrote %s and %s\n", (out / "report.json").c_str(), (out / "report.html").c_str());
  return ingest.rejected ? kExitRejected : kExitOk;
}

int ExportCommand(Options& options) {
  auto store = OpenStoreOrReport(options.db);
  if (!store) return kExitRejected;
  auto analysis = store->LoadAnalysis();
  if (!analysis.ok()) {
    PrintError(analysis.status().message());
    return kExitRejected;
  }
  if (options.format == "json") {
    const auto json = [&](std::ostream& o) { WriteReportJson(*analysis, o); };
    return WriteOutputWith(options.out, json) ? kExitOk : kExitRejected;
  }
  std::string content;
  if (options.format == "jsonl") content = RenderDocumentsJsonl(*analysis);
  if (options.format == "csv") content = RenderDocumentsCsv(*analysis);
  if (options.format == "graphml") content = RenderReuseGraphml(*analysis);
  return WriteOutput(options.out, content) ? kExitOk : kExitRejected;
}

int ReportCommand(Options& options) {
  auto store = OpenStoreOrReport(options.db);
  if (!store) return kExitRejected;
  auto analysis = store->LoadAnalysis();
  if (!analysis.ok()) {
    PrintError(analysis.status().message());
    return kExitRejected;
  }
  return WriteOutput(options.out, RenderHtmlReport(*analysis)) ? kExitOk : kExitRejected;
}

int SearchCommand(Options& options) {
  auto store = OpenStoreOrReport(options.db);
  if (!store) return kExitRejected;
  auto hits = store->Search(options.query, options.limit);
  if (!hits.ok()) {
    PrintError(hits.status().message());
    return kExitUsage;
  }
  for (const SearchHit& h : *hits) {
    std::printf("%s\t%s\t%s\n", h.id.c_str(), h.title.c_str(), h.snippet.c_str());
  }
  return kExitOk;
}

int ServeCommand(Options& options) {
  auto store = OpenStoreOrReport(options.db);
  if (!store) return kExitRejected;
  std::printf("stemma: serving %s on http://%s:%d/ (Ctrl-C to stop)\n", options.db.c_str(),
              options.host.c_str(), options.port);
  std::fflush(stdout);
  Status s = Serve(*store, {options.host, options.port});
  if (!s.ok()) {
    PrintError(s.message());
    return kExitRejected;
  }
  return kExitOk;
}

}  // namespace stemma::cli
