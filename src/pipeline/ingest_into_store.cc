#include "stemma/pipeline.h"

namespace stemma {

StatusOr<IngestStats> IngestPaths(Store& store, const std::vector<std::string>& paths,
                                  const IngestOptions& options, const PipelineObserver& observer) {
  IngestStats stats;
  uint64_t total_bytes = 0;
  for (const std::string& path : paths) total_bytes += InputSize(path);
  uint64_t bytes_before = 0;  // bytes of the paths already finished
  Status failure;

  Status s = store.BeginBatch();
  if (!s.ok()) return s;
  for (const std::string& path : paths) {
    IngestCallbacks callbacks;
    callbacks.on_document = [&](RawDocument&& raw) {
      if (!failure.ok()) return;
      auto added = store.AddRaw(raw);
      if (!added.ok()) {
        failure = added.status();
        return;
      }
      switch (*added) {
        case AddResult::kAdded:
          ++stats.added;
          break;
        case AddResult::kUpdated:
          ++stats.updated;
          break;
        case AddResult::kUnchanged:
          ++stats.unchanged;
          break;
      }
    };
    callbacks.on_error = [&](const IngestError& error) {
      ++stats.rejected;
      if (observer.on_error) observer.on_error(error);
    };
    callbacks.on_progress = [&](uint64_t bytes) {
      if (observer.on_progress) observer.on_progress("ingest", bytes_before + bytes, total_bytes);
    };
    (void)IngestPath(path, options, callbacks);  // path-level failures arrive via on_error
    bytes_before += InputSize(path);
    if (!failure.ok()) break;
  }
  if (!failure.ok()) {
    store.AbortBatch();
    return Status::Error("store write failed, nothing was added: " + failure.message());
  }
  s = store.CommitBatch();
  if (!s.ok()) {
    store.AbortBatch();
    return s;
  }
  return stats;
}

}  // namespace stemma
