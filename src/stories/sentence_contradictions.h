// Sentence-level contradictions between documents of one story: sentences that say nearly the
// same thing (content-word Jaccard >= 0.4) but differ by negation, a swapped name, a different
// number or an antonym ("rose" / "fell"), and rewritten sentences (most of one's content words in
// the other) that negate the same predicate, use opposite words about the same thing, count the
// same unit differently or deny what the other states (contradiction_rewritten.h).
#pragma once

#include <string>
#include <vector>

#include "stemma/stories.h"
#include "stories/claims.h"
#include "stories/corroboration.h"

namespace stemma::stories {

struct SentenceContradictionOptions {
  double min_jaccard = 0.4;          // lowercased content words of the two sentences
  double min_rewrite_overlap = 0.5;  // rewrites: shared / content words of the shorter sentence
  size_t max_documents = 60;         // per story (the first ones)
  size_t max_sentences = 150;        // per document
  size_t max_claims_per_pair = 3;    // contradicting sentence pairs per document pair
  size_t max_claims_per_story = 40;  // sentence pairs per story (each gives two claims)
};

// Claims of kind "statement" (ids left empty): for each contradicting sentence pair, one claim
// with the first document's sentence contradicted by the second document, and the reverse.
// `value` names the rule ("negation", "entity", "number", "antonym"; for rewritten sentences
// "rule: the two conflicting words", e.g. "opposite-words: blocks / applauds"). A differing number
// is only reported for document pairs that `fact_claims` does not already show as contradicting.
// With `copies`, only document pairs joined by a reuse edge (one copied, excerpted or rewrote
// the other) get rules other than "antonym": a statement changed in a copy is an alteration of
// the copied text, while between independent reports such near-matches are mostly paraphrase
// (on 10,000 news articles 88 of 110 statement contradictions were between unlinked documents,
// none of 12 sampled real; on FakeNewsAMT 20 of 24 were between a fake and the real article it
// reuses).
std::vector<Claim> SentenceContradictions(const StoryInput& story,
                                          const std::vector<Claim>& fact_claims,
                                          const SentenceContradictionOptions& options = {},
                                          const ProvenanceIndex* copies = nullptr);

}  // namespace stemma::stories
