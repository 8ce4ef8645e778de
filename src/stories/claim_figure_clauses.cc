// What a figure's clause says of it (internal to src/stories): whether it is hypothetical (an
// offer, a goal, a modal), one of two counts sharing a noun, or the day of a month read as a
// count. See claim_number_cues.cc for the cues of the number itself.
#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stories/claim_view.h"
#include "stories/contradiction_tokens.h"
#include "stories/similarity.h"

namespace stemma::stories::internal {

// Whether the number `value` at `begin` is the day of a month named right before it ("a final
// April 23 deadline", "the Jan. 24 interview"): part of a date the facts stage read as a count of
// what follows. Not after "in", "since", "by" and the like, where the month ends a phrase and the
// number starts a count ("In March 14 people died").
bool DayOfMonth(std::string_view text, size_t s, size_t begin, double value) {
  static constexpr std::string_view kMonths[] = {
      "january",   "february", "march",    "april",    "may",  "june", "july", "august",
      "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
      "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"};
  static constexpr std::string_view kOpeners[] = {
      "in",  "since", "during", "by",   "until", "through", "early",  "late",
      "mid", "last",  "this",   "next", "of",    "from",    "before", "after"};
  if (value < 1 || value > 31 || value != static_cast<int>(value)) return false;
  if (begin < s + 4 || begin > text.size() || text[begin - 1] != ' ') return false;
  size_t m = begin - 1;
  if (m > s && text[m - 1] == '.') --m;
  size_t b = m;
  while (b > s && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  if (b == m || !(text[b] >= 'A' && text[b] <= 'Z')) return false;
  const std::string month = AsciiLower(text.substr(b, m - b));
  if (std::find(std::begin(kMonths), std::end(kMonths), month) == std::end(kMonths)) return false;
  size_t pe = b;
  while (pe > s && text[pe - 1] == ' ') --pe;
  size_t pb = pe;
  while (pb > s && std::isalpha(static_cast<unsigned char>(text[pb - 1]))) --pb;
  const std::string previous = AsciiLower(text.substr(pb, pe - pb));
  return std::find(std::begin(kOpeners), std::end(kOpeners), previous) == std::end(kOpeners);
}

namespace {

// The lowercase words of text[b, e), each with whether it was written in lowercase (a modal
// "may", not the month "May").
std::vector<std::pair<std::string, bool>> PlainWords(std::string_view text, size_t b, size_t e) {
  std::vector<std::pair<std::string, bool>> words;
  for (size_t i = b; i < e;) {
    while (i < e && !std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
    const size_t w = i;
    while (i < e && (std::isalpha(static_cast<unsigned char>(text[i])) || text[i] == '\'')) ++i;
    if (i > w) words.emplace_back(AsciiLower(text.substr(w, i - w)), text[w] >= 'a');
  }
  return words;
}

// Where the clause holding text[begin] ends on either side within the sentence [s, e): at a
// clause comma (not one inside a figure), a semicolon, a colon or a dash.
std::pair<size_t, size_t> ClauseAround(std::string_view text, size_t s, size_t e, size_t begin,
                                       size_t end) {
  const auto stop = [&](size_t i) {
    const char c = text[i];
    if (c == ';' || c == ':' || c == '(' || c == ')') return true;
    if (c == '-' && i + 1 < text.size() && text[i + 1] == '-') return true;
    if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < text.size() &&
        static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[i + 2]) == 0x94 ||
         static_cast<unsigned char>(text[i + 2]) == 0x93)) {
      return true;  // an em or en dash
    }
    if (c != ',') return false;
    const auto digit = [&](size_t k) {
      return k < text.size() && text[k] >= '0' && text[k] <= '9';
    };
    return !(i > 0 && digit(i - 1) && digit(i + 1));
  };
  size_t cb = std::min(begin, e);
  while (cb > s && !stop(cb - 1)) --cb;
  size_t ce = std::min(std::max(end, cb), e);
  while (ce < e && !stop(ce)) ++ce;
  return {cb, ce};
}

}  // namespace

// Whether the figure at [begin, end) is no report of what is or was but of what would, could or
// needs to be: a condition, a modal or a goal before it in its clause ("if the network gave $5
// million", "offered to give $1.5 million", "need to net 24 seats", "a bill that would fund the
// agency through Feb. 16"), or, with `subject`, a modal as the verb its counted words are the
// subject of ("the 52 members can change the rule", "three members opposing it could avert
// it"). Two such figures, or one and a reported figure, are no rival versions: offers, goals and
// proposals differ by who makes them. Not "could" before the figure ("could be felt 100 miles
// away" reports where it was felt).
bool Hypothetical(std::string_view text, size_t s, size_t e, size_t begin, size_t end,
                  bool subject) {
  constexpr size_t kBefore = 8, kAfter = 8;
  const auto [cb, ce] = ClauseAround(text, s, e, begin, end);
  const auto before = PlainWords(text, cb, std::min(begin, e));
  for (size_t i = before.size() > kBefore ? before.size() - kBefore : 0; i < before.size(); ++i) {
    const std::string& w = before[i].first;
    if (w == "if" || w == "unless" || w == "would" || w == "might") return true;
    const bool to_next = i + 1 < before.size() && before[i + 1].first == "to";
    if (to_next && (w == "need" || w == "needs" || w == "needed" || w == "offer" || w == "offers" ||
                    w == "offered" || w == "offering")) {
      return true;
    }
  }
  if (!subject) return false;
  const auto after = PlainWords(text, std::min(end, ce), ce);
  for (size_t i = 0; i < after.size() && i < kAfter; ++i) {
    const auto& [w, lowercase] = after[i];
    if (lowercase && (w == "can" || w == "could" || w == "would" || w == "might" || w == "may")) {
      return true;
    }
  }
  return false;
}

// Whether the figure at [begin, end) is one of two counts joined by "and" or "or" that share one
// noun, each with its own one or two qualifying words ("46 Republican and 51 Democratic
// delegates"): each counts its own kind, and neither is the count of the noun they share.
bool Coordinated(std::string_view text, size_t s, size_t e, size_t begin, size_t end) {
  const auto number_word = [](std::string_view w) {
    if (w.empty()) return false;
    if ((w[0] >= '0' && w[0] <= '9') || (w[0] == '$' && w.size() > 1)) return true;
    return NumberWordValue(AsciiLower(w)) >= 0;
  };
  // The words of text[b, e) split at spaces, commas kept as words of their own.
  const auto words_of = [](std::string_view t) {
    std::vector<std::string_view> out;
    for (size_t i = 0; i < t.size();) {
      if (t[i] == ' ') {
        ++i;
        continue;
      }
      if (t[i] == ',') {
        out.push_back(t.substr(i++, 1));
        continue;
      }
      const size_t w = i;
      while (i < t.size() && t[i] != ' ' && t[i] != ',') ++i;
      out.push_back(t.substr(w, i - w));
    }
    return out;
  };
  // Not a comma: "killed 89 people, 30 of them children" gives a part of one count.
  const auto link = [](std::string_view w) { return w == "and" || w == "or"; };
  // A qualifier, not a noun of its own: "140 guests and 30 employees" count two nouns, each
  // comparable with another report's count of it.
  const auto qualifier = [&](std::string_view w) {
    return !link(w) && !(w.size() >= 3 && w.back() == 's' && !w.ends_with("ss"));
  };
  end = std::min(end, e);
  const auto after = words_of(text.substr(end, std::min<size_t>(e - end, 48)));
  for (size_t k = 1; k <= 2 && k + 1 < after.size(); ++k) {
    if (!qualifier(after[k - 1])) break;
    if (link(after[k]) && number_word(after[k + 1])) return true;
  }
  begin = std::max(begin, s);
  const size_t from = begin > s + 48 ? begin - 48 : s;
  const auto before = words_of(text.substr(from, begin - from));
  const size_t n = before.size();
  if (n < 3 || !link(before[n - 1])) return false;
  // [..., number, one or two qualifying words, link]
  for (size_t q = 1; q <= 2 && q + 2 <= n; ++q) {
    if (!qualifier(before[n - 1 - q])) break;
    if (number_word(before[n - 2 - q])) return true;
  }
  return false;
}

}  // namespace stemma::stories::internal
