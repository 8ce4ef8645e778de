// A small immutable set of words with one hash lookup per query (keyword lists on hot paths).
#pragma once

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace stemma::facts {

class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) {
    size_t size = 16;
    while (size < words.size() * 2) size *= 2;
    slots_.assign(size, std::string_view());
    mask_ = size - 1;
    for (std::string_view w : words) {
      if (w.empty()) continue;
      max_len_ = std::max(max_len_, w.size());
      shapes_.set(Shape(w));
      for (size_t i = Hash(w) & mask_;; i = (i + 1) & mask_) {
        if (slots_[i].empty()) {
          slots_[i] = w;
          break;
        }
        if (slots_[i] == w) break;
      }
    }
  }
  // Most queries are rejected by their length and first byte alone, without hashing; the rest
  // probe an open-addressing table of the words (no node chasing).
  bool Contains(std::string_view w) const {
    if (w.empty() || w.size() > max_len_ || !shapes_.test(Shape(w))) return false;
    for (size_t i = Hash(w) & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].empty()) return false;
      if (slots_[i] == w) return true;
    }
  }

 private:
  static constexpr size_t kLengths = 32;  // longer words share the last length slot
  static size_t Shape(std::string_view w) {
    return std::min(w.size(), kLengths - 1) * 256 + static_cast<unsigned char>(w[0]);
  }
  // FNV-1a: the words are short, so a byte loop beats a general-purpose string hash.
  static size_t Hash(std::string_view w) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : w) h = (h ^ c) * 0x100000001b3ull;
    return static_cast<size_t>(h ^ (h >> 29));
  }

  std::vector<std::string_view> slots_;  // empty view = free slot (the words are never empty)
  size_t mask_ = 0;
  std::bitset<kLengths * 256> shapes_;
  size_t max_len_ = 0;
};

}  // namespace stemma::facts
