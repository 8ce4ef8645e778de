// Helpers for the ingest tests: a scratch directory, compressors and a collecting IngestPath.
#pragma once

#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "stemma/ingest.h"

namespace stemma::ingest::testing {

struct Collected {
  std::vector<RawDocument> docs;
  std::vector<IngestError> errors;
  Status status;
  // "where: reason" of every error, for readable assertions.
  std::vector<std::string> ErrorStrings() const {
    std::vector<std::string> out;
    for (const IngestError& e : errors) {
      out.push_back(e.where + ": " + e.reason);
    }
    return out;
  }
};

inline Collected Ingest(const std::string& path, const IngestOptions& options = {}) {
  Collected c;
  IngestCallbacks callbacks;
  callbacks.on_document = [&c](RawDocument&& d) { c.docs.push_back(std::move(d)); };
  callbacks.on_error = [&c](const IngestError& e) { c.errors.push_back(e); };
  c.status = IngestPath(path, options, callbacks);
  return c;
}

class ScratchDir {
 public:
  ScratchDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "stemma_ingest_XXXXXX").string();
    char* made = mkdtemp(tmpl.data());
    path_ = made != nullptr ? made : tmpl;
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  // Writes `bytes` to `name` (subdirectories created) and returns the full path.
  std::string Write(const std::string& name, const std::string& bytes) const {
    std::filesystem::path p = std::filesystem::path(path_) / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// One gzip member holding `data`.
inline std::string Gzip(const std::string& data) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

inline std::string Zstd(const std::string& data) {
  std::string out(ZSTD_compressBound(data.size()), '\0');
  out.resize(ZSTD_compress(out.data(), out.size(), data.data(), data.size(), 3));
  return out;
}

}  // namespace stemma::ingest::testing
