// Speaker attribution for quotes: after the quote ("..., said X"), before it in the same
// sentence (X said: "..."), pronouns back to the nearest person, unnamed sources, roles.
#include "facts/quote_speakers.h"

#include <algorithm>
#include <bitset>
#include <iterator>
#include <unordered_set>

#include "facts/word_set.h"

namespace stemma::facts {
namespace {

bool IsPronoun(std::string_view w) { return w == "he" || w == "she"; }

// Lower-case role words that may sit between a cue and the speaker: "said captain Oskar Lind".
bool IsRoleWord(std::string_view w) {
  static const WordSet kRoles = {
      "captain",    "mayor",      "minister",   "spokesman", "spokeswoman", "spokesperson",
      "director",   "president",  "chief",      "officer",   "professor",   "coach",
      "manager",    "senator",    "governor",   "inspector", "sergeant",    "commander",
      "chairman",   "chairwoman", "chair",      "secretary", "deputy",      "head",
      "lieutenant", "general",    "colonel",    "detective", "judge",       "lawyer",
      "analyst",    "economist",  "researcher", "scientist", "engineer",    "councillor",
      "councilor",  "ambassador", "envoy",      "leader",    "founder",     "executive",
      "prime",      "foreign",    "defence",    "defense",   "fire",        "police",
      "harbour",    "harbor",     "port",       "city",      "state",       "senior",
      "host",       "anchor",     "attorney",   "dean",      "editor",      "adviser",
      "advisor",    "strategist", "consultant", "candidate", "lawmaker",    "representative"};
  return kRoles.Contains(w);
}

// Lower-case words of a job title after an organisation's name: "White House press
// secretary Jay Carney", "party campaign chief Ann Doe".
bool IsOfficeWord(std::string_view w) {
  static const WordSet kOffice = {
      "press",    "communications", "campaign",  "vice",      "assistant", "managing",
      "public",   "political",      "policy",    "security",  "legal",     "media",
      "research", "affairs",        "relations", "national",  "regional",  "communication",
      "party",    "union",          "team",      "group",     "marketing", "sales",
      "finance",  "financial",      "general",   "operating", "technology"};
  return kOffice.Contains(w);
}

// Heads of an unnamed source's phrase: "a BAA spokesman", "An AP report", "one official".
bool IsSourceNoun(std::string_view w) {
  static const WordSet kSources = {
      "spokesperson", "official", "source",   "aide",     "diplomat", "report",   "statement",
      "release",      "letter",   "memo",     "filing",   "study",    "survey",   "poll",
      "witness",      "resident", "expert",   "insider",  "employee", "worker",   "activist",
      "member",       "staffer",  "person",   "man",      "woman",    "observer", "supporter",
      "critic",       "lobbyist", "attorney", "lawmaker", "doctor",   "nurse"};
  return IsRoleWord(w) || kSources.Contains(w);
}

// Abbreviated titles that the tagger sometimes folds into a name ("Florida Rep." before
// "Debbie ..."): a mention ending in one of these followed by "." is a title, not a person.
bool IsTitleAbbreviation(std::string_view w) {
  static const WordSet kTitles = {"rep", "sen", "gov", "gen", "lt",   "col",  "dr",  "mr",
                                  "mrs", "ms",  "adm", "sgt", "capt", "prof", "rev", "maj"};
  return kTitles.Contains(w);
}

}  // namespace

Mark QuoteMark(const TokenizedText& tt, size_t i) {
  std::string_view s = tt.Text(i);
  if (s == "\xE2\x80\x9C" || s == "\xC2\xAB") return Mark::kOpen;   // “ «
  if (s == "\xE2\x80\x9D" || s == "\xC2\xBB") return Mark::kClose;  // ” »
  if (s != "\"") return Mark::kNone;
  bool space_before = tt.tokens[i].space_before;
  bool space_after = i + 1 >= tt.tokens.size() || tt.tokens[i + 1].space_before;
  if (space_before && !space_after) return Mark::kOpen;
  if (!space_before && space_after) return Mark::kClose;
  return Mark::kEither;
}

bool IsCue(std::string_view w) {
  static constexpr std::string_view kCueList[] = {
      "said",      "says",       "say",           "told",          "tells",     "added",
      "adds",      "noted",      "notes",         "asserted",      "asserts",   "wrote",
      "writes",    "stated",     "states",        "declared",      "explained", "insisted",
      "argued",    "warned",     "claimed",       "asked",         "replied",   "remarked",
      "stressed",  "emphasized", "emphasised",    "acknowledged",  "continued", "concluded",
      "announced", "described",  "urged",         "suggested",     "commented", "observed",
      "recalled",  "promised",   "vowed",         "expressed",     "believes",  "believed",
      "called",    "tweeted",    "posted",        "confirmed",     "denied",    "admitted",
      "predicted", "testified",  "pledged",       "reported",      "quipped",   "saying",
      "adding",    "writing",    "telling",       "noting",        "asking",    "quipping",
      "calls",     "responded",  "countered",     "conceded",      "joked",     "boasted",
      "bragged",   "complained", "lamented",      "cautioned",     "contended", "maintained",
      "answered",  "explains",   "insists",       "argues",        "warns",     "recounted",
      "uttered",   "uttering",   "characterized", "characterised", "reports"};
  static const std::unordered_set<std::string_view> kCues(std::begin(kCueList), std::end(kCueList));
  // (first letter, last letter) pairs of the cues: most words are ruled out before hashing.
  static const std::bitset<26 * 26> kEnds = [] {
    std::bitset<26 * 26> ends;
    for (std::string_view c : kCueList) ends.set((c.front() - 'a') * 26 + (c.back() - 'a'));
    return ends;
  }();
  if (w.size() < 3 || w.size() > 13) return false;
  char first = w.front(), last = w.back();
  if (first < 'a' || first > 'z' || last < 'a' || last > 'z') return false;
  return kEnds.test((first - 'a') * 26 + (last - 'a')) && kCues.count(w) > 0;
}

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

std::string Attributor::Speaker(const Quote& q) {
  source_ = kFromNone;
  size_t sent_begin = q.open;
  while (sent_begin > 0 && !tt_.tokens[sent_begin].sentence_start) --sent_begin;
  // 1. Right after the quote: ", Jenny Town, director of ..., noted." / "said Kim." /
  // "among them, Dan Holler, a spokesman, said".
  std::string after = SpeakerAfter(q);
  if (!after.empty()) {
    source_ = kFromAfter;
    return after;
  }
  std::string words_of = WordsOf(q);
  if (!words_of.empty()) {
    source_ = kFromAfter;
    return words_of;
  }
  // 2. Before the quote, same sentence: the subject of the last cue verb.
  for (size_t k = q.open; k-- > sent_begin;) {
    if (in_quote_[k]) continue;
    if (IsCueVerb(k)) {
      std::string s = SubjectBefore(k, sent_begin);
      if (!s.empty()) source_ = kFromBefore;
      if (!s.empty()) return s;
      break;
    }
    if (tt_.Lower(k) == "according" && k + 2 < n_ && tt_.Lower(k + 1) == "to" &&
        mention_at_[k + 2] >= 0) {
      source_ = kFromBefore;
      return Canonical(k + 2);
    }
  }
  // 3. "Name: “...”"; "He went on: “...”" (the sentence's subject); the colon may end the
  // paragraph before the quote ("From Seoul, NPR's Ann Doe reports:" + new paragraph).
  if (q.open >= 2 && tt_.Text(q.open - 1) == ":") {
    source_ = kFromColon;  // reset below when nothing is found
    if (mention_at_[q.open - 2] >= 0) return Canonical(q.open - 2);
    size_t colon_begin = q.open - 1;
    while (colon_begin > 0 && !tt_.tokens[colon_begin].sentence_start &&
           q.open - colon_begin < 400) {
      --colon_begin;
    }
    if (colon_begin < sent_begin) {
      for (size_t k = q.open - 1; k-- > colon_begin;) {
        if (in_quote_[k] || !IsCueVerb(k)) continue;
        std::string s = SubjectBefore(k, colon_begin);
        if (!s.empty()) return s;
        break;
      }
    }
    std::string subject = SentenceSubject(colon_begin, q.open);
    if (!subject.empty()) return subject;
    subject = SpeechOwner(colon_begin, q.open);
    if (!subject.empty()) return subject;
    // "The Times did not shy away from his alleged crimes: “...”": a body opening it.
    size_t first = colon_begin;
    while (first < q.open && tt_.tokens[first].kind == TokenKind::kPunct) ++first;
    if (tt_.Lower(first) == "the") ++first;
    int m = first < q.open && !in_quote_[first] ? mention_at_[first] : -1;
    if (m >= 0 && Type(first) == 'O' && !TitleOnly(m) && !Possessive(m)) {
      return (*mentions_)[m].canonical;
    }
    source_ = kFromNone;
  }
  // 4. No cue: a person opening the sentence ("Stalin's calculation was that ...").
  size_t first = sent_begin;
  while (first < q.open && tt_.tokens[first].kind == TokenKind::kPunct) ++first;
  if (first < q.open && PersonAt(first) >= 0 && !in_quote_[first]) {
    source_ = kFromOpening;
    return Canonical(first);
  }
  return "";
}

bool Attributor::NeuterSubject(const Quote& q) const {
  auto neuter = [&](size_t k) {
    return k < n_ && !in_quote_[k] && (tt_.Lower(k) == "it" || tt_.Lower(k) == "they");
  };
  // After: "“...,” it said" / "“...,” they stated".
  size_t k = q.close + 1;
  while (k < n_ && k < q.close + 4 && tt_.tokens[k].kind == TokenKind::kPunct &&
         QuoteMark(tt_, k) == Mark::kNone) {
    ++k;
  }
  if (k + 1 < n_ && !tt_.tokens[k].sentence_start && neuter(k) && IsCueVerb(k + 1)) return true;
  // Before, same sentence: "By contrast, it said, those protesting “...”".
  for (size_t j = q.open; j-- > 1 && q.open - j < 200;) {
    if (in_quote_[j]) continue;
    if (IsCueVerb(j)) return neuter(j - 1);
    if (tt_.tokens[j].sentence_start) break;
  }
  return false;
}

std::string Attributor::SpeakerAfter(const Quote& q) {
  size_t k = q.close + 1;
  while (k < n_ && k < q.close + 4 && tt_.tokens[k].kind == TokenKind::kPunct &&
         QuoteMark(tt_, k) == Mark::kNone) {
    ++k;
  }
  if (k >= n_ || tt_.tokens[k].sentence_start) return "";
  if (IsCueVerb(k)) return SpeakerAfterCue(k);
  // "“...,” according to the news release" / "according to Ann Doe".
  if (tt_.Lower(k) == "according" && k + 2 < n_ && tt_.Lower(k + 1) == "to") {
    return SpeakerAfterCue(k + 1);  // "to" stands for the cue
  }
  if (tt_.Lower(k) == "read" || tt_.Lower(k) == "reads") return DocumentAfterRead(k);
  // Only a quote that ends its clause ("...," / "...?" / "...", ) is attributed by a cue
  // later in the sentence; a fragment ("would still “love” to debate X, he said") is not.
  std::string_view last = tt_.Text(q.close > 0 ? q.close - 1 : 0);
  bool clause_end = last == "," || last == "?" || last == "!" ||
                    (q.close + 1 < n_ && tt_.Text(q.close + 1) == ",");
  if (!clause_end) return "";
  // The cue comes later in the sentence: "Rear Adm. John Kirby, a Pentagon spokesman,
  // said", "among conservatives, Dan Holler, of Heritage Action, said", "he wrote".
  size_t cue = n_;
  for (size_t j = k; j < n_ && j < k + 25; ++j) {
    if ((j > k && tt_.tokens[j].sentence_start) || QuoteMark(tt_, j) != Mark::kNone) break;
    if (IsCueVerb(j)) {
      cue = j;
      break;
    }
  }
  if (cue == n_ || cue == k) return "";
  std::string adjacent = AdjacentSubject(cue);
  if (!adjacent.empty()) return adjacent;
  for (size_t j = k; j < cue; ++j) {  // the first person between the quote and the cue
    int m = PersonAt(j);
    if (m >= 0 && !Possessive(m)) return (*mentions_)[m].canonical;
  }
  for (size_t j = k; j < cue; ++j) {
    if (IsPronoun(tt_.Lower(j))) return Pronoun(j);
  }
  for (size_t j = k; j < cue; ++j) {
    if (mention_at_[j] >= 0 && Type(j) == 'O' && !TitleOnly(mention_at_[j])) {
      return Canonical(j);
    }
  }
  return "";
}

std::string Attributor::SpeakerAfterCue(size_t k) {
  // A body named first may only introduce the person who speaks for it: "said ABN AMRO
  // analyst John Brady", "said White House press secretary Jay Carney".
  int body = -1;
  for (size_t j = k + 1; j < n_ && j < k + (body >= 0 ? 11 : 9); ++j) {
    int m = mention_at_[j];
    if (m >= 0 && TitleOnly(m)) {
      j = (*mentions_)[m].last;  // the "." after the title; the loop moves past it
      continue;
    }
    if (PersonAt(j) >= 0) return Canonical(j);
    if (m >= 0 && (j == k + 1 || body >= 0)) {
      if (body < 0) body = m;
      j = (*mentions_)[m].last - 1;
      continue;
    }
    if (body < 0 && IsPronoun(tt_.Lower(j))) return Pronoun(j);
    // Titles may come first: "said Lt. Col. Rick Francona".
    if (!tt_.tokens[j].capitalized && !(tt_.Text(j) == "." && tt_.Adjacent(j)) &&
        !IsRoleWord(tt_.Lower(j)) && !(body >= 0 && IsOfficeWord(tt_.Lower(j)))) {
      break;
    }
  }
  if (body >= 0) return (*mentions_)[body].canonical;
  if (k + 2 < n_ && tt_.Lower(k + 1) == "the" && tt_.tokens[k + 2].kind == TokenKind::kWord &&
      !tt_.tokens[k + 2].capitalized &&
      (k + 3 >= n_ || tt_.tokens[k + 3].kind == TokenKind::kPunct)) {
    return RoleReference(k + 1, k + 2);
  }
  return Descriptor(k + 1);
}

std::string Attributor::AdjacentSubject(size_t cue) {
  if (cue == 0 || in_quote_[cue - 1]) return "";
  size_t j = cue - 1;
  // "the president has declared", "Lind also said".
  static const WordSet kAux = {"has",        "have", "had",   "also",       "then",    "later",
                               "previously", "once", "again", "repeatedly", "publicly"};
  for (int skip = 0; skip < 2 && j > 0 && kAux.Contains(tt_.Lower(j)); ++skip) --j;
  if (in_quote_[j]) return "";
  int m = mention_at_[j];
  if (m >= 0 && !TitleOnly(m) && !Possessive(m) && !AfterPreposition(m)) {
    return (*mentions_)[m].canonical;
  }
  // "the 28-year-old said": the person the text is about.
  if (j >= 3 && tt_.Lower(j) == "year-old" && tt_.Text(j - 1) == "-" &&
      tt_.tokens[j - 2].kind == TokenKind::kNumber && tt_.Lower(j - 3) == "the") {
    return Pronoun(j - 3);
  }
  std::string name = NameEndingAt(j + 1);
  if (!name.empty()) return name;
  static const WordSet kNotNouns = {
      "has",   "have",  "had",   "is",    "was",        "were",     "are", "also",  "then",
      "would", "will",  "could", "can",   "may",        "might",    "did", "does",  "just",
      "later", "again", "once",  "first", "previously", "recently", "who", "which", "that",
      "the",   "a",     "an",    "and",   "or",         "but",      "it",  "they",  "we"};
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
    if (w == "the") return RoleReference(b, j);
    if ((w == "a" || w == "an" || w == "one" || w == "another") && ClauseStart(b) &&
        IsSourceNoun(tt_.Lower(j)) && !EndsWith(tt_.Lower(cue), "ing")) {
      return std::string(
          tt_.text.substr(tt_.tokens[b].begin, tt_.tokens[j].end - tt_.tokens[b].begin));
    }
  }
  return "";
}

std::string Attributor::RoleReference(size_t the, size_t noun) {
  std::string_view role = tt_.Lower(noun);
  for (size_t k = the; k-- > 0 && the - k < 2000;) {
    int m = PersonAt(k);
    if (m < 0) continue;
    size_t first = (*mentions_)[m].first;
    // "President Obama", "coach Mike X", or the title inside the mention.
    for (size_t b = first + 1; b-- > 0 && first - b + 1 <= 3;) {
      if (tt_.Lower(b) == role) return (*mentions_)[m].canonical;
      if (tt_.tokens[b].kind != TokenKind::kWord) break;
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
  // "the coach said" with no "coach X" before: the person the text is about (as for he/she);
  // other nouns stay a description ("the lobbyist said"), as does an unnamed president.
  if (IsRoleWord(role) && role != "president") {
    std::string person = Pronoun(the);
    if (!person.empty()) return person;
  }
  return std::string(
      tt_.text.substr(tt_.tokens[the].begin, tt_.tokens[noun].end - tt_.tokens[the].begin));
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
  return std::string(
      tt_.text.substr(tt_.tokens[b].begin, tt_.tokens[end - 1].end - tt_.tokens[b].begin));
}

bool Attributor::IsCueVerb(size_t k) const {
  if (!IsCue(tt_.Lower(k))) return false;
  if (k == 0) return true;
  // A capitalised cue word inside a sentence is a name: "the United States, said".
  if (tt_.tokens[k].capitalized && !tt_.tokens[k].sentence_start) return false;
  std::string_view before = tt_.Lower(k - 1);
  return before != "the" && before != "a" && before != "an";
}

void Attributor::NestedQuotes(const Quote& q, std::vector<std::pair<Quote, std::string>>* out) {
  size_t open = n_;
  for (size_t k = q.open + 1; k < q.close && k < n_; ++k) {
    std::string_view s = tt_.Text(k);
    bool left = s == "'" || s == "\xE2\x80\x98";
    bool right = s == "'" || s == "\xE2\x80\x99";
    if (!left && !right) continue;
    bool next_touches = k + 1 < q.close && !tt_.tokens[k + 1].space_before &&
                        tt_.tokens[k + 1].kind != TokenKind::kPunct;
    if (open == n_) {
      if (left && next_touches && (tt_.tokens[k].space_before || k == q.open + 1)) open = k;
    } else if (right && !tt_.tokens[k].space_before && !next_touches) {
      if (k > open + 1) {
        std::string speaker = NestedSpeaker(q.open, open);
        if (!speaker.empty()) out->push_back({Quote{open, k, false}, std::move(speaker)});
      }
      open = n_;
    }
  }
}

std::string Attributor::NestedSpeaker(size_t outer_open, size_t open) {
  for (size_t k = open; k-- > outer_open + 1 && open - k < 30;) {
    if (!IsCueVerb(k)) continue;
    for (size_t j = k; j-- > outer_open + 1 && k - j <= 10;) {
      int m = PersonAt(j);
      if (m >= 0) return (*mentions_)[m].canonical;
      if (IsPronoun(tt_.Lower(j))) return Pronoun(j, /*inside=*/true);
    }
    return "";
  }
  return "";
}

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
