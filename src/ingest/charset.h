// Character encodings: detection (BOM, declared charset, HTML meta, uchardet) and conversion to
// NFC UTF-8 with ICU. Invalid bytes become U+FFFD; nothing here can fail.
#pragma once

#include <string>
#include <string_view>

namespace stemma::ingest {

// Decodes `bytes` to NFC UTF-8. `declared_charset` comes from an HTTP Content-Type header (may be
// empty); `html` enables <meta charset> / XML declaration sniffing in the first 4 KB.
// A byte-order mark decides first and is removed (unless `use_bom` is false: CSV fields).
std::string DecodeText(std::string_view bytes, std::string_view declared_charset, bool html,
                       bool use_bom = true);

// NFC form of valid UTF-8 (returned unchanged, without copying work, when already NFC).
std::string NormalizeNfc(std::string_view utf8);

// The charset parameter of a Content-Type value ("text/html; charset=ISO-8859-1"), or "".
std::string CharsetFromContentType(std::string_view content_type);

// The charset an HTML/XML document declares in its first 4 KB, or "".
std::string CharsetFromMarkup(std::string_view head);

// True when the start of a stream looks like binary data rather than text in any encoding.
bool LooksBinary(std::string_view head);

// Length of a UTF-8/16 byte-order mark at the start of `bytes` (0 when none).
size_t BomLength(std::string_view bytes);

}  // namespace stemma::ingest
