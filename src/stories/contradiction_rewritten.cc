#include "stories/contradiction_rewritten.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

#include "stories/contradiction_denial.h"
#include "stories/contradiction_lexicon.h"
#include "stories/similarity.h"

namespace stemma::stories {
namespace {

constexpr size_t kNegationReach = 3;  // a negation governs the next three words of its clause
constexpr size_t kArgumentReach = 4;  // how far a predicate's subject or object may be

// A lowercase content word that can carry the event: not a name, number or negation, nor part of
// a compound ("the cease-fire" / "not a cease-fire", "can't pass" / "the must-pass bill").
bool IsPredicateWord(const Token& t) { return t.content && !t.capitalised && !t.hyphenated; }

// Words that may stand between a negation and what it negates: "has not been released".
bool IsAuxiliary(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "be",  "been", "being", "have", "has",  "had",  "do",     "does", "did",  "will",
      "can", "to",   "ever",  "yet",  "even", "also", "always", "a",    "an",   "is",
      "are", "was",  "were",  "get",  "got",  "any",  "much",   "very", "fully"};
  for (std::string_view x : kWords) {
    if (w == x) return true;
  }
  return false;
}

// Whether token i is negated: a negation right before it, or with only auxiliaries between
// ("did not approve", "no faith", "has not been released"); not "not among the group" or
// "didn't know Jackson's level".
bool Negated(const std::vector<Token>& s, size_t i) {
  if (s[i].clause_start) return false;  // "not, prepared": another clause
  for (size_t k = i; k-- > 0 && i - k <= kNegationReach;) {
    if (IsNegation(s[k])) {
      // "the economy, not security": a contrast of two things, no predicate denied.
      if (s[k].clause_start && s[k].lower == "not") return false;
      // "without", "not only", "not just": no claim that something did not happen; "would not
      // have" is a counterfactual.
      const std::string_view next = std::string_view(s[k + 1].lower);
      const std::string_view before = k > 0 ? std::string_view(s[k - 1].lower) : "";
      return s[k].lower != "without" && next != "only" && next != "just" && next != "merely" &&
             next != "least" && before != "would" && before != "could" && before != "might";
    }
    if (!IsAuxiliary(s[k].lower) || s[k].clause_start) break;
  }
  return false;
}

int Negations(const std::vector<Token>& s) {
  int n = 0;
  for (const Token& t : s) n += IsNegation(t);
  return n;
}

// A content word that can say what a predicate is about: adverbs ("sharply") do not.
bool IsArgumentWord(const Token& t) {
  return IsContentToken(t) && !(t.lower.size() > 4 && t.lower.ends_with("ly"));
}

// The nearest argument word after token i (same clause, within kArgumentReach tokens), folded.
std::string NextArgument(const std::vector<Token>& s, size_t i) {
  for (size_t k = i + 1; k < s.size() && k <= i + kArgumentReach; ++k) {
    if (s[k].clause_start) break;
    if (IsArgumentWord(s[k])) return FoldPlural(s[k].lower);
  }
  return "";
}

// The nearest argument word before token i (negations and auxiliaries skipped), folded.
std::string PreviousArgument(const std::vector<Token>& s, size_t i) {
  for (size_t k = i; k-- > 0 && i - k <= kArgumentReach;) {
    if (IsArgumentWord(s[k])) return FoldPlural(s[k].lower);
    if (s[k].clause_start) break;
  }
  return "";
}

// One of the two neighbours the same, the other not known to differ.
bool Agree(const std::string& next_a, const std::string& next_b, const std::string& previous_a,
           const std::string& previous_b) {
  const bool next_known = !next_a.empty() && !next_b.empty();
  const bool previous_known = !previous_a.empty() && !previous_b.empty();
  const bool next_same = next_known && next_a == next_b;
  const bool previous_same = previous_known && previous_a == previous_b;
  return (next_same && (previous_same || !previous_known)) ||
         (previous_same && (next_same || !next_known));
}

// Whether tokens i of `a` and j of `b` speak of the same thing: the same word right after them
// ("blocks Deutsche" / "applauds Deutsche") or right before them ("Tesla rose" / "Tesla fell").
// Keeps "Colts win over Chiefs" and "Chiefs lose to Colts" apart.
// Both sides known and different on one side overrules a match on the other ("Chiefs win would
// cost" / "Chiefs lost to").
bool SameArgument(const std::vector<Token>& a, size_t i, const std::vector<Token>& b, size_t j) {
  return Agree(NextArgument(a, i), NextArgument(b, j), PreviousArgument(a, i),
               PreviousArgument(b, j));
}

// Whether `lower` is written capitalised after a lowercase word somewhere in `text`: a name
// even where a title-case headline hides it.
bool WrittenAsName(std::string_view text, std::string_view lower) {
  if (lower.empty() || lower[0] < 'a' || lower[0] > 'z') return false;
  std::string cap(lower);
  cap[0] = static_cast<char>(cap[0] - 'a' + 'A');
  for (size_t at = text.find(cap); at != std::string_view::npos; at = text.find(cap, at + 1)) {
    size_t k = at;
    while (k > 0 && text[k - 1] == ' ') --k;
    if (k == at || k == 0) continue;
    size_t word = k;  // the start of the word before
    while (word > 0 && text[word - 1] != ' ' && text[word - 1] != '\n') --word;
    if (text[word] >= 'a' && text[word] <= 'z') return true;
  }
  return false;
}

// The name nearest before token i in its clause (within kArgumentReach + 2 tokens), lowercased:
// who does or says it. The first token of the sentence counts when `text` never writes it in
// lowercase. Empty when there is none.
std::string_view SubjectName(const std::vector<Token>& s, size_t i, std::string_view text) {
  for (size_t k = i; k-- > 0 && i - k <= kArgumentReach + 2;) {
    const bool name = s[k].content && !IsTitleWord(s[k].lower) &&
                      (s[k].capitalised || (k == 0 && !HasWholeWord(text, s[k].lower)));
    if (name) return s[k].lower;
    if (s[k].clause_start) break;
  }
  return "";
}

bool OppositeWords(const Token& x, const Token& y, OppositeUse use) {
  return (!AntonymSides(x.lower).empty() && Opposite(x.lower, y.lower, use)) ||
         PrefixOpposite(x.lower, y.lower);
}

// A pair of opposite words, each absent from the other sentence, about the same thing (the same
// word before or after them), or in two headlines when the pair is not a converse one
// ("blocks" / "applauds", not "wins" / "loses"). `anchored` = false: any such pair.
bool HasOpposites(const std::vector<Token>& a, const std::vector<Token>& b, bool anchored,
                  bool headlines, const DocumentPair& docs, std::string* why) {
  for (size_t i = 0; i < a.size(); ++i) {
    if (!IsPredicateWord(a[i]) || HasToken(b, a[i].lower)) continue;
    const bool listed = !AntonymSides(a[i].lower).empty();
    for (size_t j = 0; j < b.size(); ++j) {
      // Cheap filters first: a listed word, or lengths a negating prefix can explain.
      const size_t na = a[i].lower.size(), nb = b[j].lower.size();
      const size_t gap = na > nb ? na - nb : nb - na;
      if (!listed && (gap < 2 || gap > 3)) continue;
      if (!IsPredicateWord(b[j]) || !OppositeWords(a[i], b[j], OppositeUse::kRewrite) ||
          HasToken(a, b[j].lower) || BoundedByUntil(a, i) || BoundedByUntil(b, j) ||
          Unasserted(a, i) || Unasserted(b, j)) {
        continue;
      }
      if (anchored && SubjectsClash(a, i, b, j, docs)) continue;
      if (!anchored || (headlines && OppositeWords(a[i], b[j], OppositeUse::kHeadline)) ||
          SameArgument(a, i, b, j)) {
        *why = a[i].lower + " / " + b[j].lower;
        return true;
      }
    }
  }
  return false;
}

// The same content word, about the same thing, negated in one sentence and asserted in the
// other.
bool NegatedPredicate(const std::vector<Token>& a, const std::vector<Token>& b,
                      const DocumentPair& docs, std::string* why) {
  for (size_t i = 0; i < a.size(); ++i) {
    if (!IsPredicateWord(a[i])) continue;
    const bool neg_a = Negated(a, i);
    for (size_t j = 0; j < b.size(); ++j) {
      if (Stem(b[j].lower) != Stem(a[i].lower) || b[j].hyphenated) continue;
      if (neg_a == Negated(b, j) || Unasserted(a, i) || Unasserted(b, j)) break;
      // The same object, or the same subject with no other object ("no signs of backing down"
      // / "signs of discomfort"): the predicate itself is shared.
      const std::string next = NextArgument(a, i), next_b = NextArgument(b, j);
      const std::string previous = PreviousArgument(a, i);
      const bool next_differs = !next.empty() && !next_b.empty() && next != next_b;
      if ((!next.empty() && next == next_b) ||
          (!next_differs && !previous.empty() && previous == PreviousArgument(b, j))) {
        // A name is not a predicate ("Not Here for Taylor Swift Questions").
        if (WrittenAsName(docs.text_a, a[i].lower) || SubjectsClash(a, i, b, j, docs)) break;
        *why = (neg_a ? "not " : "") + a[i].lower + " / " + (neg_a ? "" : "not ") + b[j].lower;
        return true;
      }
      break;  // first occurrence only
    }
  }
  return false;
}

// The unit a number counts: "%", "$", or the next content word ("11 games", "2 million
// people"); empty when there is none. `scale` gets the multiplier ("million").
// `last` gets the token the quantity ends with (the unit word, else the number or multiplier).
std::string UnitOf(const std::vector<Token>& s, size_t i, double* scale, size_t* last) {
  *scale = 1;
  *last = i;
  if (s[i].percent) return "%";
  size_t k = i + 1;
  if (k < s.size() && Multiplier(s[k].lower) > 0) {
    *scale = Multiplier(s[k].lower);
    *last = k++;
  }
  if (s[i].currency) return "$";
  // "three of their 11 games": three games.
  if (k + 2 < s.size() && s[k].lower == "of" && s[k + 2].value >= 0 &&
      (s[k + 1].lower == "their" || s[k + 1].lower == "the" || s[k + 1].lower == "its" ||
       s[k + 1].lower == "his" || s[k + 1].lower == "her")) {
    k += 3;
  }
  for (size_t end = std::min(s.size(), k + 2); k < end; ++k) {
    if (s[k].clause_start || s[k].value >= 0) return "";
    if (IsStopword(s[k].lower) || s[k].lower.size() < 3) continue;
    if (IsCalendarWord(s[k].lower)) return "";
    *last = k;
    return FoldPlural(s[k].lower);
  }
  return "";
}

// A number the quantity rule can compare: not a clock time, rank, year or date.
bool Countable(const std::vector<Token>& s, size_t i) {
  const Token& t = s[i];
  if (t.value < 0 || t.clock) return false;
  if (!t.number && t.value <= 1) return false;  // "one of", "no one"
  if (t.number && !t.currency && !t.percent && t.value >= 1900 && t.value <= 2100) return false;
  if (i > 0 && (s[i - 1].ranking || s[i - 1].lower == "no" || IsCalendarWord(s[i - 1].lower))) {
    return false;
  }
  // "50 km (30 miles)": a conversion of the figure before it, which is compared instead.
  if (t.clause_start && i >= 2 && (s[i - 1].value >= 0 || s[i - 2].value >= 0)) return false;
  return !(i + 1 < s.size() && IsCalendarWord(s[i + 1].lower));
}

bool HasValue(const std::vector<Token>& s, double v) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i].value < 0) continue;
    double scale = 1;
    if (i + 1 < s.size() && Multiplier(s[i + 1].lower) > 0) scale = Multiplier(s[i + 1].lower);
    if (std::fabs(s[i].value - v) < 1e-9 || std::fabs(s[i].value * scale - v) < 1e-9) return true;
  }
  return false;
}

enum class Bound { kExact, kAtLeast, kAtMost, kAbout };

// How a number is hedged: "more than 12", "up to 12", "about 12", or exactly 12.
Bound Hedge(const std::vector<Token>& s, size_t i) {
  const std::string_view w1 = i > 0 ? std::string_view(s[i - 1].lower) : "";
  const std::string_view w2 = i > 1 ? std::string_view(s[i - 2].lower) : "";
  // "more than a dozen": the article sits between.
  const std::string_view w1a = w1 == "a" || w1 == "an" ? w2 : w1;
  const std::string_view w2a =
      w1 == "a" || w1 == "an" ? (i > 2 ? std::string_view(s[i - 3].lower) : "") : w2;
  if ((w1a == "than" && (w2a == "more" || w2a == "over")) || w1a == "over" || w1a == "least" ||
      w1a == "exceeding") {
    return Bound::kAtLeast;
  }
  if ((w1a == "than" && (w2a == "fewer" || w2a == "less")) || w1a == "under" ||
      (w1a == "to" && w2a == "up")) {
    return Bound::kAtMost;
  }
  if (w1a == "about" || w1a == "around" || w1a == "nearly" || w1a == "almost" || w1a == "roughly" ||
      w1a == "some" || w1a == "approximately" || w1a == "estimated") {
    return Bound::kAbout;
  }
  return Bound::kExact;
}

// Whether two hedged amounts can both be true: within 10% (25% when either is approximate), or
// one a bound the other satisfies ("more than a dozen" / "sixteen").
bool Compatible(Bound ha, double va, Bound hb, double vb) {
  const double slack = ha == Bound::kAbout || hb == Bound::kAbout ? 0.25 : 0.1;
  if (std::fabs(va - vb) <= slack * std::max(va, vb)) return true;
  if ((ha == Bound::kAtLeast && vb >= va) || (hb == Bound::kAtLeast && va >= vb)) return true;
  return (ha == Bound::kAtMost && vb <= va) || (hb == Bound::kAtMost && va <= vb);
}

// The same unit counted differently ("$299" / "$99", "three of 11 games" / "six of 11 games"),
// neither value found in the other sentence, more than 10% apart.
bool DifferentQuantity(const std::vector<Token>& a, const std::vector<Token>& b, std::string* why) {
  for (size_t i = 0; i < a.size(); ++i) {
    if (!Countable(a, i)) continue;
    double scale_a = 1;
    size_t last_a = i;
    const std::string unit = UnitOf(a, i, &scale_a, &last_a);
    // Shares differ within any poll story ("47 percent ... fear" / "26 percent ... safer"),
    // whatever the sentences share.
    if (unit.empty() || unit == "%") continue;
    const double va = a[i].value * scale_a;
    for (size_t j = 0; j < b.size(); ++j) {
      if (!Countable(b, j)) continue;
      double scale_b = 1;
      size_t last_b = j;
      if (UnitOf(b, j, &scale_b, &last_b) != unit) continue;
      const double vb = b[j].value * scale_b;
      if (Compatible(Hedge(a, i), va, Hedge(b, j), vb)) continue;
      if (HasValue(b, va) || HasValue(a, vb)) continue;
      // The same thing counted: the same word before the number or after its unit.
      if (Agree(NextArgument(a, last_a), NextArgument(b, last_b), PreviousArgument(a, i),
                PreviousArgument(b, j))) {
        *why = a[i].lower + " " + unit + " / " + b[j].lower + " " + unit;
        return true;
      }
    }
  }
  return false;
}

}  // namespace

bool SubjectsClash(const std::vector<Token>& a, size_t i, const std::vector<Token>& b, size_t j,
                   const DocumentPair& docs) {
  const std::string_view x = SubjectName(a, i, docs.text_a), y = SubjectName(b, j, docs.text_b);
  return !x.empty() && !y.empty() && x != y && !HasToken(b, x) && !HasToken(a, y);
}

bool LooseNumber(const std::vector<Token>& s, size_t i, const std::vector<Token>& other) {
  return Hedge(s, i) != Bound::kExact || HasValue(other, s[i].value);
}

const char* RewrittenContradiction(const std::vector<Token>& a, const std::vector<Token>& b,
                                   bool numbers, const DocumentPair& documents, std::string* why) {
  why->clear();
  const bool parity_differs = (PolarityMarks(a) + PolarityMarks(b)) % 2 == 1;
  // A negation and an opposite word cancel out ("did not win" / "lost").
  std::string unused;
  // Negation is everywhere in running text ("not security and immigration", "cannot thank him
  // enough"): only a headline's negation of a predicate is trusted.
  if (parity_differs && documents.either_headline && NegatedPredicate(a, b, documents, why) &&
      !HasOpposites(a, b, /*anchored=*/false, false, documents, &unused)) {
    return "negated-predicate";
  }
  why->clear();
  // Denial words are opposite words themselves ("rejected"): only negations count here.
  if ((Negations(a) + Negations(b)) % 2 == 0 &&
      HasOpposites(a, b, /*anchored=*/true, documents.headlines, documents, why)) {
    return "opposite-words";
  }
  if (numbers && DifferentQuantity(a, b, why)) return "different-quantity";
  if (DeniedInOther(a, b, why) || DeniedInOther(b, a, why)) return "denied-claim";
  return nullptr;
}

}  // namespace stemma::stories
