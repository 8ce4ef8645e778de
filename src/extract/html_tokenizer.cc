#include "extract/html_tokenizer.h"

#include <cstring>

namespace stemma::extract {
namespace {

constexpr size_t kMaxAttrs = 64;

inline bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }
inline bool IsAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; }

bool IsRawTextTag(std::string_view n) {
  switch (n.size()) {
    case 5:
      return n == "style" || n == "title";
    case 6:
      return n == "script" || n == "iframe";
    case 3:
      return n == "xmp";
    case 7:
      return n == "noembed";
    case 8:
      return n == "noscript" || n == "template" || n == "textarea" || n == "noframes";
    default:
      return false;
  }
}

}  // namespace

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

std::string_view FindAttr(const HtmlToken& token, std::string_view name) {
  if (token.attrs == nullptr) return {};
  for (const HtmlAttr& a : *token.attrs) {
    if (EqualsIgnoreCase(a.name, name)) return a.value;
  }
  return {};
}

bool HasAttr(const HtmlToken& token, std::string_view name) {
  if (token.attrs == nullptr) return false;
  for (const HtmlAttr& a : *token.attrs) {
    if (EqualsIgnoreCase(a.name, name)) return true;
  }
  return false;
}

HtmlTokenizer::HtmlTokenizer(std::string_view html) : in_(html) { attrs_.reserve(kMaxAttrs); }

std::string_view HtmlTokenizer::LowerName(std::string_view raw) {
  size_t n = raw.size() < sizeof(name_buf_) ? raw.size() : sizeof(name_buf_);
  for (size_t i = 0; i < n; ++i) name_buf_[i] = Lower(raw[i]);
  return std::string_view(name_buf_, n);
}

bool HtmlTokenizer::Next(HtmlToken* token) {
  token->attrs = nullptr;
  token->self_closing = false;
  if (!pending_raw_.empty()) {
    // Raw text runs to the matching end tag (case-insensitive), or to the end of input.
    std::string_view tag = pending_raw_;
    pending_raw_ = {};
    size_t start = pos_, p = pos_;
    size_t end = in_.size();
    while (p < in_.size()) {
      const void* hit = memchr(in_.data() + p, '<', in_.size() - p);
      if (hit == nullptr) break;
      p = static_cast<const char*>(hit) - in_.data();
      if (p + 2 + tag.size() <= in_.size() && in_[p + 1] == '/' &&
          EqualsIgnoreCase(in_.substr(p + 2, tag.size()), tag)) {
        end = p;
        break;
      }
      ++p;
    }
    pos_ = end;
    token->type = TokenType::kRawText;
    token->name = LowerName(tag);
    token->text = in_.substr(start, end - start);
    return true;
  }
  while (pos_ < in_.size()) {
    if (in_[pos_] == '<') {
      if (ParseTag(token)) return true;
      continue;  // a comment or declaration was skipped
    }
    size_t start = pos_;
    size_t p = pos_;
    while (true) {
      const void* hit = memchr(in_.data() + p, '<', in_.size() - p);
      if (hit == nullptr) {
        p = in_.size();
        break;
      }
      p = static_cast<const char*>(hit) - in_.data();
      if (p + 1 < in_.size()) {
        char c = in_[p + 1];
        if (IsAlpha(c) || c == '/' || c == '!' || c == '?') break;
      }
      ++p;  // a lone '<' is text
      if (p >= in_.size()) break;
    }
    pos_ = p;
    token->type = TokenType::kText;
    token->name = {};
    token->text = in_.substr(start, p - start);
    return true;
  }
  return false;
}

void HtmlTokenizer::SkipMarkupDeclaration() {
  // pos_ at '<', next is '!' or '?'.
  if (in_.compare(pos_, 4, "<!--") == 0) {
    size_t end = in_.find("-->", pos_ + 4);
    pos_ = end == std::string_view::npos ? in_.size() : end + 3;
    return;
  }
  if (in_.compare(pos_, 9, "<![CDATA[") == 0) {
    size_t end = in_.find("]]>", pos_ + 9);
    pos_ = end == std::string_view::npos ? in_.size() : end + 3;
    return;
  }
  size_t end = in_.find('>', pos_ + 2);
  pos_ = end == std::string_view::npos ? in_.size() : end + 1;
}

bool HtmlTokenizer::ParseTag(HtmlToken* token) {
  char c = pos_ + 1 < in_.size() ? in_[pos_ + 1] : '\0';
  if (c == '!' || c == '?') {
    SkipMarkupDeclaration();
    return false;
  }
  bool end_tag = c == '/';
  size_t p = pos_ + (end_tag ? 2 : 1);
  if (end_tag && (p >= in_.size() || !IsAlpha(in_[p]))) {
    // "</>" or "</ junk>": a bogus comment in HTML5.
    size_t end = in_.find('>', p);
    pos_ = end == std::string_view::npos ? in_.size() : end + 1;
    return false;
  }
  size_t name_start = p;
  while (p < in_.size() && !IsSpace(in_[p]) && in_[p] != '/' && in_[p] != '>') ++p;
  token->name = LowerName(in_.substr(name_start, p - name_start));
  pos_ = p;
  attrs_.clear();
  ParseAttributes(token);
  if (end_tag) {
    token->type = TokenType::kEndTag;
    return true;
  }
  token->type = TokenType::kStartTag;
  token->attrs = &attrs_;
  if (!token->self_closing && IsRawTextTag(token->name)) {
    pending_raw_ = in_.substr(name_start, token->name.size());
  }
  return true;
}

void HtmlTokenizer::ParseAttributes(HtmlToken* token) {
  size_t p = pos_;
  const size_t n = in_.size();
  while (p < n) {
    while (p < n && IsSpace(in_[p])) ++p;
    if (p >= n) break;
    char c = in_[p];
    if (c == '>') {
      ++p;
      break;
    }
    if (c == '/') {
      ++p;
      if (p < n && in_[p] == '>') {
        token->self_closing = true;
        ++p;
        break;
      }
      continue;
    }
    size_t name_start = p;
    while (p < n && !IsSpace(in_[p]) && in_[p] != '=' && in_[p] != '>' &&
           !(in_[p] == '/' && p + 1 < n && in_[p + 1] == '>')) {
      ++p;
    }
    if (p == name_start) ++p;  // stray '=': skip it
    std::string_view name = in_.substr(name_start, p - name_start);
    while (p < n && IsSpace(in_[p])) ++p;
    std::string_view value;
    if (p < n && in_[p] == '=') {
      ++p;
      while (p < n && IsSpace(in_[p])) ++p;
      if (p < n && (in_[p] == '"' || in_[p] == '\'')) {
        char q = in_[p++];
        const void* hit = memchr(in_.data() + p, q, n - p);
        size_t end = hit == nullptr ? n : static_cast<const char*>(hit) - in_.data();
        value = in_.substr(p, end - p);
        p = end < n ? end + 1 : n;
      } else {
        size_t vs = p;
        while (p < n && !IsSpace(in_[p]) && in_[p] != '>') ++p;
        value = in_.substr(vs, p - vs);
      }
    }
    if (attrs_.size() < kMaxAttrs && !name.empty()) attrs_.push_back({name, value});
  }
  pos_ = p;
}

}  // namespace stemma::extract
