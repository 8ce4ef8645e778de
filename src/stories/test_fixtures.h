// Test-only helper shared by the stories tests: a fact whose span is found in the document text.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "stemma/document.h"
#include "stemma/facts.h"

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

}  // namespace stemma::test
