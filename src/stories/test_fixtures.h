// Test-only helpers shared by the stories tests: a fact whose span is found in the document text,
// stories of such documents, and the two-document contradiction check of the claim tests.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stemma/document.h"
#include "stemma/facts.h"
#include "stories/claims.h"
#include "stories/corroboration.h"

namespace stemma::test {

// A document with a publication date ("" for none) and clean text.
inline Document Dated(std::string id, std::string published, std::string text) {
  Document d;
  d.id = std::move(id);
  d.published = std::move(published);
  d.text = std::move(text);
  return d;
}

// A fact whose span is the first occurrence of `span` in the document's text.
inline Fact At(const Document& d, std::string kind, const std::string& span, std::string value,
               std::string counts = "", bool approximate = false) {
  Fact f;
  f.document = d.id;
  f.kind = std::move(kind);
  f.text = span;
  f.begin = d.text.find(span);
  EXPECT_NE(f.begin, std::string::npos) << span;
  f.end = f.begin + span.size();
  f.value = std::move(value);
  f.counts = std::move(counts);
  f.approximate = approximate;
  return f;
}

// The documents and their facts (one list per document) as story "story-1"; both must outlive
// the result.
inline stories::StoryInput AsStory(const std::vector<Document>& docs,
                                   const std::vector<std::vector<Fact>>& facts) {
  stories::StoryInput story;
  story.id = "story-1";
  for (size_t i = 0; i < docs.size(); ++i) {
    story.documents.push_back(&docs[i]);
    story.facts.emplace_back();
    for (const Fact& f : facts[i]) story.facts.back().push_back(&f);
  }
  return story;
}

// One sentence of a two-document claim test: its text, the span and value of its fact, what the
// fact counts, and the person facts of the sentence (spans of its text).
struct ClaimLine {
  std::string text, span, value, counts = "";
  std::vector<std::string> persons = {};
};

// Whether the claim of `a` in a two-document story ("a", "b", both published on `published`,
// "" for undated) is contradicted: one fact of `kind` a side, the person facts of each line, and
// `a_date` (when given) a date fact of `a` too.
inline bool Contradicted(const std::string& kind, const ClaimLine& a, const ClaimLine& b,
                         const std::string& published = "", const ClaimLine* a_date = nullptr) {
  const std::vector<Document> docs = {Dated("a", published, a.text), Dated("b", published, b.text)};
  std::vector<std::vector<Fact>> facts = {{At(docs[0], kind, a.span, a.value, a.counts)},
                                          {At(docs[1], kind, b.span, b.value, b.counts)}};
  if (a_date != nullptr) facts[0].push_back(At(docs[0], "date", a_date->span, a_date->value));
  for (size_t d = 0; d < 2; ++d) {
    for (const std::string& p : (d == 0 ? a : b).persons) {
      facts[d].push_back(At(docs[d], "person", p, p));
    }
  }
  const std::vector<Claim> claims =
      stories::BuildStoryClaims(AsStory(docs, facts), stories::ProvenanceIndex(ReuseResult{}));
  for (const Claim& c : claims) {
    if (c.kind == kind && c.value == a.value) return !c.contradicted_by.empty();
  }
  return false;
}

}  // namespace stemma::test
