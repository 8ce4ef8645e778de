#include "ingest/charset.h"

#include <simdjson.h>
#include <uchardet/uchardet.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "stemma/util.h"

namespace stemma::ingest {
namespace {

constexpr size_t kMarkupSniffBytes = 4096;
constexpr size_t kBinarySniffBytes = 8192;

bool IsAscii(std::string_view s) {
  uint64_t acc = 0;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    acc |= word;
  }
  for (; i < s.size(); ++i) {
    acc |= static_cast<unsigned char>(s[i]);
  }
  return (acc & 0x8080808080808080ull) == 0;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

bool IsUtf8Name(const std::string& lower) {
  return lower == "utf-8" || lower == "utf8" || lower == "unicode-1-1-utf-8";
}

// WHATWG: labels for Latin-1 and ASCII mean windows-1252.
std::string CanonicalCharset(std::string_view name) {
  std::string lower = Lower(name);
  if (lower == "iso-8859-1" || lower == "latin1" || lower == "latin-1" || lower == "l1" ||
      lower == "us-ascii" || lower == "ascii" || lower == "iso8859-1" || lower == "cp1252" ||
      lower == "iso_8859-1") {
    return "windows-1252";
  }
  return lower;
}

// Value after "charset" (allowing spaces, '=' and quotes) at `pos`, or "".
std::string ReadCharsetValue(std::string_view s, size_t pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) {
    ++pos;
  }
  if (pos >= s.size() || s[pos] != '=') {
    return "";
  }
  ++pos;
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '"' || s[pos] == '\'')) {
    ++pos;
  }
  size_t start = pos;
  while (pos < s.size() && pos - start < 40 &&
         (std::isalnum(static_cast<unsigned char>(s[pos])) || s[pos] == '-' || s[pos] == '_' ||
          s[pos] == ':' || s[pos] == '.')) {
    ++pos;
  }
  return std::string(s.substr(start, pos - start));
}

std::string ConvertWithIcu(std::string_view bytes, const std::string& charset, bool* ok) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(charset.c_str(), &status);
  if (U_FAILURE(status) || conv == nullptr) {
    *ok = false;
    return "";
  }
  *ok = true;
  icu::UnicodeString ustr;
  int32_t capacity = static_cast<int32_t>(std::min<size_t>(bytes.size() * 2 + 16, INT32_MAX / 2));
  UChar* dest = ustr.getBuffer(capacity);
  status = U_ZERO_ERROR;
  int32_t len =
      ucnv_toUChars(conv, dest, capacity, bytes.data(),
                    static_cast<int32_t>(std::min<size_t>(bytes.size(), INT32_MAX / 4)), &status);
  ustr.releaseBuffer(U_SUCCESS(status) ? len : 0);
  ucnv_close(conv);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  std::string out;
  if (U_SUCCESS(status)) {
    UErrorCode nstatus = U_ZERO_ERROR;
    icu::UnicodeString normalized = nfc->normalize(ustr, nstatus);
    if (U_SUCCESS(nstatus)) {
      ustr = std::move(normalized);
    }
  }
  ustr.toUTF8String(out);
  return out;  // ICU writes U+FFFD for unpaired surrogates, so this is valid UTF-8
}

std::string Detect(std::string_view bytes) {
  uchardet_t detector = uchardet_new();
  uchardet_handle_data(detector, bytes.data(), std::min<size_t>(bytes.size(), 1 << 20));
  uchardet_data_end(detector);
  std::string name = uchardet_get_charset(detector);
  uchardet_delete(detector);
  std::string lower = Lower(name);
  if (lower.empty() || lower == "ascii" || IsUtf8Name(lower)) {
    return "windows-1252";
  }
  return CanonicalCharset(lower);
}

}  // namespace

size_t BomLength(std::string_view b) {
  if (b.size() >= 3 && b.substr(0, 3) == "\xEF\xBB\xBF") {
    return 3;
  }
  if (b.size() >= 2 && (b.substr(0, 2) == "\xFF\xFE" || b.substr(0, 2) == "\xFE\xFF")) {
    return 2;
  }
  return 0;
}

std::string NormalizeNfc(std::string_view utf8) {
  if (IsAscii(utf8)) {
    return std::string(utf8);
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    return std::string(utf8);
  }
  icu::StringPiece piece(utf8.data(),
                         static_cast<int32_t>(std::min<size_t>(utf8.size(), INT32_MAX)));
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) {
    return std::string(utf8);
  }
  std::string out;
  out.reserve(utf8.size() + 16);
  icu::StringByteSink<std::string> sink(&out);
  status = U_ZERO_ERROR;
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_FAILURE(status)) {
    return std::string(utf8);
  }
  return out;
}

std::string CharsetFromContentType(std::string_view content_type) {
  std::string lower = Lower(content_type.substr(0, 1024));
  size_t pos = lower.find("charset");
  if (pos == std::string::npos) {
    return "";
  }
  return ReadCharsetValue(lower, pos + 7);
}

std::string CharsetFromMarkup(std::string_view head) {
  std::string lower = Lower(head.substr(0, kMarkupSniffBytes));
  if (lower.compare(0, 5, "<?xml") == 0) {
    size_t end = lower.find("?>");
    size_t enc = lower.find("encoding", 0);
    if (enc != std::string::npos && (end == std::string::npos || enc < end)) {
      return ReadCharsetValue(lower, enc + 8);
    }
  }
  size_t pos = 0;
  while ((pos = lower.find("<meta", pos)) != std::string::npos) {
    size_t end = lower.find('>', pos);
    if (end == std::string::npos) {
      end = lower.size();
    }
    size_t cs = lower.find("charset", pos);
    if (cs != std::string::npos && cs < end) {
      std::string value = ReadCharsetValue(lower, cs + 7);
      if (!value.empty()) {
        return value;
      }
    }
    pos = end;
  }
  return "";
}

bool LooksBinary(std::string_view head) {
  head = head.substr(0, kBinarySniffBytes);
  if (head.size() >= 2 && (head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF")) {
    return false;  // UTF-16 text is full of NULs
  }
  size_t controls = 0;
  for (char ch : head) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == 0) {
      return true;
    }
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b) {
      ++controls;
    }
  }
  return controls * 20 > head.size();  // more than 5% control bytes
}

std::string DecodeText(std::string_view bytes, std::string_view declared_charset, bool html,
                       bool use_bom) {
  std::string charset;
  size_t bom = use_bom ? BomLength(bytes) : 0;
  if (bom == 3) {
    charset = "utf-8";
  } else if (bom == 2) {
    charset = bytes[0] == '\xFF' ? "utf-16le" : "utf-16be";
  }
  bytes.remove_prefix(bom);
  if (charset.empty() && !declared_charset.empty()) {
    charset = CanonicalCharset(declared_charset);
  }
  if (charset.empty() && html) {
    charset = CanonicalCharset(CharsetFromMarkup(bytes));
  }
  if (charset == "utf-16" || charset == "utf-32") {
    charset.clear();  // a meta tag cannot mean it
  }
  bool ascii = IsAscii(bytes);
  if (ascii && (charset.empty() || charset == "windows-1252" || IsUtf8Name(charset))) {
    return std::string(bytes);
  }
  // Valid non-ASCII UTF-8 is almost never meant as a legacy single-byte charset: such labels
  // are usually stale templates, so UTF-8 wins over them (but not over a UTF-16 BOM).
  bool wide = charset.rfind("utf-16", 0) == 0 || charset.rfind("utf-32", 0) == 0;
  if (!wide && simdjson::validate_utf8(bytes.data(), bytes.size())) {
    return NormalizeNfc(bytes);
  }
  if (IsUtf8Name(charset)) {
    return NormalizeNfc(SanitizeUtf8(bytes));
  }
  if (charset.empty()) {
    charset = Detect(bytes);
  }
  bool ok = false;
  std::string out = ConvertWithIcu(bytes, charset, &ok);
  if (!ok) {
    out = ConvertWithIcu(bytes, Detect(bytes), &ok);
  }
  if (!ok) {
    out = NormalizeNfc(SanitizeUtf8(bytes));
  }
  return out;
}

}  // namespace stemma::ingest
