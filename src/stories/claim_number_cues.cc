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

// A plural order of magnitude ("dozens", "hundreds of", "tens of thousands"): the value is a
// floor, not an estimate. Returns how far above it the count may go (10 for "hundreds", "tens of
// thousands"; 100 for a bare "thousands", which news uses up to tens of thousands), 0 when none.
int PluralMagnitude(std::string_view text) {
  std::vector<Word> words;
  ContentWords(text, &words);
  int reach = 0;
  for (const Word& w : words) {
    const std::string_view x = w.lower;
    if (x == "dozens") return 20;  // "dozens of" runs to a couple of hundred in news use
    if (x == "hundreds" || x == "tens" || x == "scores") return 10;
    if (x == "thousands" || x == "millions" || x == "billions") reach = 100;
  }
  return reach;
}

// The period a sentence places itself in relative to its writing ("last month", "earlier this
// year", "ago"), or empty. Two figures of differently placed sentences are of two moments: a
// poll "released earlier this month" and one "released last month"; tariffs imposed "earlier
// this year" and the ones in force now.
std::string_view RelativePeriod(std::string_view sentence) {
  static constexpr std::string_view kPeriods[] = {
      "last week",  "last month",         "last year",         "earlier this week",
      "ago",        "earlier this month", "earlier this year", "next week",
      "next month", "next year",          "later this month",  "later this year"};
  const std::string lower = AsciiLower(sentence);
  for (std::string_view p : kPeriods) {
    for (size_t at = lower.find(p); at != std::string::npos; at = lower.find(p, at + 1)) {
      const size_t end = at + p.size();
      const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(lower[at - 1]));
      const bool ends =
          end == lower.size() || !std::isalnum(static_cast<unsigned char>(lower[end]));
      if (starts && ends) return p;
    }
  }
  return {};
}

// Whether a sentence sums its figures over a span of years ("22 million losing insurance over
// the next decade", "cut by $1tn from 2017-26", "between 2020 and 2029"): a total over years and
// a figure of one year, or of no stated span, are two measures.
bool SpanOfYears(std::string_view sentence) {
  const std::string lower = AsciiLower(sentence);
  const auto digits = [&](size_t at, size_t n) {
    if (at + n > lower.size()) return false;
    for (size_t i = at; i < at + n; ++i) {
      if (lower[i] < '0' || lower[i] > '9') return false;
    }
    return at + n == lower.size() || !(lower[at + n] >= '0' && lower[at + n] <= '9');
  };
  // "over the next decade", "over 10 years", "over the years": within four words of "over".
  for (size_t at = lower.find("over "); at != std::string::npos; at = lower.find("over ", at + 1)) {
    if (at > 0 && std::isalnum(static_cast<unsigned char>(lower[at - 1]))) continue;
    const std::string_view rest = std::string_view(lower).substr(at + 5, 32);
    const std::string_view words = rest.substr(0, rest.find_first_of(",;.:"));
    for (std::string_view unit : {"decade", "years"}) {
      const size_t u = words.find(unit);
      if (u != std::string_view::npos && (u == 0 || words[u - 1] == ' ')) return true;
    }
  }
  // Year ranges: "2017-26", "2017-2026", "from 2017 to 2026", "between 2017 and 2026".
  for (size_t i = 0; i + 4 < lower.size(); ++i) {
    if ((i > 0 && std::isalnum(static_cast<unsigned char>(lower[i - 1]))) || !digits(i, 4) ||
        (lower.compare(i, 2, "19") != 0 && lower.compare(i, 2, "20") != 0)) {
      continue;
    }
    if (lower[i + 4] == '-' && (digits(i + 5, 2) || digits(i + 5, 4))) return true;
    const std::string_view before = std::string_view(lower).substr(0, i);
    for (std::string_view link : {" to ", " and ", " through "}) {
      if ((before.ends_with("from ") || before.ends_with("between ")) &&
          lower.compare(i + 4, link.size(), link) == 0 && digits(i + 4 + link.size(), 4)) {
        return true;
      }
    }
  }
  return false;
}

// What the units of a count are of: the word after "of" right after the number or its first
// word ("12 pages of emails", "42,000 pages of documents"), folded; empty when none. Pages of
// emails and pages of documents are two counts.
std::string CountedOf(std::string_view text, size_t end, size_t e) {
  end = std::min(end, e);
  const std::string after = AsciiLower(text.substr(end, std::min<size_t>(e - end, 48)));
  size_t at = after.find(" of ");
  if (at == std::string::npos || std::count(after.begin(), after.begin() + at, ' ') > 1) return "";
  at += 4;
  for (std::string_view skip : {"the ", "their ", "its ", "his ", "her "}) {
    if (std::string_view(after).substr(at).starts_with(skip)) at += skip.size();
  }
  size_t stop = at;
  while (stop < after.size() && after[stop] >= 'a' && after[stop] <= 'z') ++stop;
  if (stop == at || (stop < after.size() && IsWordByte(static_cast<unsigned char>(after[stop])) &&
                     after[stop] != '\'')) {
    return "";
  }
  return FoldPlural(std::string_view(after).substr(at, stop - at));
}

// The period a figure is a rate per ("60,000 applications ... every year", "$11.81 an hour",
// "$60 million a year", "averaged 232,000 jobs a month"), from the words after it up to the
// next comma or semicolon in its sentence [.., e), or empty. A rate and a count, or rates per
// different periods, are two measures, not rival versions of one.
std::string_view RatePeriod(std::string_view text, size_t end, size_t e) {
  static constexpr std::pair<std::string_view, std::string_view> kRates[] = {
      {" a year", "year"},     {" per year", "year"},    {" each year", "year"},
      {" every year", "year"}, {" annually", "year"},    {" a month", "month"},
      {" per month", "month"}, {" each month", "month"}, {" every month", "month"},
      {" a week", "week"},     {" per week", "week"},    {" a day", "day"},
      {" per day", "day"},     {" each day", "day"},     {" every day", "day"},
      {" an hour", "hour"},    {" per hour", "hour"}};
  end = std::min(end, e);
  std::string after = AsciiLower(text.substr(end, std::min<size_t>(e - end, 80)));
  after.resize(std::min(after.find_first_of(",;"), after.size()));
  // "for a year", "in a day", "a year ago" name a stretch of time, not a rate.
  static constexpr std::string_view kStretchBefore[] = {" for",  " in",    " within", " over",
                                                        " than", " after", " about"};
  static constexpr std::string_view kStretchAfter[] = {" ago", " later", " earlier", " after",
                                                       " before"};
  for (const auto& [words, period] : kRates) {
    for (size_t at = after.find(words); at != std::string::npos; at = after.find(words, at + 1)) {
      const size_t stop = at + words.size();
      if (stop < after.size() && std::isalnum(static_cast<unsigned char>(after[stop]))) continue;
      const std::string_view head = std::string_view(after).substr(0, at);
      const std::string_view tail = std::string_view(after).substr(stop);
      const bool stretch = std::any_of(std::begin(kStretchBefore), std::end(kStretchBefore),
                                       [&](std::string_view w) { return head.ends_with(w); }) ||
                           std::any_of(std::begin(kStretchAfter), std::end(kStretchAfter),
                                       [&](std::string_view w) { return tail.starts_with(w); });
      if (!stretch) return period;
    }
  }
  return {};
}

// Whether the words just before a number make it a bound: +1 for a floor ("more than 1,300",
// "at least 40", "over"), -1 for a ceiling ("up to 12", "fewer than 300", "tariffs on as much as
// $450 billion of goods"), else 0.
int BoundBefore(std::string_view text, size_t begin) {
  static constexpr std::pair<std::string_view, int> kBounds[] = {
      {"more than ", 1},    {"at least ", 1},   {"over ", 1},          {"upwards of ", 1},
      {"in excess of ", 1}, {"exceeding ", 1},  {"up to ", -1},        {"fewer than ", -1},
      {"less than ", -1},   {"at most ", -1},   {"no more than ", -1}, {"under ", -1},
      {"as much as ", -1},  {"as many as ", -1}};
  std::string lower = LowerBefore(text, begin, 16);
  if (!lower.empty() && lower.back() == '$') lower.pop_back();  // "more than $5 million"
  int found = 0;
  size_t longest = 0;
  for (const auto& [words, sign] : kBounds) {
    if (words.size() > longest && lower.ends_with(words) &&
        (lower.size() == words.size() ||
         !std::isalpha(static_cast<unsigned char>(lower[lower.size() - words.size() - 1])))) {
      found = sign;
      longest = words.size();
    }
  }
  return found;
}

// Whether the number at `begin` is a winning or losing margin: "by" right before it (after at
// most one hedge), and a verb of leading, winning or losing a few words earlier ("McDaniel led
// Cochran by just under 2,000 votes"). A margin and a total ("with 155,040 votes") are
// different claims. Not "rose by 5 percent", which other reports write "rose 5 percent".
bool MarginBefore(std::string_view text, size_t begin) {
  static constexpr std::string_view kHedges[] = {
      "just under ", "just over ", "about ", "nearly ", "almost ", "roughly ",
      "more than ",  "less than ", "some ",  "around ", "only ",   "just "};
  static constexpr std::string_view kLeads[] = {
      "led",  "leads", "leading", "won",      "wins",   "win",   "lost",   "loses",   "lose",
      "beat", "beats", "trailed", "trailing", "trails", "ahead", "behind", "defeated"};
  constexpr size_t kWindow = 64;
  std::string lower = LowerBefore(text, begin, kWindow);
  if (!lower.empty() && lower.back() == '$') lower.pop_back();
  std::string_view rest = lower;
  for (std::string_view hedge : kHedges) {
    if (rest.ends_with(hedge)) {
      rest.remove_suffix(hedge.size());
      break;
    }
  }
  if (!rest.ends_with(" by ")) return false;
  rest.remove_suffix(4);
  return std::any_of(std::begin(kLeads), std::end(kLeads),
                     [&](std::string_view verb) { return HasWholeWord(rest, verb); });
}

// Whether the count at [begin, end) is a part added to others: "four other senators", "two
// more bodies", "another 300 homes", "an additional 40 troops". A part and a total of the
// same thing are different claims.
bool PartialCount(std::string_view text, size_t begin, size_t end) {
  end = std::min(end, text.size());
  const std::string after = AsciiLower(text.substr(end, 12));
  const std::string before = LowerBefore(text, std::min(begin, end), 16);
  for (std::string_view w : {" other ", " more ", " additional ", " further "}) {
    if (after.starts_with(w)) return true;
  }
  // "his first 17 passes", "the last 10 years", "the top 5 finishers": a subset.
  return before.ends_with("another ") || before.ends_with("additional ") ||
         before.ends_with("further ") || before.ends_with("first ") || before.ends_with("last ") ||
         before.ends_with("final ") || before.ends_with("top ");
}

// Whether the number at `begin` names something rather than counts it: it follows a
// capitalised word inside its sentence ("state Route 94", "Flight 8501", "Boeing 737"), not a
// weekday or month ("on Friday 14 people"), or is glued by a hyphen to a capitalised word
// ("COVID-19", "F-35"). Two names are no rival counts, and no statements of one count.
bool NamesSomething(std::string_view text, size_t s, size_t begin) {
  if (begin >= s + 2 && begin <= text.size() && text[begin - 1] == '-') {
    size_t w = begin - 1;
    while (w > s && std::isalpha(static_cast<unsigned char>(text[w - 1]))) --w;
    if (w < begin - 1 && text[w] >= 'A' && text[w] <= 'Z') return true;
  }
  if (begin < s + 2 || text[begin - 1] != ' ') return false;
  size_t b = begin - 1;
  while (b > s && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  if (b == begin - 1 || b == s || !(text[b] >= 'A' && text[b] <= 'Z')) return false;
  if (b > 0 && text[b - 1] != ' ') return false;  // "U.S. 500": an abbreviation, not a name
  const std::string word = AsciiLower(text.substr(b, begin - 1 - b));
  return word.size() >= 2 && !IsCalendarWord(word);
}

// Whether the number at `begin` is the second of a rate or a share: "one in 10 people", "3 in 4
// voters", "three of four cases he highlighted". It counts the whole a part is taken from.
bool Rate(std::string_view text, size_t begin) {
  const std::string before = LowerBefore(text, begin, 16);
  if (!before.ends_with(" in ") && !before.ends_with(" of ")) return false;
  const std::string_view head = std::string_view(before).substr(0, before.size() - 4);
  if (!head.empty() && head.back() >= '0' && head.back() <= '9') return true;
  const size_t space = head.find_last_of(' ');
  return NumberWordValue(space == std::string_view::npos ? head : head.substr(space + 1)) >= 0;
}

// Whether the number at `begin` is a forecast or an estimate: a cue of one in the 48 bytes
// before it within its sentence ("is forecast to dump 9.6 trillion gallons", "is expected to
// dump 18 trillion", "are estimated to be about 3,000"; not the hedge "an estimated 500").
// They differ by who makes them and when, and are no version of what happened. Whole news
// corpus: 4 of 47 contradicting pairs dropped, all false.
bool Forecast(std::string_view text, size_t s, size_t begin) {
  constexpr size_t kWindow = 48;
  const std::string before =
      LowerBefore(text, begin, std::min(kWindow, begin - std::min(s, begin)));
  for (std::string_view cue :
       {"forecast", "projected to", "predicted to", "expected to", "estimated to"}) {
    if (before.find(cue) != std::string::npos) return true;
  }
  return false;
}

// Whether the count ending at `end` is a shortfall: "three votes short of", "14 short of the 170
// needed". A shortfall is a margin, not a total ("the 34 votes they need").
bool ShortOf(std::string_view text, size_t end) {
  const std::string after = AsciiLower(text.substr(std::min(end, text.size()), 24));
  const size_t at = after.find(" short of ");
  return at != std::string::npos && std::count(after.begin(), after.begin() + at, ' ') <= 1;
}

// Whether the number at `begin` converts the measure before it: "50 km (30 miles)". A
// conversion is the same figure twice, not a claim of its own.
bool Conversion(std::string_view text, size_t s, size_t begin) {
  if (begin <= s || text[begin - 1] != '(') return false;
  const std::string_view before =
      text.substr(begin > s + 24 ? begin - 24 : s, begin > s + 24 ? 24 : begin - s);
  return std::any_of(before.begin(), before.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether the count at [begin, end) counts several kinds together: its noun (the first plural
// among the next three words) is followed by more plurals joined by commas and "and"/"or"
// ("dozens of planes, ships and helicopters", "2,000 soldiers and civilians"). A total of
// several kinds and a count of one of them ("five planes") are different claims.
bool CombinedCount(std::string_view text, size_t begin, size_t end) {
  end = std::min(end, text.size());
  const std::string after = AsciiLower(text.substr(end, 96));
  size_t i = 0;
  // The next word of lowercase letters after `i` (skipping spaces), moving `i` past it.
  const auto next_word = [&]() {
    while (i < after.size() && after[i] == ' ') ++i;
    const size_t b = i;
    while (i < after.size() && after[i] >= 'a' && after[i] <= 'z') ++i;
    const bool word =
        i > b && (i == after.size() || !IsWordByte(static_cast<unsigned char>(after[i])));
    return word ? std::string_view(after).substr(b, i - b) : std::string_view();
  };
  const auto plural = [](std::string_view w) {
    return w.size() >= 4 && w.back() == 's' && !w.ends_with("ss") && !IsStopword(w);
  };
  // A listed item: a plural, or one word before a plural ("government officials").
  const auto item = [&]() {
    const std::string_view w = next_word();
    if (plural(w)) return true;
    if (w.empty() || IsStopword(w)) return false;
    const size_t keep = i;
    if (plural(next_word())) return true;
    i = keep;
    return false;
  };
  bool noun = false;
  for (int k = 0; k < 3 && !noun; ++k) {
    const std::string_view w = next_word();
    if (w.empty()) return false;
    noun = plural(w);
  }
  if (!noun) return false;
  while (i < after.size()) {
    if (after[i] == ',') {
      ++i;
      const size_t keep = i;
      const std::string_view w = next_word();
      if (w == "and" || w == "or") return item();
      i = keep;
      if (!item()) return false;
      continue;
    }
    const std::string_view w = next_word();
    return (w == "and" || w == "or") && item();
  }
  return false;
}

// Whether the count at `begin` is a tally of a moment in a running event: its sentence says "as
// of" or "by evening", "so far" or "to date" follows it closely, or the count is what is left
// ("all but 17,000 customers"). Two tallies of a running count (outages, rescues) are updates, not
// rival versions.
bool RunningTally(std::string_view text, size_t s, size_t e, size_t begin) {
  const std::string sentence = AsciiLower(text.substr(s, e - s));
  if (LowerBefore(text, begin, 8) == "all but ") return true;
  for (std::string_view marker : {"as of ", "by morning", "by evening", "by nightfall", "by midday",
                                  "by noon", "by midnight", "by late ", "by early "}) {
    if (sentence.find(marker) != std::string::npos) return true;
  }
  // "killed 40 people so far"; not "the worst disaster to date was ... 270".
  const std::string after = AsciiLower(text.substr(begin, std::min<size_t>(48, e - begin)));
  return after.find("so far") != std::string::npos || after.find("to date") != std::string::npos;
}

// Whether the sentence [s, e) is a table run into the text ("3/10 Mississippi 28 8 0 3/10
// Idaho 11 9 0 ..."): eight figures or more, making up at least a third of its words. Its
// figures and dates belong to rows and columns the sentence does not name.
bool TableLike(std::string_view text, size_t s, size_t e) {
  size_t words = 0, figures = 0;
  for (size_t i = s; i < e;) {
    while (i < e && IsSpaceByte(text[i])) ++i;
    if (i >= e) break;
    const size_t b = i;
    while (i < e && !IsSpaceByte(text[i])) ++i;
    ++words;
    figures += text[b] >= '0' && text[b] <= '9';
  }
  return figures >= 8 && figures * 3 >= words;
}

// The place a distance is measured from: the capitalised word after "of" or "from" just after
// the number ("60 miles south of Boston" -> "Boston"); empty when there is none or the number is
// not a length.
std::string DistanceReference(const Fact& fact, std::string_view text) {
  static constexpr std::string_view kLengths[] = {"Mile", "Kilometer", "Meter", "Foot", "Yard"};
  if (std::find(std::begin(kLengths), std::end(kLengths), fact.counts) == std::end(kLengths)) {
    return "";
  }
  const size_t from = std::min(fact.end, text.size());
  const std::string_view after = text.substr(from, 48);
  for (std::string_view marker : {" of ", " from "}) {
    const size_t at = after.find(marker);
    if (at == std::string_view::npos) continue;
    size_t b = at + marker.size();
    if (after.substr(b).starts_with("the ")) b += 4;
    size_t e = b;
    while (e < after.size() && IsWordByte(static_cast<unsigned char>(after[e]))) ++e;
    if (e > b && after[b] >= 'A' && after[b] <= 'Z') return std::string(after.substr(b, e - b));
  }
  return "";
}

}  // namespace stemma::stories::internal
