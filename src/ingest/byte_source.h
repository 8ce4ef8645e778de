// Streaming byte sources: a file descriptor, memory, and gzip/zstd decoders over another source.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace stemma::ingest {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `n` bytes into `buf`; 0 means end of stream (clean or not: see error()).
  virtual size_t Read(char* buf, size_t n) = 0;
  // Empty when the stream ended cleanly, else e.g. "truncated gzip stream".
  virtual const std::string& error() const { return no_error_; }
  // Bytes consumed from the underlying file so far (the compressed offset).
  virtual uint64_t raw_offset() const = 0;

 private:
  std::string no_error_;
};

// Reads a file descriptor (not owned); `on_read` gets the size of every successful read.
std::unique_ptr<ByteSource> MakeFdSource(int fd, std::function<void(size_t)> on_read);

// Reads from memory that outlives the source.
std::unique_ptr<ByteSource> MakeMemorySource(std::string_view data);

// Lets a caller look at the first bytes of a stream before reading it from the start.
class PeekableSource : public ByteSource {
 public:
  explicit PeekableSource(std::unique_ptr<ByteSource> inner) : inner_(std::move(inner)) {}
  // Returns up to `n` bytes from the start of the stream without consuming them.
  std::string_view Peek(size_t n);
  size_t Read(char* buf, size_t n) override;
  const std::string& error() const override { return inner_->error(); }
  uint64_t raw_offset() const override { return inner_->raw_offset(); }

 private:
  std::unique_ptr<ByteSource> inner_;
  std::string prefix_;
  size_t prefix_pos_ = 0;
  bool inner_done_ = false;
};

enum class Compression { kNone, kGzip, kZstd };

// Compression recognised from the magic bytes at the start of a stream.
Compression SniffCompression(std::string_view head);

// Wraps `inner` in a streaming decoder (gzip: every member of a multi-member file).
std::unique_ptr<ByteSource> MakeDecoder(Compression compression, std::unique_ptr<ByteSource> inner);

}  // namespace stemma::ingest
