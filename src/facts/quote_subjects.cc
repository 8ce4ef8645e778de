// Speaker attribution, second half: sentence subjects, descriptors, pronouns and the
// positional checks (clause start, after a preposition, possessive) the rules share.
#include "facts/quote_speakers.h"

#include <algorithm>

#include "facts/word_set.h"

namespace stemma::facts {

std::string Attributor::SentenceSubject(size_t begin, size_t end) {
  size_t k = begin;
  while (k < end && tt_.tokens[k].kind == TokenKind::kPunct) ++k;
  if (k >= end || in_quote_[k]) return "";
  if (IsPronoun(tt_.Lower(k))) return Pronoun(k);
  // Titles first: "Former Senator Ann Doe", "Mr. Doe".
  for (size_t j = k; j < end && j < k + 4; ++j) {
    int m = PersonAt(j);
    if (m >= 0) return Possessive(m) ? "" : (*mentions_)[m].canonical;
    if (!tt_.tokens[j].capitalized && tt_.Text(j) != ".") break;
  }
  return "";
}

std::string Attributor::Descriptor(size_t k) const {
  if (k >= n_) return "";
  std::string_view w = tt_.Lower(k);
  if (w != "a" && w != "an" && w != "one" && w != "another" && w != "the") return "";
  size_t end = k + 1;
  static const WordSet kClauseStart = {
      "who", "that", "which",  "whose", "whom",   "where", "said",  "says", "told", "in",
      "on",  "at",   "during", "after", "before", "when",  "while", "and",  "but"};
  while (end < n_ && end < k + 8 && tt_.tokens[end].kind == TokenKind::kWord &&
         !tt_.tokens[end].sentence_start && !kClauseStart.Contains(tt_.Lower(end)) &&
         !IsCue(tt_.Lower(end))) {
    // "a spokeswoman for Issa took issue": the phrase ends with the name after for/of.
    std::string_view p = tt_.Lower(end);
    if ((p == "for" || p == "of") && end + 1 < n_ && mention_at_[end + 1] >= 0 &&
        !in_quote_[end + 1] && !Possessive(mention_at_[end + 1])) {
      end = std::min<size_t>((*mentions_)[mention_at_[end + 1]].last, k + 8);
      break;
    }
    ++end;
  }
  if (end == k + 1) return "";
  return std::string(
      tt_.text.substr(tt_.tokens[k].begin, tt_.tokens[end - 1].end - tt_.tokens[k].begin));
}

std::string Attributor::SubjectBefore(size_t cue, size_t floor) {
  if (cue <= floor) return "";
  std::string adjacent = AdjacentSubject(cue);
  if (!adjacent.empty()) return adjacent;
  size_t k = cue;
  int budget = 24;
  int org = -1;
  // "..., saying that ...": the participle's subject opens the clause; organisations met on
  // the way back are objects.
  bool participle = EndsWith(tt_.Lower(cue), "ing");
  size_t unnamed = n_;
  while (k > floor && budget-- > 0) {
    --k;
    if (in_quote_[k]) break;
    int m = mention_at_[k];
    if (m >= 0) {
      if (PersonAt(k) >= 0 && !Possessive(m) && !AfterPreposition(m)) return Canonical(k);
      if (org < 0 && Type(k) == 'O' && !TitleOnly(m) && !participle && !AfterPreposition(m)) {
        org = m;
      }
      k = std::max((*mentions_)[m].first, floor);
      continue;
    }
    if (IsPronoun(tt_.Lower(k))) return Pronoun(k);
    // "a spokesman for the ministry in Pyongyang promised": an unnamed source, unless a
    // name comes before it ("Ann Doe, a political adviser to Trump, told").
    if ((tt_.Lower(k) == "a" || tt_.Lower(k) == "an") && unnamed == n_ && k + 2 < cue &&
        ClauseStart(k) && (IsRoleWord(tt_.Lower(k + 1)) || IsRoleWord(tt_.Lower(k + 2)))) {
      unnamed = k;
    }
    // "the president withdrew the nomination, saying ...": a role noun as the subject.
    if (k > floor && tt_.Lower(k - 1) == "the" && tt_.tokens[k].kind == TokenKind::kWord &&
        !tt_.tokens[k].capitalized && IsRoleWord(tt_.Lower(k)) && org < 0) {
      return RoleReference(k - 1, k);
    }
    if (IsCue(tt_.Lower(k))) {  // "Lind says, adding that ...": the same subject
      std::string s = AdjacentSubject(k);
      if (!s.empty()) return s;
    }
  }
  if (org >= 0) return (*mentions_)[org].canonical;
  if (unnamed == n_) return "";
  // The phrase ends at its role noun unless a preposition goes on ("a spokesman for the
  // ministry"): not "A federal judge mostly agreed last month".
  static const WordSet kOf = {"for", "of", "at", "from", "with", "to"};
  size_t role = IsSourceNoun(tt_.Lower(unnamed + 2)) ? unnamed + 2 : unnamed + 1;
  if (role + 1 < n_ && kOf.Contains(tt_.Lower(role + 1))) return Descriptor(unnamed);
  return std::string(
      tt_.text.substr(tt_.tokens[unnamed].begin, tt_.tokens[role].end - tt_.tokens[unnamed].begin));
}

std::string Attributor::Pronoun(size_t at, bool inside) {
  int best = -1;
  size_t limit = at > 600 ? at - 600 : 0;
  for (size_t k = at; k-- > limit;) {
    if (inside || !in_quote_[k]) {
      int m = PersonAt(k);
      if (m >= 0) {
        if (!Possessive(m)) best = m;
        k = std::max((*mentions_)[m].first, limit);
      }
    }
    if (best >= 0 && tt_.tokens[k].sentence_start) break;
  }
  return best >= 0 ? (*mentions_)[best].canonical : "";
}

int Attributor::PersonAt(size_t k) const {
  int m = mention_at_[k];
  if (m < 0 || TitleOnly(m)) return -1;
  const Mention& mm = (*mentions_)[m];
  if (mm.type == 'P') return m;
  if (mm.first > 0 && mm.last - mm.first >= 2 && !tt_.tokens[mm.first - 1].capitalized &&
      IsRoleWord(tt_.Lower(mm.first - 1))) {
    return m;
  }
  return -1;
}

bool Attributor::TitleOnly(int m) const {
  const Mention& mm = (*mentions_)[m];
  return mm.last < n_ && mm.last > mm.first && tt_.Text(mm.last) == "." && tt_.Adjacent(mm.last) &&
         IsTitleAbbreviation(tt_.Lower(mm.last - 1));
}

std::string Attributor::WordsOf(const Quote& q) {
  // "“got played,” in the words of CNN's John King" / "in the unhappy words of Ann Doe".
  size_t k = q.close + 1;
  while (k < n_ && k < q.close + 3 && tt_.tokens[k].kind == TokenKind::kPunct) ++k;
  if (k + 3 >= n_ || tt_.tokens[k].sentence_start || tt_.Lower(k) != "in" ||
      tt_.Lower(k + 1) != "the") {
    return "";
  }
  for (size_t j = k + 2; j + 1 < n_ && j < k + 6; ++j) {
    if (tt_.tokens[j].kind != TokenKind::kWord) return "";
    if (tt_.Lower(j) == "words" && tt_.Lower(j + 1) == "of") {
      for (size_t t = j + 2; t < n_ && t < j + 8; ++t) {
        int m = PersonAt(t);
        if (m >= 0) return (*mentions_)[m].canonical;
        if (tt_.tokens[t].sentence_start) break;
      }
      return "";
    }
  }
  return "";
}

std::string Attributor::SpeechOwner(size_t begin, size_t end) {
  // "Lind's only comment was a single line: “...”": the owner of a speech noun.
  static const WordSet kSpeech = {"comments",  "comment", "words",    "remarks", "remark",
                                  "statement", "reply",   "response", "answer",  "message",
                                  "tweet",     "post",    "verdict",  "letter"};
  for (size_t k = begin; k + 1 < end && k < begin + 12; ++k) {
    if (in_quote_[k]) return "";
    int m = mention_at_[k];
    if (m < 0 || !Possessive(m)) continue;
    if (PersonAt(k) < 0 && Type(k) != 'O') return "";
    size_t j = (*mentions_)[m].last;
    while (j < end && (tt_.Lower(j) == "'s" || tt_.Lower(j) == "\xE2\x80\x99s" ||
                       tt_.Lower(j) == "'" || tt_.Lower(j) == "\xE2\x80\x99")) {
      ++j;
    }
    for (size_t t = j; t < end && t < j + 3; ++t) {
      if (kSpeech.Contains(tt_.Lower(t))) return (*mentions_)[m].canonical;
      if (tt_.tokens[t].kind != TokenKind::kWord || tt_.tokens[t].capitalized) break;
    }
    return "";
  }
  return "";
}

std::string Attributor::DocumentAfterRead(size_t k) {
  // "“...,” read the letter signed by Heritage Action": the signer, else "the letter".
  if (k + 2 >= n_ || (tt_.Lower(k + 1) != "the" && tt_.Lower(k + 1) != "a")) return "";
  for (size_t j = k + 2; j + 1 < n_ && j < k + 8; ++j) {
    if (tt_.tokens[j].sentence_start) break;
    if (tt_.Lower(j) == "by" || tt_.Lower(j) == "from") {
      size_t t = j + 1 < n_ && tt_.Lower(j + 1) == "the" ? j + 2 : j + 1;
      if (t < n_ && mention_at_[t] >= 0 && !TitleOnly(mention_at_[t])) return Canonical(t);
      break;
    }
  }
  return Descriptor(k + 1);
}

bool Attributor::ClauseStart(size_t k) const {
  if (k == 0 || tt_.tokens[k].sentence_start) return true;
  std::string_view before = tt_.Lower(k - 1);
  return tt_.tokens[k - 1].kind == TokenKind::kPunct || before == "and" || before == "but";
}

bool Attributor::AfterPreposition(int m) const {
  // "a political adviser to Trump, told", "a spokesman in Pyongyang promised": an object.
  // Not "by": "criticised by the council, which said" names the speaker.
  // Not "with" either: "with Ann Doe, the union's president, saying: “...”".
  static const WordSet kPrepositions = {"to", "of", "for",   "from", "against", "about", "than",
                                        "in", "at", "under", "like", "into",    "toward"};
  size_t first = (*mentions_)[m].first;
  if (first > 1 && tt_.Lower(first - 1) == "the") --first;  // "for the Water Authority"
  return first > 0 && kPrepositions.Contains(tt_.Lower(first - 1));
}

bool Attributor::Possessive(int m) const {
  const Mention& mm = (*mentions_)[m];
  std::string_view last = tt_.Lower(mm.last - 1);
  if (EndsWith(last, "'s") || EndsWith(last, "\xE2\x80\x99s")) return true;
  if (mm.last < n_ && tt_.Adjacent(mm.last)) {
    std::string_view next = tt_.Lower(mm.last);
    return next == "'s" || next == "\xE2\x80\x99s" || next == "'" || next == "\xE2\x80\x99";
  }
  return false;
}

}  // namespace stemma::facts
