#include "stories/contradiction_tokens.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <unordered_map>
#include <utility>

#include "stories/similarity.h"

namespace stemma::stories {
namespace {

// A word byte, or an apostrophe inside a token ("didn't").
bool IsTokenByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' ||
         c >= 0x80;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The length of a curly double quote, left single quote, en or em dash at s[i] (UTF-8), or 0:
// punctuation, not part of a word ("“nobody" is "nobody"). The right single quote (U+2019) is an
// apostrophe inside words ("didn’t").
size_t TypographicPunctuation(std::string_view s, size_t i) {
  if (i + 3 > s.size()) return 0;
  if (static_cast<unsigned char>(s[i]) != 0xE2 || static_cast<unsigned char>(s[i + 1]) != 0x80) {
    return 0;
  }
  const unsigned char c = static_cast<unsigned char>(s[i + 2]);
  return c == 0x9C || c == 0x9D || c == 0x98 || c == 0x93 || c == 0x94 ? 3 : 0;
}

// Whether the bytes before `at` (spaces skipped) end with a currency sign.
bool AfterCurrency(std::string_view s, size_t at) {
  while (at > 0 && s[at - 1] == ' ') --at;
  if (at == 0) return false;
  if (s[at - 1] == '$') return true;
  const std::string_view head = s.substr(0, at);
  return head.ends_with("\xC2\xA3") || head.ends_with("\xE2\x82\xAC");  // pound, euro
}

bool IsNegationWord(const Token& t) {
  if (t.ranking) return false;
  const std::string& w = t.lower;
  static const std::set<std::string_view> kWords = {
      "not", "no", "never", "cannot", "nobody", "nothing", "none", "neither", "nor", "without",
      "dont", "didnt", "doesnt", "isnt", "wasnt", "arent", "werent", "wont", "cant", "hasnt",
      "havent", "hadnt", "couldnt", "shouldnt", "wouldnt",
      // "didn ’ t" with a spaced apostrophe leaves the stem alone.
      "didn", "doesn", "isn", "wasn", "aren", "weren", "hasn", "haven", "hadn", "couldn", "shouldn",
      "wouldn"};
  if (w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0) return true;
  return kWords.count(w) > 0;
}

// Words that deny or refuse: they count towards a sentence's polarity.
bool IsDenialWord(std::string_view lower) {
  static const std::set<std::string_view> kDenials = {
      "deny",     "denies",  "denied",  "denying", "decline",  "declined",
      "declines", "refuse",  "refused", "refuses", "rejected", "rejects",
      "unknown",  "unclear", "absence", "lack",    "lacks",    "lacking"};
  return kDenials.count(lower) > 0;
}

}  // namespace

double Multiplier(std::string_view lower) {
  if (lower == "hundred") return 1e2;
  if (lower == "thousand") return 1e3;
  if (lower == "million" || lower == "m") return 1e6;
  if (lower == "billion" || lower == "bn" || lower == "b") return 1e9;
  if (lower == "trillion" || lower == "tn") return 1e12;
  return 0;
}

double NumberWordValue(std::string_view lower) {
  static const std::unordered_map<std::string_view, double> kWords = {
      {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
      {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},
      {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
      {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
      {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"dozen", 12}};
  const auto it = kWords.find(lower);
  return it == kWords.end() ? -1 : it->second;
}

void Tokenize(std::string_view s, std::vector<Token>* out) {
  size_t i = 0;
  bool clause_break = true;
  while (i < s.size() && out->size() < kMaxSentenceTokens) {
    const size_t punctuation = TypographicPunctuation(s, i);
    if (punctuation > 0) {
      clause_break |= s.compare(i, 3, "\xE2\x80\x94") == 0;  // an em dash
      i += punctuation;
      continue;
    }
    if (!IsTokenByte(static_cast<unsigned char>(s[i]))) {
      const char c = s[i];
      clause_break |= c == ',' || c == ';' || c == ':' || c == '(' || c == ')' ||
                      (c == '-' && i + 1 < s.size() && s[i + 1] == '-');
      ++i;
      continue;
    }
    const size_t b = i;
    while (i < s.size() && TypographicPunctuation(s, i) == 0 &&
           (IsTokenByte(static_cast<unsigned char>(s[i])) ||
            ((s[i] == ',' || s[i] == '.') && i > b && IsDigit(s[i - 1]) && i + 1 < s.size() &&
             IsDigit(s[i + 1])))) {
      ++i;
    }
    Token t;
    std::string_view w = s.substr(b, i - b);
    // Curly apostrophe (U+2019) as a plain one, so "didn’t" reads like "didn't".
    for (size_t k = 0; k < w.size(); ++k) {
      if (k + 2 < w.size() && w.compare(k, 3, "\xE2\x80\x99") == 0) {
        t.lower.push_back('\'');
        k += 2;
        continue;
      }
      const char c = w[k];
      if (c == ',') continue;
      t.lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    while (!t.lower.empty() && t.lower.back() == '\'') t.lower.pop_back();
    while (!t.lower.empty() && t.lower.front() == '\'') t.lower.erase(0, 1);
    if (t.lower.empty()) continue;
    // Only a bare number: "200ft" against "60m" compares units, not counts.
    t.number =
        std::all_of(t.lower.begin(), t.lower.end(), [](char c) { return IsDigit(c) || c == '.'; });
    // "No." as in "the No. 5 seed" is not a negation.
    t.ranking = t.lower == "no" && i < s.size() && s[i] == '.';
    if (t.number) {
      // A clock time ("3:30", "11: 26 pm") is not a count: left to the date facts.
      size_t before = b, after = i;
      while (before > 0 && s[before - 1] == ' ') --before;
      while (after < s.size() && s[after] == ' ') ++after;
      t.clock = (before > 0 && s[before - 1] == ':') || (after < s.size() && s[after] == ':');
      t.currency = AfterCurrency(s, b);
      t.percent = after < s.size() && s[after] == '%';
      t.value = std::strtod(t.lower.c_str(), nullptr);
    } else {
      t.value = NumberWordValue(t.lower);
      if (t.lower == "percent" && !out->empty()) out->back().percent = true;
    }
    t.capitalised = !out->empty() && w[0] >= 'A' && w[0] <= 'Z';
    // Word classes, looked up once here: the rules ask for them for every pair of tokens.
    t.negation = IsNegationWord(t);
    // "No, I honor their wishes": an answer, not a negation of what follows.
    if (t.lower == "no" && i < s.size() && s[i] == ',') t.negation = false;
    t.hyphenated =
        (b > 1 && s[b - 1] == '-' && IsTokenByte(static_cast<unsigned char>(s[b - 2]))) ||
        (i + 1 < s.size() && s[i] == '-' && IsTokenByte(static_cast<unsigned char>(s[i + 1])));
    t.denial = IsDenialWord(t.lower);
    t.content = t.value < 0 && !t.number && t.lower.size() >= 3 && !t.negation &&
                !IsStopword(t.lower) && !IsCalendarWord(t.lower);
    t.clause_start = clause_break;
    clause_break = false;
    out->push_back(std::move(t));
  }
}

bool ReadAsHeadline(std::vector<Token>* sentence) {
  size_t caps = 1;  // the first token
  for (size_t i = 1; i < sentence->size(); ++i) caps += (*sentence)[i].capitalised;
  if (caps * 2 <= sentence->size()) return false;
  for (Token& t : *sentence) t.capitalised = false;
  return true;
}

void Diff(const std::vector<Token>& a, const std::vector<Token>& b, std::vector<int>* table,
          std::vector<Hunk>* hunks) {
  hunks->clear();
  const size_t n = a.size(), m = b.size(), w = m + 1;
  table->assign((n + 1) * w, 0);
  auto at = [&](size_t i, size_t j) -> int& { return (*table)[i * w + j]; };
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      at(i, j) =
          a[i].lower == b[j].lower ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
  }
  size_t i = 0, j = 0;
  Hunk open{SIZE_MAX, 0, 0, 0};
  while (i < n || j < m) {
    if (i < n && j < m && a[i].lower == b[j].lower) {
      if (open.a_begin != SIZE_MAX) {
        open.a_end = i, open.b_end = j;
        hunks->push_back(open);
        open.a_begin = SIZE_MAX;
      }
      ++i, ++j;
      continue;
    }
    if (open.a_begin == SIZE_MAX) open = Hunk{i, i, j, j};
    if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
      ++j;
    } else {
      ++i;
    }
  }
  if (open.a_begin != SIZE_MAX) hunks->push_back(Hunk{open.a_begin, n, open.b_begin, m});
}

std::string Stem(std::string_view lower) {
  for (std::string_view suffix : {"ing", "ed", "es", "s", "e"}) {
    if (lower.size() >= suffix.size() + 3 && lower.ends_with(suffix) && !lower.ends_with("ss")) {
      return std::string(lower.substr(0, lower.size() - suffix.size()));
    }
  }
  return std::string(lower);
}

bool BoundedByUntil(const std::vector<Token>& sentence, size_t i) {
  for (size_t k = i + 1; k < sentence.size() && k <= i + 6 && !sentence[k].clause_start; ++k) {
    if (sentence[k].lower == "until" || sentence[k].lower == "till") return true;
  }
  return false;
}

// Verbs that ask or want something done: what follows their "to" is not said to have happened
// ("pressure Trump to release his tax returns", "urged the council to reject the plan").
bool IsDirective(std::string_view w) {
  static constexpr std::string_view kStems[] = {"pressur", "urg",   "demand", "want",
                                                "push",    "press", "call",   "ask"};
  for (std::string_view stem : kStems) {
    if (!w.starts_with(stem)) continue;
    const std::string_view rest = w.substr(stem.size());
    if (rest.empty() || rest == "e" || rest == "es" || rest == "ed" || rest == "ing" ||
        rest == "s" || rest == "d") {
      return true;
    }
  }
  return false;
}

bool Unasserted(const std::vector<Token>& sentence, size_t i) {
  // "whether" and "regardless" weigh both ways a few words on; the others mark their clause.
  constexpr size_t kReach = 4, kClauseReach = 8;
  bool to = false;  // a "to" between the word and the one looked at
  for (size_t k = std::min(i, sentence.size()); k-- > 0 && i - k <= kClauseReach;) {
    const std::string& w = sentence[k].lower;
    if (to && IsDirective(w)) return true;
    to = to || w == "to";
    if ((w == "whether" || w == "regardless") && i - k <= kReach) return true;
    if (w == "wish" || w == "wished" || w == "wishes" || w == "if" || w == "unless" ||
        w == "could" || w == "might" || w == "can" || w == "hope" || w == "hopes" || w == "hoped" ||
        w == "hoping") {
      return true;
    }
    if (sentence[k].clause_start) break;
  }
  return false;
}

std::vector<std::string> TimeMarkers(const std::vector<Token>& sentence) {
  std::vector<std::string> markers;
  for (size_t i = 0; i < sentence.size(); ++i) {
    const Token& t = sentence[i];
    const bool year = t.number && !t.currency && !t.percent && !t.clock && t.value >= 1900 &&
                      t.value <= 2100 && t.value == static_cast<int>(t.value);
    if (year) markers.push_back(t.lower);
    if (t.lower == "ago") markers.push_back("ago");
    if (t.lower == "last" && i + 1 < sentence.size() &&
        (sentence[i + 1].lower == "year" || sentence[i + 1].lower == "month")) {
      markers.push_back("last " + sentence[i + 1].lower);
    }
  }
  std::sort(markers.begin(), markers.end());
  markers.erase(std::unique(markers.begin(), markers.end()), markers.end());
  return markers;
}

int PolarityMarks(const std::vector<Token>& sentence) {
  int n = 0;
  for (size_t i = 0; i < sentence.size(); ++i) {
    const Token& t = sentence[i];
    // "turned down an offer" refuses it.
    const bool turned_down =
        t.lower == "down" && i > 0 && sentence[i - 1].lower.starts_with("turn");
    n += t.negation || t.denial || turned_down;
  }
  return n;
}

}  // namespace stemma::stories
