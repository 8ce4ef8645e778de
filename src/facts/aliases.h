// The alias table (src/facts/data/aliases.tsv): canonical names and a phrase gazetteer.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "facts/facts_internal.h"

namespace stemma::facts {

// Lower-cased lookup key: hyphens/dots/curly apostrophes normalised, leading "the" and a
// trailing possessive dropped, spaces collapsed. "Choe Son-hui" and "Choe Son Hui" share one.
std::string AliasKey(std::string_view surface);

class AliasTable {
 public:
  struct Entry {
    std::vector<std::string> tokens;  // lower-cased tokens of the alias
    bool exact_case = false;          // acronyms match only in capitals
    std::string surface;
    std::string canonical;
    char type = 'O';
  };

  static const AliasTable& Default();  // parsed from the embedded aliases.tsv
  void Parse(std::string_view tsv);

  // Canonical entry for a surface form, or nullptr.
  const Entry* Find(std::string_view surface) const;

  // Longest alias phrase starting at token i; returns the token count (0 = none).
  size_t MatchAt(const TokenizedText& tt, size_t i, const Entry** entry) const;

 private:
  std::vector<Entry> entries_;
  std::unordered_map<std::string, size_t> by_key_;
  std::unordered_map<std::string, std::vector<size_t>> by_first_token_;
};

}  // namespace stemma::facts
