// A re-readable window over a ByteSource: the WARC reader reads a record, and when its
// Content-Length lies it rewinds to the record's block and scans for the next record.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/byte_source.h"

namespace stemma::ingest {

class BufferedInput {
 public:
  explicit BufferedInput(ByteSource& source) : source_(source) {}

  // Makes at least `n` bytes available after the position; false at end of stream.
  bool Ensure(size_t n);
  std::string_view Available() const { return std::string_view(buf_).substr(pos_); }
  void Consume(size_t n) { pos_ += n; }
  uint64_t offset() const { return base_ + pos_; }

  // Bytes from the current position on stay in memory until ClearMark(), so Rewind() can
  // return to any offset after it.
  void SetMark() { mark_ = offset(); }
  void ClearMark() { mark_ = kNoMark; }
  void Rewind(uint64_t offset) { pos_ = static_cast<size_t>(offset - base_); }

  enum class LineResult { kLine, kTooLong, kEnd };
  // Next line without "\n"/"\r\n". kTooLong: more than `max` bytes without a newline (the
  // position is then left at the start of that line).
  LineResult ReadLine(size_t max, std::string_view* line);

  // Moves to the next line that starts with `prefix`; false (at end of stream) when none.
  bool SkipToLineStartingWith(std::string_view prefix);

 private:
  static constexpr uint64_t kNoMark = ~0ull;
  void Compact();

  ByteSource& source_;
  std::string buf_;
  size_t pos_ = 0;
  uint64_t base_ = 0;  // stream offset of buf_[0]
  uint64_t mark_ = kNoMark;
  bool eof_ = false;
};

}  // namespace stemma::ingest
