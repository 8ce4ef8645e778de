// DateScanner: matches date/time/duration forms at a token; absolute forms are defined here.
#pragma once

#include <cstdio>
#include <cstdlib>

#include "facts/date_tense.h"
#include "facts/facts_internal.h"

namespace stemma::facts {

inline constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                               "may",       "june",     "july",     "august",
                                               "september", "october",  "november", "december"};
inline constexpr std::string_view kMonthAbbr[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                  "jul", "aug", "sep", "oct", "nov", "dec"};
inline constexpr std::string_view kWeekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                                 "friday", "saturday", "sunday"};
inline constexpr std::string_view kWeekdayAbbr[] = {"mon", "tue", "wed", "thu",
                                                    "fri", "sat", "sun"};

inline int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[(m - 1) % 12];
}

// The same day `months` later (earlier when negative), clamped to the month's last day.
CivilDate AddMonths(CivilDate d, int months);

// Whether "today" at token i means nowadays ("the world today", "today's teenagers", "Today,
// many families rely on ...") rather than the calendar day ("said today", "today's vote").
bool TodayMeansNowadays(const TokenizedText& tt, size_t i);

// One recognised expression: tokens [first, last) and its TIMEX-style value.
struct DateMatch {
  size_t first = 0;
  size_t last = 0;
  std::string value;
  std::string anchor;  // an offset's anchor named earlier in the sentence ("2014-10-12"), or ""
};

// Joins adjacent matches: ranges ("from X to Y", "November 19-20", "5 to 6pm"), a date with
// its time, and modifiers ("since", "after") that belong to the span.
void MergeDateMatches(const TokenizedText& tt, std::vector<DateMatch>* matches);

// The scanner state for one document.
class DateScanner {
 public:
  DateScanner(const TokenizedText& tt, CivilDate ref) : tt_(tt), ref_(ref), n_(tt.tokens.size()) {}

  // Tries every form at token i; returns one past the last token matched (i = none).
  // absolute() tells whether the last match named its calendar date or year outright.
  size_t Match(size_t i, std::string* value) {
    size_t end;
    absolute_ = true;
    if ((end = MatchNumericDate(i, value)) > i) return WithTime(end, value);
    if ((end = MatchMonthFirst(i, value)) > i) return WithTime(end, value);
    if ((end = MatchDayFirst(i, value)) > i) return WithTime(end, value);
    absolute_ = false;
    if ((end = MatchRelative(i, value)) > i) return WithTime(end, value);
    if ((end = MatchSet(i, value)) > i) return end;
    if ((end = MatchAmount(i, value)) > i) return end;
    if ((end = MatchYear(i, value)) > i) {
      absolute_ = true;  // "in 2011" names its year
      return end;
    }
    if ((end = MatchTime(i, value)) > i) return end;
    return i;
  }
  bool absolute() const { return absolute_; }

  // An offset from this scanner's reference taken as a date named earlier in the sentence:
  // "two days later", "a week after that", "three years earlier", "the next day". `precision`
  // is the anchor's (0 a year, 1 a month, 2 a day): a year anchors only offsets in years or
  // decades ("in 2011 ... eight years earlier" -> "2003"), a month those in months or more.
  // Returns one past the match, or i.
  size_t MatchAnchored(size_t i, std::string* value, int precision = 2);

 private:
  std::string_view L(size_t i) const { return i < n_ ? tt_.Lower(i) : std::string_view(); }
  bool IsNum(size_t i) const { return i < n_ && tt_.tokens[i].kind == TokenKind::kNumber; }
  int Int(size_t i) const {
    std::string_view s = tt_.Text(i);
    if (s.size() > 6) return -1;
    int v = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  }
  bool Adj(size_t i) const { return i < n_ && tt_.Adjacent(i); }

  // a == b for short words, without a library call.
  static bool SameWord(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t k = 0; k < a.size(); ++k) {
      if (a[k] != b[k]) return false;
    }
    return true;
  }
  int MonthAt(size_t i, size_t* end) const {
    std::string_view w = L(i);
    // Every month name and abbreviation has 3-9 letters and starts with one of these.
    if (w.size() < 3 || w.size() > 9) return 0;
    switch (w[0]) {
      case 'j':
      case 'f':
      case 'm':
      case 'a':
      case 's':
      case 'o':
      case 'n':
      case 'd':
        break;
      default:
        return 0;
    }
    for (int m = 0; m < 12; ++m) {
      if (w[0] != kMonths[m][0]) continue;  // abbreviations share the name's first letter
      if (SameWord(w, kMonths[m])) {
        *end = i + 1;
        return m + 1;
      }
      if (SameWord(w, kMonthAbbr[m]) || (m == 8 && SameWord(w, "sept"))) {
        // "may" alone is a verb unless capitalised.
        *end = i + 1;
        if (L(i + 1) == "." && Adj(i + 1)) *end = i + 2;
        return m + 1;
      }
    }
    return 0;
  }
  int WeekdayAt(size_t i) const {
    std::string_view w = L(i);
    // Names have 6-9 letters and end in "day"; abbreviations have 3.
    if (w.size() != 3 && (w.size() < 6 || w.size() > 9 || !w.ends_with("day"))) return 0;
    for (int d = 0; d < 7; ++d) {
      if (SameWord(w, kWeekdays[d]) ||
          (SameWord(w, kWeekdayAbbr[d]) && tt_.tokens[i].capitalized)) {
        return d + 1;
      }
    }
    return 0;
  }
  // Day number with optional ordinal suffix: "2", "2nd", "the 28th". Returns 0 if none.
  int DayAt(size_t i, size_t* end) const {
    if (!IsNum(i)) return 0;
    int d = Int(i);
    if (d < 1 || d > 31) return 0;
    *end = i + 1;
    std::string_view s = L(i + 1);
    if (Adj(i + 1) && (s == "st" || s == "nd" || s == "rd" || s == "th")) *end = i + 2;
    return d;
  }
  int YearAt(size_t i) const {
    if (!IsNum(i) || tt_.Text(i).size() != 4) return 0;
    int y = Int(i);
    return (y >= 1000 && y <= 2999) ? y : 0;
  }

  std::string Ymd(int y, int m, int d) const {
    if (d > DaysInMonth(y, m) && !(m == 2 && d == 29)) return "";
    char buf[32];
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, d);
    return buf;
  }
  // Year for a month/day without one: the occurrence nearest the reference date.
  int NearestYear(int m, int d) const {
    if (!ref_.valid()) return 0;
    int64_t r = DaysFromCivil(ref_);
    int best = ref_.year;
    int64_t best_gap = INT64_MAX;
    for (int y = ref_.year - 4; y <= ref_.year + 4; ++y) {
      if (d > DaysInMonth(y, m)) continue;  // Feb 29 only in leap years
      int64_t gap = std::llabs(DaysFromCivil({y, m, d}) - r);
      if (gap < best_gap) {
        best_gap = gap;
        best = y;
      }
    }
    return best;
  }

  size_t MatchNumericDate(size_t i, std::string* value) {
    if (!IsNum(i)) return i;
    // 2025-04-10
    if (YearAt(i) && L(i + 1) == "-" && IsNum(i + 2) && L(i + 3) == "-" && IsNum(i + 4) &&
        Adj(i + 1) && Adj(i + 2) && Adj(i + 3) && Adj(i + 4)) {
      int m = Int(i + 2), d = Int(i + 4);
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
        *value = Ymd(YearAt(i), m, d);
        if (!value->empty()) return i + 5;
      }
    }
    // 2/29/2019, 10/2 (month first, as in US news)
    if (L(i + 1) == "/" && Adj(i + 1) && IsNum(i + 2) && Adj(i + 2)) {
      int m = Int(i), d = Int(i + 2);
      if (m > 12 && d <= 12) std::swap(m, d);  // 22/04: day first
      if (m < 1 || m > 12 || d < 1 || d > 31) return i;
      if (L(i + 3) == "/" && Adj(i + 3) && IsNum(i + 4) && Adj(i + 4)) {
        int y = Int(i + 4);
        if (tt_.Text(i + 4).size() == 2) y += y < 50 ? 2000 : 1900;
        if (y < 1000 || y > 2999) return i;
        *value = Ymd(y, m, d);
        return value->empty() ? i : i + 5;
      }
      int y = NearestYear(m, d);
      if (!y) return i;
      *value = Ymd(y, m, d);
      return value->empty() ? i : i + 3;
    }
    return i;
  }

  // "September 2, 2025", "Jan. 16, 2024", "June 26th of 2020", "Oct/2", "September 2025",
  // "September".
  size_t MatchMonthFirst(size_t i, std::string* value) {
    size_t k;
    int m = MonthAt(i, &k);
    if (!m) return i;
    bool capital = tt_.tokens[i].capitalized;
    if (L(i) == "may" && !capital) return i;
    if (L(k) == "/" && Adj(k) && IsNum(k + 1)) ++k;          // Oct/2
    if (L(k) == "," && IsNum(k + 1) && !YearAt(k + 1)) ++k;  // "October, 1st"
    if (L(k) == "the" && IsNum(k + 1)) ++k;
    size_t e;
    int d = DayAt(k, &e);
    if (d && !YearAt(k)) {
      size_t y_at = e;
      if (L(y_at) == ",") ++y_at;
      if (L(y_at) == "of") ++y_at;
      int y = YearAt(y_at);
      if (y) {
        *value = Ymd(y, m, d);
        return value->empty() ? i : y_at + 1;
      }
      y = NearestYear(m, d);
      if (!y) return i;
      *value = Ymd(y, m, d);
      return value->empty() ? i : e;
    }
    if (!capital && L(i).size() <= 3) return i;  // "mar", "jan" in running text
    size_t y_at = k;
    if (L(y_at) == "of" || L(y_at) == ",") ++y_at;
    int y = YearAt(y_at);
    char buf[16];
    if (y) {
      std::snprintf(buf, sizeof(buf), "%04d-%02d", y, m);
      *value = buf;
      return y_at + 1;
    }
    if (!ref_.valid() || !capital) return i;
    if (L(i) == "march" || L(i) == "may") {
      // "March" and "May" are also a verb and a modal; want "in May" or "May 2025".
      if (i == 0 || (L(i - 1) != "in" && L(i - 1) != "since" && L(i - 1) != "until" &&
                     L(i - 1) != "by" && L(i - 1) != "of" && L(i - 1) != "early" &&
                     L(i - 1) != "late" && L(i - 1) != "mid" && L(i - 1) != "last")) {
        return i;
      }
    }
    if (IsFutureClause(tt_, i, k)) {  // "elections will be held in May": the coming one
      y = m >= ref_.month ? ref_.year : ref_.year + 1;
    } else {
      y = m <= ref_.month ? ref_.year : ref_.year - 1;  // news: the latest past month
    }
    std::snprintf(buf, sizeof(buf), "%04d-%02d", y, m);
    *value = buf;
    return k;
  }

  // "27 August 1950", "2nd of March", "the 27th of August".
  size_t MatchDayFirst(size_t i, std::string* value) {
    size_t start = i;
    if (L(i) == "the" && IsNum(i + 1)) ++i;
    size_t e;
    int d = DayAt(i, &e);
    if (!d) return start;
    if (L(e) == "of") ++e;
    size_t k;
    int m = MonthAt(e, &k);
    if (!m || (L(e) == "may" && !tt_.tokens[e].capitalized)) return start;
    size_t y_at = k;
    if (L(y_at) == ",") ++y_at;
    int y = YearAt(y_at);
    if (y) {
      *value = Ymd(y, m, d);
      return value->empty() ? start : y_at + 1;
    }
    y = NearestYear(m, d);
    if (!y) return start;
    *value = Ymd(y, m, d);
    return value->empty() ? start : k;
  }

  CivilDate Shift(int64_t days) const { return CivilFromDays(DaysFromCivil(ref_) + days); }
  // "a" / "an", optionally "a few" (3) or "a couple (of)" (2), at token i: sets *amount and
  // returns one past the words read, or i.
  size_t ArticleAmount(size_t i, double* amount) const {
    if (L(i) != "a" && L(i) != "an") return i;
    *amount = 1;
    size_t k = i + 1;
    if (L(k) == "few" || L(k) == "couple") {
      *amount = L(k) == "few" ? 3 : 2;
      k += L(k + 1) == "of" ? 2 : 1;
    }
    return k;
  }
  // The reference moved by `count` calendar units: 'D' days, 'W' weeks, 'M' months, 'Y' years,
  // 'E' decades; an invalid date for any other unit.
  CivilDate ShiftUnits(char unit, int count) const {
    switch (unit) {
      case 'D':
        return Shift(count);
      case 'W':
        return Shift(7 * static_cast<int64_t>(count));
      case 'M':
        return AddMonths(ref_, count);
      case 'Y':
        return AddMonths(ref_, 12 * count);
      case 'E':
        return AddMonths(ref_, 120 * count);
      default:
        return CivilDate{};
    }
  }

  size_t MatchRelative(size_t i, std::string* value);
  size_t MatchAmount(size_t i, std::string* value);
  size_t MatchYear(size_t i, std::string* value);
  size_t MatchSet(size_t i, std::string* value);
  size_t MatchTime(size_t i, std::string* value);
  size_t WithTime(size_t end, std::string* value);

  const TokenizedText& tt_;
  CivilDate ref_;
  size_t n_;
  bool absolute_ = false;
};

}  // namespace stemma::facts
