// Speaker attribution for quoted fragments with no speech cue: the subject of the quote's
// sentence ("Dr. Ann Doe is urging people not to feel a “false sense of security”", "He used
// the word “spades”"), the owner of a claim ("Doe's claim that “many were killed”"), and a
// speech cue set off by commas after the fragment ("... “deeply skeptical” ..., says Ann
// Doe, adding that ...").
#include <string>

#include "facts/quote_speakers.h"
#include "facts/word_set.h"

namespace stemma::facts {

bool Attributor::CloseToSubject(size_t from, size_t open) const {
  // Within a short clause of the subject's verb: not a scare quote far down the sentence.
  constexpr size_t kMaxGap = 20;  // tokens
  if (open < from || open - from > kMaxGap) return false;
  // Another verb's subject comes between: "Doe distanced himself from allies calling critics
  // “warmongers”", "Doe refrained from using the word “terror”". A participle after "is"
  // ("Doe is urging") or a comma ("Doe slammed it, calling it “...”") keeps the subject.
  static const WordSet kBe = {"is", "are", "was", "were", "be", "been", "am"};
  for (size_t k = from; k < open; ++k) {
    if (in_quote_[k]) return false;
    std::string_view w = tt_.Lower(k);
    // ... or a passive's agent: "Doe may be widely regarded by analysts as a “weak” ...".
    if (w == "who" || w == "which" || w == "by") return false;
    // A cue the rules did not attribute: "He was asked, “...”", "He let Roe claim “...”".
    if (IsCue(w)) return false;
    if (tt_.tokens[k].kind == TokenKind::kWord && !tt_.tokens[k].capitalized && w.size() > 4 &&
        EndsWith(w, "ing") && !kBe.Contains(tt_.Lower(k - 1)) && tt_.Text(k - 1) != ",") {
      return false;
    }
  }
  return true;
}

std::string Attributor::FragmentSubject(const Quote& q, size_t sent_begin) {
  size_t first = sent_begin;
  while (first < q.open && tt_.tokens[first].kind == TokenKind::kPunct) ++first;
  if (first >= q.open || in_quote_[first]) return "";
  // An opening phrase set off by a comma: "In the email, Mr. Doe listed as a “goal” ...".
  // Only after a preposition or adverb that cannot itself be the subject.
  static const WordSet kOpeners = {"in",     "on",      "at",      "after",   "during",   "since",
                                   "before", "later",   "earlier", "now",     "then",     "still",
                                   "last",   "this",    "from",    "with",    "by",       "for",
                                   "under",  "instead", "yet",     "however", "meanwhile"};
  if (mention_at_[first] < 0 && kOpeners.Contains(tt_.Lower(first))) {
    size_t k = first + 1;
    while (k < q.open && k < first + 15 && !in_quote_[k] && tt_.Text(k) != ",") ++k;
    if (k >= q.open || in_quote_[k] || tt_.Text(k) != ",") return "";
    first = k + 1;
  }
  // "But Harbour Minister Ann Doe has referred to it as a “betrayal”": a conjunction first.
  static const WordSet kConjunctions = {"but", "and", "yet", "so"};
  if (first + 1 < q.open && kConjunctions.Contains(tt_.Lower(first))) ++first;
  if (first >= q.open || in_quote_[first]) return "";
  // "He used the word “spades”": he/she opening the clause, resolved as the rules do.
  if (IsPronoun(tt_.Lower(first))) return CloseToSubject(first + 1, q.open) ? Pronoun(first) : "";
  // "The report lists his injuries as “none”": a document's words.
  size_t noun_end = q.open;
  std::string document = DocumentSubject(first, q.open, &noun_end);
  if (!document.empty()) {
    // Not its title: "The email was titled, “RE: PREP CALL ...”".
    size_t b = q.open - 1;
    if (b > first && tt_.Text(b) == ",") --b;
    static const WordSet kNaming = {"titled", "entitled", "headlined", "called",
                                    "named",  "dubbed",   "subject"};
    if (kNaming.Contains(tt_.Lower(b))) return "";
    return CloseToSubject(noun_end, q.open) ? document : "";
  }
  // Titles may come first ("Dr. Ann Doe", "Former Senator Ann Doe", "Secretary of State Ann
  // Doe", "Harbour Minister Ann Doe"), but not an article: "The Doe campaign released ads
  // that ..." names a body the tagger did not find, not Doe.
  bool titled = false;
  for (size_t j = first; j < q.open && j < first + 5; ++j) {
    if (in_quote_[j]) return "";
    int m = PersonAt(j);
    if (m >= 0) {
      if (Possessive(m)) return "";  // rule 5 reads owners ("Doe's spokesman Ann Roe")
      // The name is the subject only when a lower-case word (its verb) follows: not "Doe
      // campaign officials", "Doe, Roe and ...".
      size_t after = (*mentions_)[m].last;
      if (after >= q.open || tt_.tokens[after].kind != TokenKind::kWord ||
          tt_.tokens[after].capitalized || IsRoleWord(tt_.Lower(after)) ||
          IsOfficeWord(tt_.Lower(after))) {
        return "";
      }
      return CloseToSubject(after, q.open) ? (*mentions_)[m].canonical : "";
    }
    std::string_view w = tt_.Lower(j);
    if (w == "the" || w == "a" || w == "an") return "";
    bool title = tt_.tokens[j].capitalized && mention_at_[j] < 0 &&
                 (IsTitleAbbreviation(w) || IsRoleWord(w) || w == "former");
    titled |= title;
    // Other capitalised words of a title ("Harbour", "State") or "of", next to a title word.
    bool title_part =
        (tt_.tokens[j].kind == TokenKind::kWord && tt_.tokens[j].capitalized &&
         (mention_at_[j] < 0 || Type(j) != 'P') && j + 1 < q.open &&
         IsRoleWord(tt_.Lower(j + 1))) ||
        (titled &&
         (w == "of" || (tt_.tokens[j].capitalized && mention_at_[j] >= 0 && Type(j) != 'P')));
    if (title_part && mention_at_[j] >= 0) j = (*mentions_)[mention_at_[j]].last - 1;
    if (!title && !title_part &&
        !(tt_.Text(j) == "." && j > first && IsTitleAbbreviation(tt_.Lower(j - 1)))) {
      return "";
    }
  }
  return "";
}

std::string Attributor::DocumentSubject(size_t begin, size_t end, size_t* noun_end) const {
  size_t k = begin;
  while (k < end && tt_.tokens[k].kind == TokenKind::kPunct) ++k;
  if (k >= end || in_quote_[k] || tt_.Lower(k) != "the") return "";
  static const WordSet kDocuments = {
      "report",    "letter",     "statement", "memo",       "memorandum", "lawsuit",  "filing",
      "complaint", "resolution", "study",     "indictment", "ruling",     "document", "petition",
      "email",     "notice",     "readout",   "transcript", "affidavit",  "audit",    "review"};
  // "The report", "The new report", "The 40-page lawsuit": at most two words before the noun.
  for (size_t j = k + 1; j < end && j < k + 4; ++j) {
    if (in_quote_[j] || tt_.tokens[j].capitalized) return "";
    if (!kDocuments.Contains(tt_.Lower(j))) continue;
    // Its verb or an apposition follows: "The report lists ...", "The report, released ...".
    if (j + 1 >= end || in_quote_[j + 1]) return "";
    std::string_view next = tt_.Lower(j + 1);
    bool verb = tt_.tokens[j + 1].kind == TokenKind::kWord && !tt_.tokens[j + 1].capitalized &&
                next != "of" && next != "and" && next != "or" && next != "that" &&
                next != "which" && next != "by" && next != "from" && next != "on";
    if (!verb && next != ",") return "";
    if (noun_end != nullptr) *noun_end = j + 1;
    return std::string(tt_.Span(k, j + 1));
  }
  return "";
}

std::string Attributor::ClaimOwner(const Quote& q, size_t sent_begin) {
  static const WordSet kClaims = {"claim",      "claims",      "assertion",   "assertions",
                                  "statement",  "statements",  "comments",    "remarks",
                                  "words",      "description", "accusation",  "accusations",
                                  "argument",   "insistence",  "suggestion",  "characterization",
                                  "contention", "allegation",  "allegations", "boast",
                                  "promise",    "promises",    "pledge",      "vow",
                                  "warning",    "tweet",       "response",    "reply"};
  for (size_t k = q.open; k-- > sent_begin && q.open - k < 30;) {
    if (in_quote_[k]) continue;   // "Doe's claim that “A” with “B”": both are Doe's
    if (IsCueVerb(k)) return "";  // a cue's subject is CueBefore's answer
    if (!kClaims.Contains(tt_.Lower(k)) || k < 2) continue;
    size_t j = k - 1;
    // "Doe's own claim", "Doe's campaign promises", "Doe's latest tweet": one word between.
    if (tt_.tokens[j].kind == TokenKind::kWord && !tt_.tokens[j].capitalized && j > 1 &&
        (EndsWithPossessiveS(tt_.Lower(j - 1)) || tt_.Lower(j - 1) == "'" ||
         tt_.Lower(j - 1) == "\xE2\x80\x99")) {
      --j;
    }
    std::string_view w = tt_.Lower(j);
    if (w != "'s" && w != "\xE2\x80\x99s" && w != "'" && w != "\xE2\x80\x99") return "";
    int m = j > 0 ? PersonAt(j - 1) : -1;
    if (m < 0 || in_quote_[j - 1] || !Possessive(m)) return "";
    return (*mentions_)[m].canonical;
  }
  return "";
}

std::string Attributor::CueAfterComma(const Quote& q) {
  // Only a fragment: a quote ending its clause is SpeakerAfter's.
  for (size_t k = q.close + 1; k + 1 < n_ && k < q.close + 30; ++k) {
    if (tt_.tokens[k].sentence_start || QuoteMark(tt_, k) != Mark::kNone || in_quote_[k]) {
      return "";
    }
    if (tt_.Text(k) != ",") continue;
    std::string_view w = tt_.Lower(k + 1);
    if ((w == "says" || w == "said") && IsCueVerb(k + 1)) {
      // A name after the cue ("says FBI Director Ann Doe"), not a phrase ("said the report").
      return k + 2 < n_ && tt_.tokens[k + 2].capitalized && !in_quote_[k + 2]
                 ? SpeakerAfterCue(k + 1)
                 : "";
    }
  }
  return "";
}

}  // namespace stemma::facts
