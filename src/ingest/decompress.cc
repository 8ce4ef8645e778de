// Streaming gzip (zlib, multi-member) and zstd decoders with bounded memory.
#include <zlib.h>
#include <zstd.h>

#include <cstring>
#include <vector>

#include "ingest/byte_source.h"

namespace stemma::ingest {
namespace {

constexpr size_t kInputChunk = 128 << 10;

class GzipSource : public ByteSource {
 public:
  explicit GzipSource(std::unique_ptr<ByteSource> inner)
      : inner_(std::move(inner)), in_(kInputChunk) {
    std::memset(&zs_, 0, sizeof zs_);
    ok_ = inflateInit2(&zs_, 15 + 16) == Z_OK;  // 15 + 16: gzip header only
    if (!ok_) {
      error_ = "cannot initialise zlib";
    }
  }
  ~GzipSource() override {
    if (ok_) {
      inflateEnd(&zs_);
    }
  }

  size_t Read(char* buf, size_t n) override {
    if (done_ || n == 0) {
      return 0;
    }
    const uInt cap = static_cast<uInt>(std::min<size_t>(n, 1u << 30));
    zs_.next_out = reinterpret_cast<Bytef*>(buf);
    zs_.avail_out = cap;
    while (zs_.avail_out == cap) {
      if (zs_.avail_in == 0 && !Refill()) {
        if (in_member_) {
          error_ = "truncated gzip stream";
        }
        done_ = true;
        break;
      }
      int rc = inflate(&zs_, Z_NO_FLUSH);
      in_member_ = true;
      if (rc == Z_STREAM_END) {
        in_member_ = false;
        // Another member may follow; trailing zero padding is tolerated.
        SkipZeroPadding();
        if (zs_.avail_in == 0 && !Refill()) {
          done_ = true;
          break;
        }
        inflateReset(&zs_);
      } else if (rc == Z_BUF_ERROR && zs_.avail_in == 0) {
        continue;  // needs more input
      } else if (rc != Z_OK) {
        error_ = std::string("corrupt gzip stream") + (zs_.msg ? std::string(": ") + zs_.msg : "");
        done_ = true;
        break;
      }
    }
    return static_cast<size_t>(cap - zs_.avail_out);
  }
  const std::string& error() const override { return error_; }
  uint64_t raw_offset() const override { return inner_->raw_offset(); }

 private:
  bool Refill() {
    size_t got = inner_->Read(reinterpret_cast<char*>(in_.data()), in_.size());
    if (got == 0) {
      if (!inner_->error().empty()) {
        error_ = inner_->error();
      }
      return false;
    }
    zs_.next_in = in_.data();
    zs_.avail_in = static_cast<uInt>(got);
    return true;
  }
  void SkipZeroPadding() {
    while (true) {
      while (zs_.avail_in > 0 && *zs_.next_in == 0) {
        ++zs_.next_in;
        --zs_.avail_in;
      }
      if (zs_.avail_in > 0 || !Refill()) {
        return;
      }
    }
  }

  std::unique_ptr<ByteSource> inner_;
  std::vector<unsigned char> in_;
  z_stream zs_;
  bool ok_ = false;
  bool done_ = false;
  bool in_member_ = false;
  std::string error_;
};

class ZstdSource : public ByteSource {
 public:
  explicit ZstdSource(std::unique_ptr<ByteSource> inner)
      : inner_(std::move(inner)), in_(ZSTD_DStreamInSize()), ds_(ZSTD_createDStream()) {
    // Bounded window (128 MB) so a hostile frame cannot ask for gigabytes.
    ZSTD_DCtx_setParameter(ds_, ZSTD_d_windowLogMax, 27);
  }
  ~ZstdSource() override { ZSTD_freeDStream(ds_); }

  size_t Read(char* buf, size_t n) override {
    ZSTD_outBuffer out = {buf, n, 0};
    while (!done_ && out.pos == 0) {
      if (input_.pos == input_.size) {
        size_t got = inner_->Read(in_.data(), in_.size());
        if (got == 0) {
          if (!inner_->error().empty()) {
            error_ = inner_->error();
          } else if (in_frame_) {
            error_ = "truncated zstd stream";
          }
          done_ = true;
          break;
        }
        input_ = {in_.data(), got, 0};
      }
      size_t rc = ZSTD_decompressStream(ds_, &out, &input_);
      if (ZSTD_isError(rc)) {
        error_ = std::string("corrupt zstd stream: ") + ZSTD_getErrorName(rc);
        done_ = true;
        break;
      }
      in_frame_ = rc != 0;
    }
    return out.pos;
  }
  const std::string& error() const override { return error_; }
  uint64_t raw_offset() const override { return inner_->raw_offset(); }

 private:
  std::unique_ptr<ByteSource> inner_;
  std::vector<char> in_;
  ZSTD_DStream* ds_;
  ZSTD_inBuffer input_ = {nullptr, 0, 0};
  bool done_ = false;
  bool in_frame_ = false;
  std::string error_;
};

}  // namespace

std::unique_ptr<ByteSource> MakeDecoder(Compression compression,
                                        std::unique_ptr<ByteSource> inner) {
  switch (compression) {
    case Compression::kGzip:
      return std::make_unique<GzipSource>(std::move(inner));
    case Compression::kZstd:
      return std::make_unique<ZstdSource>(std::move(inner));
    case Compression::kNone:
      break;
  }
  return inner;
}

}  // namespace stemma::ingest
