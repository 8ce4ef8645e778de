#include "extract/dates.h"

#include <cctype>
#include <cstdio>

namespace stemma::extract {
namespace {

bool Digit(char c) { return c >= '0' && c <= '9'; }
bool Alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Reads up to `max` digits at s[*p]; returns -1 when there are fewer than `min`.
int ReadInt(std::string_view s, size_t* p, int min, int max) {
  int v = 0, n = 0;
  while (*p < s.size() && n < max && Digit(s[*p])) v = v * 10 + (s[(*p)++] - '0'), ++n;
  return n >= min ? v : -1;
}

bool Valid(int y, int m, int d) {
  return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 0 && d <= 31;
}

std::string Format(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, d);
  return buf;
}

// Parses "HH:MM[:SS][.fff][Z|+HH:MM|+HHMM]" at s[p]; appends "THH:MM[:SS][zone]" to out.
void AppendTime(std::string_view s, size_t p, std::string* out) {
  while (p < s.size() && (s[p] == ' ' || s[p] == 'T' || s[p] == ',')) ++p;
  size_t q = p;
  int hh = ReadInt(s, &q, 1, 2);
  if (hh < 0 || hh > 23 || q >= s.size() || s[q] != ':') return;
  ++q;
  int mm = ReadInt(s, &q, 2, 2);
  if (mm < 0 || mm > 59) return;
  int ss = -1;
  if (q < s.size() && s[q] == ':') {
    ++q;
    ss = ReadInt(s, &q, 2, 2);
  }
  if (q < s.size() && s[q] == '.') {
    ++q;
    while (q < s.size() && Digit(s[q])) ++q;
  }
  char buf[32];
  std::snprintf(buf, sizeof(buf), "T%02d:%02d:%02d", hh, mm, ss >= 0 && ss <= 60 ? ss : 0);
  out->append(buf);
  while (q < s.size() && s[q] == ' ') ++q;
  if (q < s.size() && (s[q] == 'Z' || s.substr(q, 3) == "GMT" || s.substr(q, 3) == "UTC")) {
    out->push_back('Z');
  } else if (q < s.size() && (s[q] == '+' || s[q] == '-')) {
    char sign = s[q++];
    int zh = ReadInt(s, &q, 2, 2);
    if (q < s.size() && s[q] == ':') ++q;
    int zm = ReadInt(s, &q, 2, 2);
    if (zh >= 0 && zh <= 14) {
      std::snprintf(buf, sizeof(buf), "%c%02d:%02d", sign, zh, zm < 0 ? 0 : zm);
      out->append(buf);
    }
  }
}

// Tries "Month d, yyyy" / "Month d yyyy" / "d Month yyyy" / "Month yyyy" at word start p.
bool MatchWordDate(std::string_view s, size_t p, Ymd* out) {
  size_t q = p;
  if (Digit(s[q])) {  // d Month yyyy
    int d = ReadInt(s, &q, 1, 2);
    if (q < s.size() && (s.substr(q, 2) == "st" || s.substr(q, 2) == "nd" ||
                         s.substr(q, 2) == "rd" || s.substr(q, 2) == "th"))
      q += 2;
    if (q >= s.size() || s[q] != ' ') return false;
    ++q;
    size_t ws = q;
    while (q < s.size() && Alpha(s[q])) ++q;
    int m = MonthFromName(s.substr(ws, q - ws));
    if (m == 0) return false;
    if (q < s.size() && s[q] == '.') ++q;
    if (q < s.size() && s[q] == ',') ++q;
    if (q >= s.size() || s[q] != ' ') return false;
    ++q;
    int y = ReadInt(s, &q, 4, 4);
    if (!Valid(y, m, d) || d == 0 || (q < s.size() && Digit(s[q]))) return false;
    *out = {y, m, d, p, q};
    return true;
  }
  while (q < s.size() && Alpha(s[q])) ++q;
  int m = MonthFromName(s.substr(p, q - p));
  if (m == 0) return false;
  if (q < s.size() && s[q] == '.') ++q;
  if (q >= s.size() || s[q] != ' ') return false;
  ++q;
  size_t before_day = q;
  int d = ReadInt(s, &q, 1, 2);
  if (d > 0 && q < s.size() && Digit(s[q])) d = -1;  // "October 2025": a year, not a day
  if (d > 0) {
    if (q < s.size() && (s.substr(q, 2) == "st" || s.substr(q, 2) == "nd" ||
                         s.substr(q, 2) == "rd" || s.substr(q, 2) == "th"))
      q += 2;
    if (q < s.size() && s[q] == ',') ++q;
    if (q >= s.size() || s[q] != ' ') return false;
    ++q;
  } else {
    q = before_day;
    d = 0;
  }
  int y = ReadInt(s, &q, 4, 4);
  if (y < 0 || !Valid(y, m, d) || (q < s.size() && Digit(s[q]))) return false;
  *out = {y, m, d, p, q};
  return true;
}

bool MatchIsoDate(std::string_view s, size_t p, Ymd* out) {
  size_t q = p;
  int y = ReadInt(s, &q, 4, 4);
  if (y < 0 || q >= s.size() || (s[q] != '-' && s[q] != '/' && s[q] != '.')) return false;
  char sep = s[q++];
  int m = ReadInt(s, &q, 1, 2);
  if (m < 0 || q >= s.size() || s[q] != sep) return false;
  ++q;
  int d = ReadInt(s, &q, 1, 2);
  if (d <= 0 || !Valid(y, m, d) || (q < s.size() && Digit(s[q]))) return false;
  *out = {y, m, d, p, q};
  return true;
}

}  // namespace

int MonthFromName(std::string_view w) {
  static const char* kNames[] = {"january",   "february", "march",    "april",
                                 "may",       "june",     "july",     "august",
                                 "september", "october",  "november", "december"};
  if (w.size() < 3 || w.size() > 9) return 0;
  char low[10];
  for (size_t i = 0; i < w.size(); ++i)
    low[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[i])));
  std::string_view lw(low, w.size());
  for (int i = 0; i < 12; ++i) {
    std::string_view name = kNames[i];
    if (lw == name || (lw.size() == 3 && name.substr(0, 3) == lw) || (lw == "sept" && i == 8)) {
      return i + 1;
    }
  }
  return 0;
}

std::string NormalizeDate(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n'))
    s.remove_prefix(1);
  if (s.size() > 128) s = s.substr(0, 128);
  for (size_t p = 0; p < s.size(); ++p) {
    if (p > 0 && (Alpha(s[p - 1]) || Digit(s[p - 1]))) continue;
    Ymd d;
    bool iso = Digit(s[p]) && MatchIsoDate(s, p, &d);
    if (iso || MatchWordDate(s, p, &d)) {
      if (d.day == 0) return {};
      std::string out = Format(d.year, d.month, d.day);
      AppendTime(s, d.end, &out);
      return out;
    }
  }
  // Compact "20191118".
  if (s.size() >= 8) {
    size_t q = 0;
    int v = ReadInt(s, &q, 8, 8);
    if (v > 0 && Valid(v / 10000, v / 100 % 100, v % 100) && v % 100 > 0) {
      return Format(v / 10000, v / 100 % 100, v % 100);
    }
  }
  return {};
}

std::vector<Ymd> FindDates(std::string_view s, size_t limit) {
  std::vector<Ymd> out;
  for (size_t p = 0; p < s.size() && out.size() < limit; ++p) {
    if (p > 0 && (Alpha(s[p - 1]) || Digit(s[p - 1]))) continue;
    if (!Alpha(s[p]) && !Digit(s[p])) continue;
    Ymd d;
    if ((Digit(s[p]) && MatchIsoDate(s, p, &d)) || MatchWordDate(s, p, &d)) {
      out.push_back(d);
      p = d.end;
    }
  }
  return out;
}

std::string DateFromUrl(std::string_view url) {
  for (size_t p = 0; p + 8 <= url.size(); ++p) {
    if (url[p] != '/' && url[p] != '-' && url[p] != '_') continue;
    size_t q = p + 1;
    int y = ReadInt(url, &q, 4, 4);
    if (y < 1990 || y > 2100 || q >= url.size()) continue;
    if (url[q] == '/' || url[q] == '-') {
      ++q;
      int m = ReadInt(url, &q, 2, 2);
      if (m < 1 || m > 12 || q >= url.size() || (url[q] != '/' && url[q] != '-')) continue;
      ++q;
      int d = ReadInt(url, &q, 2, 2);
      if (d >= 1 && d <= 31 && (q >= url.size() || !Digit(url[q]))) return Format(y, m, d);
    } else if (Digit(url[q])) {
      q = p + 1;
      int v = ReadInt(url, &q, 8, 8);
      if (v > 0 && (q >= url.size() || !Digit(url[q])) &&
          Valid(v / 10000, v / 100 % 100, v % 100) && v % 100 > 0) {
        return Format(v / 10000, v / 100 % 100, v % 100);
      }
    }
  }
  return {};
}

}  // namespace stemma::extract
