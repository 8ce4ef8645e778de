// Numbers and quantities with the noun phrase they count; money and units via number_units.
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "facts/aliases.h"
#include "facts/facts_internal.h"
#include "facts/number_units.h"
#include "facts/word_set.h"

namespace stemma::facts {
namespace {

bool IsApproxWord(std::string_view w) {
  return w == "about" || w == "around" || w == "nearly" || w == "some" || w == "approximately" ||
         w == "roughly" || w == "almost" || w == "estimated" || w == "circa" || w == "approx" ||
         w == "almost";
}

// Words that end the counted noun phrase.
bool IsPhraseStop(std::string_view w) {
  static const WordSet kStop = {
      "of",    "in",    "on",   "at",    "to",     "for",     "from",   "by",      "with",  "and",
      "or",    "but",   "the",  "a",     "an",     "is",      "are",    "was",     "were",  "be",
      "been",  "has",   "have", "had",   "will",   "would",   "who",    "which",   "that",  "this",
      "these", "those", "than", "as",    "since",  "after",   "before", "already", "also",  "more",
      "less",  "each",  "per",  "ago",   "later",  "earlier", "said",   "says",    "while", "when",
      "where", "into",  "over", "under", "during", "about",   "it",     "its",     "their", "his",
      "her",   "they",  "he",   "she",   "we",     "i",       "you",    "not",     "now",   "still",
      "just",  "only",  "so",   "if",    "then",   "times",   "could",  "can",     "may",   "might",
      "why",   "there", "what", "how",   "out",    "up",      "down",   "off",     "away",  "back",
      "such"};
  if (kStop.Contains(w)) return true;
  if (w.size() > 4 && w.substr(w.size() - 2) == "ly") return true;
  return w.size() > 4 && (w.substr(w.size() - 2) == "ed" || w.substr(w.size() - 3) == "ing");
}

// Outcome words appended to the counted phrase: "soldiers ... killed".
bool IsOutcomeWord(std::string_view w) {
  static const WordSet kOutcome = {"killed",  "dead",      "died",     "injured",
                                   "wounded", "arrested",  "detained", "displaced",
                                   "missing", "evacuated", "captured", "rescued"};
  return kOutcome.Contains(w);
}

bool ParseDigits(std::string_view s, double* v) {
  char buf[64];
  size_t n = 0;
  for (char c : s) {
    if (c == ',') continue;
    if (n + 1 >= sizeof(buf)) return false;
    buf[n++] = c;
  }
  buf[n] = '\0';
  char* end = nullptr;
  *v = std::strtod(buf, &end);
  return end != buf;
}

const WordSet kIrregularPlurals = {"people",    "children", "men",    "women", "police",
                                   "personnel", "staff",    "troops", "cattle"};

bool IsOrdinalSuffix(std::string_view w) {
  return w == "st" || w == "nd" || w == "rd" || w == "th";
}

// A number expression: tokens [first, last) and its value.
struct NumberSpan {
  size_t first = 0;
  size_t last = 0;
  double value = 0;
  bool vague = false;  // "thousands of", "tens of thousands"
};

bool IsDeterminer(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "its" ||
         w == "their" || w == "our" || w == "your" || w == "my" || w == "this" || w == "these" ||
         w == "those";
}

// Vague plurals without a number before them: "dozens of", "scores of", "hundreds of",
// "tens of thousands of", and bare "Dozens were hurt", "killing hundreds". The value is the
// order of magnitude they name, as an interval "low/high" (high excluded): "dozens" 12/120.
bool ParseVague(const TokenizedText& tt, size_t i, NumberSpan* span) {
  const size_t n = tt.tokens.size();
  std::string_view w = tt.Lower(i);
  double v = w == "dozens"      ? 12
             : w == "scores"    ? 20
             : w == "hundreds"  ? 100
             : w == "thousands" ? 1e3
             : w == "millions"  ? 1e6
             : w == "billions"  ? 1e9
             : w == "tens"      ? 10
                                : 0;
  if (v == 0) return false;
  const std::string_view prev = i > 0 ? tt.Lower(i - 1) : std::string_view();
  const bool prev_word =
      i > 0 && !tt.tokens[i].sentence_start && tt.tokens[i - 1].kind != TokenKind::kPunct;
  // "three hundreds", "5 millions": a count, not a vague plural.
  if (i > 0 && !tt.tokens[i].sentence_start) {
    double unused;
    if (tt.tokens[i - 1].kind == TokenKind::kNumber ||
        ParseNumberWords(tt, i - 1, i, &unused) > 0) {
      return false;
    }
  }
  const std::string_view next = i + 1 < n ? tt.Lower(i + 1) : std::string_view();
  const bool of = next == "of";
  span->first = i;
  span->last = i + 1;
  std::string_view w2 = i + 2 < n ? tt.Lower(i + 2) : std::string_view();
  if (of && (w == "tens" || w == "hundreds") &&
      (w2 == "thousands" || w2 == "millions" || w2 == "billions")) {
    v *= w2 == "thousands" ? 1e3 : w2 == "millions" ? 1e6 : 1e9;
    span->last = i + 3;
  } else if (of) {
    // "scores of 90", "test scores of students": the noun "score".
    if (i + 2 >= n || tt.tokens[i + 2].kind == TokenKind::kNumber) return false;
    if (w == "scores" && prev_word && (IsDeterminer(prev) || !IsPhraseStop(prev))) return false;
  } else if (w == "tens") {
    return false;
  } else {
    // Bare, as the subject of a clause: "Dozens were hurt", "hundreds more were", not
    // "spent millions on", "the thousands", "Scores Rise".
    static const WordSet kBareNext = {"were", "are",    "have",     "had",
                                      "more", "remain", "remained", "died"};
    if (w == "scores" || (prev_word && IsDeterminer(prev)) || !kBareNext.Contains(next)) {
      return false;
    }
  }
  span->value = v;
  span->vague = true;
  return true;
}

// Digits at token i ("2,000", "-9.2"), rejecting identifiers, ordinals, ranges and names.
bool ParseDigitsAt(const TokenizedText& tt, size_t i, const Claimed& claimed, bool after_currency,
                   NumberSpan* span) {
  const size_t n = tt.tokens.size();
  if (i > 0 && tt.Adjacent(i) && tt.tokens[i - 1].kind == TokenKind::kWord && !after_currency) {
    return false;  // "COVID-19", "A320"
  }
  if (i + 1 < n && tt.Adjacent(i + 1) && IsOrdinalSuffix(tt.Lower(i + 1))) return false;
  if (i >= 2 && tt.Adjacent(i) && tt.Text(i - 1) == "-" && tt.Adjacent(i - 1) &&
      tt.tokens[i - 2].kind == TokenKind::kNumber) {
    return false;  // second half of "1950-53"
  }
  const AliasTable::Entry* alias = nullptr;
  if (AliasTable::Default().MatchAt(tt, i, &alias) > 0) return false;  // "38 North"
  if (!ParseDigits(tt.Text(i), &span->value)) return false;
  span->first = i;
  span->last = i + 1;
  if (!after_currency && i > 0 && tt.Text(i - 1) == "-" && tt.Adjacent(i) &&
      tt.tokens[i - 1].space_before && !claimed[i - 1]) {
    span->value = -span->value;  // a minus sign, not a hyphen between words
    span->first = i - 1;
  }
  return true;
}

// "six-mile", "one-yen": a number word glued to a unit by a hyphen (one token).
bool ParseHyphenUnitWord(const TokenizedText& tt, size_t i, double* value, std::string* kind,
                         std::string* counts) {
  std::string_view w = tt.Lower(i);
  size_t dash = w.rfind('-');
  if (dash == std::string_view::npos || dash == 0) return false;
  TokenizedText part;
  Tokenize(tt.text.substr(tt.tokens[i].begin, dash), &part);
  if (part.tokens.size() != 1 || ParseNumberWords(part, 0, 1, value) != 1) return false;
  bool is_currency = false;
  const char* unit = UnitOrCurrencyWord(w.substr(dash + 1), &is_currency);
  if (!unit) return false;
  *kind = is_currency ? "money" : "quantity";
  *counts = unit;
  return true;
}

// Words that open a clause of their own: an outcome after them is not the count's.
const WordSet kClauseOpeners = {"when",  "while",  "whereas", "although", "though", "because",
                                "after", "before", "until",   "unless",   "whilst", "whenever"};
const WordSet kAuxiliaries = {"was",    "were",  "is",     "are",    "have",     "has",
                              "had",    "been",  "be",     "remain", "remained", "remains",
                              "worked", "lived", "stayed", "live",   "work"};

// A noun phrase starts at token k: a number, a determiner or a pronoun ("... and 301 were",
// "killed the mayor", "and they ...").
bool StartsNounPhrase(const TokenizedText& tt, size_t k) {
  static const WordSet kStarts = {
      "the",  "a",      "an",    "his",   "her",    "their",   "its",      "he",
      "she",  "they",   "we",    "it",    "dozens", "scores",  "hundreds", "thousands",
      "more", "nearly", "about", "some",  "all",    "another", "two",      "three",
      "four", "five",   "six",   "seven", "eight",  "nine",    "ten",      "one"};
  if (k >= tt.tokens.size()) return false;
  if (tt.Lower(k) == "at") return k + 1 < tt.tokens.size() && tt.Lower(k + 1) == "least";
  return tt.tokens[k].kind == TokenKind::kNumber || kStarts.Contains(tt.Lower(k));
}

// The noun phrase a number counts: up to five words, ending at a plural noun, plus an outcome
// verb later in the clause ("soldiers ... are estimated to have been killed").
std::string CountedPhrase(const TokenizedText& tt, size_t k, bool vague) {
  const size_t n = tt.tokens.size();
  if (k < n && tt.Lower(k) == "of" && vague) ++k;
  if (k < n && tt.Lower(k) == "more") ++k;
  size_t begin = k, end = k;
  while (k < n && k < begin + 5 && tt.tokens[k].kind == TokenKind::kWord &&
         !tt.tokens[k].sentence_start && !IsPhraseStop(tt.Lower(k))) {
    end = ++k;
    std::string_view word = tt.Lower(k - 1);
    if ((word.size() > 3 && word.back() == 's' && !tt.tokens[k - 1].capitalized) ||
        kIrregularPlurals.Contains(word)) {
      break;
    }
  }
  if (end == begin) return "";
  std::string counts(tt.Span(begin, end));
  bool verb = false;  // a verb of the number's own clause has been passed
  for (size_t m = end; m < n && m < end + 16 && !tt.tokens[m].sentence_start; ++m) {
    const std::string_view w = tt.Lower(m);
    if (IsOutcomeWord(w)) {
      // Not an active verb with its object ("gunmen killed three villagers").
      const bool passive = m > end && (tt.Lower(m - 1) == "were" || tt.Lower(m - 1) == "was" ||
                                       tt.Lower(m - 1) == "been" || tt.Lower(m - 1) == "be" ||
                                       tt.Lower(m - 1) == "are" || tt.Lower(m - 1) == "is");
      if (passive || !StartsNounPhrase(tt, m + 1)) {
        counts += ' ';
        counts += tt.Text(m);
      }
      break;
    }
    // The outcome of another clause: "787 people were inside the mine when the explosion
    // occurred; 301 were killed", "50 soldiers arrived while rebels ...", "... and 301 died".
    if (w == ";" || kClauseOpeners.Contains(w)) break;
    if ((w == "and" || w == "but" || w == ",") && verb && StartsNounPhrase(tt, m + 1)) break;
    verb = verb || kAuxiliaries.Contains(w) ||
           (w.size() >= 5 && w.ends_with("ed") && !tt.tokens[m].capitalized);
  }
  return counts;
}

// "a 2012 email", "the 1994 ban": a year before a singular noun, after an article or possessive,
// names a moment, not a count (one email, not 2,012 of them).
bool YearAsModifier(const TokenizedText& tt, const NumberSpan& span, size_t last,
                    const std::string& counts) {
  if (counts.empty() || span.last != span.first + 1 || last != span.last || span.first == 0) {
    return false;
  }
  const std::string_view digits = tt.Text(span.first);
  if (digits.size() != 4 || span.value < 1900 || span.value > 2100) return false;
  const std::string_view before = tt.Lower(span.first - 1);
  const bool determiner = before == "a" || before == "an" || before == "the" || before == "his" ||
                          before == "her" || before == "its" || before == "their" ||
                          before == "our" || before == "this" || before == "that" ||
                          before.ends_with("'s") || before.ends_with("\xE2\x80\x99s");
  const std::string_view noun = last < tt.tokens.size() ? tt.Lower(last) : "";
  return determiner && !noun.empty() && noun.back() != 's';
}

}  // namespace

void ExtractNumbers(const TokenizedText& tt, std::vector<Fact>* out, Claimed* claimed) {
  const size_t n = tt.tokens.size();
  for (size_t i = 0; i < n; ++i) {
    if ((*claimed)[i]) continue;
    size_t number_at = i;
    const char* currency = CurrencyPrefix(tt, i, &number_at);
    if (!currency && tt.tokens[i].kind == TokenKind::kPunct) continue;
    NumberSpan span;
    std::string kind = "number", counts;
    if (tt.tokens[number_at].kind == TokenKind::kNumber) {
      if (!ParseDigitsAt(tt, number_at, *claimed, currency != nullptr, &span)) continue;
    } else if (ParseVague(tt, number_at, &span)) {
    } else if (ParseHyphenUnitWord(tt, number_at, &span.value, &kind, &counts)) {
      span.first = number_at;
      span.last = number_at + 1;
    } else {
      size_t used = ParseNumberWords(tt, number_at, n, &span.value);
      if (used == 0) continue;
      span.first = number_at;
      span.last = number_at + used;
      // Lone "one" is usually a pronoun or article ("one of the", "one reason").
      std::string unit_kind, unit_counts;
      if (used == 1 && tt.Lower(number_at) == "one" &&
          (span.last >= n || (ScaleOf(tt.Lower(span.last)) == 0 &&
                              UnitSuffix(tt, span.last, &unit_kind, &unit_counts) == span.last))) {
        continue;
      }
    }
    if (currency) span.first = i;
    // Scale word: "2.5 million", "2.33 k", "$5bn".
    size_t last = span.last;
    if (!span.vague && last < n && tt.tokens[last].kind == TokenKind::kWord) {
      double scale = ScaleOf(tt.Lower(last));
      bool abbrev = tt.Lower(last).size() <= 2;
      if (scale > 0 && (!abbrev || tt.Adjacent(last) || currency || tt.Lower(last) == "k")) {
        // Round away binary noise: 16.4 * 1e6 is 16399999.999999998.
        span.value = std::round(span.value * scale * 1e3) / 1e3;
        ++last;
      }
    }
    if (currency) {
      kind = "money";
      counts = currency;
    } else if (kind == "number") {
      // "billions of dollars", "thousands of tons": a vague amount of a unit or currency.
      const size_t unit_end = span.vague && last < n && tt.Lower(last) == "of"
                                  ? UnitSuffix(tt, last + 1, &kind, &counts)
                                  : last;
      last = kind != "number" ? unit_end : UnitSuffix(tt, last, &kind, &counts);
      if (kind == "number") {
        counts = CountedPhrase(tt, last, span.vague);
        if (!counts.empty()) kind = "quantity";
      }
      if (YearAsModifier(tt, span, last, counts)) continue;
    }
    Fact f;
    f.kind = kind;
    f.counts = counts;
    f.approximate =
        span.vague || (span.first > 0 && IsApproxWord(tt.Lower(span.first - 1))) ||
        (span.first > 1 && tt.Lower(span.first - 2) == "up" && tt.Lower(span.first - 1) == "to");
    f.begin = tt.tokens[span.first].begin;
    f.end = tt.tokens[last - 1].end;
    f.text = std::string(tt.text.substr(f.begin, f.end - f.begin));
    f.value = FormatNumber(span.value);
    if (span.vague) {
      f.value += '/';
      f.value += FormatNumber(span.value * 10);
    }
    out->push_back(std::move(f));
    for (size_t k = span.first; k < last; ++k) (*claimed)[k] = 2;
    i = last - 1;
  }
}

}  // namespace stemma::facts
