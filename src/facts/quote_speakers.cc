// Speaker attribution for quotes: the order of the rules (after the quote, "..., said X";
// before it in the same sentence, X said: "..."; a colon; no cue), the speaker after a cue,
// and nested quotes. Subjects before a cue: quote_cue_subjects.cc; pronouns: quote_pronouns.cc.
#include "facts/quote_speakers.h"

#include <algorithm>

#include "facts/word_set.h"

namespace stemma::facts {

std::string Attributor::Speaker(const Quote& q) {
  source_ = kFromNone;
  // Bounded look-back: a line of quotes with no sentence end must not cost quadratic time.
  constexpr size_t kMaxSentence = 1000;  // tokens
  size_t sent_begin = q.open;
  while (sent_begin > 0 && !tt_.tokens[sent_begin].sentence_start &&
         q.open - sent_begin < kMaxSentence) {
    --sent_begin;
  }
  // 1. Right after the quote: ", Jenny Town, director of ..., noted." / "said Kim." /
  // "among them, Dan Holler, a spokesman, said".
  std::string after = SpeakerAfter(q);
  if (!after.empty()) {
    // "Doe told the meeting that it would be “...,” Reuters reported": the person quoted,
    // not the outlet that relayed the quote; "The White House confirmed that ... “...,” a
    // statement said": the body, not its document.
    if ((ReportedAfter(q) || DocumentPhrase(after))) {
      std::string before = CueBefore(q, sent_begin);
      if (!before.empty() && !StartsWithArticle(before)) {
        source_ = kFromBefore;
        return before;
      }
    }
    source_ = kFromAfter;
    return after;
  }
  std::string words_of = WordsOf(q);
  if (!words_of.empty()) {
    source_ = kFromAfter;
    return words_of;
  }
  // 2. Before the quote, same sentence: the subject of the last cue verb.
  std::string before = CueBefore(q, sent_begin);
  if (!before.empty()) {
    source_ = kFromBefore;
    return before;
  }
  // 2b. "“...” —Ann Doe, Harbour Weekly": a byline after the quote (not before a cue in the
  // sentence: "Doe tells reporters: “...” — Roe (@roe)", a tweet quoting Doe).
  std::string byline = BylineAfter(q);
  if (!byline.empty()) {
    source_ = kFromAfter;
    return byline;
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
    // "The report, released last week, puts its findings simply: “...”": a document.
    subject = DocumentSubject(colon_begin, q.open);
    if (!subject.empty()) return subject;
    source_ = kFromNone;
  }
  // 4. "Congress cannot “take a pass” on it, McDonough said.": the sentence's closing
  // attribution covers a fragment inside it.
  std::string closing = ClosingAttribution(q);
  if (!closing.empty()) {
    source_ = kFromAfter;
    return closing;
  }
  // 4b. "Doe's “look at that face” comment": the owner of the quoted words.
  std::string owner = OwnerOfQuotedWords(q);
  if (!owner.empty()) {
    source_ = kFromBefore;
    return owner;
  }
  // 4c. "Doe's claim that ... “many were killed”": the owner of a claim; "... “deeply
  // skeptical” of it, says Ann Doe, adding ...": a cue after a comma later in the sentence.
  owner = ClaimOwner(q, sent_begin);
  if (!owner.empty()) {
    source_ = kFromBefore;
    return owner;
  }
  std::string later = CueAfterComma(q);
  if (!later.empty()) {
    source_ = kFromAfter;
    return later;
  }
  // 5. No cue: a person opening the sentence ("Stalin's calculation was that ...").
  size_t first = sent_begin;
  while (first < q.open && tt_.tokens[first].kind == TokenKind::kPunct) ++first;
  if (first < q.open && PersonAt(first) >= 0 && !in_quote_[first]) {
    source_ = kFromOpening;
    // "Doe's chief spokesman Ann Roe slammed it, calling it “...”": the person the role
    // words lead to, not the owner (who stays otherwise: "Stalin's calculation was that").
    int m = PersonAt(first);
    if (!Possessive(m)) return Canonical(first);
    for (size_t j = (*mentions_)[m].last; j < q.open && j < (*mentions_)[m].last + 5; ++j) {
      if (PersonAt(j) >= 0 && !in_quote_[j]) return Canonical(j);
      std::string_view w = tt_.Lower(j);
      if (w != "'s" && w != "\xE2\x80\x99s" && w != "'" && w != "\xE2\x80\x99" && !IsRoleWord(w) &&
          !IsOfficeWord(w)) {
        break;
      }
    }
    return Canonical(first);
  }
  // 6. A fragment whose sentence's subject is a person or he/she after titles or an opening
  // phrase: "Dr. Ann Doe is urging ... a “false sense of security”".
  std::string subject = FragmentSubject(q, sent_begin);
  if (!subject.empty()) {
    source_ = kFromSubject;  // stands: ranking it changed nothing on tune
    return subject;
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
  if (k + 1 < n_ && (!tt_.tokens[k].sentence_start || AttributionAfterMark(q, k)) && neuter(k) &&
      IsCueVerb(k + 1)) {
    return true;
  }
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
  if (k >= n_ || (tt_.tokens[k].sentence_start && !AttributionAfterMark(q, k))) return "";
  if (IsCueVerb(k)) return SpeakerAfterCue(k);
  // "“...,” according to the news release" / "according to Ann Doe".
  if (tt_.Lower(k) == "according" && k + 2 < n_ && tt_.Lower(k + 1) == "to") {
    return SpeakerAfterCue(k + 1);  // "to" stands for the cue
  }
  if (tt_.Lower(k) == "read" || tt_.Lower(k) == "reads") return DocumentAfterRead(k);
  // Only a quote that ends its clause ("...," / "...?" / "...", ) is attributed by a cue
  // later in the sentence; a fragment ("would still “love” to debate X, he said") is not.
  size_t end = q.close > 0 ? q.close - 1 : 0;  // past a nested closing mark: “... ‘No,’”
  if (end > q.open + 1 && (tt_.Text(end) == "'" || tt_.Text(end) == "\xE2\x80\x99")) --end;
  std::string_view last = tt_.Text(end);
  bool clause_end = last == "," || last == "?" || last == "!" ||
                    (q.close + 1 < n_ && tt_.Text(q.close + 1) == ",");
  if (!clause_end) return "";
  // "“...,” the statement read", "“...,” his campaign email reads": a document's words.
  if (tt_.Lower(k) == "the" || tt_.Lower(k) == "a" || tt_.Lower(k) == "an") {
    static const WordSet kDocuments = {
        "statement", "release", "letter", "memo",     "notice",   "filing", "report",
        "post",      "tweet",   "email",  "e-mail",   "message",  "note",   "sign",
        "banner",    "caption", "order",  "document", "petition", "motion", "complaint"};
    for (size_t j = k + 2; j < n_ && j < k + 5; ++j) {
      if (tt_.tokens[j].kind != TokenKind::kWord || in_quote_[j]) break;
      std::string_view w = tt_.Lower(j);
      if ((w == "read" || w == "reads") && kDocuments.Contains(tt_.Lower(j - 1))) {
        return std::string(tt_.Span(k, j));
      }
    }
  }
  // "“...,” as Ann Doe, a professor who ..., told Bloomberg": "as" and a person.
  if (tt_.Lower(k) == "as" && k + 1 < n_ && PersonAt(k + 1) >= 0) return Canonical(k + 1);
  // "... majority in the Senate,” where he had testified the day before": a relative or
  // subordinate clause, not an attribution.
  static const WordSet kClauses = {"where", "which",  "who", "when", "because", "while",
                                   "after", "before", "if",  "whom", "whose"};
  if (kClauses.Contains(tt_.Lower(k))) return "";
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
  // "“...,” Manigault-Newman said": a name the tagger missed between the quote and its cue.
  std::string missed = UntaggedNameBefore(k, cue);
  if (!missed.empty()) return missed;
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
  int modifiers = 0;  // lower-case words between a body and a role word
  // "said the BBC's Ann Doe".
  if (k + 2 < n_ && tt_.Lower(k + 1) == "the" && mention_at_[k + 2] >= 0 && Type(k + 2) == 'O') {
    std::string owned = OwnedPerson(mention_at_[k + 2]);
    if (!owned.empty()) return owned;
  }
  for (size_t j = k + 1; j < n_ && j < k + (body >= 0 ? 11 : 9); ++j) {
    int m = mention_at_[j];
    if (m >= 0 && TitleOnly(m)) {
      j = (*mentions_)[m].last;  // the "." after the title; the loop moves past it
      continue;
    }
    // "said Obama spokesman Kevin Lewis": a person qualifying the role of the one who speaks.
    if (j == k + 1 && PersonAt(j) >= 0 && Modifier(mention_at_[j])) {
      body = mention_at_[j];
      j = (*mentions_)[body].last - 1;
      continue;
    }
    if (PersonAt(j) >= 0) {
      // "said Doe's spokeswoman Ann Roe": the person the owner introduces; "said Doe's office":
      // the office.
      std::string owned = OwnedPerson(mention_at_[j]);
      if (!owned.empty()) return owned;
      size_t after = (*mentions_)[mention_at_[j]].last;
      for (size_t a = after; a < n_ && a <= after + 2 && owned.empty(); ++a) owned = OwnedSource(a);
      return owned.empty() ? Canonical(j) : owned;
    }
    if (m >= 0 && (j == k + 1 || body >= 0)) {
      if (body < 0) {
        body = m;
        std::string owned = OwnedPerson(m);  // "said CNN's Ann Doe", "said Ladbrokes' Lush"
        if (!owned.empty()) return owned;
      }
      j = (*mentions_)[m].last - 1;
      continue;
    }
    if (body < 0 && IsPronoun(tt_.Lower(j))) return Pronoun(j);
    // Titles may come first: "said Lt. Col. Rick Francona".
    if (!tt_.tokens[j].capitalized && !(tt_.Text(j) == "." && tt_.Adjacent(j)) &&
        !IsRoleWord(tt_.Lower(j)) && !(body >= 0 && IsOfficeWord(tt_.Lower(j)))) {
      // "said England sevens coach Mike Friday", "said Ohio state Senate candidate Ann Doe":
      // after a body, one or two lower-case words before a role word.
      bool role_next = j + 1 < n_ && IsRoleWord(tt_.Lower(j + 1));
      bool role_after =
          j + 2 < n_ && tt_.tokens[j + 1].kind == TokenKind::kWord && IsRoleWord(tt_.Lower(j + 2));
      // Also with no body: "said central bank governor Park Seung" (not "said in a ...").
      static const WordSet kFunction = {
          "the",  "a",    "an",  "his",  "her",     "its",     "their", "our",  "my",
          "this", "that", "in",  "on",   "at",      "to",      "for",   "of",   "by",
          "with", "from", "and", "or",   "but",     "as",      "after", "when", "while",
          "than", "one",  "two", "some", "another", "several", "many"};
      // "said Harbour Weekly reporter Ann Doe", "said Norvik co-founder Ann Doe": after a body,
      // one noun right before the name.
      bool name_next = body >= 0 && j + 1 < n_ && PersonAt(j + 1) >= 0;
      if ((body >= 0 || !kFunction.Contains(tt_.Lower(j))) && modifiers < 2 &&
          tt_.tokens[j].kind == TokenKind::kWord &&
          (role_next || (modifiers == 0 && role_after) ||
           (name_next && !kFunction.Contains(tt_.Lower(j)) && !IsCue(tt_.Lower(j))))) {
        ++modifiers;
        continue;
      }
      break;
    }
  }
  if (body >= 0) return (*mentions_)[body].canonical;
  // "said the 28-year-old (Democrat)": the person the text is about.
  if (k + 4 < n_ && tt_.Lower(k + 1) == "the" && tt_.tokens[k + 2].kind == TokenKind::kNumber &&
      tt_.Text(k + 3) == "-" && tt_.Lower(k + 4) == "year-old") {
    std::string person = Pronoun(k + 1);
    if (!person.empty()) return person;
  }
  if (k + 2 < n_ && tt_.Lower(k + 1) == "the" && tt_.tokens[k + 2].kind == TokenKind::kWord &&
      !tt_.tokens[k + 2].capitalized &&
      (k + 3 >= n_ || tt_.tokens[k + 3].kind == TokenKind::kPunct)) {
    return RoleReference(k + 1, k + 2);
  }
  // "added the DNC head.", "said the New York billionaire,": a described person ending the
  // clause, after adjectives or names, is the person the text is about or the holder of the
  // title. (Not "said the company spokesman": an unnamed source.)
  if (k + 3 < n_ && tt_.Lower(k + 1) == "the") {
    static const WordSet kHeads = {"head",          "leader",     "chairman",  "chairwoman",
                                   "chief",         "founder",    "general",   "coach",
                                   "captain",       "manager",    "governor",  "senator",
                                   "mayor",         "minister",   "secretary", "congressman",
                                   "congresswoman", "ambassador", "candidate"};
    static const WordSet kStops = {"of", "for", "at", "in", "on", "to", "and", "or", "who", "that"};
    for (size_t j = k + 2; j < n_ && j < k + 6; ++j) {
      if (in_quote_[j] || tt_.tokens[j].kind != TokenKind::kWord || PersonAt(j) >= 0 ||
          kStops.Contains(tt_.Lower(j))) {
        break;
      }
      if (j + 1 < n_ && tt_.tokens[j + 1].kind != TokenKind::kPunct) continue;
      std::string_view w = tt_.Lower(j);
      // (A capitalised title, "the former Marine General", may name someone the text has not
      // introduced: it stays a phrase.)
      if (j > k + 2 && !tt_.tokens[j].capitalized && (IsPersonNoun(w) || kHeads.Contains(w))) {
        std::string who = RoleReference(k + 1, j);
        if (!who.empty() && !StartsWithArticle(who)) return who;
      }
      break;
    }
  }
  // "said the Ohio Republican.": a party or office noun after place words, ending the clause,
  // is the person the text is about or the holder of the title (as "the Arizona Democrat
  // said" before a cue).
  if (k + 2 < n_ && tt_.Lower(k + 1) == "the") {
    for (size_t j = k + 2; j < n_ && j < k + 5; ++j) {
      if (in_quote_[j] || tt_.tokens[j].kind != TokenKind::kWord || !tt_.tokens[j].capitalized ||
          (mention_at_[j] >= 0 && Type(j) != 'L')) {  // "the Ohio Republican"
        break;
      }
      if (!IsPartyNoun(tt_.Lower(j))) continue;
      if (j + 1 < n_ && tt_.tokens[j + 1].kind != TokenKind::kPunct) break;
      std::string who = IsRoleWord(tt_.Lower(j)) ? RoleReference(k + 1, j) : Pronoun(k + 1);
      if (!who.empty()) return who;
      break;
    }
  }
  return Descriptor(k + 1);
}

std::string Attributor::OwnedPerson(int m) {
  if (m < 0 || !Possessive(m)) return "";
  const Mention& mm = (*mentions_)[m];
  size_t j = mm.last;
  std::string_view tail = tt_.Lower(mm.last - 1);
  if (!EndsWithPossessiveS(tail)) ++j;  // the mark after it
  int modifiers = 0;  // lower-case words before a role word ("chief political correspondent")
  for (size_t end = j + 8; j < n_ && j < end && !in_quote_[j]; ++j) {
    int t = mention_at_[j];
    if (t >= 0 && TitleOnly(t)) {
      j = (*mentions_)[t].last - 1;
      continue;
    }
    if (PersonAt(j) >= 0) return Canonical(j);
    std::string_view w = tt_.Lower(j);
    static const WordSet kMediaRoles = {"correspondent", "reporter",  "columnist", "commentator",
                                        "contributor",   "presenter", "producer",  "writer"};
    if (IsRoleWord(w) || IsOfficeWord(w) || kMediaRoles.Contains(w)) continue;
    // "Doe's lawyer, Ann Roe": a comma right after a role word.
    if (w == "," && j > mm.last && IsRoleWord(tt_.Lower(j - 1)) && j + 1 < n_ &&
        PersonAt(j + 1) >= 0) {
      continue;
    }
    bool role_soon = (j + 1 < n_ && IsRoleWord(tt_.Lower(j + 1))) ||
                     (j + 2 < n_ && IsRoleWord(tt_.Lower(j + 2)));
    if (tt_.tokens[j].kind == TokenKind::kWord && !tt_.tokens[j].capitalized && modifiers < 2 &&
        role_soon) {
      ++modifiers;
      continue;
    }
    break;
  }
  return "";
}

bool Attributor::IsCueVerb(size_t k) const {
  if (!IsCue(tt_.Lower(k))) {
    // "Tapper shot back", "the mayor fired back": a verb of reply and "back".
    static const WordSet kReply = {"shot", "fired", "hit", "hits", "fires", "shoots"};
    return k > 0 && k + 1 < n_ && tt_.Lower(k + 1) == "back" && kReply.Contains(tt_.Lower(k)) &&
           !in_quote_[k] && tt_.Lower(k - 1) != "was" && tt_.Lower(k - 1) != "were";
  }
  if (k == 0) return true;
  // A capitalised cue word inside a sentence is a name: "the United States, said".
  if (tt_.tokens[k].capitalized && !tt_.tokens[k].sentence_start) return false;
  std::string_view before = tt_.Lower(k - 1);
  if (before == "the" || before == "a" || before == "an") return false;
  // A passive cue names who was spoken to: "after being asked", "was told".
  static const WordSet kBe = {"being", "been", "be", "was", "were", "is", "are"};
  return !kBe.Contains(before) || EndsWith(tt_.Lower(k), "ing");
}

void Attributor::NestedQuotes(const Quote& q, std::vector<std::pair<Quote, std::string>>* out) {
  size_t open = n_;
  // Inside a quote in single marks, the nested quote is in double marks.
  const bool outer_single = tt_.tokens[q.open].single_mark != 0;
  for (size_t k = q.open + 1; k < q.close && k < n_; ++k) {
    std::string_view s = tt_.Text(k);
    bool left = outer_single ? (s == "\"" || s == "\xE2\x80\x9C")   // " “
                             : (s == "'" || s == "\xE2\x80\x98");   // ' ‘
    bool right = outer_single ? (s == "\"" || s == "\xE2\x80\x9D")  // " ”
                              : (s == "'" || s == "\xE2\x80\x99");  // ' ’
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
  // The cue must be in the nested quote's own sentence: not "... for Doe said they were
  // liberal. To them, 'small government' was ..." (a term, not Doe's words).
  for (size_t k = open; k-- > outer_open + 1 && open - k < 30;) {
    if (tt_.tokens[k + 1].sentence_start && k + 1 < open) return "";
    if (!IsCueVerb(k)) continue;
    for (size_t j = k; j-- > outer_open + 1 && k - j <= 10;) {
      int m = PersonAt(j);
      // A preposition's object is not the cue's subject ("those voting for Doe said").
      if (m >= 0) return AfterPreposition(m) ? "" : (*mentions_)[m].canonical;
      if (IsPronoun(tt_.Lower(j))) return Pronoun(j, /*inside=*/true);
    }
    return "";
  }
  return "";
}

}  // namespace stemma::facts
