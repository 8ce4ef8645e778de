// IngestPath: files, directories (recursive, sorted) and stdin.
#include "stemma/ingest.h"

#include <fcntl.h>
#include <simdjson.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "ingest/readers.h"
#include "stemma/util.h"

namespace stemma {
namespace ingest {

void ReaderContext::Error(std::string where, std::string reason) {
  ++errors_;
  if (callbacks_.on_error) {
    callbacks_.on_error(IngestError{std::move(where), std::move(reason)});
  }
}

void ReaderContext::Emit(RawDocument&& doc) {
  // Metadata can come from raw bytes (WARC headers, file names): keep every field valid UTF-8.
  for (std::string* field : {&doc.id, &doc.source, &doc.url, &doc.title, &doc.author,
                             &doc.published, &doc.outlet, &doc.fetched_at, &doc.content}) {
    if (!simdjson::validate_utf8(field->data(), field->size())) {
      *field = SanitizeUtf8(*field);
    }
  }
  if (doc.content.empty()) {  // e.g. a field that decodes to nothing
    Error(doc.source, "empty text");
    return;
  }
  if (doc.id.empty()) {
    doc.id = doc.source;
  }
  ++documents_;
  doc.content_hash = ContentHash(doc.content);
  if (callbacks_.on_document) {
    callbacks_.on_document(std::move(doc));
  }
}

}  // namespace ingest

namespace {

namespace fs = std::filesystem;
using ingest::InputFormat;

struct Progress {
  const IngestCallbacks& callbacks;
  uint64_t total = 0;
  void Add(size_t n) {
    total += n;
    if (callbacks.on_progress) {
      callbacks.on_progress(total);
    }
  }
};

// Project documentation beside a corpus (README.md, EXPECTED.md, LICENSE.txt): an all-caps
// stem on a text or Markdown file. Only skipped in directory walks, never when named directly.
bool IsCorpusDocumentation(const std::string& name) {
  InputFormat format = ingest::FormatFromName(name);
  if (format != InputFormat::kMarkdown && format != InputFormat::kText) {
    return false;
  }
  std::string stem = ingest::FileStem(name);
  bool letters = false;
  for (char c : stem) {
    if (c >= 'A' && c <= 'Z') {
      letters = true;
    } else if (c != '_' && c != '-') {
      return false;
    }
  }
  return letters;
}

// Regular files under `dir` that have a supported extension, sorted by path; hidden entries
// (".git", ".DS_Store") and corpus documentation are skipped. Unreadable subdirectories are
// reported.
std::vector<fs::path> ListFiles(const fs::path& dir, const IngestCallbacks* callbacks) {
  std::vector<fs::path> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) {
        it.disable_recursion_pending();
      }
      continue;
    }
    if (it->is_regular_file(ec) && ingest::FormatFromName(name) != InputFormat::kUnknown &&
        !IsCorpusDocumentation(name)) {
      files.push_back(p);
    }
  }
  if (ec && callbacks != nullptr && callbacks->on_error) {
    callbacks->on_error(IngestError{dir.string(), "cannot list directory: " + ec.message()});
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Reads one file; false when it cannot be opened (reported).
bool IngestFile(const std::string& path, const std::string& id_base, const IngestOptions& options,
                const IngestCallbacks& callbacks, Progress& progress) {
  ingest::ReaderContext ctx(path, id_base, options, callbacks);
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    ctx.Error(path, std::string("cannot open: ") + std::strerror(errno));
    return false;
  }
  auto source = ingest::MakeFdSource(fd, [&progress](size_t n) { progress.Add(n); });
  ingest::ReadStream(std::move(source), ingest::FormatFromName(path), ctx);
  ::close(fd);
  return true;
}

}  // namespace

Status IngestPath(const std::string& path, const IngestOptions& options,
                  const IngestCallbacks& callbacks) {
  Progress progress{callbacks};
  if (path == "-") {
    ingest::ReaderContext ctx("stdin", "stdin", options, callbacks);
    auto source = ingest::MakeFdSource(STDIN_FILENO, [&progress](size_t n) { progress.Add(n); });
    ingest::ReadStream(std::move(source), InputFormat::kUnknown, ctx);
    return Status::Ok();
  }
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    std::string reason = "cannot open: " + (ec ? ec.message() : std::string("no such file"));
    if (callbacks.on_error) {
      callbacks.on_error(IngestError{path, reason});
    }
    return Status::Error(path + ": " + reason);
  }
  if (!fs::is_directory(st)) {
    if (!IngestFile(path, ingest::FileStem(path), options, callbacks, progress)) {
      return Status::Error(path + ": cannot open");
    }
    return Status::Ok();
  }
  fs::path root(path);
  for (const fs::path& file : ListFiles(root, &callbacks)) {
    // Ids are paths relative to the directory without extension, so a/index.html and
    // b/index.html stay apart; files at the top level get their plain stem.
    fs::path rel = file.lexically_relative(root);
    std::string parent = rel.parent_path().generic_string();
    std::string id_base = ingest::FileStem(rel.filename().string());
    if (!parent.empty()) {
      id_base = parent.append("/").append(id_base);
    }
    IngestFile(file.string(), id_base, options, callbacks, progress);
  }
  return Status::Ok();
}

uint64_t InputSize(const std::string& path) {
  if (path == "-") {
    return 0;
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    uint64_t total = 0;
    for (const fs::path& file : ListFiles(path, nullptr)) {
      uint64_t size = fs::file_size(file, ec);
      if (!ec) {
        total += size;
      }
    }
    return total;
  }
  uint64_t size = fs::file_size(path, ec);
  return ec ? 0 : size;
}

}  // namespace stemma
