// JSON object lines of a JSONL file (zstd when its name ends in ".zst"), read with ingest's
// decoder and line reader; shared by the bench/facts tools (facts_train, facts_bench).
#pragma once

#include <fcntl.h>
#include <unistd.h>

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "ingest/byte_source.h"
#include "ingest/line_reader.h"

namespace stemma::bench {

// Calls `fn` with every line that parses as a JSON object (other lines are skipped), until it
// returns false. Returns "" or what went wrong: "cannot open", or the decoder's error.
inline std::string ForEachJsonObject(const std::string& path,
                                     const std::function<bool(const nlohmann::json&)>& fn) {
  const int fd = open(path.c_str(), O_RDONLY);
  if (fd < 0) return "cannot open";
  auto source = ingest::MakeDecoder(
      path.ends_with(".zst") ? ingest::Compression::kZstd : ingest::Compression::kNone,
      ingest::MakeFdSource(fd, nullptr));
  ingest::LineReader lines(source.get(), uint64_t{64} << 20);
  std::string_view line;
  ingest::LineReader::Result r;
  while ((r = lines.Next(&line)) != ingest::LineReader::Result::kEnd) {
    if (r != ingest::LineReader::Result::kLine) continue;
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) continue;
    if (!fn(j)) break;
  }
  std::string error = source->error();
  close(fd);
  return error;
}

}  // namespace stemma::bench
