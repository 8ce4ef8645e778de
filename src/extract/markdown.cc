// Inline Markdown stripping and word splitting shared by the text cleanup and flags.
#include <cctype>

#include "extract/text_cleanup.h"

namespace stemma::extract {

constexpr size_t kMaxLinkText = 512;
constexpr size_t kMaxLinkUrl = 2048;

std::string StripMarkdownInline(std::string_view s, bool* link_only) {
  std::string out;
  out.reserve(s.size());
  int links = 0;
  size_t link_text_chars = 0;
  for (size_t i = 0; i < s.size();) {
    bool image = s[i] == '!' && i + 1 < s.size() && s[i + 1] == '[';
    if (s[i] == '[' || image) {
      size_t open = image ? i + 1 : i;
      // Bounded look-ahead keeps "[[[[..." lines linear.
      size_t close = s.substr(0, open + kMaxLinkText).find(']', open);
      if (close != std::string_view::npos && close + 1 < s.size() && s[close + 1] == '(') {
        size_t paren = s.substr(0, close + kMaxLinkUrl).find(')', close + 2);
        if (paren != std::string_view::npos) {
          if (!image) {
            out.append(s.substr(open + 1, close - open - 1));
            ++links;
            link_text_chars += close - open - 1;
          }
          i = paren + 1;
          continue;
        }
      }
    }
    if ((s[i] == '*' || s[i] == '_') && i + 1 < s.size() && s[i + 1] == s[i]) {
      i += 2;  // bold markers
      continue;
    }
    if (s[i] == '*' && (i == 0 || i + 1 == s.size() || s[i - 1] == ' ' || s[i + 1] == ' ' ||
                        std::ispunct(static_cast<unsigned char>(s[i + 1])) ||
                        std::ispunct(static_cast<unsigned char>(s[i - 1])))) {
      ++i;  // italic markers at word edges
      continue;
    }
    if (s[i] == '\\' && i + 1 < s.size() && std::ispunct(static_cast<unsigned char>(s[i + 1]))) {
      ++i;
    }
    out.push_back(s[i]);
    ++i;
  }
  size_t b = 0, e = out.size();
  while (b < e && std::isspace(static_cast<unsigned char>(out[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(out[e - 1]))) --e;
  out = out.substr(b, e - b);
  if (link_only) *link_only = links == 1 && link_text_chars + 1 >= out.size();
  return out;
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      cur.push_back(static_cast<char>(std::tolower(u)));
    } else if (!cur.empty()) {
      words.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

}  // namespace stemma::extract
