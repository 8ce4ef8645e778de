// Text helpers for HTML content: entity decoding and whitespace collapsing.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace stemma::extract {

// Appends UTF-8 for code point `cp` (invalid ones become U+FFFD).
void AppendUtf8(uint32_t cp, std::string* out);

// Appends `raw` with entities decoded. When `collapse` is set, runs of whitespace (including
// no-break spaces) become one space, and a leading space is dropped if *last_was_space.
void AppendHtmlText(std::string_view raw, bool collapse, bool* last_was_space, std::string* out);

// Decodes entities only (attribute values, titles); collapses whitespace and trims.
std::string DecodeHtml(std::string_view raw);

}  // namespace stemma::extract
