// Facts: dates, numbers, quantities, money, entities, quotes and attributions per document.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "stemma/document.h"

namespace stemma {

// `kind` is date, number, quantity, money, person, organization, location, quote, attribution.
// begin/end are byte offsets into the document's clean `text`, or into its `title` for a fact of
// the headline (`in_title`).
struct Fact {
  std::string document;
  std::string kind;
  std::string text;
  size_t begin = 0;
  size_t end = 0;
  std::string value;    // normalised: ISO 8601 for dates, number for quantities, canonical name
  std::string speaker;  // quotes and attributions
  std::string counts;   // quantities: what the number counts ("North Korean soldiers killed")
  bool approximate = false;
  bool in_title = false;
};

// The string a fact's offsets point into: the document's title or its text.
inline const std::string& FactSource(const Fact& fact, const Document& document) {
  return fact.in_title ? document.title : document.text;
}

// Whether a fact kind names an entity (person, organization, location).
inline bool IsEntityKind(const std::string& kind) {
  return kind == "person" || kind == "organization" || kind == "location";
}

std::vector<Fact> ExtractFacts(const Document& document);

}  // namespace stemma
