#include "ingest/byte_source.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace stemma::ingest {
namespace {

class FdSource : public ByteSource {
 public:
  FdSource(int fd, std::function<void(size_t)> on_read) : fd_(fd), on_read_(std::move(on_read)) {}

  size_t Read(char* buf, size_t n) override {
    while (true) {
      ssize_t got = ::read(fd_, buf, n);
      if (got < 0 && errno == EINTR) {
        continue;
      }
      if (got < 0) {
        error_ = std::string("read error: ") + std::strerror(errno);
        return 0;
      }
      offset_ += static_cast<uint64_t>(got);
      if (got > 0 && on_read_) {
        on_read_(static_cast<size_t>(got));
      }
      return static_cast<size_t>(got);
    }
  }
  const std::string& error() const override { return error_; }
  uint64_t raw_offset() const override { return offset_; }

 private:
  int fd_;
  std::function<void(size_t)> on_read_;
  uint64_t offset_ = 0;
  std::string error_;
};

class MemorySource : public ByteSource {
 public:
  explicit MemorySource(std::string_view data) : data_(data) {}
  size_t Read(char* buf, size_t n) override {
    size_t take = std::min(n, data_.size() - pos_);
    std::memcpy(buf, data_.data() + pos_, take);
    pos_ += take;
    return take;
  }
  uint64_t raw_offset() const override { return pos_; }

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

}  // namespace

std::unique_ptr<ByteSource> MakeFdSource(int fd, std::function<void(size_t)> on_read) {
  return std::make_unique<FdSource>(fd, std::move(on_read));
}

std::unique_ptr<ByteSource> MakeMemorySource(std::string_view data) {
  return std::make_unique<MemorySource>(data);
}

std::string_view PeekableSource::Peek(size_t n) {
  while (prefix_.size() < n && !inner_done_) {
    size_t old = prefix_.size();
    prefix_.resize(n);
    size_t got = inner_->Read(prefix_.data() + old, n - old);
    prefix_.resize(old + got);
    if (got == 0) {
      inner_done_ = true;
    }
  }
  return std::string_view(prefix_).substr(prefix_pos_, std::min(n, prefix_.size()));
}

size_t PeekableSource::Read(char* buf, size_t n) {
  if (prefix_pos_ < prefix_.size()) {
    size_t take = std::min(n, prefix_.size() - prefix_pos_);
    std::memcpy(buf, prefix_.data() + prefix_pos_, take);
    prefix_pos_ += take;
    if (prefix_pos_ == prefix_.size()) {
      prefix_.clear();
      prefix_.shrink_to_fit();
      prefix_pos_ = 0;
    }
    return take;
  }
  if (inner_done_) {
    return 0;
  }
  return inner_->Read(buf, n);
}

Compression SniffCompression(std::string_view head) {
  if (head.size() >= 2 && head[0] == '\x1f' && head[1] == '\x8b') {
    return Compression::kGzip;
  }
  if (head.size() >= 4 && std::memcmp(head.data(), "\x28\xb5\x2f\xfd", 4) == 0) {
    return Compression::kZstd;
  }
  return Compression::kNone;
}

}  // namespace stemma::ingest
