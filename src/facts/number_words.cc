// Number words ("twenty-three", "a dozen", "three hundred and two") and number formatting.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iterator>

#include "facts/facts_internal.h"

namespace stemma::facts {
namespace {

struct WordValue {
  std::string_view word;
  double value;
};

// Values below 100 ("units"/"tens"); scales handled separately.
constexpr WordValue kSmall[] = {
    {"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},
    {"seventy", 70}, {"eighty", 80},  {"ninety", 90},    {"dozen", 12},    {"nought", 0}};

constexpr WordValue kScales[] = {
    {"hundred", 100}, {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}};

// A bit per (first letter, second letter, length) of the number and scale words: most words
// ("the", "said", "for") are rejected without a scan.
struct WordShapes {
  static constexpr size_t Index(char a, char b, size_t len) {
    return (static_cast<size_t>(a - 'a') * 26 + static_cast<size_t>(b - 'a')) * 16 + len;
  }
  uint64_t bits[26 * 26 * 16 / 64] = {};
  constexpr WordShapes() {
    for (const auto* table : {std::begin(kSmall), std::begin(kScales)}) {
      const size_t n = table == std::begin(kSmall) ? std::size(kSmall) : std::size(kScales);
      for (size_t k = 0; k < n; ++k) {
        const std::string_view w = table[k].word;
        const size_t i = Index(w[0], w[1], w.size());
        bits[i / 64] |= uint64_t{1} << (i % 64);
      }
    }
  }
  constexpr bool Has(std::string_view w) const {
    if (w.size() < 3 || w.size() > 15 || w[0] < 'a' || w[0] > 'z' || w[1] < 'a' || w[1] > 'z') {
      return false;
    }
    const size_t i = Index(w[0], w[1], w.size());
    return (bits[i / 64] >> (i % 64)) & 1;
  }
};

// The first two letters of the small number words: a number phrase starts with one of them
// (alone or before a dash, "twenty-three") or with "a"/"an" ("a dozen").
struct SmallPrefixes {
  uint32_t second[26] = {};  // bit (second letter) per first letter
  constexpr SmallPrefixes() {
    for (const WordValue& v : kSmall) second[v.word[0] - 'a'] |= uint32_t{1} << (v.word[1] - 'a');
  }
  constexpr bool MayStart(std::string_view w) const {
    if (w == "a" || w == "an") return true;
    if (w.size() < 2 || w[0] < 'a' || w[0] > 'z' || w[1] < 'a' || w[1] > 'z') return false;
    return (second[w[0] - 'a'] >> (w[1] - 'a')) & 1;
  }
};

bool Lookup(const WordValue* table, size_t n, std::string_view w, double* v) {
  static constexpr WordShapes kShapes;
  if (!kShapes.Has(w)) return false;
  for (size_t k = 0; k < n; ++k) {
    // First letter and length before the bytes: most words are rejected without a compare.
    if (w[0] == table[k].word[0] && w.size() == table[k].word.size() && w == table[k].word) {
      *v = table[k].value;
      return true;
    }
  }
  return false;
}

// "twenty-three" -> 23; "seventy" -> 70; false when not a small number word.
bool SmallValue(std::string_view w, double* v) {
  if (Lookup(kSmall, std::size(kSmall), w, v)) return true;
  size_t dash = w.find('-');
  if (dash == std::string_view::npos) return false;
  double tens, units;
  if (!Lookup(kSmall, std::size(kSmall), w.substr(0, dash), &tens) ||
      !Lookup(kSmall, std::size(kSmall), w.substr(dash + 1), &units)) {
    return false;
  }
  if (tens < 20 || units >= 10 || std::fmod(tens, 10) != 0) return false;
  *v = tens + units;
  return true;
}

}  // namespace

size_t ParseNumberWords(const TokenizedText& tt, size_t i, size_t limit, double* value) {
  double total = 0;
  double current = 0;
  bool any = false;
  bool last_was_tens = false;  // "twenty three"
  bool last_was_small = false;
  double last_small = 0;  // the last small number, for "two dozens"
  size_t consumed = 0;
  size_t k = i;
  limit = std::min(limit, tt.tokens.size());
  static constexpr SmallPrefixes kPrefixes;
  if (k < limit && tt.tokens[k].kind == TokenKind::kWord && !kPrefixes.MayStart(tt.Lower(k))) {
    return 0;  // the loop below would stop at once
  }
  while (k < limit && k < i + 12) {
    if (tt.tokens[k].kind != TokenKind::kWord) break;
    std::string_view w = tt.Lower(k);
    double v;
    if (SmallValue(w, &v)) {
      if (last_was_small && !(last_was_tens && v < 10 && v > 0)) break;
      if (w == "dozen" && any) {
        current = current - last_small + std::max(last_small, 1.0) * 12;
      } else {
        current += v;
      }
      last_small = w == "dozen" ? 0 : (last_was_tens ? last_small + v : v);
      last_was_tens = v >= 20 && std::fmod(v, 10) == 0 && w.find('-') == std::string_view::npos;
      last_was_small = true;
      any = true;
      consumed = k + 1 - i;
      ++k;
      continue;
    }
    if (w == "dozens" && any) {
      current = current - last_small + std::max(last_small, 1.0) * 12;
      last_small = 0;
      last_was_small = false;
      last_was_tens = false;
      consumed = k + 1 - i;
      ++k;
      continue;
    }
    if (Lookup(kScales, std::size(kScales), w, &v)) {
      if (!any) break;
      last_small = 0;
      if (v == 100) {
        current = std::max(current, 1.0) * v;
      } else {
        total += std::max(current, 1.0) * v;
        current = 0;
      }
      last_was_small = false;
      last_was_tens = false;
      consumed = k + 1 - i;
      ++k;
      continue;
    }
    if ((w == "a" || w == "an") && !any && k + 1 < limit) {
      std::string_view next = tt.Lower(k + 1);
      if (next == "dozen" || next == "hundred" || next == "thousand" || next == "million" ||
          next == "billion") {
        current = 1;
        last_small = 1;
        any = true;  // "a dozen": the article stands for one
        ++k;
        continue;
      }
    }
    if (w == "and" && any && !last_was_small && k + 1 < limit) {
      double nv;
      if (SmallValue(tt.Lower(k + 1), &nv)) {
        ++k;
        continue;
      }
    }
    break;
  }
  if (consumed == 0) return 0;
  *value = total + current;
  return consumed;
}

std::string FormatNumber(double v) {
  char buf[64];
  if (std::fabs(v) >= 1e15 || (v != 0 && std::fabs(v) < 1e-6)) {
    std::snprintf(buf, sizeof(buf), "%.15g", v);
  } else if (v == std::floor(v)) {
    std::snprintf(buf, sizeof(buf), "%.0f", v);
  } else {
    std::snprintf(buf, sizeof(buf), "%.10f", v);
    char* end = buf + std::strlen(buf) - 1;
    while (end > buf && *end == '0') *end-- = '\0';
    if (*end == '.') *end = '\0';
  }
  return buf;
}

}  // namespace stemma::facts
