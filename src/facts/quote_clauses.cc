// Speaker attribution, clause-level rules: a cue before the quote in its sentence, a relayed
// quote ("..., Reuters reported"), a sentence's closing attribution, a name and cue after a
// quote ending in "?" or "!", the owner of quoted words, names the tagger missed.
#include <string>

#include "facts/quote_speakers.h"
#include "facts/word_set.h"

namespace stemma::facts {

std::string Attributor::CueBefore(const Quote& q, size_t sent_begin) {
  for (size_t k = q.open; k-- > sent_begin;) {
    if (in_quote_[k]) continue;
    // "The photo was posted by Doe's spokeswoman, Ann Roe, ... with the caption: “...”": the
    // agent of a passive cue.
    if (k > sent_begin && k + 2 < q.open && tt_.Lower(k + 1) == "by" && IsCue(tt_.Lower(k))) {
      static const WordSet kBe = {"was", "were", "is", "are", "been", "being"};
      if (kBe.Contains(tt_.Lower(k - 1))) {
        for (size_t j = k + 2; j < q.open && j < k + 12; ++j) {
          int m = PersonAt(j);
          if (m >= 0 && !Possessive(m) && !in_quote_[j]) return (*mentions_)[m].canonical;
          if (m >= 0) j = (*mentions_)[m].last - 1;
          std::string_view w = tt_.Lower(j);
          if (m < 0 &&
              !(tt_.tokens[j].kind == TokenKind::kWord &&
                (tt_.tokens[j].capitalized || IsRoleWord(w) || IsOfficeWord(w) || w == "'s" ||
                 w == "\xE2\x80\x99s" || w == "the")) &&
              w != ",") {
            break;
          }
        }
      }
    }
    if (IsCueVerb(k)) return SubjectBefore(k, sent_begin);
    if (tt_.Lower(k) == "according" && k + 2 < n_ && tt_.Lower(k + 1) == "to") {
      // "according to CNN's Ann Doe", "according to the Courier's Ann Doe": the person.
      size_t t = k + 2;
      if (tt_.Lower(t) == "the" && t + 1 < q.open && mention_at_[t + 1] >= 0) {
        std::string owned = OwnedPerson(mention_at_[t + 1]);
        if (!owned.empty()) return owned;
      }
      if (mention_at_[t] >= 0) {
        std::string owned = OwnedPerson(mention_at_[t]);
        return owned.empty() ? Canonical(t) : owned;
      }
      // "According to the singer, “...”": a described person the text names elsewhere.
      // (Not "according to the outlet": the words may be the outlet's source's.)
      size_t noun = t + 1;
      while (noun + 1 < q.open && noun < t + 4 && tt_.tokens[noun + 1].kind == TokenKind::kWord) {
        ++noun;
      }
      if (tt_.Lower(t) == "the" && mention_at_[t] < 0 && noun < q.open &&
          (IsPersonNoun(tt_.Lower(noun)) || IsRoleWord(tt_.Lower(noun)))) {
        std::string who = SpeakerAfterCue(k + 1);
        if (!who.empty() && !StartsWithArticle(who)) return who;
      }
    }
  }
  return "";
}

std::string Attributor::OwnerOfQuotedWords(const Quote& q) {
  if (q.open < 2 || q.unterminated || q.close + 1 >= n_) return "";
  static const WordSet kWords = {"comment", "comments", "remark", "remarks", "quip",    "claim",
                                 "tweet",   "line",     "vow",    "pledge",  "promise", "slogan",
                                 "warning", "refrain",  "mantra", "boast",   "retort"};
  size_t after = q.close + 1;
  if (!kWords.Contains(tt_.Lower(after))) return "";
  // The possessive right before the opening mark: "Doe's", "Doe’s", "Doe' ".
  size_t k = q.open - 1;
  std::string_view w = tt_.Lower(k);
  if (w == "'s" || w == "\xE2\x80\x99s" || w == "'" || w == "\xE2\x80\x99") --k;
  int m = mention_at_[k];
  if (m < 0 || in_quote_[k] || !Possessive(m) || TitleOnly(m)) return "";
  if (PersonAt(k) < 0 && Type(k) != 'O') return "";
  return (*mentions_)[m].canonical;
}

std::string Attributor::ClosingAttribution(const Quote& q) {
  // The sentence goes on without another quote to its end; its last clause, after a comma,
  // is a short "<subject> said" / "said <subject>" / "according to <source>".
  size_t comma = n_;
  size_t end = q.close + 1;
  for (; end < n_ && end < q.close + 60; ++end) {
    if (tt_.tokens[end].sentence_start || tt_.tokens[end].paragraph_start) break;
    // A later quote in the sentence that ends its clause ("... “boots on the ground” and
    // require “...,” Mr. Doe said."): the closing attribution covers both.
    if (QuoteMark(tt_, end) == Mark::kOpen && in_quote_[end]) {
      std::string_view before = q.open > 0 ? tt_.Lower(q.open - 1) : "";
      if (before == "called" || before == "dubbed" || before == "named") return "";  // a name
      size_t close = end;
      while (close + 1 < n_ && in_quote_[close + 1] && close < end + 60) ++close;
      if (close + 1 >= n_ || in_quote_[close + 1] || tt_.Text(close - 1) != ",") return "";
      comma = end = close;
      continue;
    }
    if (QuoteMark(tt_, end) != Mark::kNone || in_quote_[end]) return "";
    if (tt_.Text(end) == ",") comma = end;
  }
  if ((end < n_ && !tt_.tokens[end].sentence_start) || comma == n_ || end - comma > 12 ||
      comma == q.close + 1) {
    return "";  // the sentence runs on too long, or has no closing clause
  }
  std::string_view last = tt_.Text(end - 1);
  if (last != "." && last != "!" && last != "?") return "";
  size_t k = comma + 1;
  if (tt_.Lower(k) == "according" && k + 1 < end && tt_.Lower(k + 1) == "to") {
    return SpeakerAfterCue(k + 1);
  }
  if (IsCueVerb(k)) {
    // ", told The Week.": the addressee follows, the speaker came before the comma.
    std::string_view w = tt_.Lower(k);
    if (w == "told" || w == "tells" || w == "telling" || w == "asked" || w == "asking") return "";
    return SpeakerAfterCue(k);
  }
  for (size_t j = k + 1; j < end && j < k + 6; ++j) {
    if (!IsCueVerb(j)) continue;
    std::string s = AdjacentSubject(j);
    if (!s.empty()) return s;
    if (IsPronoun(tt_.Lower(j - 1))) return Pronoun(j - 1);
    return "";
  }
  return "";
}

std::string Attributor::BylineAfter(const Quote& q) {
  if (q.unterminated || q.close < q.open + 2 || q.close + 2 >= n_) return "";
  // The quote ends a sentence: its last quoted token is . ! ? or …
  std::string_view last = tt_.Text(q.close - 1);
  if (last != "." && last != "!" && last != "?" && last != "\xE2\x80\xA6") return "";
  size_t k = q.close + 1;
  std::string_view dash = tt_.Text(k);
  if (dash != "\xE2\x80\x94" && dash != "\xE2\x80\x93" && dash != "--") return "";
  if (tt_.tokens[k].paragraph_start) return "";  // an author's sign-off on its own line
  int m = PersonAt(k + 1);
  if (m < 0 || in_quote_[k + 1] || (*mentions_)[m].first != k + 1 || Possessive(m)) return "";
  // The name ends the byline: a comma (", Bloomberg"), a paragraph end or the text end.
  size_t after = (*mentions_)[m].last;
  if (after < n_ && !tt_.tokens[after].paragraph_start && tt_.Text(after) != "," &&
      tt_.Text(after) != "(") {
    return "";
  }
  return (*mentions_)[m].canonical;
}

std::string Attributor::UntaggedNameBefore(size_t begin, size_t cue) const {
  // "Iran's Press TV said": a place's possessive may come first.
  if (begin < cue && mention_at_[begin] >= 0 && Type(begin) == 'L' &&
      Possessive(mention_at_[begin])) {
    begin = (*mentions_)[mention_at_[begin]].last;
    if (begin < cue && IsPossessiveS(tt_.Lower(begin))) ++begin;
  }
  if (begin >= cue || cue > n_ || cue - begin > 7) return "";
  static const WordSet kNotNames = {
      "the",  "a",     "an",  "this", "that", "these", "those", "he",    "she",    "it",
      "they", "we",    "i",   "you",  "one",  "some",  "many",  "most",  "his",    "her",
      "our",  "their", "its", "my",   "both", "all",   "each",  "other", "another"};
  if (kNotNames.Contains(tt_.Lower(begin))) return "";
  int words = 0;
  for (size_t j = begin; j < cue; ++j) {
    if (in_quote_[j] || mention_at_[j] >= 0 || (j > begin && tt_.tokens[j].sentence_start)) {
      return "";
    }
    if (tt_.tokens[j].kind == TokenKind::kWord) {
      if (!tt_.tokens[j].capitalized || ++words > 4) return "";
      continue;
    }
    // Only a hyphen or apostrophe inside a word: "Manigault-Newman", "O'Dell".
    std::string_view p = tt_.Text(j);
    if ((p != "-" && p != "'" && p != "\xE2\x80\x99") || j == begin || j + 1 >= cue ||
        !tt_.Adjacent(j) || !tt_.Adjacent(j + 1)) {
      return "";
    }
  }
  if (words == 0 || IsRoleWord(tt_.Lower(cue - 1)) || GroupSource(cue - 1, cue).size() > 0) {
    return "";
  }
  return std::string(tt_.Span(begin, cue));
}

bool Attributor::ReportedAfter(const Quote& q) const {
  size_t k = q.close + 1;
  for (; k < n_ && k < q.close + 10; ++k) {
    if (tt_.tokens[k].sentence_start || QuoteMark(tt_, k) != Mark::kNone) return false;
    std::string_view w = tt_.Lower(k);
    if (w == "according") return true;
    if (IsCue(w)) return w == "reported" || w == "reports";
  }
  return false;
}

bool DocumentPhrase(std::string_view s) {
  if (!StartsWithArticle(s)) return false;
  static const WordSet kDocuments = {"statement", "release", "letter", "memo", "notice",
                                     "filing",    "report",  "post",   "tweet"};
  size_t space = s.rfind(' ');
  return space != std::string_view::npos && kDocuments.Contains(s.substr(space + 1));
}

bool StartsWithArticle(std::string_view s) {
  for (std::string_view a : {"a ", "an ", "the ", "A ", "An ", "The "}) {
    if (s.substr(0, a.size()) == a) return true;
  }
  return false;
}

bool Attributor::MissedNameAfter(size_t det, size_t begin, size_t end) const {
  // Not "the Republican", "the President" (a role), "as I stated"; not "Ann Doe of the
  // National Review said" (the name before "of" is the subject).
  static const WordSet kRoles = {
      "i",       "we",          "republican",   "democrat", "republicans", "democrats",
      "senator", "independent", "conservative", "liberal",  "congressman", "congresswoman"};
  for (size_t k = begin; k < end; ++k) {
    std::string_view w = tt_.Lower(k);
    if (kRoles.Contains(w) || IsRoleWord(w)) return false;
  }
  std::string_view d = tt_.Lower(det);
  if (d == "as") return true;
  if (d != "the" || det == 0) return false;
  static const WordSet kPrepositions = {"of", "from", "for", "at", "with", "to", "in", "by", "on"};
  return !kPrepositions.Contains(tt_.Lower(det - 1));
}

bool Attributor::AttributionAfterMark(const Quote& q, size_t k) const {
  // "“Why now?” Doe asked." / "“No!” she said": the tokenizer starts a sentence after "?”",
  // but a cue right after a name or pronoun (or right after the quote) keeps it one clause.
  if (q.close == 0 || k >= n_ || tt_.tokens[k].paragraph_start) return false;
  size_t end = q.close - 1;  // "“Say ‘Enough!’” she said": past a nested closing mark
  if (end > q.open + 1 && (tt_.Text(end) == "'" || tt_.Text(end) == "\xE2\x80\x99")) --end;
  std::string_view last = tt_.Text(end);
  if (last != "?" && last != "!") return false;
  size_t j = k;
  if (mention_at_[k] >= 0) {
    j = (*mentions_)[mention_at_[k]].last;
  } else if (IsPronoun(tt_.Lower(k)) || tt_.Lower(k) == "it" || tt_.Lower(k) == "they") {
    j = k + 1;
  } else if (tt_.Lower(k) == "the" || tt_.Lower(k) == "a" || tt_.Lower(k) == "an") {
    // "“Why now?” the Harbour Democrat said", "“Why?” a spokesman asked": a lower-case
    // article goes on the sentence; its phrase runs to the cue.
    for (j = k + 1; j < n_ && j < k + 7; ++j) {
      if (tt_.tokens[j].kind != TokenKind::kWord || in_quote_[j]) return false;
      if (!tt_.tokens[j].capitalized && IsCue(tt_.Lower(j))) break;
    }
  }
  static const WordSet kAux = {"also", "then", "later", "has", "had"};
  if (j > k && j < n_ && kAux.Contains(tt_.Lower(j))) ++j;
  return j < n_ && !tt_.tokens[j].capitalized && IsCue(tt_.Lower(j)) &&
         (j == k || !tt_.tokens[j].sentence_start);
}

}  // namespace stemma::facts
