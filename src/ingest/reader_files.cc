// Format detection, whole-file documents (.txt, .md, .html) and the per-stream driver.
#include <cctype>
#include <string>

#include "ingest/charset.h"
#include "ingest/readers.h"

namespace stemma::ingest {
namespace {

constexpr size_t kSniffBytes = 8192;

std::string LowerExtension(std::string_view name) {
  size_t slash = name.find_last_of('/');
  if (slash != std::string_view::npos) {
    name.remove_prefix(slash + 1);
  }
  size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) {
    return "";
  }
  std::string ext(name.substr(dot + 1));
  for (char& c : ext) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return ext;
}

bool IsCompressionExtension(const std::string& ext) {
  return ext == "gz" || ext == "gzip" || ext == "zst" || ext == "zstd";
}

std::string_view WithoutExtension(std::string_view name) {
  size_t slash = name.find_last_of('/');
  size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0 ||
      (slash != std::string_view::npos && dot <= slash + 1)) {
    return name;
  }
  return name.substr(0, dot);
}

}  // namespace

InputFormat FormatFromName(std::string_view name) {
  std::string ext = LowerExtension(name);
  if (IsCompressionExtension(ext)) {
    ext = LowerExtension(WithoutExtension(name));
  }
  if (ext == "txt" || ext == "text") {
    return InputFormat::kText;
  }
  if (ext == "md" || ext == "markdown") {
    return InputFormat::kMarkdown;
  }
  if (ext == "html" || ext == "htm" || ext == "xhtml") {
    return InputFormat::kHtml;
  }
  if (ext == "jsonl" || ext == "ndjson" || ext == "json-lines") {
    return InputFormat::kJsonl;
  }
  if (ext == "csv") {
    return InputFormat::kCsv;
  }
  if (ext == "warc") {
    return InputFormat::kWarc;
  }
  return InputFormat::kUnknown;
}

std::string FileStem(std::string_view name) {
  size_t slash = name.find_last_of('/');
  if (slash != std::string_view::npos) {
    name.remove_prefix(slash + 1);
  }
  if (IsCompressionExtension(LowerExtension(name))) {
    name = WithoutExtension(name);
  }
  return std::string(WithoutExtension(name));
}

InputFormat SniffFormat(std::string_view head) {
  head.remove_prefix(BomLength(head));
  if (head.substr(0, 7) == "WARC/1.") {
    return InputFormat::kWarc;
  }
  size_t first = head.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) {
    return InputFormat::kText;
  }
  if (head[first] == '{') {
    return InputFormat::kJsonl;
  }
  if (head[first] == '<') {
    return InputFormat::kHtml;
  }
  return InputFormat::kText;
}

void ReadWholeFile(ByteSource& source, ReaderContext& ctx, InputFormat format) {
  const uint64_t max_bytes = ctx.options().max_record_bytes;
  std::string bytes;
  char chunk[65536];
  size_t got;
  while ((got = source.Read(chunk, sizeof chunk)) > 0) {
    if (bytes.size() + got > max_bytes) {
      ctx.Error(ctx.path(), "file exceeds " + std::to_string(max_bytes) + " bytes");
      return;
    }
    bytes.append(chunk, got);
  }
  if (!source.error().empty()) {
    return;  // incomplete: ReadStream reports the stream error
  }
  bool html = format == InputFormat::kHtml;
  RawDocument doc;
  doc.content = DecodeText(bytes, "", html);
  if (doc.content.find_first_not_of(" \t\r\n") == std::string::npos) {
    ctx.Error(ctx.path(), "empty file");
    return;
  }
  doc.format = html                               ? ContentFormat::kHtml
               : format == InputFormat::kMarkdown ? ContentFormat::kMarkdown
                                                  : ContentFormat::kText;
  doc.id = ctx.id_base();
  doc.source = ctx.path();
  ctx.Emit(std::move(doc));
}

void ReadStream(std::unique_ptr<ByteSource> raw, InputFormat format_hint, ReaderContext& ctx) {
  auto peek_raw = std::make_unique<PeekableSource>(std::move(raw));
  Compression compression = SniffCompression(peek_raw->Peek(4));
  PeekableSource source(MakeDecoder(compression, std::move(peek_raw)));
  std::string_view head = source.Peek(kSniffBytes);
  if (head.empty()) {
    if (source.error().empty()) {
      ctx.Error(ctx.path(), "empty file");
    } else {
      ctx.ErrorAtOffset(source.raw_offset(), source.error());
    }
    return;
  }
  InputFormat format = format_hint == InputFormat::kUnknown ? SniffFormat(head) : format_hint;
  if ((format == InputFormat::kJsonl || format == InputFormat::kCsv) && BomLength(head) == 2) {
    ctx.Error(ctx.path(), "UTF-16 is only supported for whole text and HTML files");
    return;
  }
  if (format != InputFormat::kWarc && LooksBinary(head)) {
    ctx.Error(ctx.path(), "binary content");
    return;
  }
  switch (format) {
    case InputFormat::kJsonl:
      ReadJsonl(source, ctx);
      break;
    case InputFormat::kCsv:
      ReadCsv(source, ctx);
      break;
    case InputFormat::kWarc:
      ReadWarc(source, ctx);
      break;
    default:
      ReadWholeFile(source, ctx, format);
      break;
  }
  if (!source.error().empty()) {
    ctx.ErrorAtOffset(source.raw_offset(), source.error());
  }
}

}  // namespace stemma::ingest
