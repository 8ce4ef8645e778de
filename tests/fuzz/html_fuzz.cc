// libFuzzer target: any bytes as HTML and as text must extract without crashing or hanging.
#include <cstddef>
#include <cstdint>
#include <string>

#include "stemma/extract.h"
#include "stemma/util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  stemma::RawDocument raw;
  // Ingest guarantees valid UTF-8; the fuzzer does not, so sanitise like ingest would.
  raw.content = stemma::SanitizeUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
  raw.format = stemma::ContentFormat::kHtml;
  stemma::Extract(raw);
  raw.format = stemma::ContentFormat::kText;
  stemma::Extract(raw);
  return 0;
}
