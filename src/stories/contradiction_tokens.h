// Tokens of one sentence for the contradiction rules: lowercased words and numbers with the
// marks the rules need (capitalised mid-sentence, clock time, currency, percent, "No. 5").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace stemma::stories {

struct Token {
  std::string lower;
  double value = -1;          // a bare number or a number word ("six"), else -1
  bool capitalised = false;   // not the first token of its sentence
  bool number = false;        // written in digits
  bool clock = false;         // a number next to ':'
  bool ranking = false;       // "No." before a number
  bool currency = false;      // a number right after '$', a pound or euro sign
  bool percent = false;       // a number right before '%' or "percent"
  bool clause_start = false;  // first of its sentence or after , ; : ( ) -- or a dash
  bool negation = false;      // "not", "never", "didn't", ... ("No." before a number is not one)
  bool denial = false;        // "denied", "refused", "unknown", ...
  bool content = false;       // see IsContentToken
  bool hyphenated = false;    // part of a hyphenated compound ("cease-fire", "must-pass")
};

inline constexpr size_t kMaxSentenceTokens = 80;  // longer sentences: only the first 80 compared

// Splits one sentence into at most kMaxSentenceTokens tokens; digits keep their inner separators
// ("2,000", "3.5").
void Tokenize(std::string_view sentence, std::vector<Token>* out);

inline bool IsNegation(const Token& t) { return t.negation; }

// Whether a token of `sentence` is the word `lower`.
inline bool HasToken(const std::vector<Token>& sentence, std::string_view lower) {
  for (const Token& t : sentence) {
    if (t.lower == lower) return true;
  }
  return false;
}

// A word that can stand for what a sentence is about: a name or a lowercase content word (not a
// number, negation, stopword, weekday or month).
inline bool IsContentToken(const Token& t) { return t.content; }

// Negations plus words that deny or refuse ("denied", "declined", "unknown"): two sentences
// whose counts have the same parity agree in polarity ("there were no militants" / "he denied
// militants were there").
int PolarityMarks(const std::vector<Token>& sentence);

// A headline in title case (more than half of the tokens capitalised) carries no name signal:
// reads its words as lowercase ones. Returns whether it did.
bool ReadAsHeadline(std::vector<Token>* sentence);

struct Hunk {
  size_t a_begin, a_end, b_begin, b_end;  // token ranges that differ
};

// Differing token ranges of two sentences after a longest-common-subsequence alignment; `table`
// is scratch space reused between calls.
void Diff(const std::vector<Token>& a, const std::vector<Token>& b, std::vector<int>* table,
          std::vector<Hunk>* hunks);

// A crude verb and plural stem: "wants" / "want", "approved" / "approve", "halting" / "halt".
std::string Stem(std::string_view lower);

// Whether token i is followed by "until" in its clause (within six tokens): "closed to ships
// until Wednesday" says the same as "reopens on Wednesday".
bool BoundedByUntil(const std::vector<Token>& sentence, size_t i);

// Whether token i stands where nothing is asserted: a clause that weighs both ways ("regardless
// of whether one agrees", "whether voters approve"), a wish or a condition ("wish Obama had
// succeeded", "if the court agrees", "hoping they can win"), a possibility ("could still agree
// to hear the case after ...", "might close"), anywhere before it in its clause, or what one is
// asked or wanted to do ("pressure Trump to release his tax returns").
bool Unasserted(const std::vector<Token>& sentence, size_t i);

// The moments a sentence dates itself to apart from the present: its years ("in 2016") and
// "last year" / "last month" / "ago" ("last", "ago"), sorted. Two sentences with different
// markers tell different moments ("In 2016, Trump slammed Ryan" / "Trump praised Ryan").
std::vector<std::string> TimeMarkers(const std::vector<Token>& sentence);

// 0-20, dozen and tens to fifty as words; -1 for anything else.
double NumberWordValue(std::string_view lower);

// "hundred" 1e2, "thousand" 1e3, "million"/"m" 1e6, "billion"/"bn" 1e9, ...; 0 otherwise.
double Multiplier(std::string_view lower);

}  // namespace stemma::stories
