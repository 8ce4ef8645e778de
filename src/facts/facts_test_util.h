// Test helpers shared by the facts tests: the facts ExtractFacts finds in a text, and one of
// them by kind and text.
#pragma once

#include <string>
#include <vector>

#include "stemma/facts.h"

namespace stemma {

// Facts of a one-document text; `published` is the reference date ("" for none).
inline std::vector<Fact> FactsOf(const std::string& text, const std::string& published = "") {
  Document doc;
  doc.id = "t";
  doc.text = text;
  doc.published = published;
  return ExtractFacts(doc);
}

// The first fact of `kind` whose text is `text`, or nullptr.
inline const Fact* FindFact(const std::vector<Fact>& facts, const std::string& kind,
                            const std::string& text) {
  for (const Fact& f : facts) {
    if (f.kind == kind && f.text == text) return &f;
  }
  return nullptr;
}

}  // namespace stemma
