// Quoted text that is no one's words: titles of shows and works, marked terms, title-case
// names, vote labels, addressees and names used before a noun (quotes.cc drops them before
// looking for a speaker).
#include <string_view>

#include "facts/facts_internal.h"
#include "facts/quote_speakers.h"
#include "facts/word_set.h"

namespace stemma::facts {
namespace {

// Separators in a list of quoted titles: 'The Mask,' 'Shrek' and 'Annie'.
bool ListSeparator(const TokenizedText& tt, size_t k) {
  std::string_view w = tt.Lower(k);
  return w == "," || w == "and" || w == "or";
}

// A quote in single marks next to another one with only a list separator between: a list of
// titles ("films include 'The Mask,' 'Shrek' and 'Annie'").
bool InQuotedList(const TokenizedText& tt, const Quote& q) {
  const size_t n = tt.tokens.size();
  size_t k = q.close + 1;
  if (k < n && tt.Text(k) == tt.Text(q.close) && tt.Adjacent(k)) ++k;  // doubled ’’
  while (k < n && k < q.close + 4 && ListSeparator(tt, k)) ++k;
  if (k < n && QuoteMark(tt, k) == Mark::kOpen) return true;
  size_t j = q.open;
  while (j > 0 && j + 3 > q.open && ListSeparator(tt, j - 1)) --j;
  return j > 0 && QuoteMark(tt, j - 1) == Mark::kClose;
}

// Short title-case quotes after a possessive or "the"/"on" are names of shows, books and
// ads, not speech: HBO's “Real Time with Bill Maher”, the “Today Show”.
bool LooksLikeTitle(const TokenizedText& tt, const Quote& q) {
  if (q.unterminated || q.open == 0 || q.close <= q.open + 1) return false;
  static const WordSet kSmall = {"of", "the", "with", "and", "a",  "an",
                                 "in", "on",  "for",  "to",  "at", "by"};
  const bool single = tt.tokens[q.open].single_mark != 0;
  // A work's name after its kind, maybe with a comma: the book “Fire and Ice: A Memoir”, the
  // new film, “Harbour Lights,”. Such titles may be longer.
  static const WordSet kWorks = {"book",  "film",        "movie",  "novel",   "memoir", "album",
                                 "song",  "documentary", "play",   "musical", "essay",  "poem",
                                 "opera", "single",      "sequel", "column",  "episode"};
  size_t kind = q.open - 1;
  if (kind > 0 && tt.Text(kind) == ",") --kind;
  // Whose work it is: "the author of “...”", "the host of “...”" (bylines of op-eds).
  static const WordSet kMakers = {"author", "co-author", "host",   "co-host", "creator",
                                  "star",   "co-star",   "editor", "anchor",  "producer"};
  const bool made =
      tt.Lower(q.open - 1) == "of" && q.open >= 2 && kMakers.Contains(tt.Lower(q.open - 2));
  const bool work = made || kWorks.Contains(tt.Lower(kind));
  size_t first = q.open + 1;  // the first quoted token, after both marks of a doubled ‘‘
  if (single && first + 1 < q.close && tt.Text(first) == tt.Text(q.open)) ++first;
  size_t words = 0;
  for (size_t k = q.open + 1; k < q.close; ++k) {
    if (tt.tokens[k].kind == TokenKind::kPunct) {
      std::string_view p = tt.Text(k);
      // An initial's period is no sentence end: “S.E. Doe Unfiltered”.
      bool initial =
          p == "." && tt.Adjacent(k) && tt.Text(k - 1).size() == 1 && tt.tokens[k - 1].capitalized;
      if ((p == "." || p == "?" || p == "!") && k + 1 < q.close && !initial) return false;
      continue;
    }
    std::string_view w = tt.Lower(k);
    if (w == "'s" || w == "\xE2\x80\x99s") continue;  // 'Charlie's Angels', “America's Newsroom”
    if (++words > (made ? 16 : work ? 12 : 6)) return false;
    // A number may open a title: “60 Hours”.
    bool number = k == first && tt.tokens[k].kind == TokenKind::kNumber && k + 1 < q.close &&
                  tt.tokens[k + 1].capitalized;
    if (!tt.tokens[k].capitalized && !kSmall.Contains(w) && !number) return false;
  }
  if (words == 0 ||
      !(tt.tokens[first].capitalized || tt.tokens[first].kind == TokenKind::kNumber)) {
    return false;
  }
  if (work) return true;
  static const WordSet kBefore = {"the",    "on",     "of",      "titled",    "entitled",
                                  "dubbed", "show",   "program", "programme", "book",
                                  "film",   "series", "column"};
  std::string_view before = tt.Lower(q.open - 1);
  // "in an interview for “Harbour Tonight”".
  if ((before == "for" || before == "with") && q.open >= 2 &&
      (tt.Lower(q.open - 2) == "interview" || tt.Lower(q.open - 2) == "appearance")) {
    return true;
  }
  // "HBO's", "Fox News' “The Kelly File”".
  if (kBefore.Contains(before) || EndsWithPossessiveS(before) ||
      ((before == "'" || before == "\xE2\x80\x99") && tt.Adjacent(q.open - 1))) {
    return true;
  }
  // "a new feature called “Family Style Meals”": a name after a noun and "called"/"named"
  // (not "called it “Pure Fantasy”").
  if ((before == "called" || before == "named") && q.open >= 2 &&
      tt.tokens[q.open - 2].kind == TokenKind::kWord && !tt.tokens[q.open - 2].capitalized) {
    static const WordSet kNotNouns = {"it",   "him",     "her",     "them", "this",   "that",
                                      "was",  "is",      "be",      "been", "he",     "she",
                                      "they", "himself", "herself", "also", "itself", "publicly"};
    if (!kNotNouns.Contains(tt.Lower(q.open - 2))) return true;
  }
  if (single && InQuotedList(tt, q)) return true;
  // "ABC News “This Week”": a capitalised word that does not open the sentence.
  return tt.tokens[q.open - 1].kind == TokenKind::kWord && tt.tokens[q.open - 1].capitalized &&
         !tt.tokens[q.open - 1].sentence_start;
}

// A term the writer marks as someone else's label, not anyone's words: so-called “beer-like”
// drinks, the self-described “tough guy”.
bool MarkedTerm(const TokenizedText& tt, const Quote& q) {
  if (q.open == 0) return false;
  std::string_view w = tt.Lower(q.open - 1);
  if (w == "so-called" || w == "self-described" || w == "self-styled") return true;
  if (q.open < 3 || tt.Text(q.open - 2) != "-" || !tt.Adjacent(q.open - 1)) return false;
  std::string_view a = tt.Lower(q.open - 3);
  return (a == "so" && w == "called") || (a == "self" && (w == "described" || w == "styled"));
}

// A short title-case name inside a sentence is a show, event, slogan or nickname, not speech:
// an interview for “Harbour Nights” that airs Sunday, donations from “The Gala: Boats for
// Kids”. Not a quote opening its sentence, after a cue, colon or comma (“Yes”), or ending its
// clause.
bool TitleCaseName(const TokenizedText& tt, const Quote& q) {
  if (q.unterminated || q.open == 0 || q.close <= q.open + 1 || q.close + 1 >= tt.tokens.size()) {
    return false;
  }
  const Token& before = tt.tokens[q.open - 1];
  if (tt.tokens[q.open].sentence_start || before.kind != TokenKind::kWord || before.capitalized ||
      IsCue(tt.Lower(q.open - 1))) {
    return false;
  }
  static const WordSet kSmall = {"of", "the", "with", "and", "a",  "an", "in",
                                 "on", "for", "to",   "at",  "by", "or"};
  size_t words = 0;
  for (size_t k = q.open + 1; k < q.close; ++k) {
    if (tt.tokens[k].kind == TokenKind::kPunct) {
      std::string_view p = tt.Text(k);
      if (p != ":" && p != "-" && p != "&") return false;
      continue;
    }
    if (++words > 6) return false;
    if (!tt.tokens[k].capitalized && !(words > 1 && kSmall.Contains(tt.Lower(k)))) return false;
  }
  if (words == 0) return false;
  // Reported speech right after a speech verb: “Obama said it will be a “Scrooge Christmas””,
  // "crowds chanted “Retaliation”".
  for (size_t k = q.open - 1; k > 0 && k + 6 > q.open; --k) {
    if (IsCue(tt.Lower(k))) return false;
    if (tt.tokens[k].sentence_start) break;
  }
  // Not a quote ending its clause ("“Yes,” she said").
  std::string_view next = tt.Text(q.close + 1);
  return next != "," && next != ":";
}

// A one-word vote quoted after a word about voting is a label, not speech: voting “present”
// instead of “no”, plans to vote "yes".
bool VoteLabel(const TokenizedText& tt, const Quote& q) {
  if (q.unterminated || q.open == 0) return false;
  static const WordSet kVotes = {"yes", "no", "present", "aye", "nay", "abstain"};
  size_t words = 0;
  for (size_t k = q.open + 1; k < q.close; ++k) {
    if (tt.tokens[k].kind == TokenKind::kPunct) continue;
    if (++words > 1 || !kVotes.Contains(tt.Lower(k))) return false;
  }
  if (words == 0) return false;
  for (size_t k = q.open; k-- > 0 && k + 7 > q.open;) {
    std::string_view w = tt.Lower(k);
    if (w.substr(0, 3) == "vot" &&
        (w.size() == 4 || w == "voted" || w == "votes" || w == "voting")) {
      return true;
    }
    if (tt.tokens[k].sentence_start) break;
  }
  return false;
}

// A title-case name right after "told" is the addressee, a show or outlet: told “Harbour
// Sunday.”, tells “Morning Isle” that (speech after "told" names its hearer first: "told
// reporters, “...”").
bool AddresseeName(const TokenizedText& tt, const Quote& q) {
  if (q.unterminated || q.open == 0) return false;
  std::string_view before = tt.Lower(q.open - 1);
  if (before != "told" && before != "tells" && before != "tell" && before != "telling") {
    return false;
  }
  static const WordSet kSmall = {"of", "the", "with", "and", "a", "an", "in", "on", "for", "to"};
  size_t words = 0;
  for (size_t k = q.open + 1; k < q.close; ++k) {
    if (tt.tokens[k].kind == TokenKind::kPunct) {
      std::string_view p = tt.Text(k);
      if (k + 1 < q.close || (p != "." && p != ",")) return false;  // only a final . or ,
      continue;
    }
    if (++words > 6) return false;
    if (!tt.tokens[k].capitalized && !(words > 1 && kSmall.Contains(tt.Lower(k)))) return false;
  }
  return words >= 2;
}

// A title-case name used before a noun is a show's or group's name: “Harbour Nights” co-host
// Ann Doe, the “Clean Isles” campaign.
bool NameBeforeNoun(const TokenizedText& tt, const Quote& q) {
  const size_t n = tt.tokens.size();
  if (q.unterminated || q.open == 0 || q.close + 1 >= n) return false;
  static const WordSet kSmall = {"of", "the", "with", "and", "a", "an", "in", "on", "for", "to"};
  size_t words = 0;
  bool final_stop = false;
  for (size_t k = q.open + 1; k < q.close; ++k) {
    if (tt.tokens[k].kind == TokenKind::kPunct) {
      std::string_view p = tt.Text(k);
      final_stop = k + 1 == q.close && (p == "." || p == ",");
      if (!final_stop && p != ":" && p != "-" && p != "&") return false;
      continue;
    }
    if (++words > 6) return false;
    if (!tt.tokens[k].capitalized && !(words > 1 && kSmall.Contains(tt.Lower(k)))) return false;
  }
  if (words == 0) return false;
  if (final_stop) return false;
  // “Harbour Nights” co-host, the “Clean Isles” campaign: a noun right after the mark.
  size_t k = q.close + 1;
  if (tt.tokens[k].space_before == false || tt.tokens[k].kind != TokenKind::kWord ||
      tt.tokens[k].capitalized) {
    return false;
  }
  std::string_view w = tt.Lower(k);
  if (w == "co" && k + 2 < n && tt.Text(k + 1) == "-") w = tt.Lower(k + 2);
  static const WordSet kNouns = {
      "host",     "co-host",  "anchor",  "star",    "moderator", "creator",    "producer",
      "movement", "campaign", "slogan",  "program", "show",      "series",     "segment",
      "hashtag",  "rally",    "podcast", "column",  "columnist", "contestant", "panel"};
  return kNouns.Contains(w) || IsRoleWord(w);
}

}  // namespace

bool NotSpeech(const TokenizedText& tt, const Quote& q) {
  return LooksLikeTitle(tt, q) || MarkedTerm(tt, q) || TitleCaseName(tt, q) || VoteLabel(tt, q) ||
         AddresseeName(tt, q) || NameBeforeNoun(tt, q);
}

}  // namespace stemma::facts
