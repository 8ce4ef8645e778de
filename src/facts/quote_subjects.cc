// Speaker attribution, second half: sentence subjects, descriptors, the subject before a cue,
// and the clause checks the rules share (pronouns and mention checks: quote_pronouns.cc).
#include <algorithm>

#include "facts/quote_speakers.h"
#include "facts/word_set.h"

namespace stemma::facts {

std::string Attributor::SentenceSubject(size_t begin, size_t end) {
  size_t k = begin;
  while (k < end && tt_.tokens[k].kind == TokenKind::kPunct) ++k;
  if (k >= end || in_quote_[k]) return "";
  if (IsPronoun(tt_.Lower(k))) return Pronoun(k);
  // Titles first: "Former Senator Ann Doe", "Mr. Doe"; an owner may come first: "Saudi
  // Arabia's Foreign Minister Adel al-Jubeir", "Doe's chief spokesman Ann Roe".
  bool owner = false;
  for (size_t j = k; j < end && j < k + 7; ++j) {
    int m = PersonAt(j);
    // "The Doe campaign issued a statement, saying ...": a body named after the person.
    if (m >= 0 && j == k + 1 && Attributive(m)) {
      size_t noun = (*mentions_)[m].last;
      if (noun + 1 < n_ && tt_.tokens[noun + 1].kind == TokenKind::kPunct &&
          tt_.Adjacent(noun + 1)) {
        return "";  // "The Doe campaign's ..."
      }
      return std::string(tt_.Span(k, noun + 1));
    }
    if (m >= 0 && !Possessive(m)) return (*mentions_)[m].canonical;
    std::string_view w = tt_.Lower(j);
    if (m >= 0 || w == "'s" || w == "\xE2\x80\x99s") {
      owner = true;
      continue;
    }
    if (!tt_.tokens[j].capitalized && tt_.Text(j) != "." &&
        !(owner && (IsRoleWord(w) || IsOfficeWord(w)))) {
      break;
    }
  }
  return "";
}

std::string Attributor::SpeakingSubject(size_t begin, size_t end) {
  size_t k = begin;
  while (k < end && tt_.tokens[k].kind == TokenKind::kPunct) ++k;
  if (k >= end || in_quote_[k]) return "";
  if (IsPronoun(tt_.Lower(k))) {
    size_t j = k + 1;
    static const WordSet kAux = {"also", "then", "later", "has", "had"};
    if (j < end && kAux.Contains(tt_.Lower(j))) ++j;
    return j < end && IsCueVerb(j) ? Pronoun(k) : "";
  }
  for (size_t j = k; j < end && j < k + 4; ++j) {
    int m = PersonAt(j);
    if (m >= 0) return !Possessive(m) && SpeaksNext(m) ? (*mentions_)[m].canonical : "";
    if (!tt_.tokens[j].capitalized && tt_.Text(j) != ".") break;
  }
  return "";
}

std::string Attributor::Descriptor(size_t k) const {
  if (k >= n_) return "";
  std::string_view w = tt_.Lower(k);
  // "said several officials", "according to two people familiar with the talks".
  static const WordSet kDeterminers = {"a",       "an",   "one",     "another", "the",
                                       "several", "some", "many",    "two",     "three",
                                       "four",    "both", "various", "other"};
  if (!kDeterminers.Contains(w)) return "";
  // "said some may think ...": a quantifier before a verb is not a source.
  static const WordSet kNotNouns = {"may",    "might", "will", "would", "can",    "could",
                                    "should", "must",  "have", "had",   "are",    "were",
                                    "do",     "did",   "say",  "think", "believe"};
  if (k + 1 < n_ && kNotNouns.Contains(tt_.Lower(k + 1))) return "";
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
  return std::string(tt_.Span(k, end));
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
  // "Mr Balls rejected the claim that Mr Brown was sidelined, saying ...": a participle after
  // a comma has the sentence's subject, when a person or he/she opens the sentence.
  if (participle && cue > floor + 1 && tt_.Text(cue - 1) == ",") {
    size_t begin = cue - 1;
    while (begin > floor && !tt_.tokens[begin].sentence_start && cue - begin < 200) --begin;
    if (tt_.tokens[begin].sentence_start && !EmbeddedClause(begin, cue)) {
      // "Yet, he has broken with Doe on trade, saying ...": past a leading conjunction.
      static const WordSet kLead = {"but", "and", "yet", "so", "still", "however", "meanwhile"};
      size_t start = begin;
      if (start + 1 < cue && kLead.Contains(tt_.Lower(start))) {
        ++start;
        if (start + 1 < cue && tt_.Text(start) == ",") ++start;
      }
      std::string subject = SentenceSubject(start, cue);
      // "In one of the first questions, Doe suggested that Roe erred, arguing ...": past a
      // leading prepositional phrase set off by a comma.
      static const WordSet kOpeners = {"in",   "on",       "at",    "during",  "earlier",  "later",
                                       "last", "speaking", "asked", "writing", "appearing"};
      if (subject.empty() && kOpeners.Contains(tt_.Lower(start))) {
        for (size_t c = start + 1; c + 1 < cue && c < start + 20 && !in_quote_[c]; ++c) {
          if (tt_.Text(c) != ",") continue;
          subject = SentenceSubject(c + 1, cue);
          break;
        }
      }
      if (!subject.empty()) return subject;
      subject = BodySubject(begin, cue);
      if (!subject.empty()) return subject;
    }
  }
  // "A State Department official, who has seen the report, has said": the subject ends
  // before a relative clause set off by commas.
  size_t j = cue - 1;
  static const WordSet kAux = {"has", "have", "had", "also"};
  while (j > floor && kAux.Contains(tt_.Lower(j))) --j;
  if (j > floor && tt_.Text(j) == "," && !in_quote_[j]) {
    static const WordSet kRelative = {"who", "which", "whose", "whom"};
    for (size_t c = j; c-- > floor + 1 && j - c < 40;) {
      if (in_quote_[c] || tt_.tokens[c + 1].sentence_start) break;
      if (tt_.Text(c) != "," || !kRelative.Contains(tt_.Lower(c + 1))) continue;
      size_t e = c - 1;
      int m = PersonAt(e);
      if (m >= 0 && !Possessive(m)) return Canonical(e);
      if (m < 0 && IsSourceNoun(tt_.Lower(e))) {
        for (size_t b = e; b-- > floor && e - b <= 8;) {
          std::string_view w = tt_.Lower(b);
          if (w == "the") return RoleReference(b, e);
          if ((w == "a" || w == "an" || w == "one" || w == "another") && ClauseStart(b)) {
            return std::string(tt_.Span(b, e + 1));
          }
          if (tt_.tokens[b].kind != TokenKind::kWord) break;
        }
      }
      break;
    }
  }
  size_t unnamed = n_;
  while (k > floor && budget-- > 0) {
    --k;
    if (in_quote_[k]) break;
    int m = mention_at_[k];
    if (m >= 0) {
      if (PersonAt(k) >= 0 && !Possessive(m) && !AfterPreposition(m)) {
        std::string head = AppositionHead(m, cue);
        return head.empty() ? Canonical(k) : head;
      }
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
    // "the president withdrew the nomination, saying ...": a role noun as the subject, maybe
    // after adjectives ("The two-term senator from Georgia added").
    if (k > floor && tt_.tokens[k].kind == TokenKind::kWord && !tt_.tokens[k].capitalized &&
        IsRoleWord(tt_.Lower(k)) && org < 0) {
      size_t the = k - 1;
      while (the > floor && k - the < 5 && tt_.Lower(the) != "the" &&
             ((tt_.tokens[the].kind == TokenKind::kWord && !tt_.tokens[the].capitalized) ||
              (tt_.Text(the) == "-" && tt_.Adjacent(the)))) {
        --the;
      }
      // Adjectives only in a sentence's subject, not in an apposition ("Doe, the archdiocese
      // attorney, said") or a participle's object ("the former vice president was asked
      // ..., saying").
      if (tt_.Lower(the) == "the" && !in_quote_[the] &&
          (the + 1 == k || (tt_.tokens[the].sentence_start && !participle))) {
        return RoleReference(the, k);
      }
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
  return std::string(tt_.Span(unnamed, role + 1));
}

std::string Attributor::BodySubject(size_t begin, size_t end) const {
  size_t k = begin;
  while (k < end && tt_.tokens[k].kind == TokenKind::kPunct) ++k;
  if (k < end && tt_.Lower(k) == "the") ++k;
  int m = k < end && !in_quote_[k] ? mention_at_[k] : -1;
  if (m < 0 || Type(k) != 'O' || TitleOnly(m) || Possessive(m) || (*mentions_)[m].first != k) {
    return "";
  }
  // Its verb follows: not "Harbour Bank chief Ann Doe", "Harbour Bank and ...", "Telecom
  // analysts Ovum welcomed".
  size_t after = (*mentions_)[m].last;
  if (after + 1 >= end || tt_.tokens[after].kind != TokenKind::kWord ||
      tt_.tokens[after].capitalized || IsSourceNoun(tt_.Lower(after)) ||
      IsOfficeWord(tt_.Lower(after)) || tt_.Lower(after) == "and" || tt_.Lower(after) == "or" ||
      tt_.tokens[after + 1].capitalized) {
    return "";
  }
  // "Harbour Herald associate editor Ann Doe said ...": the body only qualifies a person.
  for (size_t j = after; j < end && j < after + 3; ++j) {
    if (tt_.tokens[j].kind != TokenKind::kWord) break;
    if (IsRoleWord(tt_.Lower(j)) || PersonAt(j) >= 0) return "";
  }
  return (*mentions_)[m].canonical;
}

std::string Attributor::AppositionHead(int m, size_t cue) const {
  // "Mike Roe, spokesman for House Speaker Ann Doe, fired back": the apposition's owner (m)
  // ends it right before the cue; its head, the person before the first comma, speaks.
  const Mention& mm = (*mentions_)[m];
  size_t after = mm.last;
  if (after >= cue || tt_.Text(after) != ",") return "";
  for (size_t t = after + 1; t < cue; ++t) {
    if (tt_.tokens[t].kind != TokenKind::kWord || !EndsWith(tt_.Lower(t), "ly")) return "";
  }
  // "A lawyer for Doe's accuser, Ann Roe, said": m renames the object of an unnamed source's
  // phrase; the phrase speaks.
  // (A lower-case object only: in "A lawyer for Doe, Ann Roe, said" Roe is the lawyer.)
  if (mm.first >= 4 && tt_.Text(mm.first - 1) == "," &&
      tt_.tokens[mm.first - 2].kind == TokenKind::kWord && !tt_.tokens[mm.first - 2].capitalized &&
      mention_at_[mm.first - 2] < 0) {
    for (size_t p = mm.first - 2; p-- > 1 && mm.first - p <= 8;) {
      if (in_quote_[p] || tt_.tokens[p + 1].sentence_start) break;
      std::string_view w = tt_.Lower(p);
      if (w != "for" && w != "of" && w != "to") continue;
      std::string_view noun = tt_.Lower(p - 1);
      if (!IsSourceNoun(noun)) break;
      for (size_t d = p - 1; d-- > 0 && p - d <= 3;) {
        std::string_view a = tt_.Lower(d);
        if ((a == "a" || a == "an" || a == "one" || a == "another") && ClauseStart(d)) {
          return std::string(tt_.Span(d, mm.first - 1));
        }
        if (tt_.tokens[d].kind != TokenKind::kWord) break;
      }
      break;
    }
  }
  bool linked = false;  // a role word or preposition inside the apposition
  for (size_t b = mm.first; b-- > 0 && mm.first - b <= 8;) {
    if (in_quote_[b] || tt_.tokens[b + 1].sentence_start) return "";
    std::string_view w = tt_.Lower(b);
    if (w == ",") {
      if (!linked || b == 0) return "";
      // "Ann Doe (R-Ohio), an ally of ...": past a parenthesis after the name.
      size_t e = b - 1;
      if (tt_.Text(e) == ")") {
        while (e > 0 && b - e < 8 && tt_.Text(e) != "(") --e;
        if (e == 0 || tt_.Text(e) != "(") return "";
        --e;
      }
      int p = PersonAt(e);
      if (p < 0 || Possessive(p) || in_quote_[e]) return "";
      return (*mentions_)[p].canonical;
    }
    linked |= IsRoleWord(w) || IsPersonNoun(w) || w == "of" || w == "for" || w == "to";
    if (tt_.tokens[b].kind != TokenKind::kWord && w != "." && w != "'s" && w != "\xE2\x80\x99s" &&
        w != "-") {
      return "";
    }
  }
  return "";
}

bool Attributor::EmbeddedClause(size_t begin, size_t end) const {
  // "after Roe used the ad, accusing": the participle may belong to the inner clause. ("Doe
  // explained that Roe rejected it, saying" too, but "Doe said that Roe erred, telling" not.)
  // (Not "before" or "since": often adverbs, "proven wrong before, telling".)
  static const WordSet kSubordinators = {"after",  "when", "because", "while", "although",
                                         "though", "if",   "whereas", "unless"};
  for (size_t k = begin; k < end; ++k) {
    std::string_view w = tt_.Lower(k);
    if (kSubordinators.Contains(w)) return true;
  }
  return false;
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

}  // namespace stemma::facts
