// Facts: dates, numbers, quantities, money, entities, quotes and attributions per document.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "stemma/document.h"

namespace stemma {

// `kind` is date, number, quantity, money, person, organization, location, quote, attribution.
// begin/end are byte offsets into the document's clean `text`.
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
};

std::vector<Fact> ExtractFacts(const Document& document);

}  // namespace stemma
