// The pipeline: ingest into a store, bring every stage up to date, and stateless streaming.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "stemma/analysis.h"
#include "stemma/ingest.h"
#include "stemma/status.h"
#include "stemma/store.h"
#include "stemma/stories.h"

namespace stemma {

struct PipelineObserver {
  std::function<void(const IngestError&)> on_error;
  // Progress of a phase ("ingest", "extract", "reuse", ...): units done of total (0 = unknown).
  std::function<void(std::string_view phase, uint64_t done, uint64_t total)> on_progress;
};

struct IngestStats {
  uint64_t added = 0;
  uint64_t updated = 0;
  uint64_t unchanged = 0;
  uint64_t rejected = 0;
};

// Reads every path into the store as one batch (one transaction): all of it lands or none.
StatusOr<IngestStats> IngestPaths(Store& store, const std::vector<std::string>& paths,
                                  const IngestOptions& options, const PipelineObserver& observer);

struct AnalyzeStats {
  uint64_t extracted = 0;
  uint64_t facts = 0;
  uint64_t documents = 0;
  uint64_t reuse_edges = 0;
  uint64_t stories = 0;  // all stories now
  uint64_t claims = 0;   // claims (re)computed by this run
  bool reuse_incremental = false;  // only pairs with a new document were analysed
  bool stories_full = false;  // stories rebuilt from scratch (no usable saved story index)
  uint64_t stories_added_documents = 0;  // documents new to the story index
  uint64_t stories_recomputed = 0;       // stories whose claims were recomputed
  double stories_phase_seconds[5] = {0, 0, 0, 0, 0};  // index load, add, claims, save, topics
  // Wall seconds per phase: extract+facts (new documents), load, reuse, stories, save.
  double extract_seconds = 0, load_seconds = 0, reuse_seconds = 0, stories_seconds = 0,
         save_seconds = 0;
};

struct AnalyzeOptions {
  StoryUpdatePolicy stories;    // when the saved story index is rebuilt instead of extended
  bool rebuild_stories = false;  // ignore the saved story index and reuse graph
};

// Extracts and finds facts for new documents only, recomputes the reuse graph, and adds the new
// documents to the saved stories (claims recomputed for the stories that changed).
StatusOr<AnalyzeStats> AnalyzeStore(Store& store, const PipelineObserver& observer,
                                    const AnalyzeOptions& options = {});

// Stateless: reads and extracts every document of `paths`, in input order, with no store.
// Rejected records go to observer.on_error; returns the number rejected.
uint64_t ForEachExtracted(const std::vector<std::string>& paths, const IngestOptions& options,
                          const PipelineObserver& observer,
                          const std::function<void(Document&&)>& on_document);


}  // namespace stemma
