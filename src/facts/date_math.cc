// Calendar arithmetic (proleptic Gregorian, days since 1970-01-01) and the reference date.
#include <cstdio>

#include "facts/facts_internal.h"

namespace stemma::facts {

int64_t DaysFromCivil(CivilDate d) {
  int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t mp = (d.month + 9) % 12;
  int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t z) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  CivilDate d;
  d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  d.year = static_cast<int>(y + (d.month <= 2 ? 1 : 0));
  return d;
}

int Weekday(CivilDate d) {
  int64_t days = DaysFromCivil(d);
  int64_t w = (days + 3) % 7;  // 1970-01-01 was a Thursday
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

std::string FormatDate(CivilDate d) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

CivilDate ParseIsoDate(std::string_view s) {
  CivilDate d;
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return d;
  for (size_t k : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[k] < '0' || s[k] > '9') return d;
  }
  int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  int m = (s[5] - '0') * 10 + (s[6] - '0');
  int day = (s[8] - '0') * 10 + (s[9] - '0');
  if (m < 1 || m > 12 || day < 1 || day > 31 || y < 1) return d;
  d.year = y;
  d.month = m;
  d.day = day;
  return d;
}

CivilDate InferReferenceDate(const TokenizedText& tt) {
  // The first complete date (day, month and year) in the text: datelines and "On <date>, ...".
  std::vector<Fact> dates;
  Claimed claimed(tt.tokens.size(), 0);
  TokenizedText head;
  size_t limit = std::min<size_t>(tt.tokens.size(), 400);
  size_t end_byte = limit == 0 ? 0 : tt.tokens[limit - 1].end;
  Tokenize(tt.text.substr(0, end_byte), &head);
  Claimed head_claimed(head.tokens.size(), 0);
  ExtractDates(head, CivilDate{}, &dates, &head_claimed);
  for (const Fact& f : dates) {
    CivilDate d = ParseIsoDate(f.value);
    if (d.valid() && f.value.size() == 10) return d;
  }
  return CivilDate{};
}

}  // namespace stemma::facts
