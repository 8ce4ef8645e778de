// Little-endian binary writer/reader for the story index kept between `analyze` runs. The reader
// never trusts its input: every read is bounds-checked and a failure sticks (ok() turns false).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "stories/similarity.h"

namespace stemma::stories {

class StateWriter {
 public:
  void U32(uint32_t v) { Raw(&v, sizeof v); }
  void I32(int32_t v) { Raw(&v, sizeof v); }
  void F32(float v) { Raw(&v, sizeof v); }
  void Str(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  void Vector(const SparseVector& v) {
    U32(static_cast<uint32_t>(v.size()));
    for (const TermWeight& t : v) U32(t.term), F32(t.weight);
  }
  void Ints(const std::vector<int>& v) {
    U32(static_cast<uint32_t>(v.size()));
    for (int x : v) I32(x);
  }
  std::string Take() { return std::move(out_); }

 private:
  void Raw(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string out_;
};

class StateReader {
 public:
  explicit StateReader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool done() const { return pos_ == in_.size(); }
  uint32_t U32() { return Raw<uint32_t>(); }
  int32_t I32() { return Raw<int32_t>(); }
  float F32() { return Raw<float>(); }
  std::string Str() {
    const uint32_t n = U32();
    if (!Need(n)) return {};
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  SparseVector Vector() {
    const uint32_t n = Count(8);
    SparseVector v(n);
    for (TermWeight& t : v) t.term = U32(), t.weight = F32();
    return v;
  }
  std::vector<int> Ints() {
    const uint32_t n = Count(4);
    std::vector<int> v(n);
    for (int& x : v) x = I32();
    return v;
  }
  // A count of items of at least `item_bytes` each: one the remaining input can hold, else 0.
  uint32_t Count(size_t item_bytes) {
    const uint32_t n = U32();
    if (ok_ && n > (in_.size() - pos_) / item_bytes) ok_ = false;
    return ok_ ? n : 0;
  }
  void Fail() { ok_ = false; }

 private:
  bool Need(size_t n) {
    if (ok_ && n > in_.size() - pos_) ok_ = false;
    return ok_;
  }
  template <typename T>
  T Raw() {
    T v{};
    if (!Need(sizeof v)) return v;
    std::memcpy(&v, in_.data() + pos_, sizeof v);
    pos_ += sizeof v;
    return v;
  }
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace stemma::stories
