#include "ingest/line_reader.h"

#include <algorithm>
#include <cstring>

namespace stemma::ingest {
namespace {
constexpr size_t kInitialBuffer = 256 << 10;
}

LineReader::LineReader(ByteSource* source, uint64_t max_line_bytes)
    : source_(source), max_line_(std::max<uint64_t>(max_line_bytes, 1)) {
  buf_.assign(kInitialBuffer + kPadding, 0);
}

bool LineReader::Fill() {
  if (eof_) {
    return false;
  }
  size_t capacity = buf_.size() - kPadding;
  if (begin_ > 0 && (end_ == capacity || begin_ > capacity / 2)) {
    std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
    buf_offset_ += begin_;
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == capacity) {
    // Grow for a long line, but never beyond the line limit (+1 to see its newline).
    uint64_t want = std::min<uint64_t>(static_cast<uint64_t>(capacity) * 2, max_line_ + 2);
    if (want <= capacity) {
      return true;  // caller detects the over-long line
    }
    buf_.resize(static_cast<size_t>(want) + kPadding, 0);
    capacity = buf_.size() - kPadding;
  }
  size_t got = source_->Read(buf_.data() + end_, capacity - end_);
  if (got == 0) {
    eof_ = true;
    return false;
  }
  end_ += got;
  return true;
}

LineReader::Result LineReader::Next(std::string_view* line) {
  size_t scanned = begin_;
  while (true) {
    const char* nl =
        static_cast<const char*>(std::memchr(buf_.data() + scanned, '\n', end_ - scanned));
    if (nl != nullptr) {
      size_t len = static_cast<size_t>(nl - (buf_.data() + begin_));
      ++line_number_;
      line_offset_ = buf_offset_ + begin_;
      if (len > max_line_) {
        begin_ += len + 1;
        return Result::kTooLong;
      }
      const char* start = buf_.data() + begin_;
      begin_ += len + 1;
      if (len > 0 && start[len - 1] == '\r') {
        --len;
      }
      *line = std::string_view(start, len);
      return Result::kLine;
    }
    size_t pending = end_ - begin_;
    if (pending > max_line_) {
      // Over-long line: drop everything up to its newline without keeping it.
      ++line_number_;
      line_offset_ = buf_offset_ + begin_;
      while (true) {
        buf_offset_ += end_;
        begin_ = end_ = 0;
        if (!Fill()) {
          return Result::kTooLong;
        }
        const char* skip = static_cast<const char*>(std::memchr(buf_.data(), '\n', end_));
        if (skip != nullptr) {
          begin_ = static_cast<size_t>(skip - buf_.data()) + 1;
          return Result::kTooLong;
        }
      }
    }
    scanned = end_;
    size_t old_begin = begin_;
    if (!Fill()) {
      if (begin_ == end_ || !source_->error().empty()) {
        begin_ = end_;
        return Result::kEnd;
      }
      ++line_number_;
      line_offset_ = buf_offset_ + begin_;
      size_t len = end_ - begin_;
      const char* start = buf_.data() + begin_;
      begin_ = end_;
      if (len > 0 && start[len - 1] == '\r') {
        --len;
      }
      *line = std::string_view(start, len);
      return Result::kLine;
    }
    scanned -= old_begin - begin_;  // Fill may have moved the data to the front
  }
}

}  // namespace stemma::ingest
