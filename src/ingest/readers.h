// Internal entry points of the ingest readers (used by ingest.cc, the tests and the fuzzers).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/byte_source.h"
#include "stemma/ingest.h"

namespace stemma::ingest {

// Where records come from and where they go.
class ReaderContext {
 public:
  ReaderContext(std::string path, std::string id_base, const IngestOptions& options,
                const IngestCallbacks& callbacks)
      : path_(std::move(path)),
        id_base_(std::move(id_base)),
        options_(options),
        callbacks_(callbacks) {}

  const std::string& path() const { return path_; }
  const std::string& id_base() const { return id_base_; }  // file stem, for ids
  const IngestOptions& options() const { return options_; }

  void Error(std::string where, std::string reason);
  void ErrorAtLine(uint64_t line, std::string reason) {
    Error(path_ + ":" + std::to_string(line), std::move(reason));
  }
  void ErrorAtOffset(uint64_t offset, std::string reason) {
    Error(path_ + "@" + std::to_string(offset), std::move(reason));
  }
  // Fills content_hash and hands the document on.
  void Emit(RawDocument&& doc);

  uint64_t errors() const { return errors_; }
  uint64_t documents() const { return documents_; }

 private:
  std::string path_;
  std::string id_base_;
  const IngestOptions& options_;
  const IngestCallbacks& callbacks_;
  uint64_t errors_ = 0;
  uint64_t documents_ = 0;
};

enum class InputFormat { kText, kMarkdown, kHtml, kJsonl, kCsv, kWarc, kUnknown };

// Format named by a file name's extension (after .gz/.zst/.zstd), kUnknown when none matches.
InputFormat FormatFromName(std::string_view name);
// Format guessed from the first decoded bytes of a stream.
InputFormat SniffFormat(std::string_view head);
// File name without directories, compression suffix and format extension.
std::string FileStem(std::string_view name);

void ReadJsonl(ByteSource& source, ReaderContext& ctx);
void ReadCsv(ByteSource& source, ReaderContext& ctx);
void ReadWarc(ByteSource& source, ReaderContext& ctx);
// One whole file (text, Markdown or HTML) becomes one document with id ctx.id_base().
void ReadWholeFile(ByteSource& source, ReaderContext& ctx, InputFormat format);

// Decompresses (by magic bytes), checks for empty/binary input, picks the format (from
// `format_hint`, else sniffed) and runs the reader; stream errors are reported at the end.
void ReadStream(std::unique_ptr<ByteSource> raw, InputFormat format_hint, ReaderContext& ctx);

}  // namespace stemma::ingest
