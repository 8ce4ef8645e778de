#include "fallback_facts.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>
#include <string_view>

namespace stemma::stories_eval {
namespace {

const char* const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};

bool Upper(char c) { return c >= 'A' && c <= 'Z'; }
bool Digit(char c) { return c >= '0' && c <= '9'; }
bool Alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

size_t WordEnd(std::string_view t, size_t i) {
  while (i < t.size() && (Alpha(t[i]) || t[i] == '-' || t[i] == '\'')) ++i;
  return i;
}

}  // namespace

std::vector<Fact> FallbackFacts(const Document& document) {
  std::vector<Fact> facts;
  const std::string_view t = document.text;
  size_t i = 0;
  while (i < t.size() && facts.size() < 2000) {
    const bool boundary = i == 0 || !(Alpha(t[i - 1]) || Digit(t[i - 1]));
    if (boundary && Digit(t[i])) {
      size_t j = i;
      while (j < t.size() && (Digit(t[j]) || ((t[j] == ',' || t[j] == '.') && j + 1 < t.size() &&
                                              Digit(t[j + 1])))) {
        ++j;
      }
      std::string value;
      for (size_t k = i; k < j; ++k) {
        if (t[k] != ',') value.push_back(t[k]);
      }
      Fact f;
      f.document = document.id;
      f.begin = i;
      f.end = j;
      const bool year = j - i == 4 && (t.substr(i, 2) == "19" || t.substr(i, 2) == "20");
      if (year) {
        f.kind = "date";
        f.value = value;
      } else {
        f.kind = "quantity";
        f.value = value;
        size_t k = j;
        if (k < t.size() && t[k] == '%') f.counts = "percent", ++k;
        int words = 0;
        while (words < 2 && k < t.size()) {
          while (k < t.size() && t[k] == ' ') ++k;
          const size_t e = WordEnd(t, k);
          if (e == k) break;
          if (!f.counts.empty()) f.counts += ' ';
          f.counts += t.substr(k, e - k);
          k = e, ++words;
        }
        f.approximate =
            i >= 6 && (t.substr(i - 6, 6) == "about " || t.substr(i - 6, 6) == "early ");
      }
      f.text = std::string(t.substr(i, j - i));
      facts.push_back(std::move(f));
      i = j;
      continue;
    }
    if (boundary && Upper(t[i])) {
      const size_t e = WordEnd(t, i);
      const std::string_view word = t.substr(i, e - i);
      for (int m = 0; m < 12; ++m) {
        if (word != kMonths[m] || e + 1 >= t.size() || t[e] != ' ' || !Digit(t[e + 1])) continue;
        size_t k = e + 1;
        int day = 0;
        while (k < t.size() && Digit(t[k]) && day < 100) day = day * 10 + (t[k++] - '0');
        if (k + 6 <= t.size() && t[k] == ',' && t[k + 1] == ' ' && Digit(t[k + 2]) && day >= 1 &&
            day <= 31) {
          char buf[32];
          std::snprintf(buf, sizeof(buf), "%.4s-%02d-%02d", t.data() + k + 2, m + 1, day);
          facts.push_back(Fact{document.id, "date", std::string(t.substr(i, k + 6 - i)), i, k + 6,
                               buf, "", "", false});
          i = k + 6;
        }
        break;
      }
      // Capitalised sequences of two or more words: a crude person/organisation name.
      size_t j = i, words = 0, end = i;
      while (j < t.size() && Upper(t[j])) {
        const size_t we = WordEnd(t, j);
        if (we - j < 2) break;
        ++words, end = we;
        if (we >= t.size() || t[we] != ' ') break;
        j = we + 1;
      }
      if (words >= 2 && end > i) {
        const std::string name(t.substr(i, end - i));
        facts.push_back(Fact{document.id, "person", name, i, end, name, "", "", false});
      }
      i = std::max({end, e, i + 1});
      continue;
    }
    ++i;
  }
  return facts;
}

}  // namespace stemma::stories_eval
