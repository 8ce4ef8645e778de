#include "ingest/buffered_input.h"

#include <algorithm>
#include <cstring>

namespace stemma::ingest {
namespace {
constexpr size_t kChunk = 64 << 10;
}

void BufferedInput::Compact() {
  uint64_t keep_from = std::min<uint64_t>(offset(), mark_);
  size_t drop = static_cast<size_t>(keep_from - base_);
  if (drop < kChunk && drop * 2 < buf_.size()) {
    return;
  }
  buf_.erase(0, drop);
  base_ += drop;
  pos_ -= drop;
}

bool BufferedInput::Ensure(size_t n) {
  if (buf_.size() - pos_ >= n) {
    return true;
  }
  Compact();
  while (buf_.size() - pos_ < n && !eof_) {
    size_t old = buf_.size();
    size_t want = std::max(kChunk, n - (old - pos_));
    buf_.resize(old + want);
    size_t got = source_.Read(buf_.data() + old, want);
    buf_.resize(old + got);
    if (got == 0) {
      eof_ = true;
    }
  }
  return buf_.size() - pos_ >= n;
}

BufferedInput::LineResult BufferedInput::ReadLine(size_t max, std::string_view* line) {
  size_t scanned = 0;
  while (true) {
    std::string_view avail = Available();
    size_t nl = avail.find('\n', scanned);
    if (nl != std::string_view::npos && nl <= max) {
      std::string_view l = avail.substr(0, nl);
      pos_ += nl + 1;
      if (!l.empty() && l.back() == '\r') {
        l.remove_suffix(1);
      }
      *line = l;
      return LineResult::kLine;
    }
    if (avail.size() > max) {
      return LineResult::kTooLong;
    }
    scanned = avail.size();
    if (!Ensure(avail.size() + 1)) {
      avail = Available();
      if (avail.empty()) {
        return LineResult::kEnd;
      }
      pos_ += avail.size();
      if (avail.back() == '\r') {
        avail.remove_suffix(1);
      }
      *line = avail;
      return LineResult::kLine;
    }
  }
}

bool BufferedInput::SkipToLineStartingWith(std::string_view prefix) {
  std::string needle = "\n" + std::string(prefix);
  bool line_start = pos_ == 0 || buf_[pos_ - 1] == '\n';
  Ensure(prefix.size());
  if (line_start && Available().substr(0, prefix.size()) == prefix) {
    return true;
  }
  while (true) {
    std::string_view avail = Available();
    size_t found = avail.find(needle);
    if (found != std::string_view::npos) {
      pos_ += found + 1;
      return true;
    }
    // Keep the tail that could be the start of a match split across reads.
    if (avail.size() > needle.size()) {
      pos_ += avail.size() - needle.size();
    }
    size_t have = Available().size();
    if (!Ensure(have + kChunk) && Available().size() == have) {
      pos_ = buf_.size();
      return false;
    }
  }
}

}  // namespace stemma::ingest
