// A fast, allocation-free HTML tokenizer: start/end tags, text and raw-text element bodies.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace stemma::extract {

enum class TokenType { kStartTag, kEndTag, kText, kRawText };

struct HtmlAttr {
  std::string_view name;   // as written (compare case-insensitively)
  std::string_view value;  // raw, entities not decoded
};

struct HtmlToken {
  TokenType type = TokenType::kText;
  std::string_view name;  // lower-cased tag name (tags), owner tag for kRawText
  std::string_view text;  // kText / kRawText: raw bytes, entities not decoded
  bool self_closing = false;
  const std::vector<HtmlAttr>* attrs = nullptr;
};

// Splits HTML into tokens in one forward pass. Never fails: broken markup degrades to text.
// The contents of script, style, noscript, template, textarea, title, iframe, xmp, noembed,
// noframes are returned as one kRawText token right after their start tag.
class HtmlTokenizer {
 public:
  explicit HtmlTokenizer(std::string_view html);
  // Returns false at the end of input.
  bool Next(HtmlToken* token);
  size_t position() const { return pos_; }

 private:
  bool ParseTag(HtmlToken* token);
  void ParseAttributes(HtmlToken* token);
  void SkipMarkupDeclaration();
  std::string_view LowerName(std::string_view raw);

  std::string_view in_;
  size_t pos_ = 0;
  std::string_view pending_raw_;  // tag whose raw-text body comes next
  std::vector<HtmlAttr> attrs_;
  char name_buf_[24];
};

bool EqualsIgnoreCase(std::string_view a, std::string_view b);
// Returns the attribute value for `name` or an empty view.
std::string_view FindAttr(const HtmlToken& token, std::string_view name);
bool HasAttr(const HtmlToken& token, std::string_view name);

}  // namespace stemma::extract
