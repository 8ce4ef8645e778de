#include "ingest/http_response.h"

#include <cctype>

#include "ingest/byte_source.h"

namespace stemma::ingest {
namespace {

// Decodes an HTTP chunked body; false when it is malformed.
bool Dechunk(std::string_view body, uint64_t max_body, std::string* out) {
  out->clear();
  while (true) {
    size_t eol = body.find('\n');
    if (eol == std::string_view::npos) {
      return false;
    }
    uint64_t size = 0;
    size_t i = 0;
    for (; i < eol && i < 15; ++i) {
      char c = static_cast<char>(std::tolower(static_cast<unsigned char>(body[i])));
      int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
      if (digit < 0) {
        break;
      }
      size = size * 16 + static_cast<uint64_t>(digit);
    }
    if (i == 0) {
      return false;
    }
    body.remove_prefix(eol + 1);
    if (size == 0) {
      return true;
    }
    if (size > body.size() || out->size() + size > max_body) {
      return false;
    }
    out->append(body.substr(0, size));
    body.remove_prefix(size);
    if (body.substr(0, 2) == "\r\n") {
      body.remove_prefix(2);
    } else if (body.substr(0, 1) == "\n") {
      body.remove_prefix(1);
    }
  }
}

// Inflates a gzip body; "" on success, else the error.
std::string Gunzip(std::string_view body, uint64_t max_body, std::string* out) {
  out->clear();
  auto gz = MakeDecoder(Compression::kGzip, MakeMemorySource(body));
  char chunk[16384];
  size_t got;
  while ((got = gz->Read(chunk, sizeof chunk)) > 0) {
    if (out->size() + got > max_body) {
      return "HTTP body exceeds " + std::to_string(max_body) + " bytes";
    }
    out->append(chunk, got);
  }
  return gz->error().empty() ? "" : "HTTP body: " + gz->error();
}

}  // namespace

std::string ParseHttpResponse(std::string_view block, uint64_t max_body, HttpResponse* out) {
  size_t end = block.find("\r\n\r\n");
  size_t sep = 4;
  size_t lf = block.find("\n\n");
  if (lf != std::string_view::npos && (end == std::string_view::npos || lf < end)) {
    end = lf;
    sep = 2;
  }
  if (end == std::string_view::npos) {
    return "malformed HTTP response header";
  }
  std::string_view head = block.substr(0, end + 1);
  out->body = block.substr(end + sep);
  size_t eol = head.find('\n');
  std::string_view status_line = head.substr(0, eol);
  size_t space = status_line.find(' ');
  out->status = 0;
  for (size_t i = space + 1;
       space != std::string_view::npos && i < status_line.size() && i < space + 4 &&
       std::isdigit(static_cast<unsigned char>(status_line[i]));
       ++i) {
    out->status = out->status * 10 + (status_line[i] - '0');
  }
  std::string transfer_encoding, content_encoding;
  while (eol != std::string_view::npos && eol + 1 < head.size()) {
    size_t next = head.find('\n', eol + 1);
    std::string_view line =
        head.substr(eol + 1, next == std::string_view::npos ? next : next - eol - 1);
    eol = next;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      continue;
    }
    std::string name = AsciiLower(TrimHeaderValue(line.substr(0, colon)));
    std::string_view value = TrimHeaderValue(line.substr(colon + 1));
    if (name == "content-type") {
      out->content_type = std::string(value);
    } else if (name == "transfer-encoding") {
      transfer_encoding = AsciiLower(value);
    } else if (name == "content-encoding") {
      content_encoding = AsciiLower(value);
    }
  }
  if (transfer_encoding.find("chunked") != std::string::npos) {
    std::string dechunked;
    if (!Dechunk(out->body, max_body, &dechunked)) {
      return "malformed chunked HTTP body";
    }
    out->storage = std::move(dechunked);
    out->body = out->storage;
  }
  if (content_encoding == "gzip" || content_encoding == "x-gzip") {
    std::string inflated;
    std::string error = Gunzip(out->body, max_body, &inflated);
    if (!error.empty()) {
      return error;
    }
    out->storage = std::move(inflated);
    out->body = out->storage;
  }
  return "";
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string_view TrimHeaderValue(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

}  // namespace stemma::ingest
