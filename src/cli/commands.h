// The subcommands of the `stemma` binary: each a small function over libstemma.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "stemma/ingest.h"
#include "stemma/pipeline.h"

namespace stemma::cli {

// Exit codes of DESIGN.md.
inline constexpr int kExitOk = 0;
inline constexpr int kExitRejected = 1;
inline constexpr int kExitUsage = 2;

struct Options {
  std::vector<std::string> paths;
  std::string db = "stemma.db";
  bool db_given = false;
  std::string out;  // -o: a directory for run, a file for export/report
  std::string format;
  std::string query;
  size_t limit = 20;
  std::string host = "127.0.0.1";
  int port = 8470;
  std::vector<std::string> field_overrides;  // "text=body"
  IngestOptions ingest;
  AnalyzeOptions analyze;
};

int RunCommand(Options& options);
int IngestCommand(Options& options);
int AnalyzeCommand(Options& options);
int ExportCommand(Options& options);
int ReportCommand(Options& options);
int SearchCommand(Options& options);
int ExtractCommand(Options& options);
int ReuseCommand(Options& options);
int FactsCommand(Options& options);
int ServeCommand(Options& options);

// Prints "stemma: error: message" on stderr.
void PrintError(const std::string& message);
// Applies --field overrides; false (with a message printed) when one is malformed.
bool ApplyFieldOverrides(Options& options);
// Writes `content` to `path` ("-" or empty = stdout) atomically (temp file + rename).
bool WriteOutput(const std::string& path, const std::string& content);
// Same, with the content written by `write` (streamed, never held whole in memory).
bool WriteOutputWith(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace stemma::cli
