// Speaker candidates of a quote and their features: the person, organisation and place
// mentions outside quotes from two sentences before the quote to the sentence after it,
// he/she resolved as the rules do, the rules' own answer, the previous quote's speaker, and
// "no speaker". Every feature is a hashed (template, values) pair; see QuoteFeature.
#include <algorithm>

#include "facts/quote_ranker.h"
#include "facts/word_set.h"

namespace stemma::facts {
namespace {

// Candidate kinds.
enum : uint32_t { kNone = 0, kMention = 1, kPronounKind = 2, kRuleOnly = 3, kPreviousOnly = 4 };

// Feature templates (the top byte of a feature id; bench/facts/quote_train.cc may drop some).
enum : uint32_t {
  kBias = 1,
  kKindType = 2,
  // 3, 9, 13, 15: dropped (no gain in cross-validation; see bench/facts/README.md)
  kIsPrevious = 4,
  kSideDistance = 5,
  kSideSentences = 6,
  kParagraphs = 7,
  kCueAfterMention = 8,
  kCueInSentence = 10,
  kClauseStart = 11,
  kPossessive = 12,
  kLength = 14,
  kCount = 16,
  kQuoteOpens = 17,
  kRuleSide = 18,
  kQuoteWords = 19,
  kCueNearQuote = 20,
  kRuleEmpty = 21,
  kColon = 22,
  kAccording = 23,
  kRuleShape = 24,
  kPreviousGap = 25,
  kSameSentence = 26,
};

uint32_t Bucket(size_t d) {
  if (d <= 3) return static_cast<uint32_t>(d);
  if (d <= 5) return 4;
  if (d <= 10) return 5;
  if (d <= 20) return 6;
  if (d <= 40) return 7;
  return 8;
}

}  // namespace

QuoteFeaturizer::QuoteFeaturizer(const TokenizedText& tt, const std::vector<Mention>& mentions,
                                 Attributor& attributor)
    : tt_(tt), mentions_(mentions), at_(attributor), n_(tt.tokens.size()) {
  sentence_.resize(n_);
  paragraph_.resize(n_);
  cue_.assign(n_, -1);
  uint32_t s = 0, p = 0;
  for (size_t k = 0; k < n_; ++k) {
    if (k > 0 && tt.tokens[k].sentence_start) ++s;
    if (k > 0 && tt.tokens[k].paragraph_start) ++p;
    if (k == 0 || s != sentence_[k - 1]) sentence_begin_.push_back(static_cast<uint32_t>(k));
    sentence_[k] = s;
    paragraph_[k] = p;
  }
  sentence_begin_.push_back(static_cast<uint32_t>(n_));
  sentence_cue_.assign(sentence_begin_.size(), -1);
}

size_t QuoteFeaturizer::MentionCount(const std::string& name) {
  if (counts_.empty() && !mentions_.empty()) {  // built once, on first use: linear
    counts_.reserve(mentions_.size());
    for (const Mention& mm : mentions_) ++counts_[mm.canonical];
  }
  auto it = counts_.find(name);
  return it == counts_.end() ? 0 : static_cast<size_t>(it->second);
}

bool QuoteFeaturizer::CueAt(size_t k) {
  if (k >= n_) return false;
  if (cue_[k] < 0) {
    // Cue verbs are lower-case words of 3..13 letters (or open a sentence): most tokens are
    // ruled out without a word-set lookup.
    const Token& t = tt_.tokens[k];
    size_t len = t.end - t.begin;
    cue_[k] = t.kind == TokenKind::kWord && len >= 3 && len <= 13 &&
              (!t.capitalized || t.sentence_start) && !at_.InQuote(k) && at_.IsCueVerb(k);
  }
  return cue_[k] != 0;
}

bool QuoteFeaturizer::SentenceHasCue(uint32_t s) {
  if (sentence_cue_[s] < 0) {
    sentence_cue_[s] = 0;
    for (size_t k = sentence_begin_[s]; k < sentence_begin_[s + 1] && !sentence_cue_[s]; ++k) {
      sentence_cue_[s] = CueAt(k);
    }
  }
  return sentence_cue_[s] != 0;
}

const std::string& QuoteFeaturizer::ResolvePronoun(size_t k) {
  auto it = pronouns_.find(k);
  if (it == pronouns_.end()) it = pronouns_.emplace(k, at_.Pronoun(k)).first;
  return it->second;
}

void QuoteFeaturizer::QuoteFeatures(const Quote& q, uint32_t kind, QuoteCandidate* c) {
  const Token& open = tt_.tokens[q.open];
  c->features.push_back(QuoteFeature(kQuoteOpens, kind, open.paragraph_start, open.sentence_start));
}

void QuoteFeaturizer::MentionFeatures(const Quote& q, size_t first, size_t last, char type,
                                      bool pronoun, const std::string& name,
                                      const std::string& rule, const std::string& previous,
                                      QuoteCandidate* c) {
  uint32_t kind = pronoun ? kPronounKind : kMention;
  bool after = first > q.close;
  uint32_t side = after ? 1 : 0;
  size_t dist = after ? first - q.close : (q.open > last ? q.open - last : 0);
  size_t sentences =
      after ? sentence_[first] - sentence_[q.close] : sentence_[q.open] - sentence_[first];
  size_t paragraphs =
      after ? paragraph_[first] - paragraph_[q.close] : paragraph_[q.open] - paragraph_[first];
  bool is_rule = !rule.empty() && name == rule;
  auto& f = c->features;
  f.push_back(QuoteFeature(kBias, kind));
  f.push_back(QuoteFeature(kKindType, kind, static_cast<uint8_t>(type)));
  f.push_back(QuoteFeature(kIsPrevious, kind, !previous.empty() && name == previous));
  f.push_back(QuoteFeature(kSideDistance, side, Bucket(dist)));
  f.push_back(QuoteFeature(kSideSentences, side, std::min<size_t>(sentences, 3)));
  f.push_back(QuoteFeature(kParagraphs, side, std::min<size_t>(paragraphs, 2)));
  f.push_back(QuoteFeature(kRuleSide, is_rule, side, sentences == 0));
  // A cue right after the mention ("Doe said", "Doe also said").
  size_t j = last;
  static const WordSet kAux = {"also", "has", "had", "have", "then", "later", "previously"};
  for (int skip = 0; skip < 2 && j < n_ && kAux.Contains(tt_.Lower(j)); ++skip) ++j;
  f.push_back(QuoteFeature(kCueAfterMention, CueAt(j), side));
  bool according =
      first >= 2 && tt_.Lower(first - 1) == "to" && tt_.Lower(first - 2) == "according";
  f.push_back(QuoteFeature(kAccording, according));
  // A cue outside quotes in the mention's sentence.
  bool cue_in_sentence = SentenceHasCue(sentence_[first]);
  f.push_back(QuoteFeature(kCueInSentence, cue_in_sentence, side, sentences == 0));
  f.push_back(QuoteFeature(kClauseStart, at_.ClauseStart(first), side));
  int m = pronoun ? -1 : at_.MentionAt(first);
  bool possessive = m >= 0 && at_.Possessive(m);
  f.push_back(QuoteFeature(kPossessive, possessive, kind));
  f.push_back(QuoteFeature(kLength, pronoun ? 0 : std::min<size_t>(last - first, 3),
                           static_cast<uint8_t>(type)));
  size_t mentions = MentionCount(name);
  f.push_back(QuoteFeature(kCount, Bucket(mentions), static_cast<uint8_t>(type)));
  // The sentence before the quote ends in a colon and names this candidate.
  bool colon = !after && q.open >= 1 && tt_.Text(q.open - 1) == ":" && sentences <= 1;
  f.push_back(QuoteFeature(kColon, colon, kind));
  f.push_back(QuoteFeature(kSameSentence, side, sentences == 0 && paragraphs == 0));
  QuoteFeatures(q, kind, c);
}

void QuoteFeaturizer::Candidates(const Quote& q, const std::string& rule,
                                 const std::string& previous, size_t previous_close,
                                 std::vector<QuoteCandidate>* out) {
  size_t used = 0;
  // Candidates are reused from the previous quote to keep their feature vectors' memory.
  auto next = [&]() -> QuoteCandidate& {
    if (used == out->size()) out->emplace_back();
    QuoteCandidate& c = (*out)[used++];
    c.name.clear();
    c.features.clear();
    return c;
  };
  if (q.open >= n_ || q.close >= n_ || q.close < q.open) {
    out->clear();
    return;
  }
  // No speaker.
  QuoteCandidate& none = next();
  none.features.push_back(QuoteFeature(kBias, kNone));
  none.features.push_back(QuoteFeature(kRuleEmpty, rule.empty()));
  size_t words = 0;
  for (size_t k = q.open + 1; k < q.close && words < 20; ++k) {
    words += tt_.tokens[k].kind == TokenKind::kWord;
  }
  none.features.push_back(QuoteFeature(kQuoteWords, Bucket(words), rule.empty()));
  bool cue_near = false;
  for (size_t k = q.close + 1; k < n_ && k <= q.close + 4; ++k) cue_near |= CueAt(k);
  for (size_t k = q.open; k-- > 0 && sentence_[k] == sentence_[q.open] && q.open - k < 40;) {
    cue_near |= CueAt(k);
  }
  none.features.push_back(QuoteFeature(kCueNearQuote, cue_near, rule.empty()));
  QuoteFeatures(q, kNone, &none);

  // Mentions and pronouns in the window, outside quotes.
  std::vector<Raw>& raws = raws_;
  raws.clear();
  uint32_t first_sentence = sentence_[q.open] >= 2 ? sentence_[q.open] - 2 : 0;
  for (size_t k = q.open; k-- > 0 && q.open - k < 150 && sentence_[k] >= first_sentence;) {
    if (at_.InQuote(k)) continue;
    int m = at_.MentionAt(k);
    if (m >= 0) {
      const Mention& mm = mentions_[static_cast<size_t>(m)];
      if (!at_.TitleOnly(m) && mm.first <= k && mm.type != 'L') {
        raws.push_back({mm.first, std::min(mm.last, q.open), mm.type, false, &mm.canonical});
        k = mm.first;
      }
      continue;
    }
    std::string_view w = tt_.Lower(k);
    if (w == "he" || w == "she") {
      const std::string& name = ResolvePronoun(k);
      if (!name.empty()) raws.push_back({k, k + 1, 'P', true, &name});
    }
  }
  uint32_t last_sentence = sentence_[q.close] + 1;
  for (size_t k = q.close + 1; k < n_ && k < q.close + 40 && sentence_[k] <= last_sentence; ++k) {
    if (at_.InQuote(k) && QuoteMark(tt_, k) != Mark::kNone) break;  // the next quote
    int m = at_.MentionAt(k);
    if (m >= 0) {
      const Mention& mm = mentions_[static_cast<size_t>(m)];
      if (!at_.TitleOnly(m) && mm.type != 'L') {
        raws.push_back({k, mm.last, mm.type, false, &mm.canonical});
      }
      k = std::max(k, mm.last - 1);
      continue;
    }
    std::string_view w = tt_.Lower(k);
    if (w == "he" || w == "she") {
      const std::string& name = ResolvePronoun(k);
      if (!name.empty()) raws.push_back({k, k + 1, 'P', true, &name});
    }
  }
  bool rule_seen = rule.empty(), previous_seen = previous.empty();
  for (const Raw& r : raws) {
    QuoteCandidate& c = next();
    c.name = *r.name;
    MentionFeatures(q, r.first, r.last, r.type, r.pronoun, c.name, rule, previous, &c);
    rule_seen |= c.name == rule;
    previous_seen |= c.name == previous;
  }
  if (!rule_seen) {  // a phrase ("a BAA spokesman"), a name the tagger missed, a far referent
    QuoteCandidate& c = next();
    c.name = rule;
    bool article = rule.rfind("a ", 0) == 0 || rule.rfind("an ", 0) == 0 ||
                   rule.rfind("the ", 0) == 0 || rule.rfind("A ", 0) == 0 ||
                   rule.rfind("An ", 0) == 0 || rule.rfind("The ", 0) == 0;
    c.features.push_back(QuoteFeature(kBias, kRuleOnly));
    c.features.push_back(QuoteFeature(kRuleShape, article, rule == previous));
    QuoteFeatures(q, kRuleOnly, &c);
    previous_seen |= rule == previous;
  }
  if (!previous_seen) {
    QuoteCandidate& c = next();
    c.name = previous;
    size_t from = std::min(previous_close, q.open);
    c.features.push_back(QuoteFeature(kBias, kPreviousOnly));
    c.features.push_back(
        QuoteFeature(kPreviousGap, std::min<size_t>(sentence_[q.open] - sentence_[from], 3),
                     std::min<size_t>(paragraph_[q.open] - paragraph_[from], 2), rule.empty()));
    QuoteFeatures(q, kPreviousOnly, &c);
  }
  out->resize(used);
}

}  // namespace stemma::facts
