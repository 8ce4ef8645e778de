// Quotes in single marks (' ‘ ’), the house style of British papers and tabloids: "Mr Vane
// said: 'We will rebuild the pier.'" The same marks are apostrophes (don't, Jones' car, the
// '90s, rock 'n' roll), so they count as quote marks only in documents with (almost) no
// double-mark quotes, and only where their position says so.
#include <string_view>
#include <vector>

#include "facts/facts_internal.h"
#include "facts/word_set.h"

namespace stemma::facts {
namespace {

enum class Single : uint8_t { kNo, kStraight, kLeft, kRight };  // ' ‘ ’

Single SingleMarkOf(std::string_view s) {
  if (s == "'") return Single::kStraight;
  if (s == "\xE2\x80\x98") return Single::kLeft;
  if (s == "\xE2\x80\x99") return Single::kRight;
  return Single::kNo;
}

bool IsDoubleMark(std::string_view s) {
  return s == "\"" || s == "\xE2\x80\x9C" || s == "\xE2\x80\x9D" || s == "\xC2\xAB" ||
         s == "\xC2\xBB";
}

bool IsDash(std::string_view s) {
  return s == "-" || s == "\xE2\x80\x94" || s == "\xE2\x80\x93";  // - — –
}

// Words that an elision apostrophe opens: 'em, rock 'n' roll (never a quote), 'til, 'cause
// (a quote only when a closer follows: "will 'cause delays'").
bool IsElision(std::string_view lower, bool* always) {
  static const WordSet kAlways = {"em", "n"};
  static const WordSet kElisions = {"til",  "tis",  "twas", "cause", "cos",   "coz",
                                    "bout", "nuff", "kay",  "round", "scuse", "ere"};
  *always = kAlways.Contains(lower);
  return *always || kElisions.Contains(lower);
}

// Words after which a mark that follows an "s" still closes a quote: "...the fans' he said"
// reads as a quote, "the fans' cars" as a possessive.
bool FollowsQuote(std::string_view lower) {
  static const WordSet kAfter = {"he",        "she",   "they", "it",    "we",   "i",    "you",
                                 "and",       "but",   "as",   "when",  "said", "says", "told",
                                 "according", "added", "adds", "wrote", "asked"};
  return kAfter.Contains(lower);
}

enum Role : uint8_t { kNone = 0, kOpen = 1, kClose = 2 };

struct Candidate {
  uint32_t token;
  uint8_t role;
  // 0 strong; 1 weak: an opener mid-sentence before a lower-case word, a closer after "...s";
  // 2 an opener that may be an elision ('cause, '05): it pairs only with a strong closer.
  uint8_t weak;
};

// An opening mark: after a space, a paragraph start, "(", ":" or a dash, right before a word,
// a number or "[" ("'[I]f ..."), and not an elision ('em, rock 'n' roll, the '90s).
// `width` is 2 for a doubled mark (‘‘) starting at i.
bool OpensQuote(const TokenizedText& tt, size_t i, size_t width, Single type, uint8_t* weak) {
  const size_t n = tt.tokens.size();
  size_t first = i + width;  // the first quoted word
  if (type == Single::kRight || first + 1 >= n || !tt.Adjacent(first)) return false;
  if (tt.Text(first) == "[" && tt.Adjacent(first + 1)) ++first;
  const Token& next = tt.tokens[first];
  if (next.kind == TokenKind::kPunct) return false;
  const Token& t = tt.tokens[i];
  std::string_view prev = i > 0 ? tt.Text(i - 1) : std::string_view();
  if (i > 0 && !t.space_before && !t.paragraph_start) {
    if (!(prev == "(" || prev == "[" || prev == ":" || IsDash(prev) || IsDoubleMark(prev))) {
      return false;
    }
  }
  bool elision = false;
  if (next.kind == TokenKind::kNumber && next.end - next.begin == 2) {  // '90s, '05
    if (first + 1 < n && tt.Adjacent(first + 1) && tt.Lower(first + 1) == "s") return false;
    elision = true;
  } else if (!next.capitalized && next.kind == TokenKind::kWord) {
    bool always = false;
    elision = IsElision(tt.Lower(first), &always);
    if (always) return false;
  }
  bool mid_sentence =
      !(t.sentence_start || t.paragraph_start || next.capitalized ||
        next.kind == TokenKind::kNumber || prev == ":" || prev == "," || IsDash(prev));
  *weak = elision ? 2 : mid_sentence ? 1 : 0;
  return true;
}

// A closing mark: right after a word, number or sentence punctuation, and before a space,
// the text end or punctuation; never inside a word (don't, it's).
bool ClosesQuote(const TokenizedText& tt, size_t i, size_t width, Single type, uint8_t* weak) {
  const size_t n = tt.tokens.size();
  if (type == Single::kLeft || i == 0 || !tt.Adjacent(i)) return false;
  const Token& before = tt.tokens[i - 1];
  std::string_view prev = tt.Text(i - 1);
  if (before.kind == TokenKind::kPunct &&
      !(prev == "." || prev == "," || prev == "!" || prev == "?" || prev == "\xE2\x80\xA6" ||
        prev == ")" || prev == "]" || prev == "%" || IsDash(prev) || IsDoubleMark(prev))) {
    return false;
  }
  *weak = 0;
  const size_t after = i + width;
  if (after >= n || tt.tokens[after].paragraph_start) return true;
  const Token& next = tt.tokens[after];
  if (!next.space_before) {
    if (next.kind != TokenKind::kPunct) return false;
    std::string_view s = tt.Text(after);
    return s == "," || s == "." || s == ";" || s == ":" || s == "!" || s == "?" || s == ")" ||
           s == "]" || s == "\xE2\x80\xA6" || IsDash(s) || IsDoubleMark(s);
  }
  // "the players' wives": after an "s", before a word, the mark is likely a possessive.
  char last = tt.text[before.end - 1];
  *weak = (before.kind == TokenKind::kWord && (last == 's' || last == 'S') &&
           next.kind == TokenKind::kWord && !FollowsQuote(tt.Lower(after)))
              ? 1
              : 0;
  return true;
}

// True when no paragraph starts in tokens (from, to].
bool SameParagraph(const TokenizedText& tt, size_t from, size_t to) {
  for (size_t k = from + 1; k <= to; ++k) {
    if (tt.tokens[k].paragraph_start) return false;
  }
  return true;
}

// A weak opener needs a closer next, close by in its paragraph, or opens a quote that goes
// on in the next paragraph; a weak closer gives way to a later closer of the same quote
// ("'The players' wives were there,' he said").
void ResolveWeakMarks(const TokenizedText& tt, std::vector<Candidate>* marks) {
  constexpr size_t kWeakReach = 50;  // tokens from a weak opener to its closer
  for (size_t c = 0; c < marks->size(); ++c) {
    Candidate& m = (*marks)[c];
    if (!m.weak) continue;
    const Candidate* next = c + 1 < marks->size() ? &(*marks)[c + 1] : nullptr;
    if (next == nullptr) {
      if (m.role == kOpen) m.role = kNone;
      continue;
    }
    bool same_paragraph = SameParagraph(tt, m.token, next->token);
    bool next_closes = next->role == kClose && same_paragraph && (m.weak < 2 || next->weak == 0) &&
                       (m.role == kClose || next->token - m.token <= kWeakReach);
    bool continued =
        next->role == kOpen && tt.tokens[next->token].paragraph_start && !same_paragraph;
    if (m.role == kOpen && !next_closes && !continued) m.role = kNone;
    if (m.role == kClose && next_closes) m.role = kNone;
  }
}

// The next candidate after c that is still a mark, within a few candidates, or marks.size().
size_t NextMark(const std::vector<Candidate>& marks, size_t c) {
  for (size_t d = c + 1; d < marks.size() && d < c + 16; ++d) {
    if (marks[d].role != kNone) return d;
  }
  return marks.size();
}

// A quote inside a quote in the same marks ("'I said 'let me out,' and ran.'"): an opener
// inside an open quote, mid-sentence, is dropped, and so is its closer when the outer quote
// closes later in the paragraph, so that the outer quote stays whole.
void DropNestedMarks(const TokenizedText& tt, std::vector<Candidate>* marks) {
  std::vector<Candidate>& m = *marks;
  bool open = false;
  size_t last = 0;  // token of the previous mark
  for (size_t c = 0; c < m.size(); ++c) {
    if (m[c].role == kNone) continue;
    const Token& t = tt.tokens[m[c].token];
    // A quote left open at a paragraph end goes on only if the next paragraph reopens it.
    if (open && !(m[c].role == kOpen && t.paragraph_start) &&
        !SameParagraph(tt, last, m[c].token)) {
      open = false;
    }
    last = m[c].token;
    if (m[c].role == kClose) {
      open = false;
      continue;
    }
    std::string_view before = tt.Text(m[c].token - (m[c].token > 0 ? 1 : 0));
    bool sentence_end = before == "." || before == "?" || before == "!";
    if (!open || t.paragraph_start || (t.space_before && sentence_end)) {
      open = true;
      continue;
    }
    m[c].role = kNone;
    size_t d = NextMark(m, c);
    if (d == m.size() || m[d].role != kClose || !SameParagraph(tt, m[c].token, m[d].token)) {
      continue;
    }
    size_t e = NextMark(m, d);
    if (e < m.size() && m[e].role == kClose && SameParagraph(tt, m[d].token, m[e].token)) {
      m[d].role = kNone;
    }
  }
}

}  // namespace

void MarkSingleQuotes(TokenizedText* tt) {
  // At most this many double marks (one double-mark quote) in a single-mark document, and
  // then at least as many single-mark quotes as double marks.
  constexpr size_t kMaxDoubles = 2;
  constexpr size_t kPairsPerDouble = 1;
  std::vector<Candidate> marks;
  size_t doubles = 0;
  const size_t n = tt->tokens.size();
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tt->tokens[i];
    if (t.kind != TokenKind::kPunct) continue;
    // Quote marks start with " ' or the lead byte of “ ” ‘ ’ (E2) or « » (C2).
    unsigned char lead = static_cast<unsigned char>(tt->text[t.begin]);
    if (lead != '"' && lead != '\'' && lead != 0xE2 && lead != 0xC2) continue;
    std::string_view s = tt->Text(i);
    if (IsDoubleMark(s)) {
      if (++doubles > kMaxDoubles) return;  // a double-mark document: nothing changes
      continue;
    }
    Single type = SingleMarkOf(s);
    if (type == Single::kNo) continue;
    if (i + 2 < n && tt->Adjacent(i + 1) && tt->Lower(i + 1) == "n" && tt->Adjacent(i + 2) &&
        SingleMarkOf(tt->Text(i + 2)) != Single::kNo) {
      i += 2;  // rock 'n' roll
      continue;
    }
    // Doubled curly marks (‘‘ ... ’’) stand for double marks in some wire copy: the first
    // mark of each pair is the quote mark (ExtractQuotes skips the second).
    bool doubled = type != Single::kStraight && tt->Adjacent(i + 1) && tt->Text(i + 1) == s;
    size_t width = doubled ? 2 : 1;
    uint8_t weak = 0;
    Role role = OpensQuote(*tt, i, width, type, &weak)    ? kOpen
                : ClosesQuote(*tt, i, width, type, &weak) ? kClose
                                                          : kNone;
    if (role != kNone) {
      marks.push_back({static_cast<uint32_t>(i), role, doubled ? uint8_t{0} : weak});
    }
    i += width - 1;
  }
  if (marks.empty()) return;
  ResolveWeakMarks(*tt, &marks);
  DropNestedMarks(*tt, &marks);
  size_t pairs = 0;
  bool open = false;
  for (const Candidate& m : marks) {
    if (m.role == kOpen) open = true;
    if (m.role == kClose && open) {
      ++pairs;
      open = false;
    }
  }
  if (pairs == 0 || (doubles > 0 && pairs < kPairsPerDouble * doubles)) return;
  for (const Candidate& m : marks) tt->tokens[m.token].single_mark = m.role;
}

}  // namespace stemma::facts
