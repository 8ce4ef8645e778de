// Test helpers shared by the quote tests: the quote facts ExtractFacts finds in a text, and the
// speaker of one of them.
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

// Speaker of the first quote whose text starts with `start`; "<no quote>" when there is none.
inline std::string SpeakerOf(const std::vector<Fact>& quotes, const std::string& start) {
  for (const Fact& f : quotes) {
    if (f.text.rfind(start, 0) == 0) return f.speaker;
  }
  return "<no quote>";
}

}  // namespace stemma
