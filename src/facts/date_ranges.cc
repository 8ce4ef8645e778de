// Joining date matches into ranges and date-times; ExtractDates.
#include "facts/date_scanner.h"

namespace stemma::facts {
namespace {

enum class Grain { kNone, kYear, kMonth, kDay, kTime };

Grain GrainOf(std::string_view v) {
  if (v.size() == 4) return Grain::kYear;
  if (v.size() == 7 && v[4] == '-') return Grain::kMonth;
  if (v.size() == 10 && v[4] == '-' && v[7] == '-') return Grain::kDay;
  if (!v.empty() && v[0] == 'T') return Grain::kTime;
  return Grain::kNone;
}

int Digits(std::string_view v, size_t at, size_t len) {
  int x = 0;
  for (size_t k = at; k < at + len && k < v.size(); ++k) x = x * 10 + (v[k] - '0');
  return x;
}

// Start of the period a value names, as a calendar date: "2018-05" -> "2018-05-01".
std::string StartDate(const std::string& v, Grain g) {
  if (g == Grain::kYear) return v + "-01-01";
  if (g == Grain::kMonth) return v + "-01";
  return v;
}

// ISO 8601 interval "start/end" (TIMEX ranges resolve to this); empty when out of order.
std::string RangeValue(const std::string& a, const std::string& b, Grain g) {
  if (g != Grain::kTime) {
    if (StartDate(b, g) <= StartDate(a, g)) return "";
    return StartDate(a, g) + "/" + StartDate(b, g);
  }
  std::string duration;
  switch (g) {
    case Grain::kYear: {
      int years = Digits(b, 0, 4) - Digits(a, 0, 4);
      if (years <= 0) return "";
      duration = "P" + std::to_string(years) + "Y";
      break;
    }
    case Grain::kMonth: {
      int months =
          (Digits(b, 0, 4) * 12 + Digits(b, 5, 2)) - (Digits(a, 0, 4) * 12 + Digits(a, 5, 2));
      if (months <= 0) return "";
      duration = "P" + std::to_string(months) + "M";
      break;
    }
    case Grain::kDay: {
      int64_t days = DaysFromCivil(ParseIsoDate(b)) - DaysFromCivil(ParseIsoDate(a));
      if (days <= 0) return "";
      duration = "P" + std::to_string(days) + "D";
      break;
    }
    case Grain::kTime: {
      int minutes = (Digits(b, 1, 2) * 60 + (b.size() >= 6 ? Digits(b, 4, 2) : 0)) -
                    (Digits(a, 1, 2) * 60 + (a.size() >= 6 ? Digits(a, 4, 2) : 0));
      if (minutes <= 0) return "";
      duration = minutes % 60 == 0 ? "PT" + std::to_string(minutes / 60) + "H"
                                   : "PT" + std::to_string(minutes) + "M";
      break;
    }
    default:
      return "";
  }
  return "(" + a + "," + b + "," + duration + ")";
}

bool IsRangeWord(std::string_view w) {
  return w == "-" || w == "\xE2\x80\x93" || w == "to" || w == "until" || w == "till" ||
         w == "through" || w == "thru" || w == "and";
}

}  // namespace

void MergeDateMatches(const TokenizedText& tt, std::vector<DateMatch>* matches) {
  std::vector<DateMatch>& m = *matches;
  std::vector<DateMatch> out;
  out.reserve(m.size());
  auto lower = [&](size_t i) { return i < tt.tokens.size() ? tt.Lower(i) : std::string_view(); };
  for (size_t k = 0; k < m.size(); ++k) {
    DateMatch cur = m[k];
    Grain g = GrainOf(cur.value);
    if (k + 1 < m.size()) {
      const DateMatch& next = m[k + 1];
      Grain gn = GrainOf(next.value);
      size_t gap = next.first - cur.last;
      // Range: "X - Y", "X to Y", "between X and Y".
      if (gap == 1 && g == gn && g != Grain::kNone && IsRangeWord(lower(cur.last))) {
        bool between = cur.first > 0 && lower(cur.first - 1) == "between";
        if (lower(cur.last) != "and" || between) {
          // "5/1-5/7/2020": the start takes the end's year when it names none.
          std::string start = cur.value;
          bool start_has_year = false;
          for (size_t q = cur.first; q < cur.last; ++q) {
            start_has_year = start_has_year ||
                             (tt.tokens[q].kind == TokenKind::kNumber && tt.Text(q).size() == 4);
          }
          if (!start_has_year && g == Grain::kDay && start.size() == 10) {
            start.replace(0, 4, next.value.substr(0, 4));
            if (start > next.value) start = cur.value;
          }
          std::string range = RangeValue(start, next.value, g);
          if (!range.empty()) {
            if (cur.first > 0 && (between || lower(cur.first - 1) == "from")) --cur.first;
            cur.last = next.last;
            cur.value = range;
            out.push_back(std::move(cur));
            ++k;
            continue;
          }
        }
      }
      // A date followed by its time: "October 14 at 8:00", "5/3/18 @ 17:49:19".
      if (g == Grain::kDay && gn == Grain::kTime && gap <= 1 &&
          (gap == 0 || lower(cur.last) == "at" || lower(cur.last) == "@" ||
           lower(cur.last) == "," || lower(cur.last) == "for")) {
        cur.value += next.value;
        if (next.value.size() == 3) cur.value += ":00";  // "T16" -> "T16:00" after a date
        cur.last = next.last;
        out.push_back(std::move(cur));
        ++k;
        continue;
      }
      // A time followed by its day: "8am this morning", "3:00 tomorrow".
      if (g == Grain::kTime && gn == Grain::kDay && gap == 0) {
        cur.value = next.value + cur.value + (cur.value.size() == 3 ? ":00" : "");
        cur.last = next.last;
        out.push_back(std::move(cur));
        ++k;
        continue;
      }
    }
    // "November 19-20": a day range inside one month.
    if (g == Grain::kDay && cur.last + 1 < tt.tokens.size() && lower(cur.last) == "-" &&
        tt.Adjacent(cur.last) && tt.tokens[cur.last + 1].kind == TokenKind::kNumber &&
        tt.Adjacent(cur.last + 1) && tt.Text(cur.last + 1).size() <= 2 &&
        (k + 1 >= m.size() || m[k + 1].first > cur.last + 1)) {
      int day = Digits(tt.Text(cur.last + 1), 0, 2);
      CivilDate a = ParseIsoDate(cur.value);
      if (day > a.day && day <= 31) {
        CivilDate b = a;
        b.day = day;
        std::string range = RangeValue(cur.value, FormatDate(b), g);
        if (!range.empty()) {
          cur.value = range;
          cur.last += 2;
        }
      }
    }
    // Modifiers that belong to the span: "since tomorrow", "after 2016", "before 2018".
    if (cur.first > 0 && cur.value[0] != '(' && cur.value[0] != 'P' &&
        cur.value.find('/') == std::string::npos) {
      std::string_view p = lower(cur.first - 1);
      if (p == "since" && g != Grain::kTime && g != Grain::kNone) {
        cur.value = StartDate(cur.value, g) + "/";  // an interval open at the end
        --cur.first;
      } else if (p == "after" || p == "before" || p == "until") {
        --cur.first;
      }
    }
    out.push_back(std::move(cur));
  }
  m.swap(out);
}

void ExtractDates(const TokenizedText& tt, CivilDate reference, std::vector<Fact>* out,
                  Claimed* claimed) {
  DateScanner scanner(tt, reference);
  const size_t n = tt.tokens.size();
  std::vector<DateMatch> matches;
  std::string value;
  // A date named with its month and day earlier in the sentence anchors the offsets after it
  // ("on October 12 and left two days later"); a sentence end or another relative date ends it.
  // A year or a month named outright ("in 2011", "in March 2019") anchors offsets in years or
  // months ("eight years earlier", "two years later") at its own precision.
  CivilDate anchor;
  int precision = 2;  // of the anchor: 0 year, 1 month, 2 day
  size_t scanned = 0;
  const auto year_or_month = [](const std::string& v) {
    const auto digits = [&](size_t b, size_t e) {
      for (size_t k = b; k < e; ++k) {
        if (v[k] < '0' || v[k] > '9') return false;
      }
      return true;
    };
    if (v.size() == 4 && digits(0, 4)) return 0;
    if (v.size() == 7 && digits(0, 4) && v[4] == '-' && digits(5, 7)) return 1;
    return -1;
  };
  for (size_t i = 0; i < n; ++i) {
    for (; scanned <= i; ++scanned) {
      if (tt.tokens[scanned].sentence_start) anchor = CivilDate{};
    }
    if ((*claimed)[i] || tt.tokens[i].kind == TokenKind::kPunct) continue;
    value.clear();
    size_t end = anchor.valid() ? DateScanner(tt, anchor).MatchAnchored(i, &value, precision) : i;
    const bool anchored = end > i;
    if (!anchored) end = scanner.Match(i, &value);
    if (end <= i || value.empty()) continue;
    const std::string anchor_text =
        FormatDate(anchor).substr(0, precision == 0   ? 4
                                     : precision == 1 ? 7
                                                      : std::string::npos);
    matches.push_back({i, end, value, anchored ? anchor_text : std::string()});
    const int coarse = year_or_month(value);
    if (anchored && coarse >= 0) {
      anchor = ParseIsoDate(coarse == 0 ? value + "-01-01" : value + "-01");
      precision = coarse;
    } else if (anchored || (scanner.absolute() && value.size() >= 10 &&
                            (value.size() == 10 || value[10] == 'T'))) {
      anchor = ParseIsoDate(value);
      precision = 2;
    } else if (scanner.absolute() && coarse >= 0) {
      anchor = ParseIsoDate(coarse == 0 ? value + "-01-01" : value + "-01");
      precision = coarse;
    } else if (value[0] != 'P' && value[0] != 'T') {
      anchor = CivilDate{};  // "Tuesday", "yesterday": which date anchors is no longer clear
    }
    scanned = end;
    i = end - 1;
  }
  MergeDateMatches(tt, &matches);
  for (const DateMatch& m : matches) {
    Fact f;
    f.kind = "date";
    f.begin = tt.tokens[m.first].begin;
    f.end = tt.tokens[m.last - 1].end;
    f.text = std::string(tt.text.substr(f.begin, f.end - f.begin));
    f.value = m.value;
    if (!m.anchor.empty()) f.counts = "relative to " + m.anchor + " (date in sentence)";
    out->push_back(std::move(f));
    for (size_t k = m.first; k < m.last; ++k) (*claimed)[k] = 1;
  }
}

}  // namespace stemma::facts
