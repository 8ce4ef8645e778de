// The HTTP response stored in a WARC response record: status, Content-Type and the body with
// chunked transfer coding and gzip content coding undone.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace stemma::ingest {

struct HttpResponse {
  int status = 0;
  std::string content_type;
  std::string_view body;  // points into the record, or into `storage` once decoded
  std::string storage;
};

// ASCII lower-casing and header-value trimming, shared by the WARC and HTTP header parsers.
std::string AsciiLower(std::string_view s);
std::string_view TrimHeaderValue(std::string_view s);

// Parses `block`; returns "" on success or the reason it is malformed. Bodies are decoded up to
// `max_body` bytes.
std::string ParseHttpResponse(std::string_view block, uint64_t max_body, HttpResponse* out);

}  // namespace stemma::ingest
