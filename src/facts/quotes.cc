// Direct quotes (straight and curly marks, multi-paragraph) with their speakers, and indirect
// attributions ("X said that ...", "according to X").
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "facts/facts_internal.h"
#include "facts/word_set.h"

namespace stemma::facts {
namespace {

enum class Mark { kNone, kOpen, kClose, kEither };

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
  static const WordSet kCues = {
      "said",      "says",       "say",        "told",         "tells",     "added",
      "adds",      "noted",      "notes",      "asserted",     "asserts",   "wrote",
      "writes",    "stated",     "states",     "declared",     "explained", "insisted",
      "argued",    "warned",     "claimed",    "asked",        "replied",   "remarked",
      "stressed",  "emphasized", "emphasised", "acknowledged", "continued", "concluded",
      "announced", "described",  "urged",      "suggested",    "commented", "observed",
      "recalled",  "promised",   "vowed",      "expressed",    "believes",  "believed",
      "called",    "tweeted",    "posted",     "confirmed",    "denied",    "admitted",
      "predicted", "testified",  "pledged",    "reported",     "quipped",   "saying",
      "adding",    "writing",    "telling",    "noting",       "asking",    "quipping",
      "calls",     "responded",  "countered",  "conceded",     "joked",     "boasted",
      "bragged",   "complained", "lamented",   "cautioned",    "contended", "maintained",
      "answered",  "explains",   "insists",    "argues",       "warns",     "recounted"};
  return kCues.Contains(w);
}

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

// Abbreviated titles that the tagger sometimes folds into a name ("Florida Rep." before
// "Debbie ..."): a mention ending in one of these followed by "." is a title, not a person.
bool IsTitleAbbreviation(std::string_view w) {
  static const WordSet kTitles = {"rep", "sen", "gov", "gen", "lt",   "col",  "dr",  "mr",
                                  "mrs", "ms",  "adm", "sgt", "capt", "prof", "rev", "maj"};
  return kTitles.Contains(w);
}

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

struct Quote {
  size_t open = 0;   // token of the opening mark
  size_t close = 0;  // token of the closing mark, or the last quoted token if unterminated
  bool unterminated = false;
};

class Attributor {
 public:
  Attributor(const TokenizedText& tt, const std::vector<Mention>& mentions)
      : tt_(tt), n_(tt.tokens.size()), mentions_(&mentions), mention_at_(n_, -1), in_quote_(n_, 0) {
    for (size_t k = 0; k < mentions.size(); ++k) {
      for (size_t t = mentions[k].first; t < mentions[k].last && t < n_; ++t) {
        mention_at_[t] = static_cast<int>(k);
      }
    }
  }

  void MarkQuote(const Quote& q) {
    for (size_t t = q.open; t <= q.close && t < n_; ++t) in_quote_[t] = 1;
  }

  // Speaker's canonical name for a quote, or "" when none is found.
  std::string Speaker(const Quote& q) {
    size_t sent_begin = q.open;
    while (sent_begin > 0 && !tt_.tokens[sent_begin].sentence_start) --sent_begin;
    // 1. Right after the quote: ", Jenny Town, director of ..., noted." / "said Kim." /
    // "among them, Dan Holler, a spokesman, said".
    std::string after = SpeakerAfter(q);
    if (!after.empty()) return after;
    // 2. Before the quote, same sentence: the subject of the last cue verb.
    for (size_t k = q.open; k-- > sent_begin;) {
      if (in_quote_[k]) continue;
      if (IsCueVerb(k)) {
        std::string s = SubjectBefore(k, sent_begin);
        if (!s.empty()) return s;
        break;
      }
      if (tt_.Lower(k) == "according" && k + 2 < n_ && tt_.Lower(k + 1) == "to" &&
          mention_at_[k + 2] >= 0) {
        return Canonical(k + 2);
      }
    }
    // 3. "Name: “...”"; "He went on: “...”" (the sentence's subject).
    if (q.open >= 2 && tt_.Text(q.open - 1) == ":") {
      if (mention_at_[q.open - 2] >= 0) return Canonical(q.open - 2);
      std::string subject = SentenceSubject(sent_begin, q.open);
      if (!subject.empty()) return subject;
    }
    // 4. No cue: a person opening the sentence ("Stalin's calculation was that ...").
    size_t first = sent_begin;
    while (first < q.open && tt_.tokens[first].kind == TokenKind::kPunct) ++first;
    if (first < q.open && PersonAt(first) >= 0 && !in_quote_[first]) return Canonical(first);
    return "";
  }

  // The speaker named right after a quote, in the same sentence, or "".
  std::string SpeakerAfter(const Quote& q) {
    size_t k = q.close + 1;
    while (k < n_ && k < q.close + 4 && tt_.tokens[k].kind == TokenKind::kPunct &&
           QuoteMark(tt_, k) == Mark::kNone) {
      ++k;
    }
    if (k >= n_ || tt_.tokens[k].sentence_start) return "";
    if (IsCue(tt_.Lower(k))) return SpeakerAfterCue(k);
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
      if (IsCue(tt_.Lower(j))) {
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

  // "said Jenny Town", "says Malachowsky", "he added", "said Florida Rep. Ann Doe",
  // "said a New Hampshire Republican", "said the coach".
  std::string SpeakerAfterCue(size_t k) {
    for (size_t j = k + 1; j < n_ && j < k + 9; ++j) {
      int m = mention_at_[j];
      if (m >= 0 && TitleOnly(m)) {
        j = (*mentions_)[m].last;  // the "." after the title; the loop moves past it
        continue;
      }
      if (PersonAt(j) >= 0 || (m >= 0 && j == k + 1)) return Canonical(j);
      if (IsPronoun(tt_.Lower(j))) return Pronoun(j);
      // Titles may come first: "said Lt. Col. Rick Francona".
      if (!tt_.tokens[j].capitalized && !(tt_.Text(j) == "." && tt_.Adjacent(j)) &&
          !IsRoleWord(tt_.Lower(j))) {
        break;
      }
    }
    if (k + 2 < n_ && tt_.Lower(k + 1) == "the" && tt_.tokens[k + 2].kind == TokenKind::kWord &&
        !tt_.tokens[k + 2].capitalized &&
        (k + 3 >= n_ || tt_.tokens[k + 3].kind == TokenKind::kPunct)) {
      return RoleReference(k + 1, k + 2);
    }
    return Descriptor(k + 1);
  }

  // The subject written right before a cue: a name ("Lawrence Tribe noted"), a mention
  // ("Reuters reported") or "the <noun>" ("the president said"), or "".
  std::string AdjacentSubject(size_t cue) {
    if (cue == 0 || in_quote_[cue - 1]) return "";
    size_t j = cue - 1;
    // "the president has declared", "Lind also said".
    static const WordSet kAux = {"has",        "have", "had",   "also",       "then",    "later",
                                 "previously", "once", "again", "repeatedly", "publicly"};
    for (int skip = 0; skip < 2 && j > 0 && kAux.Contains(tt_.Lower(j)); ++skip) --j;
    if (in_quote_[j]) return "";
    int m = mention_at_[j];
    if (m >= 0 && !TitleOnly(m) && !Possessive(m)) return (*mentions_)[m].canonical;
    std::string name = NameEndingAt(j + 1);
    if (!name.empty()) return name;
    static const WordSet kNotNouns = {"has",   "have",  "had",   "is",    "was",        "were",
                                      "are",   "also",  "then",  "would", "will",       "could",
                                      "can",   "may",   "might", "did",   "does",       "just",
                                      "later", "again", "once",  "first", "previously", "recently",
                                      "who",   "which", "that",  "the",   "a",          "an"};
    if (tt_.tokens[j].kind != TokenKind::kWord || tt_.tokens[j].capitalized ||
        IsCue(tt_.Lower(j)) || kNotNouns.Contains(tt_.Lower(j)) || EndsWith(tt_.Lower(j), "ly")) {
      return "";
    }
    // "the president said", "the Democratic presidential candidate said".
    for (size_t b = j; b-- > 0 && j - b <= 4;) {
      if (tt_.tokens[b].kind != TokenKind::kWord || in_quote_[b]) break;
      if (tt_.Lower(b) == "the") return RoleReference(b, j);
    }
    return "";
  }

  // "the president" -> the last person introduced as "President X" before, else the phrase.
  std::string RoleReference(size_t the, size_t noun) {
    std::string_view role = tt_.Lower(noun);
    for (size_t k = the; k-- > 0 && the - k < 2000;) {
      int m = PersonAt(k);
      if (m < 0) continue;
      size_t first = (*mentions_)[m].first;
      for (size_t b = first; b-- > 0 && first - b <= 2;) {  // "President Obama", "coach Mike X"
        if (tt_.Lower(b) == role) return (*mentions_)[m].canonical;
        if (tt_.tokens[b].kind != TokenKind::kWord) break;
      }
      k = first;
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

  // A capitalised two- or three-word name the tagger missed, ending right before `end`
  // and introduced by a lower-case role word: "law professor Lawrence Tribe noted".
  std::string NameEndingAt(size_t end) const {
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

  // A cue word used as a verb: not "the confirmed use", "a reported deal".
  bool IsCueVerb(size_t k) const {
    if (!IsCue(tt_.Lower(k))) return false;
    if (k == 0) return true;
    std::string_view before = tt_.Lower(k - 1);
    return before != "the" && before != "a" && before != "an";
  }

  // Quotes in single marks inside quote q whose speaker is named inside q before them:
  // “James Madison wrote that no person 'is allowed to be a judge'”, “He said, ‘No.’”.
  void NestedQuotes(const Quote& q, std::vector<std::pair<Quote, std::string>>* out) {
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

  // The subject of a cue inside the outer quote, before the nested quote at `open`.
  std::string NestedSpeaker(size_t outer_open, size_t open) {
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

  // The person or he/she opening the sentence [begin, end), or "".
  std::string SentenceSubject(size_t begin, size_t end) {
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

  // An unnamed source after a cue: "said a New Hampshire Republican" -> "a New Hampshire
  // Republican" (up to the next punctuation, at most seven words).
  std::string Descriptor(size_t k) const {
    if (k >= n_) return "";
    std::string_view w = tt_.Lower(k);
    if (w != "a" && w != "an" && w != "one" && w != "another" && w != "the") return "";
    size_t end = k + 1;
    while (end < n_ && end < k + 7 && tt_.tokens[end].kind == TokenKind::kWord &&
           !tt_.tokens[end].sentence_start) {
      ++end;
    }
    if (end == k + 1) return "";
    return std::string(
        tt_.text.substr(tt_.tokens[k].begin, tt_.tokens[end - 1].end - tt_.tokens[k].begin));
  }

  // The subject of the cue at token `cue`, looking back no further than `floor`: the name
  // right before the cue, else the nearest person ("Sen. Ann Doe, chair of the Senate
  // Budget Committee, urged" -> Ann Doe), a pronoun, the nearest organisation.
  std::string SubjectBefore(size_t cue, size_t floor) {
    if (cue <= floor) return "";
    std::string adjacent = AdjacentSubject(cue);
    if (!adjacent.empty()) return adjacent;
    size_t k = cue;
    int budget = 24;
    int org = -1;
    // "..., saying that ...": the participle's subject opens the clause; organisations met on
    // the way back are objects.
    bool participle = EndsWith(tt_.Lower(cue), "ing");
    while (k > floor && budget-- > 0) {
      --k;
      if (in_quote_[k]) break;
      int m = mention_at_[k];
      if (m >= 0) {
        if (PersonAt(k) >= 0 && !Possessive(m)) return Canonical(k);
        if (org < 0 && Type(k) == 'O' && !TitleOnly(m) && !participle) org = m;
        k = std::max((*mentions_)[m].first, floor);
        continue;
      }
      if (IsPronoun(tt_.Lower(k))) return Pronoun(k);
      if (IsCue(tt_.Lower(k))) {  // "Lind says, adding that ...": the same subject
        std::string s = AdjacentSubject(k);
        if (!s.empty()) return s;
      }
    }
    return org >= 0 ? (*mentions_)[org].canonical : "";
  }

  // he/she: the subject-like person of the nearest earlier sentence that names one outside
  // quotes (its first person not used as a possessive), else the nearest person. Inside a
  // quote (`inside`), quoted names count too.
  std::string Pronoun(size_t at, bool inside = false) {
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

  // Mention index at token k if it names a person, else -1. A location or organisation
  // right after a lower-case role word ("manager Jim Messina") counts as a person; a
  // "person" that is only a title ("Florida Rep.") does not.
  int PersonAt(size_t k) const {
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

  bool TitleOnly(int m) const {
    const Mention& mm = (*mentions_)[m];
    return mm.last < n_ && mm.last > mm.first && tt_.Text(mm.last) == "." &&
           tt_.Adjacent(mm.last) && IsTitleAbbreviation(tt_.Lower(mm.last - 1));
  }

  // "Kenteris' lawyer", "Trump's comments": the mention owns something, it is not a subject.
  bool Possessive(int m) const {
    const Mention& mm = (*mentions_)[m];
    std::string_view last = tt_.Lower(mm.last - 1);
    if (EndsWith(last, "'s") || EndsWith(last, "\xE2\x80\x99s")) return true;
    if (mm.last < n_ && tt_.Adjacent(mm.last)) {
      std::string_view next = tt_.Lower(mm.last);
      return next == "'s" || next == "\xE2\x80\x99s" || next == "'" || next == "\xE2\x80\x99";
    }
    return false;
  }

  char Type(size_t k) const { return (*mentions_)[mention_at_[k]].type; }
  std::string Canonical(size_t k) const { return (*mentions_)[mention_at_[k]].canonical; }
  int MentionAt(size_t k) const { return mention_at_[k]; }
  bool InQuote(size_t k) const { return in_quote_[k]; }

 private:
  const TokenizedText& tt_;
  size_t n_;
  const std::vector<Mention>* mentions_;
  std::vector<int> mention_at_;
  std::vector<uint8_t> in_quote_;
};

// Short title-case quotes after a possessive or "the"/"on" are names of shows, books and
// ads, not speech: HBO's “Real Time with Bill Maher”, the “Today Show”.
bool LooksLikeTitle(const TokenizedText& tt, const Quote& q) {
  if (q.unterminated || q.open == 0 || q.close <= q.open + 1) return false;
  static const WordSet kSmall = {"of", "the", "with", "and", "a",  "an",
                                 "in", "on",  "for",  "to",  "at", "by"};
  size_t words = 0;
  for (size_t k = q.open + 1; k < q.close; ++k) {
    if (tt.tokens[k].kind == TokenKind::kPunct) {
      std::string_view p = tt.Text(k);
      if ((p == "." || p == "?" || p == "!") && k + 1 < q.close) return false;
      continue;
    }
    if (++words > 6) return false;
    if (!tt.tokens[k].capitalized && !kSmall.Contains(tt.Lower(k))) return false;
  }
  if (words == 0 || !tt.tokens[q.open + 1].capitalized) return false;
  static const WordSet kBefore = {"the",    "on",     "of",      "titled",    "entitled",
                                  "dubbed", "show",   "program", "programme", "book",
                                  "film",   "series", "column"};
  std::string_view before = tt.Lower(q.open - 1);
  if (kBefore.Contains(before) || EndsWith(before, "'s") || EndsWith(before, "\xE2\x80\x99s")) {
    return true;
  }
  // "ABC News “This Week”": a capitalised word that does not open the sentence.
  return tt.tokens[q.open - 1].kind == TokenKind::kWord && tt.tokens[q.open - 1].capitalized &&
         !tt.tokens[q.open - 1].sentence_start;
}

// Pairs quote marks. An unclosed quote continued by an opening mark at the next paragraph is
// one multi-paragraph quote; other unmatched marks are dropped.
std::vector<Quote> PairQuotes(const TokenizedText& tt) {
  std::vector<Quote> quotes;
  const size_t n = tt.tokens.size();
  size_t open = n;  // none
  int paragraphs = 0;
  for (size_t i = 0; i < n; ++i) {
    if (open < n && tt.tokens[i].paragraph_start) {
      ++paragraphs;
      // A paragraph that does not reopen the quote ends it: the closing mark is missing.
      if (QuoteMark(tt, i) == Mark::kNone && i > open + 1) {
        quotes.push_back({open, i - 1, true});
        open = n;
      }
    }
    if (open < n && (paragraphs > 3 || tt.tokens[i].begin - tt.tokens[open].begin > 6000)) {
      open = n;  // runaway quote: give up on it
    }
    if (open == n && tt.tokens[i].paragraph_start) paragraphs = 0;
    Mark m = QuoteMark(tt, i);
    if (m == Mark::kNone) continue;
    if (m == Mark::kEither) m = open < n ? Mark::kClose : Mark::kOpen;
    if (m == Mark::kOpen) {
      if (open < n && tt.tokens[i].paragraph_start) continue;  // multi-paragraph continuation
      // A lost paragraph break (“... done. “Next paragraph ...): the quote goes on.
      if (open < n && i > open + 2 && tt.tokens[i].space_before) {
        std::string_view prev = tt.Text(i - 1);
        if (prev == "." || prev == "?" || prev == "!") continue;
      }
      open = i;
      paragraphs = 0;
    } else if (open < n) {
      if (i > open + 1) quotes.push_back({open, i});
      open = n;
    }
  }
  return quotes;
}

}  // namespace

void ExtractQuotes(const TokenizedText& tt, const std::vector<Mention>& mentions,
                   std::vector<Fact>* out) {
  std::vector<Quote> quotes = PairQuotes(tt);
  Attributor attributor(tt, mentions);
  for (const Quote& q : quotes) attributor.MarkQuote(q);
  std::string previous_speaker;
  size_t previous_close = 0;
  std::vector<std::pair<Quote, std::string>> nested;
  for (const Quote& q : quotes) {
    if (LooksLikeTitle(tt, q)) continue;
    std::string speaker = attributor.Speaker(q);
    bool opens = tt.tokens[q.open].sentence_start || tt.tokens[q.open].paragraph_start;
    // A quote that opens a sentence with no cue, after a sentence about a person with no
    // quote in it: that person ("Lind, though, is keen to rest them. “At this stage ...”").
    size_t prev_begin = q.open;
    if (speaker.empty() && opens && q.open > 0) {
      prev_begin = q.open - 1;
      while (prev_begin > 0 && !tt.tokens[prev_begin].sentence_start) --prev_begin;
      bool quoted = false;
      for (size_t k = prev_begin; k < q.open && !quoted; ++k) quoted = attributor.InQuote(k);
      if (!quoted && !tt.tokens[q.open].paragraph_start) {
        speaker = attributor.SentenceSubject(prev_begin, q.open);
      }
    }
    // Otherwise it continues the previous speaker when at most one sentence (the previous
    // quote's attribution) or one paragraph break lies between them.
    if (speaker.empty() && !previous_speaker.empty() && opens) {
      int paragraphs = 0;
      int sentences = 0;
      for (size_t k = previous_close + 1; k < q.open; ++k) {
        paragraphs += tt.tokens[k].paragraph_start;
        sentences += tt.tokens[k].sentence_start;
      }
      paragraphs += tt.tokens[q.open].paragraph_start;
      if (paragraphs <= 1 && sentences <= 1) speaker = previous_speaker;
    }
    Fact f;
    f.kind = "quote";
    f.begin = tt.tokens[q.open].end;
    f.end = q.unterminated ? tt.tokens[q.close].end : tt.tokens[q.close].begin;
    f.text = std::string(tt.text.substr(f.begin, f.end - f.begin));
    f.value = f.text;
    f.speaker = speaker;
    out->push_back(std::move(f));
    previous_speaker = speaker;  // an unattributed quote breaks the chain
    previous_close = q.close;
    nested.clear();
    attributor.NestedQuotes(q, &nested);
    for (auto& [inner, inner_speaker] : nested) {
      Fact g;
      g.kind = "quote";
      g.begin = tt.tokens[inner.open].end;
      g.end = tt.tokens[inner.close].begin;
      g.text = std::string(tt.text.substr(g.begin, g.end - g.begin));
      g.value = g.text;
      g.speaker = std::move(inner_speaker);
      out->push_back(std::move(g));
    }
  }
  // Indirect speech outside quotes: "<subject> said that ..." and "according to <X>".
  const size_t n = tt.tokens.size();
  for (size_t k = 0; k + 1 < n; ++k) {
    if (attributor.InQuote(k)) continue;
    std::string speaker;
    size_t begin_tok = k;
    std::string_view w = tt.Lower(k);
    if (w == "according" && tt.Lower(k + 1) == "to" && k + 2 < n &&
        attributor.MentionAt(k + 2) >= 0) {
      speaker = attributor.Canonical(k + 2);
    } else if (IsCue(w) && tt.Lower(k + 1) == "that") {
      speaker = attributor.SubjectBefore(k, k > 14 ? k - 14 : 0);
      for (size_t j = k; j > 0 && j + 14 > k; --j) {
        if (attributor.MentionAt(j - 1) >= 0 || tt.tokens[j].sentence_start) {
          begin_tok = j - (tt.tokens[j].sentence_start ? 0 : 1);
          if (attributor.MentionAt(j - 1) >= 0) break;
        }
      }
    } else {
      continue;
    }
    if (speaker.empty()) continue;
    size_t end_tok = k + 1;
    while (end_tok < n && !tt.tokens[end_tok].sentence_start && end_tok < k + 80) ++end_tok;
    Fact f;
    f.kind = "attribution";
    f.begin = tt.tokens[begin_tok].begin;
    f.end = tt.tokens[end_tok - 1].end;
    f.text = std::string(tt.text.substr(f.begin, f.end - f.begin));
    f.value = std::string(tt.Text(k));  // the cue ("said", "according")
    f.speaker = speaker;
    out->push_back(std::move(f));
  }
}

}  // namespace stemma::facts
