// IsFutureClause: a token-based tense check for bare weekdays and months (no regexes; it runs
// only when a bare weekday or month has matched, a few times per article).
#include "facts/date_tense.h"

#include "facts/word_set.h"

namespace stemma::facts {
namespace {

enum class Mark { kNone, kFuture, kPast, kStop };

constexpr size_t kWindow = 16;

std::string_view Low(const TokenizedText& tt, size_t j) {
  return j < tt.tokens.size() ? tt.Lower(j) : std::string_view();
}

bool IsBoundary(const TokenizedText& tt, size_t j) {
  const Token& t = tt.tokens[j];
  if (t.single_mark) return true;
  if (t.kind != TokenKind::kPunct) return false;
  std::string_view w = tt.Lower(j);
  return w == "," || w == ";" || w == ":" || w == "(" || w == ")" || w == "[" || w == "]" ||
         w == "\"" || w == "." || w == "?" || w == "!" || w == "\xE2\x80\x9C" ||
         w == "\xE2\x80\x9D" || w == "\xE2\x80\x94";  // “ ” —
}

bool IsPastAux(std::string_view w) { return w == "was" || w == "were" || w == "had"; }

// "scheduled", "set for": future unless the auxiliary before says past ("was scheduled for
// Tuesday", "had been set for").
Mark ScheduleWord(const TokenizedText& tt, size_t j) {
  std::string_view prev = j > 0 ? tt.Lower(j - 1) : std::string_view();
  if (IsPastAux(prev)) return Mark::kPast;
  if (prev == "been" && j > 1 && IsPastAux(tt.Lower(j - 2))) return Mark::kPast;
  return Mark::kFuture;
}

// "would": future in reported speech with a present-tense reporting verb ("says he would
// resign on Friday"); after "said" the day may already be past, so the clause stays unmarked.
Mark Would(const TokenizedText& tt, size_t j) {
  static const WordSet kPresentReport = {"says",     "say",    "predicts", "expects",
                                         "believes", "thinks", "hopes",    "warns",
                                         "insists",  "argues", "claims",   "suggests"};
  for (size_t steps = 0; j > 0 && steps < kWindow && !tt.tokens[j].sentence_start; ++steps) {
    --j;
    if (kPresentReport.Contains(tt.Lower(j))) return Mark::kFuture;
  }
  return Mark::kStop;
}

// A simple past ("voted", not "the planned vote" or "will be delayed").
bool IsPastEd(const TokenizedText& tt, size_t j, std::string_view w) {
  static const WordSet kNotVerbs = {"hundred", "indeed",  "naked",   "sacred",  "wicked",
                                    "alleged", "beloved", "kindred", "rugged",  "crooked",
                                    "learned", "blessed", "aged",    "limited", "united"};
  if (w.size() < 5 || !w.ends_with("ed") || w.ends_with("eed")) return false;
  if (tt.tokens[j].capitalized && !tt.tokens[j].sentence_start) return false;  // "United"
  return !kNotVerbs.Contains(w);
}

// Tense said by token j; `date_first` is the date's first token (for "is on Tuesday").
Mark Classify(const TokenizedText& tt, size_t j, size_t date_first) {
  static const WordSet kPresentBe = {"is", "are", "am", "'re", "\xE2\x80\x99re"};
  static const WordSet kPassiveAux = {"be",  "been", "being", "is",  "are", "am", "'re",
                                      "get", "gets", "got",   "the", "a",   "an", "its",
                                      "his", "her",  "their", "our", "this"};
  static const WordSet kModal = {"may", "might", "should", "must", "shall"};
  static const WordSet kToFuture = {"is",      "are",    "am",    "plans", "plan",
                                    "intends", "intend", "aims",  "aim",   "poised",
                                    "likely",  "about",  "going", "hopes", "vows"};
  static const WordSet kSchedule = {"scheduled", "rescheduled", "slated",
                                    "expected",  "upcoming",    "poised"};
  static const WordSet kScheduleVerb = {"begins", "starts",  "opens",   "kicks",    "ends",
                                        "closes", "resumes", "reopens", "convenes", "goes"};
  static const WordSet kNearBe = {"on",     "for",      "due",     "set",   "scheduled",
                                  "slated", "expected", "planned", "until", "by"};
  static const WordSet kPronoun = {"he", "she", "they", "we", "i", "it", "you"};
  static const WordSet kDueNext = {"on", "for", "by", "in", "out", "back", "next", "this"};
  static const WordSet kRelative = {"that", "which", "who", "whom", "whose"};
  static const WordSet kPast = {
      "was",     "were",     "had",        "did",     "said",   "told",      "met",     "came",
      "went",    "took",     "gave",       "made",    "spoke",  "began",     "held",    "saw",
      "won",     "lost",     "found",      "fell",    "rose",   "ran",       "sent",    "got",
      "brought", "struck",   "became",     "wrote",   "led",    "fled",      "paid",    "sold",
      "bought",  "thought",  "kept",       "felt",    "knew",   "stood",     "broke",   "chose",
      "drove",   "flew",     "grew",       "threw",   "caught", "sought",    "spent",   "built",
      "heard",   "shot",     "fought",     "sank",    "hung",   "swore",     "stole",   "woke",
      "arose",   "withdrew", "sat",        "slept",   "ago",    "yesterday", "taken",   "given",
      "seen",    "done",     "gone",       "shown",   "known",  "driven",    "written", "beaten",
      "chosen",  "spoken",   "stolen",     "begun",   "hidden", "drew",      "ate",     "forgot",
      "forgave", "overtook", "undertook",  "wore",    "bore",   "shook",     "tore",    "laid",
      "hid",     "bit",      "dug",        "lit",     "rode",   "rang",      "swam",    "sprang",
      "slid",    "lent",     "meant",      "dealt",   "bent",   "wept",      "swept",   "fed",
      "shone",   "stuck",    "swung",      "clung",   "froze",  "awoke",     "oversaw", "overcame",
      "upheld",  "withheld", "understood", "mistook", "sped",   "strode",    "befell",  "wasn",
      "weren",   "didn",     "hadn"};  // "weren't": the tokenizer splits off "'t"
  const Token& t = tt.tokens[j];
  if (t.kind != TokenKind::kWord) return Mark::kNone;
  std::string_view w = tt.Lower(j);
  std::string_view prev = j > 0 ? tt.Lower(j - 1) : std::string_view();
  std::string_view next = Low(tt, j + 1);
  if (w == "will" || w.ends_with("'ll") || w.ends_with("\xE2\x80\x99ll") || w == "won't" ||
      w == "won\xE2\x80\x99t") {
    return Mark::kFuture;
  }
  if (w == "won" && (next == "'" || next == "\xE2\x80\x99") && Low(tt, j + 2) == "t") {
    return Mark::kFuture;
  }
  if (kModal.Contains(w) && !t.capitalized) {
    // After the date they judge it rather than schedule it ("Thursday may well prove ...",
    // "Monday's vote should set up ..."), so only a modal before the date counts.
    if (j > date_first) return Mark::kStop;
    return next == "have" || next == "'ve" ? Mark::kPast : Mark::kFuture;
  }
  if (w == "would") return next == "have" || next == "'ve" ? Mark::kPast : Would(tt, j);
  if (w == "going" && next == "to") return IsPastAux(prev) ? Mark::kPast : Mark::kFuture;
  if (w == "to" && kToFuture.Contains(prev)) {
    return j > 1 && IsPastAux(tt.Lower(j - 2)) ? Mark::kPast : Mark::kFuture;
  }
  if (w == "expected" && j > 0 &&
      (kPronoun.Contains(prev) ||
       (tt.tokens[j - 1].capitalized && !tt.tokens[j - 1].sentence_start))) {
    return Mark::kPast;  // "Trump expected to sign it": a past verb
  }
  if (kSchedule.Contains(w)) return ScheduleWord(tt, j);
  if ((w == "set" || w == "planned") && (next == "for" || (w == "set" && next == "to"))) {
    return ScheduleWord(tt, j);
  }
  if (w == "due" && (kDueNext.Contains(next) || j + 1 == date_first)) return ScheduleWord(tt, j);
  if (w == "since" || kRelative.Contains(w)) return w == "since" ? Mark::kPast : Mark::kStop;
  if ((w == "has" || w == "have" || w == "'ve" || w == "\xE2\x80\x99ve") &&
      (next == "been" || kPast.Contains(next) || IsPastEd(tt, j + 1, next))) {
    return Mark::kPast;  // "have been marching since January", "has voted"
  }
  if (kScheduleVerb.Contains(w)) return Mark::kFuture;  // "talks begin ..." (present schedule)
  if (w == "go" && next == "to" && Low(tt, j + 2) == "the" && Low(tt, j + 3) == "polls") {
    return Mark::kFuture;
  }
  if (kPresentBe.Contains(w)) {
    // "The vote is on Tuesday", "is due Friday", "are meeting on Tuesday": a schedule. Farther
    // away ("who is accused of stabbing a man on Tuesday") it says nothing about the date.
    if (j >= date_first || date_first - j > 3) return Mark::kStop;
    for (size_t q = j + 1; q < date_first; ++q) {
      std::string_view v = tt.Lower(q);
      if (!kNearBe.Contains(v) && !(v.size() > 4 && v.ends_with("ing"))) return Mark::kStop;
    }
    return Mark::kFuture;
  }
  if (kPast.Contains(w) || IsPastEd(tt, j, w)) {
    // Participles after "be" or a determiner ("will be held", "the planned vote") leave the
    // tense to the auxiliary.
    if (w != "was" && w != "were" && w != "had" && kPassiveAux.Contains(prev)) {
      return Mark::kNone;
    }
    return Mark::kPast;
  }
  return Mark::kNone;
}

}  // namespace

bool IsFutureClause(const TokenizedText& tt, size_t first, size_t last) {
  const size_t n = tt.tokens.size();
  if (first >= n) return false;
  size_t before = 0;  // tokens of the clause before the date
  for (size_t j = first; j > 0 && before < kWindow && !tt.tokens[j].sentence_start;) {
    --j;
    if (IsBoundary(tt, j)) break;
    ++before;
    Mark m = Classify(tt, j, first);
    if (m == Mark::kFuture) return true;
    if (m == Mark::kPast || m == Mark::kStop) return false;
  }
  // Only a date that opens its clause takes its tense from the words after it ("On Tuesday,
  // the board will vote", "Tuesday's vote will ..."); later in a clause it is mostly part of
  // a noun phrase ("his victory in Tuesday's election will ...").
  if (before > 2) return false;
  if (first > 0) {  // "Mr. Trump's October list of priorities must ...": a noun modifier
    static const WordSet kNounPhrase = {"'s",  "\xE2\x80\x99s", "the", "a",     "an",
                                        "his", "her",           "its", "their", "our"};
    if (kNounPhrase.Contains(tt.Lower(first - 1))) return false;
  }
  bool cross = true;
  for (size_t j = last, steps = 0; j < n && steps < kWindow; ++j, ++steps) {
    if (tt.tokens[j].sentence_start) break;
    if (IsBoundary(tt, j)) {
      if (cross && tt.Lower(j) == "," && steps <= 1) {
        cross = false;
        continue;
      }
      break;
    }
    Mark m = Classify(tt, j, first);
    if (m == Mark::kFuture) return true;
    if (m == Mark::kPast || m == Mark::kStop) return false;
  }
  return false;
}

}  // namespace stemma::facts
