#include "stories/contradiction_edits.h"

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stories/contradiction_lexicon.h"
#include "stories/contradiction_names.h"
#include "stories/similarity.h"

namespace stemma::stories::internal {

namespace {

constexpr size_t kMinTokens = 5;
constexpr size_t kMaxHunkTokens = 4;    // a swapped name or number: a small replacement
constexpr size_t kMaxNegationEdit = 3;  // tokens on either side of an edit that flips polarity
constexpr size_t kMaxAntonymEdit = 3;   // tokens on either side of an edit holding an antonym

// Auxiliaries and modals that may come and go with a negation ("has not approved" / "approved").
bool IsAuxiliary(const std::string& w) {
  static const std::set<std::string_view> kWords = {
      "is",     "was", "are",   "were", "be",   "been",  "am",    "has",   "have",
      "had",    "do",  "does",  "did",  "will", "would", "can",   "could", "shall",
      "should", "may", "might", "must", "yet",  "ever",  "still", "also",  "even"};
  return kWords.count(w) > 0;
}

// A crude stem for matching inflections of one verb: "approved", "approve", "approves".
std::string_view Stem(std::string_view w) {
  for (std::string_view end : {"ing", "ed", "es", "s", "d", "e"}) {
    if (w.size() > end.size() + 3 && w.substr(w.size() - end.size()) == end) {
      w.remove_suffix(end.size());
      break;
    }
  }
  return w.substr(0, 6);
}

// Apart from negations and auxiliaries, the two sides of the edit hold the same words up to
// inflection: a local flip of polarity ("approved" / "didn't approve"), not a reworded clause
// ("No single law, no set of laws" / "no set of laws").
bool OnlyNegationEdit(const std::vector<Token>& a, size_t a_begin, size_t a_end,
                      const std::vector<Token>& b, size_t b_begin, size_t b_end) {
  auto rest = [](const std::vector<Token>& t, size_t begin, size_t end) {
    std::vector<std::string_view> stems;
    for (size_t i = begin; i < end; ++i) {
      if (!IsNegation(t[i]) && !IsAuxiliary(t[i].lower)) stems.push_back(Stem(t[i].lower));
    }
    std::sort(stems.begin(), stems.end());
    return stems;
  };
  return rest(a, a_begin, a_end) == rest(b, b_begin, b_end);
}

// "not expected until Friday", "not before 2030", "not expected for about two weeks": a delay,
// not a denial of the event.
bool DeferredAfter(const std::vector<Token>& t, size_t from) {
  static const std::set<std::string_view> kSpans = {"hour", "hours", "day",    "days",
                                                    "week", "weeks", "month",  "months",
                                                    "year", "years", "minute", "minutes"};
  for (size_t i = from; i < t.size() && i < from + 6; ++i) {
    if (t[i].lower == "until" || t[i].lower == "till" || t[i].lower == "before") return true;
    if (t[i].lower != "for") continue;
    for (size_t k = i + 1; k < t.size() && k <= i + 3; ++k) {
      if (kSpans.count(t[k].lower) > 0) return true;
    }
  }
  return false;
}

// Whether a token of [b, e) follows a negation of its own clause within five tokens ("did not
// find the ferry more costly"); the negation inside [b, e) counts too ("not more").
bool NegatedScope(const std::vector<Token>& t, size_t b, size_t e) {
  constexpr size_t kScope = 5;
  for (size_t i = b; i < e && i < t.size(); ++i) {
    for (size_t k = i; k > 0 && i - k < kScope; --k) {
      if (t[k].clause_start) break;
      if (IsNegation(t[k - 1])) return true;
    }
  }
  return false;
}

// Whether a hunk other than k changes a figure or a calendar word: the two sentences fill one
// template for two occasions ("The poll is based on interviews with 1,004 voters ... from
// February 10-12" / "with 1,017 voters ... from July 21 to July 23").
bool OtherFigureChanged(const std::vector<Token>& a, const std::vector<Token>& b,
                        const std::vector<Hunk>& hunks, size_t k) {
  const auto changed = [](const Token& t) { return t.value >= 0 || IsCalendarWord(t.lower); };
  for (size_t h = 0; h < hunks.size(); ++h) {
    if (h == k) continue;
    for (size_t i = hunks[h].a_begin; i < hunks[h].a_end; ++i) {
      if (changed(a[i])) return true;
    }
    for (size_t j = hunks[h].b_begin; j < hunks[h].b_end; ++j) {
      if (changed(b[j])) return true;
    }
  }
  return false;
}

// A weekday or month name in or next to tokens [b, e): a date or timestamp, left to the date
// facts.
bool NearCalendarWord(const std::vector<Token>& tokens, size_t b, size_t e) {
  for (size_t i = b > 0 ? b - 1 : 0; i < std::min(e + 1, tokens.size()); ++i) {
    if (IsCalendarWord(tokens[i].lower)) return true;
  }
  return false;
}

// Whether tokens [b, e) are only one figure: one number in digits with number words, "percent",
// "million" ("14 percent" / "49 percent"), not a figure with another subject ("49% of Romney's
// backers"), nor a list of numbers ("the numbers 8, 8" writes "88" digit by digit).
bool OnlyFigure(const std::vector<Token>& t, size_t b, size_t e) {
  size_t digits = 0;
  for (size_t i = b; i < e; ++i) {
    if (!t[i].number && t[i].value < 0 && t[i].lower != "percent" && t[i].lower != "per" &&
        t[i].lower != "cent" && Multiplier(t[i].lower) == 0) {
      return false;
    }
    digits += t[i].number;
  }
  return digits <= 1;
}

// Whether the two sentences go on alike for two tokens after hunk k (or both end): a negation
// flips the predicate it stands before ("has not approved the timetable" / "approved the
// timetable"), not a clause that goes on in other words ("was not on state business" / "was on
// personal time"); a figure is of the same thing ("14 percent who back her" / "49 percent of
// her rival's backers" are two groups).
bool SameWordsAfter(const std::vector<Token>& a, const std::vector<Token>& b,
                    const std::vector<Hunk>& hunks, size_t k) {
  constexpr size_t kSameAfter = 2;
  const size_t a_next = k + 1 < hunks.size() ? hunks[k + 1].a_begin : a.size();
  const size_t b_next = k + 1 < hunks.size() ? hunks[k + 1].b_begin : b.size();
  const size_t run = a_next - hunks[k].a_end;  // equal tokens: the same count on both sides
  return run >= kSameAfter || (a_next == a.size() && b_next == b.size());
}

}  // namespace

// The rule by which two aligned sentences contradict each other, or nullptr.
const char* Contradiction(const std::vector<Token>& a, const std::vector<Token>& b, bool numbers,
                          const DocumentPair& docs, std::vector<int>* table,
                          std::vector<Hunk>* hunks) {
  const std::string& lower_a = *docs.lower_a;
  const std::string& lower_b = *docs.lower_b;
  // Headlines capitalise every word: no name signal there.
  if (a.size() < kMinTokens || b.size() < kMinTokens) return nullptr;
  const bool names = !IsHeadline(a) && !IsHeadline(b);
  Diff(a, b, table, hunks);
  int negations = 0;
  for (const Token& t : a) negations += IsNegation(t);
  for (const Token& t : b) negations += IsNegation(t);
  const bool flipped = negations % 2 == 1;
  // Swapped names count only between nearly identical sentences: a reworded sentence changes
  // titles, attributions and place descriptors ("GOP Leader" / "Minority Leader").
  size_t edited = 0;
  for (const Hunk& h : *hunks) edited += (h.a_end - h.a_begin) + (h.b_end - h.b_begin);
  const bool near_identical = edited * 4 <= std::min(a.size(), b.size());
  // Whether hunk h replaces a word by its antonym ("rose" -> "fell"), neither word found in the
  // other sentence ("fewer barricades, more normal" / "fewer barricades"); with `unbounded`,
  // neither word is bounded by "until".
  const auto antonym_in = [&](const Hunk& h, bool unbounded) {
    for (size_t i = h.a_begin; i < h.a_end; ++i) {
      if (AntonymSides(a[i].lower).empty() || HasToken(b, a[i].lower)) continue;
      for (size_t j = h.b_begin; j < h.b_end; ++j) {
        if (Opposite(a[i].lower, b[j].lower, OppositeUse::kInPlaceEdit) &&
            !HasToken(a, b[j].lower) && !Unasserted(a, i) && !Unasserted(b, j) &&
            !SubjectsClash(a, i, b, j, docs) &&
            (!unbounded || (!BoundedByUntil(a, i) && !BoundedByUntil(b, j)))) {
          return true;
        }
      }
    }
    return false;
  };
  // Figures changed along with the direction, none of them kept ("fell 0.2 point to 62.6
  // percent" / "rose 0.1 point to 62.7 percent", "the yen rose 0.1 percent to 112.14" /
  // "declined 0.3 percent to 113.07"): two readings of a moving figure, not one fact flipped
  // ("raised the tax from 50% to 75%" / "slashed it to 50% from 85%" keeps 50: one fact). The
  // figure moves with the word: a year changed elsewhere in the sentence ("open its doors ...
  // for its fall 2018 class" / "close its doors ... fall 2020 class") moves nothing.
  constexpr size_t kMovingReach = 8;  // tokens from the direction word to its figure
  std::vector<std::pair<size_t, size_t>> changed_figures;  // a-side positions of changed figures
  for (const Hunk& h : *hunks) {
    bool figure = false;
    for (size_t i = h.a_begin; i < h.a_end; ++i) figure |= a[i].number || a[i].value >= 0;
    for (size_t j = h.b_begin; j < h.b_end; ++j) figure |= b[j].number || b[j].value >= 0;
    if (figure) changed_figures.emplace_back(h.a_begin, h.a_end);
  }
  bool figure_kept = false;
  for (const Token& x : a) {
    if (x.value < 0) continue;
    for (const Token& y : b) figure_kept = figure_kept || y.value == x.value;
  }
  const auto moving = [&](const Hunk& h) {
    if (figure_kept || !antonym_in(h, true)) return false;
    for (const auto& [begin, end] : changed_figures) {
      if (begin + kMovingReach >= h.a_begin && begin <= h.a_end + kMovingReach) return true;
    }
    return false;
  };
  if (std::any_of(hunks->begin(), hunks->end(), moving)) return nullptr;
  // An antonym in some edit ("more" / "less") and a negation in another turn each other back:
  // "did not find it more costly" says "found it less costly". Only an antonym within the
  // negation's clause is turned back: "moving to open its doors to more applicants, it said it
  // would not accept the test" / "moving to close its doors to fewer ..., it would accept" holds
  // two flips.
  if (flipped && std::any_of(hunks->begin(), hunks->end(), [&](const Hunk& h) {
        return antonym_in(h, false) &&
               (NegatedScope(a, h.a_begin, h.a_end) || NegatedScope(b, h.b_begin, h.b_end));
      })) {
    return nullptr;
  }
  for (const Hunk& h : *hunks) {
    const size_t na = h.a_end - h.a_begin, nb = h.b_end - h.b_begin;
    // Negation: polarity differs and a negation word is a local edit ("has not approved"), not
    // part of a different clause ("..., he said he did not think charges would be filed").
    if (flipped && na <= kMaxNegationEdit && nb <= kMaxNegationEdit) {
      int neg_a = 0, neg_b = 0;
      for (size_t i = h.a_begin; i < h.a_end; ++i) neg_a += IsNegation(a[i]);
      for (size_t j = h.b_begin; j < h.b_end; ++j) neg_b += IsNegation(b[j]);
      if ((neg_a + neg_b) % 2 == 1 &&
          OnlyNegationEdit(a, h.a_begin, h.a_end, b, h.b_begin, h.b_end) &&
          SameWordsAfter(a, b, *hunks, static_cast<size_t>(&h - hunks->data())) &&
          !DeferredAfter(a, h.a_end) && !DeferredAfter(b, h.b_end)) {
        return "negation";
      }
    }
    // Antonyms anywhere in a replacement or a one-sided edit ("rose" -> "fell"), unless a
    // negation turns one of them back ("doesn't think it is more dangerous" / "less dangerous",
    // "acquitted" / "found not guilty").
    // ... in a small edit of the same thing (the same two words after it, as for a negation):
    // "confirmed the records" / "denied the request, saying the papers" deny something else.
    if (na <= kMaxAntonymEdit && nb <= kMaxAntonymEdit && antonym_in(h, true) &&
        SameWordsAfter(a, b, *hunks, static_cast<size_t>(&h - hunks->data()))) {
      return "antonym";
    }
    if (na == 0 || nb == 0 || na > kMaxHunkTokens || nb > kMaxHunkTokens) continue;
    // A name replaced by another in the same place, neither found in the other sentence.
    std::string_view name_a_text, name_b_text;
    bool name_a = false, name_b = false, num_a = false, num_b = false;
    for (size_t i = h.a_begin; i < h.a_end; ++i) {
      if (IsName(a[i]) && !HasWholeWord(lower_b, a[i].lower)) {
        name_a = true;
        name_a_text = a[i].lower;
      }
      num_a |= a[i].number && !a[i].clock && !LooseNumber(a, i, b);
    }
    for (size_t j = h.b_begin; j < h.b_end; ++j) {
      if (IsName(b[j]) && !HasWholeWord(lower_a, b[j].lower)) {
        name_b = true;
        name_b_text = b[j].lower;
      }
      num_b |= b[j].number && !b[j].clock && !LooseNumber(b, j, a);
    }
    if (name_a && name_b && names && near_identical && !SpellingVariant(name_a_text, name_b_text) &&
        !KnownAlias(name_a_text, name_b_text) && !Acronym(a, h.a_begin, h.a_end, name_b_text) &&
        !Acronym(b, h.b_begin, h.b_end, name_a_text)) {
      return "entity";
    }
    if (numbers && num_a && num_b && OnlyFigure(a, h.a_begin, h.a_end) &&
        OnlyFigure(b, h.b_begin, h.b_end) &&
        SameWordsAfter(a, b, *hunks, static_cast<size_t>(&h - hunks->data())) &&
        !NearCalendarWord(a, h.a_begin, h.a_end) && !NearCalendarWord(b, h.b_begin, h.b_end) &&
        !OtherFigureChanged(a, b, *hunks, static_cast<size_t>(&h - hunks->data()))) {
      return "number";
    }
  }
  return nullptr;
}

}  // namespace stemma::stories::internal
