// Dates relative to the reference date, durations, years and clock times; ExtractDates.
#include "facts/date_scanner.h"
#include "facts/date_tense.h"

namespace stemma::facts {
namespace {

std::string IsoWeek(CivilDate d) {
  CivilDate thursday = CivilFromDays(DaysFromCivil(d) + (4 - Weekday(d)));
  int64_t jan1 = DaysFromCivil({thursday.year, 1, 1});
  int week = static_cast<int>((DaysFromCivil(thursday) - jan1) / 7 + 1);
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-W%02d", thursday.year, week);
  return buf;
}

// Unit of a duration word: 'S','I'(minute),'H','D','W','M','Y','E'(decade); 0 when none.
char DurationUnit(std::string_view w) {
  if (w == "second" || w == "seconds" || w == "sec" || w == "secs") return 'S';
  if (w == "minute" || w == "minutes" || w == "mins" || w == "min") return 'I';
  if (w == "hour" || w == "hours" || w == "hrs" || w == "hr") return 'H';
  if (w == "day" || w == "days") return 'D';
  if (w == "week" || w == "weeks") return 'W';
  if (w == "month" || w == "months") return 'M';
  if (w == "year" || w == "years") return 'Y';
  if (w == "decade" || w == "decades") return 'E';
  return 0;
}

// TIMEX part-of-day suffix: "morning" -> "TMO"; nullptr when the word is not one.
const char* PartOfDay(std::string_view w) {
  if (w == "morning") return "TMO";
  if (w == "afternoon") return "TAF";
  if (w == "evening") return "TEV";
  if (w == "night") return "TNI";
  return nullptr;
}

}  // namespace

CivilDate AddMonths(CivilDate d, int months) {
  int total = d.year * 12 + (d.month - 1) + months;
  CivilDate r{total / 12, total % 12 + 1, 1};
  r.day = std::min(d.day, DaysInMonth(r.year, r.month));
  return r;
}

size_t DateScanner::MatchRelative(size_t i, std::string* value) {
  if (!ref_.valid()) return i;
  std::string_view w = L(i);
  auto day_value = [&](int64_t shift, size_t end) {
    *value = FormatDate(Shift(shift));
    if (const char* part = PartOfDay(L(end))) {
      *value += part;
      ++end;
    } else if (L(end) == "in" && L(end + 1) == "the" && PartOfDay(L(end + 2))) {
      *value += PartOfDay(L(end + 2));
      end += 3;
    }
    return end;
  };
  if (w == "today") {
    if (TodayMeansNowadays(tt_, i)) return i;  // "the world today": no calendar day
    return day_value(0, i + 1);
  }
  if (w == "tonight") {
    *value = FormatDate(ref_) + "TNI";
    return i + 1;
  }
  if (w == "this" && PartOfDay(L(i + 1))) {
    *value = FormatDate(ref_) + PartOfDay(L(i + 1));
    return i + 2;
  }
  if (w == "yesterday") return day_value(-1, i + 1);
  if (w == "tomorrow") return day_value(1, i + 1);
  if (w == "the" && L(i + 1) == "day" && L(i + 2) == "before" && L(i + 3) == "yesterday") {
    return day_value(-2, i + 4);
  }
  if (w == "the" && L(i + 1) == "day" && L(i + 2) == "after" && L(i + 3) == "tomorrow") {
    return day_value(2, i + 4);
  }
  int offset = 0;  // weeks/months/years relative to the reference
  bool has_mod = true;
  if (w == "last" || w == "previous" || w == "past") {
    if (L(i + 1) == "night") {
      *value = FormatDate(Shift(-1)) + "TNI";
      return i + 2;
    }
    offset = -1;
  } else if (w == "next" || w == "coming") {
    offset = 1;
  } else if (w == "this" && L(i + 1) == "coming") {  // "this coming Tuesday"
    ++i;
    w = L(i);
    offset = 1;
  } else if (w == "this" || w == "current") {
    offset = 0;
  } else if (w == "earlier" || w == "later") {
    if (L(i + 1) != "this") return i;
    ++i;
    offset = 0;
  } else {
    has_mod = false;
  }
  size_t k = has_mod ? i + 1 : i;
  int wd = WeekdayAt(k);
  if (wd) {
    const int ref_wd = Weekday(ref_);
    int64_t shift;
    size_t end = k + 1;
    if (!has_mod) {
      // "Tuesday of last week"
      if (L(end) == "of" &&
          (L(end + 1) == "last" || L(end + 1) == "next" || L(end + 1) == "this") &&
          L(end + 2) == "week") {
        offset = L(end + 1) == "last" ? -1 : L(end + 1) == "next" ? 1 : 0;
        shift = (wd - ref_wd) + 7 * offset;
        end += 3;
      } else if (L(end) == "," && (IsNum(end + 1) || MonthAt(end + 1, &k))) {
        return i;  // "Monday, May 18, 2015": the date itself is matched next
      } else if (IsFutureClause(tt_, k, end)) {
        // "will meet on Tuesday": the next such day on or after the reference date (the day
        // itself, as news style names the publication day by its weekday).
        shift = (wd - ref_wd + 7) % 7;
      } else {
        // Bare weekday in news: the latest such day on or before the reference date.
        shift = -((ref_wd - wd + 7) % 7);
      }
    } else if (w == "past") {
      shift = -((ref_wd - wd + 7) % 7);
      if (shift == 0) shift = -7;
    } else if (w == "coming") {  // the first such day after the reference date
      shift = (wd - ref_wd + 7) % 7;
      if (shift == 0) shift = 7;
    } else {
      shift = (wd - ref_wd) + 7 * offset;
    }
    return day_value(shift, end);
  }
  if (!has_mod) return i;
  std::string_view unit = L(k);
  char buf[16];
  size_t month_end;
  if (int month = MonthAt(k, &month_end)) {  // "this September", "last May"
    int year = ref_.year + offset;
    if (w == "last" && month < ref_.month) year = ref_.year;
    if ((w == "next" || w == "coming") && month > ref_.month) year = ref_.year;
    std::snprintf(buf, sizeof(buf), "%04d-%02d", year, month);
    *value = buf;
    return month_end;
  }
  if (unit == "week" || unit == "weekend") {
    *value = IsoWeek(Shift(7 * offset));
    if (unit == "weekend") *value += "-WE";
    return k + 1;
  }
  if (unit == "month") {
    CivilDate d = AddMonths(ref_, offset);
    std::snprintf(buf, sizeof(buf), "%04d-%02d", d.year, d.month);
    *value = buf;
    return k + 1;
  }
  if (unit == "year") {
    std::snprintf(buf, sizeof(buf), "%04d", ref_.year + offset);
    *value = buf;
    return k + 1;
  }
  return i;
}

// "six years ago", "3 weeks later", "two days" (a duration), "a decade".
size_t DateScanner::MatchAmount(size_t i, std::string* value) {
  double amount = 0;
  size_t k = i;
  if (IsNum(i)) {
    std::string_view s = tt_.Text(i);
    if (s.find(',') != std::string_view::npos) return i;
    amount = std::strtod(std::string(s).c_str(), nullptr);
    k = i + 1;
  } else if (const size_t after = ArticleAmount(i, &amount); after > i) {
    k = after;
  } else if (L(i) == "few" || L(i) == "several" || L(i) == "some") {
    amount = 3;
    k = i + 1;
  } else {
    size_t used = ParseNumberWords(tt_, i, n_, &amount);
    if (used == 0) return i;
    k = i + used;
  }
  if (L(k) == "-" && Adj(k)) ++k;  // "5-day visit"
  char unit = DurationUnit(L(k));
  if (!unit || amount <= 0 || amount > 100000) return i;
  if (L(k + 1) == "old" || L(k + 1) == "-old") return i;  // ages are quantities
  size_t end = k + 1;
  if (L(end) == "ago" || L(end) == "later" || L(end) == "earlier") {
    if (!ref_.valid() || unit == 'S' || unit == 'I' || unit == 'H') return i;
    int sign = L(end) == "later" ? 1 : -1;
    const CivilDate d = ShiftUnits(unit, static_cast<int>(amount) * sign);
    if (!d.valid()) return i;
    *value = FormatDate(d);
    return end + 1;
  }
  if ((L(i) == "a" || L(i) == "an") && k == i + 1) {
    // "a day" alone is rarely a fact; only "for a week"-style durations.
    if (i == 0 || (L(i - 1) != "for" && L(i - 1) != "in" && L(i - 1) != "within")) return i;
  }
  std::string num = FormatNumber(unit == 'E' ? amount * 10 : amount);
  switch (unit) {
    case 'S':
      *value = "PT" + num + "S";
      break;
    case 'I':
      *value = "PT" + num + "M";
      break;
    case 'H':
      *value = "PT" + num + "H";
      break;
    case 'E':
      *value = "P" + num + "Y";
      break;
    default:
      *value = "P" + num + unit;
  }
  return end;
}

// A bare year after a preposition: "in 2011", "since 2011", "by 2030".
size_t DateScanner::MatchYear(size_t i, std::string* value) {
  int y = YearAt(i);
  if (!y || i == 0) return i;
  std::string_view p = L(i - 1);
  // A decade: "the 1990s", "the late 1950s" -> 199X (TIMEX3).
  if (y % 10 == 0 && i + 1 < tt_.tokens.size() && tt_.Adjacent(i + 1) &&
      (L(i + 1) == "s" || L(i + 1) == "'s")) {
    *value = std::string(tt_.Text(i).substr(0, 3)) + "X";
    return i + 2;
  }
  // A year naming an event: "a 1992 gas explosion", "the 2016 election", "Brill's 2019 plan".
  // After "a"/"an" any word follows (no count takes "a"); after "the" or a possessive a
  // singular noun must ("the 2000 residents" is a count), and "gas", "bus", "crisis", "class"
  // are singular.
  const bool article = p == "a" || p == "an";
  const bool determiner =
      article || p == "the" || p.ends_with("'s") || p.ends_with("\xE2\x80\x99s");
  const std::string_view next = i + 1 < tt_.tokens.size() ? L(i + 1) : std::string_view();
  const bool singular =
      !next.empty() && (next.back() != 's' || next.ends_with("ss") || next.ends_with("us") ||
                        next.ends_with("is") || next == "gas" || next == "news");
  if (determiner && !next.empty() && tt_.tokens[i + 1].kind == TokenKind::kWord &&
      (article || singular)) {
    *value = std::string(tt_.Text(i));
    return i + 1;
  }
  if (p == "in" || p == "since" || p == "by" || p == "until" || p == "from" || p == "before" ||
      p == "after" || p == "of" || p == "during" || p == "year" || p == "to" || p == "early" ||
      p == "late" || p == "mid" || p == "and" || p == "through" || p == "till" || p == "-" ||
      p == "as" || p == "around") {
    if (IsNum(i + 1) || L(i + 1) == "%") return i;
    *value = std::string(tt_.Text(i));
    return i + 1;
  }
  return i;
}

// Recurring times: "every Monday", "each two days", "weekly".
size_t DateScanner::MatchSet(size_t i, std::string* value) {
  std::string_view w = L(i);
  static const struct {
    std::string_view word;
    const char* value;
  } kAdverbs[] = {{"daily", "P1D"},   {"everyday", "P1D"},  {"weekly", "P1W"},
                  {"monthly", "P1M"}, {"annually", "P1Y"},  {"yearly", "P1Y"},
                  {"hourly", "PT1H"}, {"quarterly", "P3M"}, {"biweekly", "P2W"}};
  for (const auto& a : kAdverbs) {
    if (w == a.word) {
      *value = a.value;
      return i + 1;
    }
  }
  if (w != "every" && w != "each") return i;
  if (int wd = WeekdayAt(i + 1)) {
    *value = "XXXX-WXX-" + std::to_string(wd);
    return i + 2;
  }
  size_t k = i + 1;
  double amount = 1;
  if (IsNum(k)) {
    amount = Int(k);
    ++k;
  } else if (size_t used = ParseNumberWords(tt_, k, n_, &amount)) {
    k += used;
  }
  char unit = DurationUnit(L(k));
  if (!unit || amount <= 0) return i;
  std::string num = FormatNumber(unit == 'E' ? amount * 10 : amount);
  if (unit == 'S' || unit == 'I' || unit == 'H') {
    *value = "PT" + num + (unit == 'I' ? 'M' : unit);
  } else {
    *value = "P" + num + (unit == 'E' ? 'Y' : unit);
  }
  return k + 1;
}

size_t DateScanner::MatchTime(size_t i, std::string* value) {
  int h = -1, m = 0, s = -1;
  size_t k = i;
  if (L(i) == "noon" || L(i) == "midday") {
    *value = "T12:00";
    return i + 1;
  }
  if (L(i) == "midnight") {
    *value = "T00:00";
    return i + 1;
  }
  if (!IsNum(i)) return i;
  h = Int(i);
  k = i + 1;
  bool clock = false;
  if (L(k) == ":" && Adj(k) && IsNum(k + 1) && Adj(k + 1) && tt_.Text(k + 1).size() == 2) {
    m = Int(k + 1);
    k += 2;
    clock = true;
    if (L(k) == ":" && Adj(k) && IsNum(k + 1) && Adj(k + 1) && tt_.Text(k + 1).size() == 2) {
      s = Int(k + 1);
      k += 2;
    }
  }
  if (h < 0 || h > 24 || m < 0 || m > 59 || s > 59) return i;
  // am / pm / a.m. / p.m.
  std::string_view w = L(k);
  int half = 0;
  if (w == "am" || w == "pm") {
    half = w == "am" ? 1 : 2;
    ++k;
  } else if ((w == "a" || w == "p") && L(k + 1) == "." && L(k + 2) == "m") {
    half = w == "a" ? 1 : 2;
    k += 3;
    if (L(k) == "." && Adj(k)) ++k;
  }
  if (half) {
    if (h < 1 || h > 12) return i;
    if (half == 2 && h != 12) h += 12;
    if (half == 1 && h == 12) h = 0;
  } else if (!clock) {
    return i;
  }
  if (!half && L(k) == "o'clock") ++k;
  char buf[24];
  if (s >= 0) {
    std::snprintf(buf, sizeof(buf), "T%02d:%02d:%02d", h, m, s);
  } else if (!clock) {
    std::snprintf(buf, sizeof(buf), "T%02d", h);  // "3pm" -> T15 (TIMEX precision)
  } else {
    std::snprintf(buf, sizeof(buf), "T%02d:%02d", h, m);
  }
  *value = buf;
  return k;
}

size_t DateScanner::WithTime(size_t end, std::string* value) {
  if (value->size() != 10) return end;
  size_t k = end;
  if (L(k) == "at" || L(k) == ",") ++k;
  std::string t;
  size_t e = MatchTime(k, &t);
  if (e > k) {
    *value += t;
    if (t.size() == 3) *value += ":00";  // "T16" -> "T16:00" after a date
    return e;
  }
  return end;
}

}  // namespace stemma::facts
