// Claims: the same fact stated by several documents of a story, with contradictions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "stemma/document.h"
#include "stemma/facts.h"
#include "stemma/stories.h"
#include "stories/corroboration.h"

namespace stemma::stories {

// The documents of one story and their facts (pointers stay owned by the caller).
struct StoryInput {
  std::string id;
  std::vector<const Document*> documents;
  std::vector<std::vector<const Fact*>> facts;  // parallel to `documents`
};

// Groups the story's facts into claims (ids left empty), counts independent sources and lists
// contradicting documents both ways. Claims are ordered by first appearance.
std::vector<Claim> BuildStoryClaims(const StoryInput& story, const ProvenanceIndex& provenance);

// Published more than two days apart (both dates known), or by one outlet: a number that differs
// between them is more likely an update (a toll, a count of votes, a poll's boilerplate) than a
// dispute between sources.
bool UpdateNotDispute(const Document& a, const Document& b);

// The sentence of `text` around [begin, end); a longer one is cut to at most `max_bytes` around
// the fact, at word boundaries (UTF-8 safe; a single over-long token is cut mid-token).
std::string SentenceAround(std::string_view text, size_t begin, size_t end, size_t max_bytes);

}  // namespace stemma::stories
