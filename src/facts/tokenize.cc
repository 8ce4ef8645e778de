// Tokenizer: words (with inner hyphens/apostrophes), numbers (with inner , and .), punctuation.
#include <cstring>

#include "facts/facts_internal.h"
#include "facts/word_set.h"

namespace stemma::facts {
namespace {

// Decodes one UTF-8 code point at s[i]; returns its length (1 for invalid bytes).
size_t DecodeUtf8(std::string_view s, size_t i, uint32_t* cp) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (len == 1 || i + len > s.size()) {
    *cp = 0xFFFD;
    return 1;
  }
  uint32_t v = c & (0x3F >> (len - 1));
  for (size_t k = 1; k < len; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      *cp = 0xFFFD;
      return 1;
    }
    v = (v << 6) | (cc & 0x3F);
  }
  *cp = v;
  return len;
}

bool IsSpaceCp(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000 ||
         cp == 0xFEFF;
}

// Letters: ASCII letters and any non-ASCII code point outside punctuation/symbol blocks.
bool IsLetterCp(uint32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp >= 0xFE30 && cp <= 0xFE6F) return false;
  if (cp >= 0xFF00 && cp <= 0xFF0F) return false;
  if (cp == 0xFFFD) return false;
  return true;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool EndsSentence(std::string_view tok) { return tok == "." || tok == "!" || tok == "?"; }

// Abbreviations after which a period does not end a sentence.
bool IsAbbreviation(std::string_view lower) {
  static const WordSet kAbbr = {
      "mr",   "mrs", "ms",     "dr",  "prof", "gen", "col", "lt",   "sgt", "capt",
      "rep",  "sen", "gov",    "st",  "jr",   "sr",  "inc", "corp", "co",  "ltd",
      "vs",   "no",  "jan",    "feb", "mar",  "apr", "jun", "jul",  "aug", "sep",
      "sept", "oct", "nov",    "dec", "u.s",  "u.n", "u.k", "e.g",  "i.e", "etc",
      "mt",   "ft",  "approx", "est", "fig",  "rev", "hon", "adm",  "maj", "cmdr"};
  if (kAbbr.Contains(lower)) return true;
  return lower.size() == 1;  // initials: "M. K. Bhadrakumar"
}

}  // namespace

void Tokenize(std::string_view text, TokenizedText* out, size_t max_tokens) {
  out->text = text;
  out->lower.assign(text.data(), text.size());
  for (char& c : out->lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  out->tokens.clear();
  size_t i = 0;
  size_t newlines = 2;  // text start counts as a paragraph break
  bool space = true;
  bool pending_sentence = true;
  while (i < text.size() && out->tokens.size() < max_tokens) {
    uint32_t cp;
    size_t len = DecodeUtf8(text, i, &cp);
    if (IsSpaceCp(cp)) {
      if (cp == '\n') ++newlines;
      space = true;
      i += len;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    t.space_before = space;
    if (IsDigit(text[i]) ||
        (text[i] == '.' && i + 1 < text.size() && IsDigit(text[i + 1]) && space)) {
      size_t j = i + 1;
      while (j < text.size()) {
        if (IsDigit(text[j])) {
          ++j;
        } else if ((text[j] == ',' || text[j] == '.') && j + 1 < text.size() &&
                   IsDigit(text[j + 1])) {
          j += 2;
        } else {
          break;
        }
      }
      t.kind = TokenKind::kNumber;
      t.end = static_cast<uint32_t>(j);
    } else if (IsLetterCp(cp)) {
      size_t j = i + len;
      while (j < text.size()) {
        const unsigned char b = static_cast<unsigned char>(text[j]);
        if (b < 0x80 && (IsLetterCp(b) || IsDigit(static_cast<char>(b)))) {
          ++j;  // ASCII letter or digit: the common case, without decoding
          continue;
        }
        uint32_t c2;
        size_t l2 = DecodeUtf8(text, j, &c2);
        if (IsLetterCp(c2) || (c2 < 0x80 && IsDigit(static_cast<char>(c2)))) {
          j += l2;
          continue;
        }
        // Inner hyphen or apostrophe followed by a letter: "Son-hui", "O'Brien" (not "Kim's").
        if ((c2 == '-' || c2 == '\'' || c2 == 0x2019) && j + l2 < text.size()) {
          uint32_t c3;
          DecodeUtf8(text, j + l2, &c3);
          bool possessive = c2 != '-' && (c3 == 's' || c3 == 't') &&
                            (j + l2 + 1 >= text.size() ||
                             !IsLetterCp(static_cast<unsigned char>(text[j + l2 + 1])));
          if (IsLetterCp(c3) && !possessive) {
            j += l2;
            continue;
          }
        }
        break;
      }
      t.kind = TokenKind::kWord;
      t.end = static_cast<uint32_t>(j);
      t.capitalized = cp >= 0x80 || (cp >= 'A' && cp <= 'Z');
    } else {
      t.kind = TokenKind::kPunct;
      t.end = static_cast<uint32_t>(i + len);
      // Possessive 's / ’s as one token.
      if ((cp == '\'' || cp == 0x2019) && t.end < text.size() &&
          (text[t.end] == 's' || text[t.end] == 'S') &&
          (t.end + 1 >= text.size() || !IsLetterCp(static_cast<unsigned char>(text[t.end + 1])))) {
        t.end += 1;
        t.kind = TokenKind::kWord;
      }
    }
    if (newlines >= 2) {
      t.paragraph_start = true;
      pending_sentence = true;
    } else if (newlines == 1 && !out->tokens.empty()) {
      std::string_view prev = out->Lower(out->tokens.size() - 1);
      if (prev != "," && t.capitalized) pending_sentence = true;
    }
    t.sentence_start = pending_sentence;
    pending_sentence = false;
    newlines = 0;
    space = false;
    out->tokens.push_back(t);
    i = t.end;
    // Sentence end: . ! ? not after an abbreviation, followed by space or a closing quote.
    std::string_view tok = text.substr(t.begin, t.end - t.begin);
    if (EndsSentence(tok)) {
      size_t n = out->tokens.size();
      bool abbr = tok == "." && n >= 2 && out->tokens[n - 2].kind == TokenKind::kWord &&
                  !out->tokens[n - 1].space_before && IsAbbreviation(out->Lower(n - 2));
      if (!abbr) pending_sentence = true;
    }
  }
  // A sentence may only start after whitespace; "3.5" or "U.S." never split.
  for (Token& t : out->tokens) {
    if (t.sentence_start && !t.space_before && !t.paragraph_start) {
      // Closing quotes right after the period belong to the previous sentence.
      t.sentence_start = false;
    }
  }
  for (size_t k = 1; k < out->tokens.size(); ++k) {
    const Token& p = out->tokens[k - 1];
    Token& t = out->tokens[k];
    // The sentence start moved past a closing quote: "... peace." Then
    if (!t.sentence_start && t.space_before && p.kind == TokenKind::kPunct && k >= 2 &&
        EndsSentence(out->Text(k - 2)) && !p.space_before && out->tokens[k - 1].end - p.begin > 0) {
      std::string_view q = out->Text(k - 1);
      if (q == "\"" || q == "\xE2\x80\x9D" || q == "'" || q == "\xE2\x80\x99") {
        t.sentence_start = true;
      }
    }
  }
  MarkSingleQuotes(out);
}

}  // namespace stemma::facts
