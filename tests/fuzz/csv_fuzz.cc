// libFuzzer target: the CSV reader.
#include "reader_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return FuzzReader(data, size, stemma::ingest::InputFormat::kCsv, "fuzz.csv");
}
