// Speaker attribution, second half: sentence subjects, descriptors, pronouns and the
// positional checks (clause start, after a preposition, possessive) the rules share.
#include <algorithm>
#include <unordered_map>

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
      std::string subject = SentenceSubject(begin, cue);
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

std::string Attributor::Pronoun(size_t at, bool inside) {
  // The sentence's subject-like person: not a possessive ("Doe's plan"), preferably not a
  // preposition's object ("a letter from Obama campaign manager Jim Messina"). A sentence
  // opened by the same pronoun ("She said that, unlike Doe, she ...") names its referent
  // further back: the search goes on past it (a few links at most).
  std::string_view word = at < n_ && IsPronoun(tt_.Lower(at)) ? tt_.Lower(at) : "";
  const int want = word.empty() ? 0 : (word == "he" ? 1 : -1);
  int best = -1;
  int fallback = -1;
  int speaking = -1;
  int links = 0;
  size_t limit = at > 600 ? at - 600 : 0;
  for (size_t k = at; k-- > limit;) {
    if (inside || !in_quote_[k]) {
      int m = PersonAt(k);
      if (m >= 0) {
        // Not a person the document's own pronouns or titles give the other gender.
        if (!Possessive(m) && !Modifier(m) && (want == 0 || Gender(m) != -want) && !LinkLine(k)) {
          fallback = m;
          if (!AfterPreposition(m) && !Attributive(m)) best = m;
          if (SpeaksNext(m)) speaking = m;  // "..., Santana said that"
        }
        k = std::max((*mentions_)[m].first, limit);
      }
    }
    if (tt_.tokens[k].sentence_start && !word.empty() && links < 4 && k + 1 < at &&
        (inside || !in_quote_[k]) && tt_.Lower(k) == word) {
      best = fallback = speaking = -1;  // a link of the chain: its persons are not the subject
      ++links;
      continue;
    }
    // A "sentence" opened by a lower-case word was split after an abbreviation ("Sen. Ann
    // Doe, R-Ariz. pressed Roe"): the search goes on to its subject.
    if ((best >= 0 || fallback >= 0) && tt_.tokens[k].sentence_start &&
        !(tt_.tokens[k].kind == TokenKind::kWord && !tt_.tokens[k].capitalized)) {
      break;
    }
  }
  if (speaking >= 0) best = speaking;
  if (best < 0) best = fallback;
  return best >= 0 ? (*mentions_)[best].canonical : "";
}

bool Attributor::Modifier(int m) const {
  size_t j = (*mentions_)[m].last;
  size_t words = 0;
  while (j < n_ && words < 3 && tt_.tokens[j].kind == TokenKind::kWord &&
         !tt_.tokens[j].capitalized && (IsRoleWord(tt_.Lower(j)) || IsOfficeWord(tt_.Lower(j)))) {
    ++j;
    ++words;
  }
  return words > 0 && j < n_ && IsRoleWord(tt_.Lower(j - 1)) && PersonAt(j) >= 0;
}

bool Attributor::Attributive(int m) const {
  // "the Assad regime", "the Obama administration": a name qualifying a noun after "the".
  const Mention& mm = (*mentions_)[m];
  if (mm.first == 0 || mm.last >= n_ || tt_.Lower(mm.first - 1) != "the") return false;
  const Token& next = tt_.tokens[mm.last];
  if (next.kind != TokenKind::kWord || next.capitalized || in_quote_[mm.last]) return false;
  static const WordSet kNotNouns = {"and", "or",   "who",   "which", "that", "is", "was", "has",
                                    "had", "will", "would", "also",  "then", "of", "in"};
  std::string_view w = tt_.Lower(mm.last);
  return !kNotNouns.Contains(w) && !IsCue(w);
}

bool Attributor::LinkLine(size_t k) const {
  // A paragraph opened by capitals and a colon ("SEE ALSO: Speaker Ann Doe nixes meeting",
  // "RELATED: ...") links to another story: its names are not the story's.
  size_t p = k;
  while (p > 0 && !tt_.tokens[p].paragraph_start && k - p < 60) --p;
  if (!tt_.tokens[p].paragraph_start) return false;
  size_t words = 0;
  for (size_t j = p; j < n_ && j < p + 4; ++j) {
    if (tt_.Text(j) == ":") return words > 0;
    if (tt_.tokens[j].kind != TokenKind::kWord) return false;
    for (char c : tt_.Text(j)) {
      if (c >= 'a' && c <= 'z') return false;
    }
    ++words;
  }
  return false;
}

bool Attributor::SpeaksNext(int m) const {
  size_t j = (*mentions_)[m].last;
  static const WordSet kAux = {"also", "has", "had", "have", "then", "later", "previously"};
  for (int skip = 0; skip < 2 && j < n_ && kAux.Contains(tt_.Lower(j)); ++skip) ++j;
  return j < n_ && !in_quote_[j] && IsCueVerb(j);
}

int Attributor::Gender(int m) {
  if (gender_.empty()) ComputeGenders();
  return gender_[static_cast<size_t>(m)];
}

void Attributor::ComputeGenders() {
  // Votes per canonical name: a title ("Mr.", "Ms") and he/his or she/her in a sentence that
  // names only that person (outside quotes). One pass over the document.
  static const WordSet kMale = {"he", "himself"};
  static const WordSet kFemale = {"she", "herself"};
  // A possessive counts only before any other capitalised word: it may point ahead ("Ann Doe
  // tells Radio Nine that if his party loses, Netanyahu ...").
  static const WordSet kMaleOwner = {"his", "him"};
  static const WordSet kFemaleOwner = {"her", "hers"};
  bool clean = false;
  static const WordSet kMaleTitles = {"mr", "sir", "mister", "king", "prince"};
  static const WordSet kFemaleTitles = {"mrs", "ms", "miss", "madam", "dame", "queen", "princess"};
  std::unordered_map<std::string_view, int> votes;
  int only = -1;  // the one person named in the sentence so far; -2 when several
  for (size_t k = 0; k < n_; ++k) {
    if (tt_.tokens[k].sentence_start) only = -1;
    if (in_quote_[k]) continue;
    int m = mention_at_[k];
    if (m >= 0) {
      const Mention& mm = (*mentions_)[m];
      if (only >= 0 && (*mentions_)[only].canonical != mm.canonical) clean = false;
      if (k == mm.first && PersonAt(k) >= 0) {
        size_t t = mm.first;
        std::string_view title = tt_.Lower(t);  // "Mr. Doe" may be one mention
        if (!kMaleTitles.Contains(title) && !kFemaleTitles.Contains(title) && t > 0) {
          title = tt_.Lower(t - 1);
          if (title == "." && t > 1) title = tt_.Lower(t - 2);
        }
        int& v = votes[mm.canonical];
        if (kMaleTitles.Contains(title)) v += 3;
        if (kFemaleTitles.Contains(title)) v -= 3;
        if (only == -1) {
          only = m;
          clean = true;
        } else if (only >= 0 && (*mentions_)[only].canonical != mm.canonical) {
          only = -2;
        }
      }
      continue;
    }
    const Token& t = tt_.tokens[k];
    if (only < 0 || t.kind != TokenKind::kWord) continue;
    if (t.capitalized) clean = false;
    // Pronouns are 2..7 letters starting with h or s: most words stop here.
    const char c = tt_.lower[t.begin];
    if (t.end - t.begin < 2 || t.end - t.begin > 7 || (c != 'h' && c != 's')) continue;
    std::string_view w = tt_.Lower(k);
    if (kMale.Contains(w) || (clean && kMaleOwner.Contains(w))) {
      ++votes[(*mentions_)[only].canonical];
    }
    if (kFemale.Contains(w) || (clean && kFemaleOwner.Contains(w))) {
      --votes[(*mentions_)[only].canonical];
    }
  }
  gender_.assign(mentions_->size(), 0);
  for (size_t i = 0; i < mentions_->size(); ++i) {
    const std::string& name = (*mentions_)[i].canonical;
    auto it = votes.find(name);
    // A common first name counts as two votes ("Natalia Veselnitskaya" is not "he").
    int v = (it != votes.end() ? it->second : 0) + 2 * FirstNameGender(name);
    gender_[i] = static_cast<int8_t>(v > 0 ? 1 : v < 0 ? -1 : 0);
  }
}

int Attributor::PersonAt(size_t k) const {
  int m = mention_at_[k];
  if (m < 0 || TitleOnly(m)) return -1;
  const Mention& mm = (*mentions_)[m];
  if (mm.type == 'P') return Dateline(mm) ? -1 : m;
  if (mm.first > 0 && mm.last - mm.first >= 2 && !tt_.tokens[mm.first - 1].capitalized &&
      IsRoleWord(tt_.Lower(mm.first - 1))) {
    return m;
  }
  return -1;
}

bool Attributor::Dateline(const Mention& mm) const {
  // "LAS VEGAS — ...", "PARIS (Reuters) -": an all-capitals place opening a paragraph.
  if (!tt_.tokens[mm.first].sentence_start || mm.last >= n_) return false;
  std::string_view next = tt_.Text(mm.last);
  if (next != "\xE2\x80\x94" && next != "\xE2\x80\x93" && next != "-" && next != "(" &&
      next != "--") {
    return false;
  }
  std::string_view span = tt_.Span(mm.first, mm.last);
  int letters = 0;
  for (char c : span) {
    if (c >= 'a' && c <= 'z') return false;
    letters += c >= 'A' && c <= 'Z';
  }
  return letters >= 3;
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
  // "for the Water Authority", "of the liberal Center for Budget Policy" (adjectives only
  // after "the": not "of what Ann Doe calls").
  static const WordSet kNotAdjectives = {"that", "which", "who",  "whom", "and",  "or",
                                         "but",  "as",    "when", "what", "than", "then"};
  size_t adj = first;
  while (adj > 1 && first - adj < 2 && tt_.tokens[adj - 1].kind == TokenKind::kWord &&
         !tt_.tokens[adj - 1].capitalized && tt_.Lower(adj - 1) != "the" &&
         !kNotAdjectives.Contains(tt_.Lower(adj - 1)) && !IsCue(tt_.Lower(adj - 1))) {
    --adj;
  }
  if (adj > 1 && tt_.Lower(adj - 1) == "the") first = adj;
  if (first > 1 && tt_.Lower(first - 1) == "the") --first;
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
