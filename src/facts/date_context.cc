// Dates read with their sentence: offsets anchored on a date named earlier in it ("on October
// 12 ... two days later"), and "today" meaning nowadays ("Today, many families rely on ...").
#include "facts/date_scanner.h"
#include "facts/word_set.h"

namespace stemma::facts {
namespace {

// Calendar units an anchored offset counts in: 'D', 'W', 'M', 'Y' and 'E' (decade).
char CalendarUnit(std::string_view w) {
  if (w == "day" || w == "days") return 'D';
  if (w == "week" || w == "weeks") return 'W';
  if (w == "month" || w == "months") return 'M';
  if (w == "year" || w == "years") return 'Y';
  if (w == "decade" || w == "decades") return 'E';
  return 0;
}

}  // namespace

size_t DateScanner::MatchAnchored(size_t i, std::string* value, int precision) {
  if (!ref_.valid()) return i;
  // "the next day", "the following day".
  if (precision == 2 && L(i) == "the" && (L(i + 1) == "next" || L(i + 1) == "following") &&
      L(i + 2) == "day") {
    *value = FormatDate(Shift(1));
    return i + 3;
  }
  double amount = 0;
  size_t k = i;
  if (IsNum(i)) {
    const int v = Int(i);
    if (v <= 0) return i;
    amount = v;
    k = i + 1;
  } else if (const size_t after = ArticleAmount(i, &amount); after > i) {
    k = after;
  } else {
    const size_t used = ParseNumberWords(tt_, i, n_, &amount);
    if (used == 0) return i;
    k = i + used;
  }
  const char unit = CalendarUnit(L(k));
  if (!unit || amount <= 0 || amount > 1000) return i;
  size_t end = k + 1;
  int sign = 0;
  if (L(end) == "later" || L(end) == "afterwards" || L(end) == "afterward") {
    sign = 1;
    end += 1;
  } else if (L(end) == "earlier") {
    sign = -1;
    end += 1;
  } else if ((L(end) == "after" || L(end) == "before") && L(end + 1) == "that") {
    sign = L(end) == "after" ? 1 : -1;
    end += 2;
  } else {
    return i;
  }
  // A coarser anchor moves only by whole units of its own precision.
  if ((precision == 0 && unit != 'Y' && unit != 'E') ||
      (precision == 1 && (unit == 'D' || unit == 'W'))) {
    return i;
  }
  const CivilDate d = ShiftUnits(unit, static_cast<int>(amount) * sign);
  if (!d.valid()) return i;
  *value = FormatDate(d).substr(0, precision == 0 ? 4 : precision == 1 ? 7 : std::string::npos);
  return end;
}

bool TodayMeansNowadays(const TokenizedText& tt, size_t i) {
  const size_t n = tt.tokens.size();
  auto lower = [&](size_t k) { return k < n ? tt.Lower(k) : std::string_view(); };
  // "today's teenagers", "today's young people": the people and things of this age.
  static const WordSet kNowNouns = {
      "world",    "society",   "youth",      "teenagers",  "teens",       "kids",
      "children", "young",     "youngsters", "generation", "generations", "students",
      "parents",  "families",  "culture",    "era",        "standards",   "modern",
      "digital",  "consumers", "women",      "men",        "politics",    "media"};
  const std::string_view next = lower(i + 1);
  if ((next == "'s" || next == "\xE2\x80\x99s") && kNowNouns.Contains(lower(i + 2))) return true;
  const std::string_view prev =
      i == 0 || tt.tokens[i].sentence_start ? std::string_view() : lower(i - 1);
  // "the world today", "life today", "even today", "the Germany of today" (not "as of today").
  if (prev == "world" || prev == "society" || prev == "life" || prev == "even") return true;
  if (prev == "of" && next != "'s" && next != "\xE2\x80\x99s" && lower(i - 2) != "as" &&
      lower(i - 2) != "end") {
    return true;
  }
  // "as it is today", "as we know it today".
  if (prev == "is" || prev == "are" || prev == "it" || prev == "exists" || prev == "stands") {
    for (size_t back = 2; back <= 4 && back <= i; ++back) {  // prev set: i >= 1
      if (lower(i - back) == "as") return true;
    }
  }
  // "Today, many families rely on ...", "but today most stores close at six": a quantified
  // subject in the present tense. A past, future or passive verb keeps the day.
  const bool opens = prev.empty() || prev == "but" || prev == "yet" || prev == ";" ||
                     prev == "whereas" || prev == "and";
  if (!opens) return false;
  size_t k = i + 1;
  if (lower(k) == ",") ++k;
  static const WordSet kQuantifiers = {"many",     "most",      "some",     "few",    "fewer",
                                       "more",     "nearly",    "almost",   "half",   "only",
                                       "millions", "thousands", "hundreds", "roughly"};
  if (!kQuantifiers.Contains(lower(k))) return false;
  static const WordSet kDayVerbs = {
      "will", "'ll",       "would",    "said",      "says",  "was",  "were",     "had",
      "did",  "yesterday", "tomorrow", "announced", "plans", "plan", "expected", "set"};
  for (size_t m = k + 1; m < n && m < k + 14 && !tt.tokens[m].sentence_start; ++m) {
    const std::string_view w = lower(m);
    if (w == "." || w == ";" || w == ":") break;
    if (kDayVerbs.Contains(w)) return false;
    if (w.size() >= 5 && w.ends_with("ed") && !tt.tokens[m].capitalized) return false;
  }
  return true;
}

}  // namespace stemma::facts
