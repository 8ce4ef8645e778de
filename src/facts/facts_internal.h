// Internal pieces of the facts stage: tokens, sentence spans and the recognizers that share them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "stemma/facts.h"

namespace stemma::facts {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

struct Token {
  uint32_t begin = 0;  // byte offsets into the text
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  bool space_before = false;     // whitespace (or start of text) precedes the token
  bool sentence_start = false;   // first token of a sentence
  bool paragraph_start = false;  // first token after a blank line (or the text start)
  bool capitalized = false;      // starts with an ASCII upper-case letter (or non-ASCII letter)
  uint8_t single_mark = 0;       // a single mark (' ‘ ’) used as a quote: 1 opens, 2 closes
};

// Whether a (lower-cased) token is the possessive "'s", straight or curly.
inline bool IsPossessiveS(std::string_view lower) {
  return lower == "'s" || lower == "\xE2\x80\x99s";
}

// Whether a lower-cased token ends in a straight or curly "'s" ("doe's", "time’s", "'s").
inline bool EndsWithPossessiveS(std::string_view lower) {
  return lower.ends_with("'s") || lower.ends_with("\xE2\x80\x99s");
}

// A tokenised document: tokens plus an ASCII-lower-cased copy of the text with equal offsets.
struct TokenizedText {
  std::string_view text;
  std::string lower;
  std::vector<Token> tokens;

  std::string_view Text(size_t i) const {
    return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
  }
  // The text of tokens [first, last) (last > first), spaces between them included.
  std::string_view Span(size_t first, size_t last) const {
    return text.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin);
  }
  std::string_view Lower(size_t i) const {
    return std::string_view(lower).substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
  }
  bool Adjacent(size_t i) const {  // token i touches token i-1 (no whitespace)
    return i > 0 && i < tokens.size() && !tokens[i].space_before;
  }
};

// Splits `text` into words, numbers and punctuation; marks sentence and paragraph starts.
// At most `max_tokens` tokens are produced (bounded work on hostile input).
void Tokenize(std::string_view text, TokenizedText* out, size_t max_tokens = 4000000);

// Sets Token::single_mark on the single marks that act as quote marks, in a document that
// quotes in single marks (no more than one double-mark quote); called by Tokenize.
void MarkSingleQuotes(TokenizedText* tt);

// A calendar date used as the reference for relative expressions.
struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;
  bool valid() const { return year > 0; }
};

CivilDate ParseIsoDate(std::string_view s);  // "2024-01-24..." -> date, else invalid
int64_t DaysFromCivil(CivilDate d);
CivilDate CivilFromDays(int64_t days);
int Weekday(CivilDate d);  // 1 = Monday ... 7 = Sunday
std::string FormatDate(CivilDate d);

// Tokens already claimed by a recognizer (so numbers inside dates are not re-emitted):
// 0 free, 1 date, 2 number.
using Claimed = std::vector<uint8_t>;

// Appends date/time/duration facts; marks their tokens in `claimed`.
void ExtractDates(const TokenizedText& tt, CivilDate reference, std::vector<Fact>* out,
                  Claimed* claimed);

// Infers a reference date from the text ("On September 2, 2025", "January 24, 2024").
CivilDate InferReferenceDate(const TokenizedText& tt);

// Parses a number made of words ("twenty-three", "a dozen") starting at token i.
// Returns the number of tokens consumed (0 = none) and the value.
size_t ParseNumberWords(const TokenizedText& tt, size_t i, size_t limit, double* value);

// Appends number, quantity and money facts for tokens not claimed yet.
void ExtractNumbers(const TokenizedText& tt, std::vector<Fact>* out, Claimed* claimed);

// Formats a double without trailing zeros ("2000", "0.05", "2.5").
std::string FormatNumber(double v);

// Named-entity mentions from the tagger and the gazetteer.
struct Mention {
  size_t first = 0;  // token range [first, last)
  size_t last = 0;
  char type = 'O';  // 'P' person, 'O' organization, 'L' location
  std::string canonical;
};

// Tags person/organization/location mentions and resolves aliases and surnames. Tokens that
// `claimed` marks as dates (value 1) are never part of a mention.
std::vector<Mention> FindEntities(const TokenizedText& tt, const Claimed& claimed);

// Canonical name for an entity surface form (alias table, then spelling normalisation).
// `type` may be updated when the alias table knows the entity.
std::string CanonicalName(std::string_view surface, char* type);

// Appends quote and attribution facts.
void ExtractQuotes(const TokenizedText& tt, const std::vector<Mention>& mentions,
                   std::vector<Fact>* out);

// Embedded data files (src/facts/data), linked into the binary at build time.
std::string_view EmbeddedAliases();
std::string_view EmbeddedNerModel();

}  // namespace stemma::facts
