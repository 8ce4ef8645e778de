// Speaker attribution: the subject written right before a cue ("Lind also said", "Police
// said", "the president said") and the person a role noun refers back to.
#include "facts/quote_speakers.h"
#include "facts/word_set.h"

namespace stemma::facts {

std::string Attributor::OwnedSource(size_t noun) const {
  static const WordSet kOwned = {"office",   "campaign",  "team",           "family",
                                 "camp",     "lawyers",   "attorneys",      "lawyer",
                                 "attorney", "spokesman", "spokeswoman",    "spokesperson",
                                 "aides",    "staff",     "representatives"};
  if (noun < 2 || !kOwned.Contains(tt_.Lower(noun))) return "";
  size_t p = noun - 1;
  // One word between: "Doe's legal team", "Doe's campaign office".
  if (mention_at_[p] < 0 && tt_.tokens[p].kind == TokenKind::kWord && !tt_.tokens[p].capitalized &&
      !IsPossessiveS(tt_.Lower(p))) {
    --p;
  }
  if (in_quote_[p]) return "";
  int m = mention_at_[p];
  if (m < 0 && p > 0 && tt_.Adjacent(p)) {  // the mark after the mention: "Doe" "'s", "Jones" "'"
    std::string_view w = tt_.Lower(p);
    if (IsPossessiveS(w) || w == "'" || w == "\xE2\x80\x99") m = mention_at_[p - 1];
  }
  if (m < 0 || TitleOnly(m) || !Possessive(m) || in_quote_[(*mentions_)[m].first]) return "";
  return std::string(tt_.Span((*mentions_)[m].first, noun + 1));
}

std::string Attributor::AdjacentSubject(size_t cue) {
  if (cue == 0 || in_quote_[cue - 1]) return "";
  {
    std::string qualified = QualifiedSource(cue);
    if (!qualified.empty()) return qualified;
  }
  size_t j = cue - 1;
  // "the president has declared", "Lind also said".
  // "Health officials reiterated Tuesday", "Doe on Monday said": a day between them too.
  // "a source reportedly told", "Doe separately said": an adverb between them.
  static const WordSet kAux = {"has",       "have",       "had",          "also",      "then",
                               "later",     "previously", "once",         "again",     "repeatedly",
                               "publicly",  "monday",     "tuesday",      "wednesday", "thursday",
                               "friday",    "saturday",   "sunday",       "yesterday", "reportedly",
                               "allegedly", "separately", "privately",    "earlier",   "initially",
                               "recently",  "further",    "subsequently", "since",     "flatly",
                               "late",      "early"};  // "A pool report late Friday confirmed"
  for (int skip = 0; skip < 2 && j > 0 && kAux.Contains(tt_.Lower(j)); ++skip) {
    --j;
    if (j > 0 && tt_.Lower(j) == "on" && tt_.tokens[j + 1].capitalized) --j;  // "on Monday"
  }
  if (in_quote_[j]) return "";
  int m = mention_at_[j];
  if (m >= 0 && !TitleOnly(m) && !Possessive(m) && !AfterPreposition(m)) {
    // "Ann Doe, Harbour Hotel Association said": the person, not the body after her name.
    size_t first = (*mentions_)[m].first;
    if (Type(j) == 'O' && first >= 2 && tt_.Text(first - 1) == "," && !in_quote_[first - 2]) {
      int p = PersonAt(first - 2);
      if (p >= 0 && !Possessive(p) && ClauseStart((*mentions_)[p].first)) {
        return (*mentions_)[p].canonical;
      }
    }
    return (*mentions_)[m].canonical;
  }
  // "the 28-year-old said": the person the text is about.
  if (j >= 3 && tt_.Lower(j) == "year-old" && tt_.Text(j - 1) == "-" &&
      tt_.tokens[j - 2].kind == TokenKind::kNumber && tt_.Lower(j - 3) == "the") {
    return Pronoun(j - 3);
  }
  std::string name = NameEndingAt(j + 1);
  if (!name.empty()) return name;
  // "with what Harbour Weekly's Ann Doe called a “...”": a name the tagger missed after
  // "what" (and an owner's possessive).
  {
    auto owner = [&](size_t t) {  // "Time’s", "’s": the end of an owner's name
      std::string_view w = tt_.Lower(t);
      return EndsWithPossessiveS(w);
    };
    size_t b = j + 1;
    while (b > 0 && j + 1 - b < 9 && !in_quote_[b - 1] &&
           ((tt_.tokens[b - 1].kind == TokenKind::kWord && tt_.tokens[b - 1].capitalized &&
             !tt_.tokens[b - 1].sentence_start &&
             (mention_at_[b - 1] < 0 || Possessive(mention_at_[b - 1]))) ||
            owner(b - 1) || (tt_.Text(b - 1) == "." && tt_.Adjacent(b - 1)))) {
      --b;
    }
    if (b <= j && b > 0 && tt_.Lower(b - 1) == "what" && tt_.tokens[b].capitalized) {
      size_t name = b;  // after the last possessive
      for (size_t t = b; t <= j; ++t) {
        if (owner(t)) name = t + 1;
      }
      if (name <= j && tt_.tokens[name].capitalized && mention_at_[name] < 0) {
        return std::string(tt_.Span(name, j + 1));
      }
    }
  }
  // "..., as Politico declares", "The Washington Post reported": a capitalised name after
  // "as" or "the" that the tagger missed.
  size_t b = j + 1;
  while (b > 0 && j + 1 - b < 3 && tt_.tokens[b - 1].kind == TokenKind::kWord &&
         tt_.tokens[b - 1].capitalized && !tt_.tokens[b - 1].sentence_start && !in_quote_[b - 1] &&
         (mention_at_[b - 1] < 0 || Type(b - 1) == 'L') &&  // "The Washington Post"
         tt_.Lower(b - 1) != "the") {
    --b;
  }
  if (b <= j && b > 0 && !in_quote_[b - 1] && MissedNameAfter(b - 1, b, j + 1)) {
    return std::string(tt_.Span(b, j + 1));
  }
  // "the Arizona Democrat said", "the President said": the person the text is about, or the
  // holder of the title.
  if (tt_.tokens[j].capitalized && IsPartyNoun(tt_.Lower(j))) {
    for (size_t b = j; b-- > 0 && j - b <= 3;) {
      if (in_quote_[b] || tt_.tokens[b].kind != TokenKind::kWord) break;
      if (tt_.Lower(b) == "the") {
        std::string_view p = b > 0 ? tt_.Lower(b - 1) : "";
        if (p == "for" || p == "of" || p == "to" || p == "from" || p == "with") break;
        return IsRoleWord(tt_.Lower(j)) ? RoleReference(b, j) : Pronoun(b);
      }
      if (!tt_.tokens[b].capitalized) break;
    }
  }
  // "May's office said", "Doe's legal team wrote", "Doe's lawyer said": the owner's office,
  // campaign or spokesman as the text names it, not the owner.
  {
    std::string owned = OwnedSource(j);
    if (!owned.empty()) return owned;
  }
  // "Police said", "State officials say", "Some legal experts argued": a group as an unnamed
  // source, when the phrase opens its clause.
  std::string group = GroupSource(j, cue);
  if (!group.empty()) return group;
  static const WordSet kNotNouns = {
      "has",    "have",  "had",   "is",    "was",        "were",     "are", "also",  "then",
      "would",  "will",  "could", "can",   "may",        "might",    "did", "does",  "just",
      "later",  "again", "once",  "first", "previously", "recently", "who", "which", "that",
      "the",    "a",     "an",    "and",   "or",         "but",      "it",  "they",  "we",
      "before", "after", "while", "when",  "by",         "without",  "of",  "for",   "in"};
  if (tt_.tokens[j].kind != TokenKind::kWord || tt_.tokens[j].capitalized || IsCue(tt_.Lower(j)) ||
      kNotNouns.Contains(tt_.Lower(j)) || EndsWith(tt_.Lower(j), "ly")) {
    return "";
  }
  // "the president said", "the Democratic presidential candidate said"; an unnamed source
  // keeps its phrase: "a BAA spokesman said", "An AP report said".
  bool aged = false;  // "the 54-year-old executive said": the person the text is about
  for (size_t b = j; b-- > 0 && j - b <= 6;) {
    if (in_quote_[b]) break;
    if (tt_.tokens[b].kind != TokenKind::kWord) {
      if (b + 1 < j && tt_.Lower(b + 1) == "year-old" && tt_.Text(b) == "-") continue;
      if (b + 2 < j && tt_.Lower(b + 2) == "year-old" && tt_.tokens[b].kind == TokenKind::kNumber) {
        aged = true;
        continue;
      }
      break;
    }
    if (!aged && j - b > 4) break;
    std::string_view w = tt_.Lower(b);
    if (w == "the" && aged) return Pronoun(b);
    if (w == "the") {
      // "released a statement at the time saying": a preposition's object is no subject.
      // ("three of the senators said" is a subject.)
      static const WordSet kPrepositions = {"at",     "in",    "on",     "for",    "from",
                                            "with",   "to",    "by",     "during", "into",
                                            "within", "after", "before", "over"};
      if (b > 0 && !in_quote_[b - 1] && kPrepositions.Contains(tt_.Lower(b - 1))) {
        // Unless an unnamed source owns it: "a spokeswoman for the SEC's Boston office said",
        // "The head of the union's local chapter at the time said".
        bool source = false;
        for (size_t c = b - 1; c-- > 0 && b - 1 - c <= 10;) {
          if (in_quote_[c] || (tt_.tokens[c].kind != TokenKind::kWord && tt_.Text(c) != "'s" &&
                               tt_.Text(c) != "\xE2\x80\x99s")) {
            break;
          }
          std::string_view a = tt_.Lower(c);
          source |= IsSourceNoun(a);
          if ((a == "a" || a == "an" || a == "one" || a == "another") && ClauseStart(c) &&
              IsSourceNoun(tt_.Lower(b - 2))) {
            return std::string(tt_.Span(c, j + 1));
          }
          if (a == "the" && source && ClauseStart(c) && tt_.tokens[c].capitalized) {
            return std::string(tt_.Span(c, b - 1));
          }
        }
        return "";
      }
      return RoleReference(b, j);
    }
    if ((w == "a" || w == "an" || w == "one" || w == "another") && ClauseStart(b) &&
        IsSourceNoun(tt_.Lower(j)) && !EndsWith(tt_.Lower(cue), "ing")) {
      return std::string(tt_.Span(b, j + 1));
    }
  }
  return "";
}

std::string Attributor::QualifiedSource(size_t cue) const {
  static const WordSet kHeads = {
      "source",    "sources",  "person",    "people",     "official",   "officials",   "aide",
      "aides",     "adviser",  "advisers",  "advisor",    "advisors",   "ally",        "allies",
      "insider",   "insiders", "operative", "operatives", "republican", "republicans", "democrat",
      "democrats", "member",   "members",   "diplomat",   "diplomats",  "staffer",     "staffers"};
  static const WordSet kDeterminers = {"a",       "an",   "one",     "two",  "three",
                                       "four",    "five", "several", "some", "many",
                                       "another", "the",  "other"};
  static const WordSet kTrailing = {"has",   "have",    "had",      "also",      "reportedly",
                                    "later", "earlier", "recently", "previously"};
  for (size_t b = cue; b-- > 1 && cue - b <= 12;) {
    if (in_quote_[b] || tt_.Text(b) == "," || tt_.Text(b) == ";" || tt_.Text(b) == ":") break;
    std::string_view w = tt_.Lower(b);
    size_t head;  // the noun the qualifier hangs on
    if ((w == "familiar" && tt_.Lower(b + 1) == "with") ||
        (w == "close" && tt_.Lower(b + 1) == "to")) {
      head = b - 1;
    } else if (w == "knowledge" && b >= 2 && tt_.Lower(b - 1) == "with" &&
               tt_.Lower(b + 1) == "of") {
      head = b - 2;
    } else {
      continue;
    }
    if (!kHeads.Contains(tt_.Lower(head)) || in_quote_[head]) continue;
    for (size_t d = head + 1; d-- > 0 && head - d <= 4;) {
      if (in_quote_[d] || tt_.tokens[d].kind != TokenKind::kWord) break;
      if (!kDeterminers.Contains(tt_.Lower(d))) continue;
      size_t end = cue;
      while (end > b + 1 && kTrailing.Contains(tt_.Lower(end - 1))) --end;
      return std::string(tt_.Span(d, end));
    }
  }
  return "";
}

std::string Attributor::GroupSource(size_t j, size_t cue) const {
  static const WordSet kSpeech = {
      "say",        "says",       "said",      "told",      "tell",        "wrote",
      "write",      "noted",      "argued",    "argue",     "warned",      "added",
      "insist",     "insisted",   "stated",    "stressed",  "cautioned",   "reiterated",
      "emphasized", "emphasised", "explained", "contend",   "contended",   "allege",
      "alleged",    "testified",  "confirmed", "concluded", "acknowledged"};
  if (cue >= n_ || !kSpeech.Contains(tt_.Lower(cue))) return "";
  static const WordSet kGroups = {
      "police",     "officials",   "authorities", "prosecutors", "investigators", "officers",
      "analysts",   "experts",     "critics",     "researchers", "scientists",    "economists",
      "lawmakers",  "legislators", "protesters",  "protestors",  "residents",     "witnesses",
      "activists",  "organizers",  "organisers",  "aides",       "diplomats",     "doctors",
      "lawyers",    "attorneys",   "senators",    "leaders",     "sources",       "opponents",
      "supporters", "advocates"};
  if (j >= n_ || in_quote_[j] || tt_.tokens[j].kind != TokenKind::kWord ||
      !kGroups.Contains(tt_.Lower(j))) {
    return "";
  }
  static const WordSet kQuantifiers = {"some", "many", "several", "two", "three", "other", "most"};
  static const WordSet kAdjectives = {
      "federal",  "state",    "local",          "senior",       "top",      "legal",   "foreign",
      "health",   "police",   "city",           "county",       "defense",  "defence", "government",
      "military", "campaign", "administration", "intelligence", "security", "public"};
  size_t b = j;
  while (b > 0 && j - b < 3 && !ClauseStart(b) && tt_.tokens[b - 1].kind == TokenKind::kWord &&
         !in_quote_[b - 1] && mention_at_[b - 1] < 0) {
    std::string_view w = tt_.Lower(b - 1);
    if (!tt_.tokens[b - 1].capitalized && !kQuantifiers.Contains(w) && !kAdjectives.Contains(w)) {
      return "";  // "the police", "Doe's lawyers", "with ATF officials": other rules' cases
    }
    --b;
    if (kQuantifiers.Contains(w)) break;
  }
  // Only a sentence's (or a colon's) subject: not "and critics say", "while union advocates";
  // or right after a quote: "“...,” officials said".
  const bool after_quote =
      b > 0 && (in_quote_[b - 1] || (b > 1 && tt_.Text(b - 1) == "," && in_quote_[b - 2]));
  if (!(b == 0 || tt_.tokens[b].sentence_start || tt_.Text(b - 1) == ";" ||
        tt_.Text(b - 1) == ":" || after_quote)) {
    return "";
  }
  return std::string(tt_.Span(b, j + 1));
}

namespace {

// A title written before a name that a role noun refers back to: "the congressman" -> "Rep.
// Ann Doe". (Not "the senator" -> "Sen. Doe": articles often name several senators.)
bool SameRole(std::string_view role, std::string_view title) {
  if (role == title) return true;
  if (role == "congressman" || role == "congresswoman") {
    return title == "rep" || title == "representative" || title == "congressman" ||
           title == "congresswoman";
  }
  return false;
}

}  // namespace

std::string Attributor::RoleReference(size_t the, size_t noun) {
  std::string_view role = tt_.Lower(noun);
  for (size_t k = the; k-- > 0 && the - k < 2000;) {
    int m = PersonAt(k);
    if (m < 0) continue;
    size_t first = (*mentions_)[m].first;
    // "President Obama", "coach Mike X", "Rep. Ann Doe", or the title inside the mention.
    for (size_t b = first + 1; b-- > 0 && first - b + 1 <= 3;) {
      if (SameRole(role, tt_.Lower(b))) return (*mentions_)[m].canonical;
      // Past the period of an abbreviated title only: "Rep. Ann Doe".
      if (tt_.tokens[b].kind != TokenKind::kWord &&
          !(tt_.Text(b) == "." && b > 0 && IsTitleAbbreviation(tt_.Lower(b - 1)))) {
        break;
      }
    }
    k = first;
  }
  // "President Trump" where the tagger found no name: the capitalised word after the title.
  for (size_t k = the; k-- > 1 && the - k < 2000;) {
    if (tt_.Lower(k - 1) == role && tt_.tokens[k - 1].capitalized && !in_quote_[k] &&
        tt_.tokens[k].kind == TokenKind::kWord && tt_.tokens[k].capitalized && mention_at_[k] < 0 &&
        !IsTitleAbbreviation(tt_.Lower(k))) {
      return std::string(tt_.Text(k));
    }
  }
  // "the CDC says — the agency adds": a body noun is the nearest organisation named before.
  // Only nouns that name one kind of body; "the company", "the group" or "the board" too
  // often point past the nearest organisation (an editorial board, a firm the tagger missed).
  static const WordSet kBodies = {"agency", "ministry", "organization", "organisation"};
  if (noun == the + 1 && kBodies.Contains(role)) {  // not "the Russian foreign ministry"
    for (size_t k = the; k-- > 0 && the - k < 400;) {
      int m = mention_at_[k];
      if (m < 0 || in_quote_[k]) continue;
      if (Type(k) == 'O' && !TitleOnly(m)) return (*mentions_)[m].canonical;
      k = (*mentions_)[m].first;
    }
  }
  // "the paper tweeted", "the social media giant said", "the editorial board wrote": the
  // outlet or company a recent sentence has as its subject (lower-case words between).
  // (Not "the white paper": a document.)
  if ((IsBodyNoun(role) && !(role == "paper" && tt_.Lower(noun - 1) == "white")) ||
      (role == "board" && noun > the + 1 && tt_.Lower(noun - 1) == "editorial")) {
    bool plain = true;
    for (size_t k = the + 1; k < noun && plain; ++k) {
      plain = tt_.tokens[k].kind == TokenKind::kWord && !tt_.tokens[k].capitalized;
    }
    if (plain && noun <= the + 4) {
      std::string body = BodyAntecedent(the);
      if (!body.empty()) return body;
    }
  }
  // "the coach said", "the billionaire said" with no "coach X" before: the person the text is
  // about (as for he/she); other nouns stay a description ("the lobbyist said"), as does an
  // unnamed president.
  if ((IsRoleWord(role) && role != "president") || IsPersonNoun(role)) {
    std::string person = Pronoun(the);
    if (!person.empty()) return person;
  }
  return std::string(tt_.Span(the, noun + 1));
}

std::string Attributor::NameEndingAt(size_t end) const {
  size_t b = end;
  while (b > 0 && end - b < 3 && tt_.tokens[b - 1].kind == TokenKind::kWord &&
         tt_.tokens[b - 1].capitalized && !in_quote_[b - 1] && mention_at_[b - 1] < 0) {
    --b;
  }
  if (end - b < 2 || b == 0 || tt_.tokens[b - 1].capitalized || !IsRoleWord(tt_.Lower(b - 1))) {
    return "";
  }
  return std::string(tt_.Span(b, end));
}

}  // namespace stemma::facts
