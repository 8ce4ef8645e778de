// libFuzzer target: charset detection and conversion (the HTML decode path). The first byte
// picks a declared charset; the output must always be valid UTF-8.
#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/charset.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace stemma::ingest;
  static const char* kCharsets[] = {
      "",         "utf-8",   "iso-8859-1", "windows-1251",  "shift_jis",
      "utf-16le", "gb18030", "koi8-r",     "bogus-charset", "euc-kr"};
  if (size == 0) return 0;
  std::string_view declared = kCharsets[data[0] % (sizeof kCharsets / sizeof kCharsets[0])];
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  bool html = (data[0] & 0x80) != 0;
  std::string out = DecodeText(bytes, declared, html);
  if (!simdjson::validate_utf8(out.data(), out.size())) __builtin_trap();
  CharsetFromMarkup(bytes);
  CharsetFromContentType(bytes);
  LooksBinary(bytes);
  return 0;
}
