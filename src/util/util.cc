#include "stemma/util.h"

#include <xxhash.h>

#include <cstdio>

namespace stemma {

std::string ContentHash(std::string_view data) {
  XXH128_hash_t h = XXH3_128bits(data.data(), data.size());
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return std::string(buf, 32);
}

size_t CharOffset(std::string_view text, size_t byte_offset) {
  if (byte_offset > text.size()) byte_offset = text.size();
  size_t chars = 0;
  for (size_t i = 0; i < byte_offset; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++chars;
  }
  return chars;
}

namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid.
size_t ValidSequenceLength(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (size_t k = 2; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  return len;
}

}  // namespace

std::string SanitizeUtf8(std::string_view data) {
  std::string out;
  out.reserve(data.size());
  size_t i = 0;
  while (i < data.size()) {
    size_t len = ValidSequenceLength(data, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(data.substr(i, len));
      i += len;
    }
  }
  return out;
}

}  // namespace stemma

#include "stemma/document.h"

namespace stemma {

const char* ContentFormatName(ContentFormat format) {
  switch (format) {
    case ContentFormat::kHtml:
      return "html";
    case ContentFormat::kMarkdown:
      return "markdown";
    case ContentFormat::kText:
      break;
  }
  return "text";
}

}  // namespace stemma
