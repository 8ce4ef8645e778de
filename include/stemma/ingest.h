// Ingest: files, directories and stdin in every supported format -> raw documents.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "stemma/document.h"
#include "stemma/status.h"

namespace stemma {

// A rejected record or file: `where` is "file:line" or "file@offset" (or just "file").
struct IngestError {
  std::string where;
  std::string reason;
};

// Field names looked up in JSONL objects and CSV headers (first match wins).
struct FieldNames {
  std::vector<std::string> id = {"id"};
  std::vector<std::string> text = {"text", "body", "content"};
  std::vector<std::string> html = {"html", "raw_html"};
  std::vector<std::string> url = {"url", "link"};
  std::vector<std::string> title = {"title", "headline"};
  std::vector<std::string> author = {"author", "authors", "byline"};
  std::vector<std::string> published = {"published", "date", "published_at", "publish_date"};
  std::vector<std::string> outlet = {"outlet", "source", "site", "site_name"};
};

struct IngestOptions {
  FieldNames fields;
  uint64_t max_record_bytes = 64ull << 20;  // longer records/lines are rejected, not buffered
};

struct IngestCallbacks {
  std::function<void(RawDocument&&)> on_document;
  std::function<void(const IngestError&)> on_error;
  std::function<void(uint64_t bytes_read)> on_progress;  // optional; compressed bytes consumed
};

// Reads one path: a file, a directory (recursively, sorted by name), or "-" for stdin.
// Per-record problems go to on_error and are skipped; the return value is not-ok only when the
// path itself cannot be read at all (that is also reported through on_error).
Status IngestPath(const std::string& path, const IngestOptions& options,
                  const IngestCallbacks& callbacks);

// Total size in bytes of the files under `path` (for progress bars); 0 for stdin.
uint64_t InputSize(const std::string& path);

}  // namespace stemma
