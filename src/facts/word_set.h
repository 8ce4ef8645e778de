// A small immutable set of words with one hash lookup per query (keyword lists on hot paths).
#pragma once

#include <algorithm>
#include <bitset>
#include <initializer_list>
#include <string_view>
#include <unordered_set>

namespace stemma::facts {

class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) : words_(words) {
    for (std::string_view w : words) {
      if (w.empty()) continue;
      max_len_ = std::max(max_len_, w.size());
      shapes_.set(Shape(w));
    }
  }
  // Most queries are rejected by their length and first byte alone, without hashing.
  bool Contains(std::string_view w) const {
    return !w.empty() && w.size() <= max_len_ && shapes_.test(Shape(w)) && words_.count(w) > 0;
  }

 private:
  static constexpr size_t kLengths = 32;  // longer words share the last length slot
  static size_t Shape(std::string_view w) {
    return std::min(w.size(), kLengths - 1) * 256 + static_cast<unsigned char>(w[0]);
  }

  std::unordered_set<std::string_view> words_;
  std::bitset<kLengths * 256> shapes_;
  size_t max_len_ = 0;
};

}  // namespace stemma::facts
