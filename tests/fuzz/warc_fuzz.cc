// libFuzzer target: the WARC reader.
#include "reader_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return FuzzReader(data, size, stemma::ingest::InputFormat::kWarc, "fuzz.warc");
}
