// A learned ranker over a quote's speaker candidates (quote_ranker.cc, features in
// quote_features.cc). The hand rules (quote_speakers.cc) still run: their answer is one
// candidate and a feature of every candidate, and it is the fallback when no model is loaded.
// The weights come from bench/facts/quote_train.cc and are embedded from
// src/facts/data/quote_ranker.model.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "facts/facts_internal.h"
#include "facts/quote_speakers.h"

namespace stemma::facts {

// A feature id: the template number in the top byte, then three 16-bit values (no hashing:
// every value is a small count, flag or code).
inline uint64_t QuoteFeature(uint32_t tmpl, uint64_t a = 0, uint64_t b = 0, uint64_t c = 0) {
  return (static_cast<uint64_t>(tmpl & 0xFF) << 56) | ((a & 0xFFFF) << 32) | ((b & 0xFFFF) << 16) |
         (c & 0xFFFF);
}
inline uint32_t QuoteTemplate(uint64_t feature) { return static_cast<uint32_t>(feature >> 56); }

struct QuoteCandidate {
  std::string name;  // canonical speaker; "" = no speaker
  std::vector<uint64_t> features;
};

// What the training program sees of each quote (bench/facts/quote_train.cc).
struct TracedQuote {
  size_t begin = 0;  // byte span, as in the quote fact
  size_t end = 0;
  std::string rule;  // the hand rules' speaker
  RuleSource source = kFromNone;
  std::vector<QuoteCandidate> candidates;
};

// While set (per thread), ExtractQuotes appends every ranked quote to `trace`.
void SetQuoteTrace(std::vector<TracedQuote>* trace);
std::vector<TracedQuote>* QuoteTrace();

// Linear model: text "stemma-quote-ranker 1", an optional "rule-bonus <x>" line (added to
// the score of the candidates named as the rules named the speaker), then one
// "<16 hex digits> <weight>" per line; "#" lines are comments.
class QuoteRanker {
 public:
  // Replaces the weights; on malformed text the ranker is left empty and returns false.
  bool Load(std::string_view text);
  bool empty() const { return size_ == 0; }
  double Score(const std::vector<uint64_t>& features) const;
  // Index of the best candidate (the first on ties); 0 for an empty list. `rule`: the rules'
  // answer ("" = no speaker), which gets the rule bonus.
  size_t Choose(const std::vector<QuoteCandidate>& candidates, const std::string& rule) const;
  // The model ExtractQuotes uses: the embedded one, loaded once, unless replaced.
  static const QuoteRanker& Default();
  // Replaces the default model (tools and tests only; not while documents are being
  // processed). "" or malformed text leaves it empty: the rules alone decide.
  static bool SetDefaultModel(std::string_view text);

 private:
  size_t Slot(uint64_t id) const {
    id ^= id >> 33;  // every bit, the template byte included, reaches the slot bits
    id *= 0xFF51AFD7ED558CCDull;
    id ^= id >> 29;
    return static_cast<size_t>(id) & mask_;
  }

  std::vector<uint64_t> keys_;  // 0 = empty slot
  std::vector<float> values_;
  size_t mask_ = 0;
  size_t size_ = 0;
  double rule_bonus_ = 0;
};

std::string_view EmbeddedQuoteModel();

// Builds the candidates of each quote of one document. Candidate 0 is always "no speaker".
class QuoteFeaturizer {
 public:
  QuoteFeaturizer(const TokenizedText& tt, const std::vector<Mention>& mentions,
                  Attributor& attributor);

  // `rule`: the hand rules' speaker; `previous`: the rules' speaker of the quote before
  // (ending at token `previous_close`), or "".
  void Candidates(const Quote& q, const std::string& rule, const std::string& previous,
                  size_t previous_close, std::vector<QuoteCandidate>* out);

 private:
  struct Raw {  // a mention or resolved pronoun in the window
    size_t first, last;
    char type;
    bool pronoun;
    const std::string* name;
  };

  void MentionFeatures(const Quote& q, size_t first, size_t last, char type, bool pronoun,
                       const std::string& name, const std::string& rule,
                       const std::string& previous, QuoteCandidate* c);
  void QuoteFeatures(const Quote& q, uint32_t kind, QuoteCandidate* c);
  // Memoised per token / sentence: a cue verb outside quotes; a sentence with one; he/she
  // resolved.
  bool CueAt(size_t k);
  bool SentenceHasCue(uint32_t s);
  const std::string& ResolvePronoun(size_t k);
  size_t MentionCount(const std::string& name);  // mentions with this canonical name

  const TokenizedText& tt_;
  const std::vector<Mention>& mentions_;
  Attributor& at_;
  size_t n_;
  std::vector<uint32_t> sentence_;        // sentence number of each token
  std::vector<uint32_t> paragraph_;       // paragraph number of each token
  std::vector<uint32_t> sentence_begin_;  // first token of each sentence, then n_
  std::vector<int8_t> cue_;               // -1 = not computed yet
  std::vector<int8_t> sentence_cue_;
  std::unordered_map<std::string_view, int> counts_;  // per canonical name, built lazily
  std::unordered_map<size_t, std::string> pronouns_;
  std::vector<Raw> raws_;
};

}  // namespace stemma::facts
