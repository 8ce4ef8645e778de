// WARC 1.0/1.1: response and resource records with text payloads become documents. A record whose
// Content-Length runs past the end of file or is not followed by the record separator is
// reported, and reading resumes at the next "WARC/1." line after the record's header.
#include <algorithm>
#include <cctype>
#include <string>

#include "ingest/buffered_input.h"
#include "ingest/charset.h"
#include "ingest/http_response.h"
#include "ingest/readers.h"

namespace stemma::ingest {
namespace {

constexpr size_t kMaxHeaderLine = 64 << 10;
constexpr size_t kMaxHeaderLines = 1000;

struct Headers {
  std::string type, target_uri, date, record_id, content_type, content_length;
};

// Stores "Name: value" when the name is one we use (names compared case-insensitively).
void AddHeader(std::string_view line, Headers* h) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) {
    return;
  }
  std::string name = AsciiLower(TrimHeaderValue(line.substr(0, colon)));
  std::string value(TrimHeaderValue(line.substr(colon + 1)));
  if (name == "warc-type") {
    h->type = AsciiLower(value);
  } else if (name == "warc-target-uri") {
    h->target_uri = value;
  } else if (name == "warc-date") {
    h->date = value;
  } else if (name == "warc-record-id") {
    h->record_id = value;
  } else if (name == "content-type") {
    h->content_type = value;
  } else if (name == "content-length") {
    h->content_length = value;
  }
}

bool ParseLength(const std::string& s, uint64_t* out) {
  if (s.empty() || s.size() > 18) {
    return false;
  }
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') {
      return false;
    }
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  *out = v;
  return true;
}

std::string MimeType(std::string_view content_type) {
  return AsciiLower(TrimHeaderValue(content_type.substr(0, content_type.find(';'))));
}

class WarcReader {
 public:
  WarcReader(ByteSource& source, ReaderContext& ctx) : in_(source), ctx_(ctx) {}
  void Run();

 private:
  // Reads one record at the current position; false at end of stream.
  bool ReadRecord();
  void HandleRecord(const Headers& h, std::string_view block, uint64_t record_offset);
  void Resync() { in_.SkipToLineStartingWith("WARC/1."); }

  BufferedInput in_;
  ReaderContext& ctx_;
  std::string scratch_;
};

void WarcReader::Run() {
  while (ReadRecord()) {
  }
}

bool WarcReader::ReadRecord() {
  std::string_view line;
  uint64_t record_offset = 0;
  while (true) {  // skip blank lines up to the version line
    record_offset = in_.offset();
    auto r = in_.ReadLine(kMaxHeaderLine, &line);
    if (r == BufferedInput::LineResult::kEnd) {
      return false;
    }
    if (r == BufferedInput::LineResult::kLine && TrimHeaderValue(line).empty()) {
      continue;
    }
    if (r == BufferedInput::LineResult::kLine && line.substr(0, 7) == "WARC/1.") {
      break;
    }
    ctx_.ErrorAtOffset(record_offset, "expected a WARC/1.x record header");
    if (r == BufferedInput::LineResult::kTooLong) {
      in_.Consume(1);
    }
    Resync();
  }
  Headers h;
  size_t count = 0;
  while (true) {
    auto r = in_.ReadLine(kMaxHeaderLine, &line);
    if (r == BufferedInput::LineResult::kEnd) {
      ctx_.ErrorAtOffset(record_offset, "truncated WARC record header");
      return false;
    }
    if (r == BufferedInput::LineResult::kTooLong || ++count > kMaxHeaderLines) {
      ctx_.ErrorAtOffset(record_offset, "WARC record header too long");
      in_.Consume(1);
      Resync();
      return true;
    }
    if (line.empty()) {
      break;
    }
    AddHeader(line, &h);
  }
  uint64_t length = 0;
  if (!ParseLength(h.content_length, &length)) {
    ctx_.ErrorAtOffset(record_offset, "missing or invalid Content-Length");
    Resync();
    return true;
  }
  const uint64_t block_offset = in_.offset();
  const uint64_t max_bytes = ctx_.options().max_record_bytes;
  if (length > max_bytes) {
    ctx_.ErrorAtOffset(record_offset, "record exceeds " + std::to_string(max_bytes) + " bytes");
    Resync();
    return true;
  }
  in_.SetMark();
  if (!in_.Ensure(static_cast<size_t>(length))) {
    ctx_.ErrorAtOffset(record_offset,
                       "Content-Length " + h.content_length + " runs past the end of the file");
    in_.ClearMark();
    Resync();
    return true;
  }
  in_.Ensure(static_cast<size_t>(length) + 4);
  std::string_view rest = in_.Available().substr(static_cast<size_t>(length));
  size_t separator = 0;
  if (rest.substr(0, 4) == "\r\n\r\n") {
    separator = 4;
  } else if (rest.substr(0, 2) == "\n\n") {
    separator = 2;
  } else if (rest == "\r\n" || rest == "\n" || rest.empty()) {
    separator = rest.size();  // at EOF
  }
  if (separator == 0 && !rest.empty()) {
    ctx_.ErrorAtOffset(record_offset, "Content-Length " + h.content_length +
                                          " is not followed by the record separator");
    in_.Rewind(block_offset);
    in_.ClearMark();
    Resync();
    return true;
  }
  HandleRecord(h, in_.Available().substr(0, static_cast<size_t>(length)), record_offset);
  in_.Consume(static_cast<size_t>(length) + separator);
  in_.ClearMark();
  return true;
}

void WarcReader::HandleRecord(const Headers& h, std::string_view block, uint64_t record_offset) {
  std::string content_type;
  std::string_view body;
  HttpResponse http;
  if (h.type == "response") {
    if (block.substr(0, 5) != "HTTP/") {
      return;  // e.g. a DNS or FTP response
    }
    std::string error = ParseHttpResponse(block, ctx_.options().max_record_bytes, &http);
    if (!error.empty()) {
      ctx_.ErrorAtOffset(record_offset, error);
      return;
    }
    if (http.status < 200 || http.status >= 300) {
      return;  // redirects and error pages
    }
    content_type = http.content_type;
    body = http.body;
  } else if (h.type == "resource") {
    content_type = h.content_type;
    body = block;
  } else {
    return;  // request, metadata, warcinfo, revisit, conversion, continuation
  }
  std::string mime = MimeType(content_type);
  bool html = mime == "text/html" || mime == "application/xhtml+xml";
  if (!html && mime != "text/plain") {
    return;
  }
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return;
  }
  if (LooksBinary(body)) {
    ctx_.ErrorAtOffset(record_offset, "binary content");
    return;
  }
  RawDocument doc;
  doc.format = html ? ContentFormat::kHtml : ContentFormat::kText;
  doc.content = DecodeText(body, CharsetFromContentType(content_type), html);
  doc.url = h.target_uri;
  doc.fetched_at = h.date;
  std::string_view record_id = h.record_id;
  if (record_id.size() >= 2 && record_id.front() == '<' && record_id.back() == '>') {
    record_id = record_id.substr(1, record_id.size() - 2);
  }
  doc.id = !h.target_uri.empty() ? h.target_uri
           : !record_id.empty()  ? std::string(record_id)
                                 : ctx_.id_base() + "@" + std::to_string(record_offset);
  doc.source = ctx_.path() + "@" + std::to_string(record_offset);
  ctx_.Emit(std::move(doc));
}

}  // namespace

void ReadWarc(ByteSource& source, ReaderContext& ctx) {
  WarcReader reader(source, ctx);
  reader.Run();
}

}  // namespace stemma::ingest
