// The shared body of the reader fuzz targets: run one reader over the input (through
// ReadStream, so gzip/zstd framing is fuzzed too) and trap when a document breaks the contract.
#pragma once

#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/byte_source.h"
#include "ingest/readers.h"

inline int FuzzReader(const uint8_t* data, size_t size, stemma::ingest::InputFormat format,
                      const char* name) {
  using namespace stemma::ingest;
  stemma::IngestOptions options;
  options.max_record_bytes = 4096;  // small, so the over-long paths run too
  stemma::IngestCallbacks callbacks;
  callbacks.on_document = [](stemma::RawDocument&& doc) {
    // Contract: content and id never empty, every field valid UTF-8.
    if (doc.content.empty() || doc.id.empty()) __builtin_trap();
    for (const std::string* s : {&doc.content, &doc.id, &doc.url, &doc.title, &doc.author}) {
      if (!simdjson::validate_utf8(s->data(), s->size())) __builtin_trap();
    }
  };
  callbacks.on_error = [](const stemma::IngestError&) {};
  ReaderContext ctx(name, "fuzz", options, callbacks);
  ReadStream(MakeMemorySource(std::string_view(reinterpret_cast<const char*>(data), size)), format,
             ctx);
  return 0;
}
