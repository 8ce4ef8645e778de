// Document profiles for story clustering: tf-idf vectors over content words, entities,
// numbers and dates, plus the date that anchors a document in time.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "stemma/document.h"
#include "stemma/facts.h"

namespace stemma::stories {

class StateWriter;  // state_io.h
class StateReader;

inline constexpr int kNoDay = INT32_MIN;
inline constexpr uint32_t kNoTerm = UINT32_MAX;
// Weight of a document's lead-person marker term (TermCounts::lead) in its vector: carried
// there so that the saved state keeps it, too light to move any cosine.
inline constexpr float kLeadMarkerWeight = 1e-3f;

struct TermWeight {
  uint32_t term = 0;
  float weight = 0.0f;
};
// Sorted by term id; weights L2-normalised unless stated otherwise.
using SparseVector = std::vector<TermWeight>;

// Days since 1970-01-01 for "YYYY", "YYYY-MM" or "YYYY-MM-DD..." (year/month: mid-period).
int ParseIsoDay(std::string_view iso);
std::string FormatIsoDay(int day);

// Lowercased content words (stopwords and 1-2 letter words dropped), each with whether it was
// capitalised mid-sentence (a cheap named-entity signal when no facts are available) and
// whether its line is headline-cased.
struct Word {
  std::string_view surface;
  std::string lower;
  bool capitalised = false;
  // In a line whose content words all start with a capital (three at least): a title-case or
  // all-caps headline, where a capital says nothing about names.
  bool headline_case = false;
};
// ASCII letters and digits, and every byte of a multi-byte UTF-8 character.
bool IsWordByte(unsigned char c);
// `text` with ASCII capitals lowered (other bytes, UTF-8 included, unchanged).
std::string AsciiLower(std::string_view text);
// Whether `text` holds `word` as a whole word (bounded by non-word bytes or the ends), matched
// byte for byte: pass lowercased text for a case-blind search. False for an empty word.
bool HasWholeWord(std::string_view text, std::string_view word);
void ContentWords(std::string_view text, std::vector<Word>* out);
bool IsStopword(std::string_view lower);
// Weekday and month names (any case): capitalised, but not names that tell events apart.
bool IsCalendarWord(std::string_view word);
// Job titles and generic institution words ("minister", "agency"), lowercase input.
bool IsTitleWord(std::string_view lower);
// Crude plural folding so that "soldiers" and "soldier" match.
std::string FoldPlural(std::string_view lower);

// Term ids, document frequencies and a display form per term.
class Vocabulary {
 public:
  uint32_t Id(std::string_view key, std::string_view display);
  void CountDocument(const std::vector<uint32_t>& unique_terms);
  double Idf(uint32_t term) const;
  const std::string& Display(uint32_t term) const { return display_[term]; }
  uint32_t DocumentFrequency(uint32_t term) const { return df_[term]; }
  uint32_t documents() const { return documents_; }
  size_t size() const { return df_.size(); }
  // Whether `term` is a lead-person marker (TermCounts::lead).
  bool IsLead(uint32_t term) const { return Marker(term) == 'L'; }
  // Persistence between runs (story_state.cc); Load returns false on malformed input.
  void Save(StateWriter* out) const;
  bool Load(StateReader* in);

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> ids_;
  std::vector<uint32_t> df_;
  std::vector<std::string> display_;
  uint32_t documents_ = 0;
  char Marker(uint32_t term) const;
  mutable std::vector<char> marker_;  // per term: 'L' or 0; rebuilt from the keys after Load
};

// Raw term counts of one document before idf weighting.
struct TermCounts {
  std::vector<std::pair<uint32_t, float>> counts;  // sorted by term
  // Marker term of the person the document is about (named most, at least 3 times and twice
  // as often as anyone else; keyed by surname), or kNoTerm. Weigh adds it at
  // kLeadMarkerWeight; the clusterer keeps stories about two different people apart.
  uint32_t lead = kNoTerm;
};

struct DocumentProfile {
  SparseVector vector;  // tf-idf, top terms only, L2-normalised
  int anchor_day = kNoDay;
};

// Collects a document's terms (registering them in `vocabulary`), using facts when given; with
// `count_document` the document also counts towards the document frequencies.
TermCounts CountTerms(const Document& document, const std::vector<const Fact*>& facts,
                      Vocabulary* vocabulary, bool count_document = true);
// Anchor date: the published date, or the most frequent resolved date in the text when the
// published date is missing or flagged as contradicted by the content.
int AnchorDay(const Document& document, const std::vector<const Fact*>& facts);
// Turns counts into a normalised tf-idf vector of at most `max_terms` terms.
SparseVector Weigh(const TermCounts& counts, const Vocabulary& vocabulary, size_t max_terms);

// The lead-person marker of a weighed document vector, or kNoTerm.
uint32_t LeadOf(const SparseVector& vector, const Vocabulary& vocabulary);

double Dot(const SparseVector& a, const SparseVector& b);
// `a` plus `b` scaled by `scale` (both sorted by term, and the result); weights that end up
// at or below zero are dropped.
SparseVector AddVectors(const SparseVector& a, const SparseVector& b, float scale);
// Keeps the `max_terms` heaviest terms, re-sorted by term id.
void KeepTop(SparseVector* vector, size_t max_terms);
void Normalise(SparseVector* vector);

}  // namespace stemma::stories
