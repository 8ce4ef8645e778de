// Splits a byte stream into lines with bounded memory; over-long lines are skipped unbuffered.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "ingest/byte_source.h"

namespace stemma::ingest {

class LineReader {
 public:
  // Bytes readable past the end of every returned line (simdjson needs 64).
  static constexpr size_t kPadding = 64;

  LineReader(ByteSource* source, uint64_t max_line_bytes);

  enum class Result { kLine, kTooLong, kEnd };
  // kLine: *line is the next line without "\n" / "\r\n", valid until the next call, followed by
  // kPadding readable bytes. kTooLong: a line longer than max_line_bytes was skipped.
  // An unterminated last line of a stream that ended with an error is dropped (it is incomplete).
  Result Next(std::string_view* line);

  uint64_t line_number() const { return line_number_; }  // 1-based, of the last result
  uint64_t line_offset() const { return line_offset_; }  // stream offset of that line

 private:
  bool Fill();  // reads more bytes after end_; false at end of stream

  ByteSource* source_;
  uint64_t max_line_;
  std::vector<char> buf_;
  size_t begin_ = 0;
  size_t end_ = 0;
  uint64_t buf_offset_ = 0;  // stream offset of buf_[0]
  bool eof_ = false;
  uint64_t line_number_ = 0;
  uint64_t line_offset_ = 0;
};

}  // namespace stemma::ingest
