// Test helpers shared by the quote tests: the quote (or other) facts ExtractFacts finds in a text,
// and the speaker of one of them.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "facts/facts_internal.h"
#include "facts/quote_ranker.h"
#include "stemma/facts.h"

namespace stemma {

// The facts of one kind ExtractFacts finds in a text, in its order.
inline std::vector<Fact> FactsOf(const std::string& text, const std::string& id,
                                 const std::string& kind) {
  Document doc;
  doc.id = id;
  doc.text = text;
  std::vector<Fact> out;
  for (Fact& f : ExtractFacts(doc)) {
    if (f.kind == kind) out.push_back(std::move(f));
  }
  return out;
}

inline std::vector<Fact> QuoteFactsOf(const std::string& text, const std::string& id) {
  return FactsOf(text, id, "quote");
}

// Speaker of the first quote whose text starts with `start`; "<no quote>" when there is none.
inline std::string SpeakerOf(const std::vector<Fact>& quotes, const std::string& start) {
  for (const Fact& f : quotes) {
    if (f.text.rfind(start, 0) == 0) return f.speaker;
  }
  return "<no quote>";
}

// The quotes of `text` found by the quote rules over hand-made mentions (each name at its first
// occurrence, whole words), standing for tagger output the real tagger does not produce on
// short fictional text.
inline std::vector<Fact> QuotesWithMentions(
    const std::string& text, const std::vector<std::pair<std::string, char>>& names) {
  facts::TokenizedText tt;
  facts::Tokenize(text, &tt);
  std::vector<facts::Mention> mentions;
  for (const auto& [name, type] : names) {
    size_t at = text.find(name);
    facts::Mention m;
    m.type = type;
    m.canonical = name;
    for (size_t k = 0; k < tt.tokens.size(); ++k) {
      if (tt.tokens[k].begin == at) m.first = k;
      if (tt.tokens[k].end == at + name.size()) m.last = k + 1;
    }
    mentions.push_back(m);
  }
  std::vector<Fact> out;
  facts::ExtractQuotes(tt, mentions, &out);
  std::erase_if(out, [](const Fact& f) { return f.kind != "quote"; });
  return out;
}

// A fixture with the learned speaker ranker switched off, so that each rule, not the ranker, is
// what a test passes on; the embedded model is restored afterwards.
class RankerOffTest : public ::testing::Test {
 protected:
  void SetUp() override { facts::QuoteRanker::SetDefaultModel(""); }
  void TearDown() override { facts::QuoteRanker::SetDefaultModel(facts::EmbeddedQuoteModel()); }
};

}  // namespace stemma
