// Test helper shared by the quote tests: the quote facts ExtractFacts finds in a text.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "stemma/facts.h"

namespace stemma {

inline std::vector<Fact> QuoteFactsOf(const std::string& text, const std::string& id) {
  Document doc;
  doc.id = id;
  doc.text = text;
  std::vector<Fact> quotes;
  for (Fact& f : ExtractFacts(doc)) {
    if (f.kind == "quote") quotes.push_back(std::move(f));
  }
  return quotes;
}

}  // namespace stemma
