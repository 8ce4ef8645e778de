// Escaping for HTML text/attributes and DOT labels, UTF-8 safe truncation and clamping.
#include <cstdint>
#include <string>
#include <string_view>

#include "report/html_internal.h"

namespace stemma::html {
namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the valid UTF-8 sequence at text[i], or 0 when it is invalid.
size_t ValidSequenceLength(std::string_view text, size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return 1;
  size_t len = 0;
  uint32_t min = 0;
  uint32_t cp = 0;
  if ((c & 0xE0) == 0xC0) {
    len = 2, min = 0x80, cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, min = 0x800, cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, min = 0x10000, cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + len > text.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    const unsigned char next = static_cast<unsigned char>(text[i + k]);
    if (!IsContinuation(next)) return 0;
    cp = (cp << 6) | (next & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  // C1 controls (U+0080..U+009F) are invisible and only confuse readers.
  if (cp >= 0x80 && cp <= 0x9F) return 0;
  return len;
}

}  // namespace

void AppendEscaped(std::string& out, std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      switch (c) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        case '\'':
          out += "&#39;";
          break;
        case '\t':
        case '\n':
          out += static_cast<char>(c);
          break;
        default:
          if (c >= 0x20 && c != 0x7F) out += static_cast<char>(c);
          break;
      }
      ++i;
      continue;
    }
    const size_t len = ValidSequenceLength(text, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
    } else {
      out.append(text.data() + i, len);
      i += len;
    }
  }
}

std::string Escape(std::string_view text) {
  std::string out;
  AppendEscaped(out, text);
  return out;
}

std::string Truncate(std::string_view text, size_t max_chars) {
  size_t chars = 0;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsContinuation(static_cast<unsigned char>(text[i]))) {
      if (chars == max_chars) {
        std::string out(text.substr(0, i));
        out += "\xE2\x80\xA6";  // …
        return out;
      }
      ++chars;
    }
    ++i;
  }
  return std::string(text);
}

void ClampToUtf8(std::string_view text, size_t& begin, size_t& end) {
  if (begin > end) std::swap(begin, end);
  if (end > text.size()) end = text.size();
  if (begin > end) begin = end;
  while (begin < end && IsContinuation(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin && end < text.size() &&
         IsContinuation(static_cast<unsigned char>(text[end]))) {
    --end;
  }
}

std::string DotQuoted(std::string_view text) {
  // Sanitise first so graphviz never sees invalid UTF-8 or control characters.
  std::string clean;
  AppendEscaped(clean, text);  // & < > " ' are now entities graphviz decodes back to text
  std::string out;
  out.reserve(clean.size());
  for (char c : clean) {
    switch (c) {
      case '\\':
        out += "\xE2\x88\x96";
        break;  // ∖: backslashes would start label escapes
      case '\n':
      case '\t':
        out += ' ';
        break;
      default:
        out += c;
        break;
    }
  }
  return out;
}

const char* RelationColor(std::string_view relation) {
  if (relation == "duplicate") return "#D55E00";
  if (relation == "near-duplicate") return "#E69F00";
  if (relation == "excerpt") return "#0072B2";
  if (relation == "rewrite") return "#CC79A7";
  if (relation == "republication") return "#009E73";
  return "#777777";
}

DocIndex::DocIndex(const std::vector<Document>& documents) : docs(documents) {
  by_id.reserve(documents.size());
  for (size_t i = 0; i < documents.size(); ++i) by_id.emplace(documents[i].id, i);
}

const Document* DocIndex::Find(std::string_view id) const {
  const auto it = by_id.find(id);
  return it == by_id.end() ? nullptr : &docs[it->second];
}

long DocIndex::IndexOf(std::string_view id) const {
  const auto it = by_id.find(id);
  return it == by_id.end() ? -1 : static_cast<long>(it->second);
}

void AppendDocLink(std::string& out, const DocIndex& index, std::string_view id) {
  const long i = index.IndexOf(id);
  if (i < 0) {
    out += "<span class=\"doc missing\" title=\"not among the documents\">";
    AppendEscaped(out, Truncate(id, 60));
    out += "</span>";
    return;
  }
  const Document& doc = index.docs[static_cast<size_t>(i)];
  out += "<a class=\"doc\" href=\"#doc-" + std::to_string(i) + "\" title=\"";
  AppendEscaped(out, Truncate(id, 200));
  out += "\">";
  AppendEscaped(out, Truncate(doc.title.empty() ? doc.id : doc.title, 70));
  out += "</a>";
}

}  // namespace stemma::html
