// A small immutable set of words with one hash lookup per query (keyword lists on hot paths).
#pragma once

#include <initializer_list>
#include <string_view>
#include <unordered_set>

namespace stemma::facts {

class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) : words_(words) {}
  bool Contains(std::string_view w) const { return w.size() <= max_len_ && words_.count(w) > 0; }

 private:
  std::unordered_set<std::string_view> words_;
  size_t max_len_ = 24;
};

}  // namespace stemma::facts
