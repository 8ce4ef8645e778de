// Test-only helper shared by the stories tests: a fact whose span is found in the document text.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stemma/document.h"
#include "stemma/facts.h"
#include "stories/claims.h"

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

}  // namespace stemma::test
