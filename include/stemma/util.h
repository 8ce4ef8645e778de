// Small helpers two or more stages share: hashing and UTF-8 offsets.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace stemma {

// 128-bit XXH3 of `data` as 32 lowercase hex digits.
std::string ContentHash(std::string_view data);

// Number of code points in text[0, byte_offset): for turning byte offsets into character offsets.
size_t CharOffset(std::string_view text, size_t byte_offset);

// Replaces invalid UTF-8 sequences with U+FFFD.
std::string SanitizeUtf8(std::string_view data);

}  // namespace stemma
