// Direct quotes (straight and curly marks, double or single, multi-paragraph) with their
// speakers, and indirect attributions ("X said that ...", "according to X").
#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "facts/facts_internal.h"
#include "facts/quote_ranker.h"
#include "facts/quote_speakers.h"
#include "facts/word_set.h"

namespace stemma::facts {
namespace {

// Pairs quote marks (single marks only where MarkSingleQuotes chose them). An unclosed quote
// continued by an opening mark at the next paragraph is one multi-paragraph quote; other
// unmatched marks are dropped.
std::vector<Quote> PairQuotes(const TokenizedText& tt) {
  std::vector<Quote> quotes;
  const size_t n = tt.tokens.size();
  size_t open = n;  // none
  int paragraphs = 0;
  for (size_t i = 0; i < n; ++i) {
    if (open < n && tt.tokens[i].paragraph_start) {
      ++paragraphs;
      // A paragraph that does not reopen the quote ends it: the closing mark is missing.
      if (QuoteMark(tt, i) == Mark::kNone && i > open + 1) {
        quotes.push_back({open, i - 1, true});
        open = n;
      }
    }
    if (open < n && (paragraphs > 3 || tt.tokens[i].begin - tt.tokens[open].begin > 6000)) {
      open = n;  // runaway quote: give up on it
    }
    if (open == n && tt.tokens[i].paragraph_start) paragraphs = 0;
    Mark m = QuoteMark(tt, i);
    if (m == Mark::kNone) continue;
    // Marks of the other kind inside a quote are a nested quote ('He said "no",' she said).
    if (open < n && (tt.tokens[i].single_mark != 0) != (tt.tokens[open].single_mark != 0)) {
      continue;
    }
    if (m == Mark::kEither) m = open < n ? Mark::kClose : Mark::kOpen;
    if (m == Mark::kOpen) {
      if (open < n && tt.tokens[i].paragraph_start) continue;  // multi-paragraph continuation
      // A lost paragraph break (“... done. “Next paragraph ...): the quote goes on.
      if (open < n && i > open + 2 && tt.tokens[i].space_before) {
        std::string_view prev = tt.Text(i - 1);
        if (prev == "." || prev == "?" || prev == "!") continue;
      }
      open = i;
      paragraphs = 0;
    } else if (open < n) {
      if (i > open + 1) quotes.push_back({open, i});
      open = n;
    }
  }
  // The text ends inside a quote whose closing mark is missing ("Said Doe: “... do." as the
  // last paragraph): the quote runs to the end, as one cut by a paragraph break does.
  if (open < n && n > open + 2) quotes.push_back({open, n - 1, true});
  return quotes;
}

// Where a quote's text starts: after its opening mark, or after both marks of a doubled
// single mark (‘‘, see MarkSingleQuotes).
uint32_t TextBegin(const TokenizedText& tt, size_t open) {
  if (tt.tokens[open].single_mark != 0 && tt.Adjacent(open + 1) &&
      tt.Text(open + 1) == tt.Text(open)) {
    ++open;
  }
  return tt.tokens[open].end;
}

// The ranker decides the quotes the rules leave without a speaker or attribute with no cue at
// all (a person opening the quote's sentence); answers from a speech cue ("“...,” said X",
// "X said: “...”", "X: “...”") or from the chain of quotes (the previous quote's speaker, the
// subject of the sentence before, "it said") stand: ranking them gained nothing in
// cross-validation and would cost time (bench/facts/quote_train --keep).
bool Ranked(RuleSource source) { return source == kFromNone || source == kFromOpening; }

}  // namespace

// "according to North Korea's official Korean Central News Agency": the source is the
// organisation a possessive owner is followed by (up to two lower-case words between), not the
// owner. Returns the token of the source's mention: the organisation's, or `k`'s own.
size_t OwnedOrganisation(const TokenizedText& tt, const Attributor& attributor, size_t k) {
  const size_t n = tt.tokens.size();
  size_t j = k;
  while (j < n && attributor.MentionAt(j) == attributor.MentionAt(k)) ++j;
  if (j + 1 >= n || !tt.Adjacent(j) || !IsPossessiveS(tt.Lower(j))) {
    return k;
  }
  for (size_t q = j + 1; q < n && q <= j + 3; ++q) {
    if (attributor.MentionAt(q) >= 0) return attributor.Type(q) == 'O' ? q : k;
    if (tt.tokens[q].capitalized || tt.tokens[q].kind != TokenKind::kWord) break;
  }
  return k;
}

void ExtractQuotes(const TokenizedText& tt, const std::vector<Mention>& mentions,
                   std::vector<Fact>* out) {
  std::vector<Quote> quotes = PairQuotes(tt);
  Attributor attributor(tt, mentions);
  for (const Quote& q : quotes) attributor.MarkQuote(q);
  std::string previous_speaker;                  // the rules' speaker of the previous quote
  std::unordered_set<std::string_view> persons;  // canonical names of person mentions
  bool persons_built = false;
  size_t previous_close = 0;
  std::vector<std::pair<Quote, std::string>> nested;
  // The learned ranker picks among the candidates; the rules' answer is one of its features.
  const QuoteRanker& ranker = QuoteRanker::Default();
  std::vector<TracedQuote>* trace = QuoteTrace();
  std::unique_ptr<QuoteFeaturizer> featurizer;
  std::vector<QuoteCandidate> candidates;
  for (const Quote& q : quotes) {
    if (NotSpeech(tt, q)) continue;
    std::string speaker = attributor.Speaker(q);
    RuleSource source = attributor.source();
    bool opens = tt.tokens[q.open].sentence_start || tt.tokens[q.open].paragraph_start;
    // A quote that opens a sentence with no cue, after a sentence about a person with no
    // quote in it: that person ("Lind, though, is keen to rest them. “At this stage ...”").
    size_t prev_begin = q.open;
    if (speaker.empty() && opens && q.open > 0) {
      prev_begin = q.open - 1;
      while (prev_begin > 0 && !tt.tokens[prev_begin].sentence_start &&
             q.open - prev_begin < 1000) {
        --prev_begin;
      }
      bool quoted = false;
      for (size_t k = prev_begin; k < q.open && !quoted; ++k) quoted = attributor.InQuote(k);
      if (!quoted) {
        // Across a paragraph break only when that subject speaks ("He recalled how ..." +
        // new paragraph "“Music helped ...”"): the speaker carried over.
        speaker = tt.tokens[q.open].paragraph_start
                      ? attributor.SpeakingSubject(prev_begin, q.open)
                      : attributor.SentenceSubject(prev_begin, q.open);
        if (!speaker.empty()) source = kFromPrevious;
      }
    }
    // Otherwise it continues the previous speaker when at most one sentence (the previous
    // quote's attribution) or one paragraph break lies between them.
    if (speaker.empty() && !previous_speaker.empty() && opens) {
      int paragraphs = 0;
      int sentences = 0;
      for (size_t k = previous_close + 1; k < q.open; ++k) {
        paragraphs += tt.tokens[k].paragraph_start;
        sentences += tt.tokens[k].sentence_start;
      }
      paragraphs += tt.tokens[q.open].paragraph_start;
      if (paragraphs <= 1 && sentences <= 1) {
        speaker = previous_speaker;
        source = kFromContinued;
      }
    }
    // The second half of a split quote: "“A,” says Doe, a planetary scientist, “but B.”".
    if (speaker.empty() && !previous_speaker.empty() && !opens && q.open > previous_close &&
        q.open - previous_close <= 16) {
      bool cue = false;
      bool split = true;
      for (size_t k = previous_close + 1; k < q.open && split; ++k) {
        split = !tt.tokens[k].sentence_start;
        cue |= attributor.IsCueVerb(k);
      }
      if (split && cue) {
        speaker = previous_speaker;
        source = kFromContinued;
      }
    }
    // Coordinated fragments: calling it “reckless” and “an insult”: the second is the first's.
    if (speaker.empty() && !previous_speaker.empty() && q.open > previous_close + 1 &&
        q.open <= previous_close + 3) {
      bool joined = true;
      for (size_t k = previous_close + 1; k < q.open && joined; ++k) {
        std::string_view w = tt.Lower(k);
        joined = w == "and" || w == "or" || (w == "," && k + 2 == q.open);
      }
      joined = joined && tt.Lower(q.open - 1) != ",";
      if (joined) {
        speaker = previous_speaker;
        source = kFromContinued;
      }
    }
    // "“...,” it said" / "they stated": the body quoted just before, a paragraph away at most.
    if (speaker.empty() && !previous_speaker.empty() && attributor.NeuterSubject(q)) {
      int paragraphs = 0;
      for (size_t k = previous_close + 1; k <= q.open; ++k) {
        paragraphs += tt.tokens[k].paragraph_start;
      }
      if (paragraphs <= 1) {
        speaker = previous_speaker;
        source = kFromNeuter;
      }
    }
    // A name the tagger ran into a party label: "Newt Gingrich (R-Ga." -> "Newt Gingrich".
    if (size_t paren = speaker.find(" ("); paren != std::string::npos) speaker.resize(paren);
    std::string chosen = speaker;
    // Features are only computed for the quotes the ranker decides, or for the trainer.
    bool ranked = !ranker.empty() && Ranked(source);
    if (ranked || trace != nullptr) {
      if (!featurizer) featurizer = std::make_unique<QuoteFeaturizer>(tt, mentions, attributor);
      featurizer->Candidates(q, speaker, previous_speaker, previous_close, &candidates);
      if (ranked && !candidates.empty()) {
        chosen = candidates[ranker.Choose(candidates, speaker)].name;
        if (size_t paren = chosen.find(" ("); paren != std::string::npos) chosen.resize(paren);
      }
    }
    // "Ann Doe of Harbour University", "Ann Doe of Maine": a person's name, not where the
    // person is from (a tagged person, or one the document names alone; organisations keep
    // theirs: "Bank of America").
    if (size_t of = chosen.find(" of "); of != std::string::npos && of > 0) {
      if (!persons_built) {  // once per document, and only when needed
        for (const Mention& m : mentions) {
          if (m.type == 'P') persons.insert(m.canonical);
        }
        persons_built = true;
      }
      if (persons.count(chosen) > 0 || persons.count(std::string_view(chosen).substr(0, of)) > 0) {
        chosen.resize(of);
      }
    }
    Fact f;
    f.kind = "quote";
    f.begin = TextBegin(tt, q.open);
    f.end = q.unterminated ? tt.tokens[q.close].end : tt.tokens[q.close].begin;
    f.text = std::string(tt.text.substr(f.begin, f.end - f.begin));
    f.value = f.text;
    f.speaker = chosen;
    if (trace != nullptr) trace->push_back({f.begin, f.end, speaker, source, candidates});
    out->push_back(std::move(f));
    previous_speaker = speaker;  // an unattributed quote breaks the chain
    previous_close = q.close;
    nested.clear();
    attributor.NestedQuotes(q, &nested);
    for (auto& [inner, inner_speaker] : nested) {
      Fact g;
      g.kind = "quote";
      g.begin = tt.tokens[inner.open].end;
      g.end = tt.tokens[inner.close].begin;
      g.text = std::string(tt.text.substr(g.begin, g.end - g.begin));
      g.value = g.text;
      g.speaker = std::move(inner_speaker);
      out->push_back(std::move(g));
    }
  }
  // Indirect speech outside quotes: "<subject> said that ..." and "according to <X>".
  const size_t n = tt.tokens.size();
  for (size_t k = 0; k + 1 < n; ++k) {
    if (attributor.InQuote(k)) continue;
    std::string speaker;
    size_t begin_tok = k;
    std::string_view w = tt.Lower(k);
    if (w == "according" && tt.Lower(k + 1) == "to" && k + 2 < n &&
        attributor.MentionAt(k + 2) >= 0) {
      speaker = attributor.Canonical(OwnedOrganisation(tt, attributor, k + 2));
    } else if (IsCue(w) && tt.Lower(k + 1) == "that") {
      speaker = attributor.SubjectBefore(k, k > 14 ? k - 14 : 0);
      for (size_t j = k; j > 0 && j + 14 > k; --j) {
        if (attributor.MentionAt(j - 1) >= 0 || tt.tokens[j].sentence_start) {
          begin_tok = j - (tt.tokens[j].sentence_start ? 0 : 1);
          if (attributor.MentionAt(j - 1) >= 0) break;
        }
      }
    } else {
      continue;
    }
    if (speaker.empty()) continue;
    size_t end_tok = k + 1;
    while (end_tok < n && !tt.tokens[end_tok].sentence_start && end_tok < k + 80) ++end_tok;
    Fact f;
    f.kind = "attribution";
    f.begin = tt.tokens[begin_tok].begin;
    f.end = tt.tokens[end_tok - 1].end;
    f.text = std::string(tt.text.substr(f.begin, f.end - f.begin));
    f.value = std::string(tt.Text(k));  // the cue ("said", "according")
    f.speaker = speaker;
    out->push_back(std::move(f));
  }
}

}  // namespace stemma::facts
