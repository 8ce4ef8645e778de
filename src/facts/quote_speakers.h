// Who said a quote: the attribution rules over one tokenized document (quote_speakers.cc,
// quote_cue_subjects.cc, quote_subjects.cc, quote_pronouns.cc and the files named below), and
// the quote-mark helpers shared with the quote finder (quotes.cc).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "facts/facts_internal.h"

namespace stemma::facts {

enum class Mark { kNone, kOpen, kClose, kEither };

// What the token at `i` is as a quote mark (straight marks by the spaces around them).
Mark QuoteMark(const TokenizedText& tt, size_t i);
// A speech verb ("said", "told", "according" is not one).
bool IsCue(std::string_view w);
bool EndsWith(std::string_view s, std::string_view tail);
// "he", "she".
bool IsPronoun(std::string_view w);
// Lower-case role words that may sit between a cue and the speaker ("said captain Oskar Lind").
bool IsRoleWord(std::string_view w);
// Nouns that describe a person the text names elsewhere ("the billionaire", "the nominee").
bool IsPersonNoun(std::string_view w);
// Words of a job title after an organisation's name ("White House press secretary Jay Carney").
bool IsOfficeWord(std::string_view w);
// Heads of an unnamed source's phrase ("a BAA spokesman", "An AP report", "one official").
bool IsSourceNoun(std::string_view w);
// "the Arizona Democrat", "the President": nouns that stand for the person the text is about
// or for the holder of a title.
bool IsPartyNoun(std::string_view w);
// Abbreviated titles the tagger may fold into a name ("Rep.", "Sen.").
bool IsTitleAbbreviation(std::string_view w);
// "a BAA spokesman", "The lobbyist": a phrase, not a name.
bool StartsWithArticle(std::string_view s);
// "a statement", "the news release": a document as an unnamed source.
bool DocumentPhrase(std::string_view s);
// 1 for a name opened by a common male first name ("Donald Trump"), -1 for a female one
// ("Nancy Pelosi"), 0 otherwise (one word, an ambiguous or unknown first name).
int FirstNameGender(std::string_view name);
// Nouns that stand for an outlet, company or organisation after "the" ("the paper").
bool IsBodyNoun(std::string_view w);

struct Quote {
  size_t open = 0;   // token of the opening mark
  size_t close = 0;  // token of the closing mark, or the last quoted token if unterminated
  bool unterminated = false;
};

// Whether a quote is no one's words: a title of a show or work, a marked term, a title-case
// name, a vote label, an addressee, a name used before a noun (quote_labels.cc).
bool NotSpeech(const TokenizedText& tt, const Quote& q);

// Which rule gave a quote's speaker (a feature of the learned ranker, quote_ranker.h).
enum RuleSource : int {
  kFromNone = 0,
  kFromAfter = 1,      // a cue after the quote, "in the words of"
  kFromBefore = 2,     // a cue before the quote in its sentence, "according to"
  kFromColon = 3,      // "X: “...”"
  kFromOpening = 4,    // a person opening the quote's sentence, no cue
  kFromPrevious = 5,   // the subject of the sentence before (quotes.cc)
  kFromContinued = 6,  // the previous quote's speaker goes on (quotes.cc)
  kFromNeuter = 7,     // "it said" (quotes.cc)
  kFromSubject = 8,    // the subject of a fragment's sentence, no cue (quote_fragments.cc)
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

  // Speaker's canonical name for a quote, or "" when none is found; source() tells which
  // rule found it.
  std::string Speaker(const Quote& q);
  RuleSource source() const { return source_; }

  // The quote's cue has "it" or "they" as its subject ("“...,” it said"): the speaker is
  // whoever was quoted just before.
  bool NeuterSubject(const Quote& q) const;

  // Token k right after a quote ending in "?" or "!" starts a sentence only for the
  // tokenizer: "“Why now?” Doe asked", "“No!” she said", "“Why?” asked Doe".
  bool AttributionAfterMark(const Quote& q, size_t k) const;

  // The subject of the last cue verb (or "according to X") before the quote in its sentence.
  std::string CueBefore(const Quote& q, size_t sent_begin);

  // "Doe's “look at that face” comment": the possessive before a quote followed by a word
  // for speech, or "".
  std::string OwnerOfQuotedWords(const Quote& q);

  // "... “take a pass” on it, McDonough said.": the closing attribution of the quote's
  // sentence, or "".
  std::string ClosingAttribution(const Quote& q);

  // The quote's sentence goes on with "..., X reported" or "according to X": a relayed quote.
  bool ReportedAfter(const Quote& q) const;

  // "“... rising.” —Ann Doe, Harbour Weekly": a person after a dash that follows a quote
  // ending its sentence (press reviews, epigraphs), or "".
  std::string BylineAfter(const Quote& q);

  // Tokens [begin, cue) are one to four capitalised words (with inner hyphens or
  // apostrophes) that no mention covers and that are not a pronoun or a phrase: a name the
  // tagger missed ("“...,” Manigault-Newman said"), or "".
  std::string UntaggedNameBefore(size_t begin, size_t cue) const;

  // The speaker named right after a quote, in the same sentence, or "".
  std::string SpeakerAfter(const Quote& q);

  // "said Jenny Town", "says Malachowsky", "he added", "said Florida Rep. Ann Doe",
  // "said a New Hampshire Republican", "said the coach".
  std::string SpeakerAfterCue(size_t k);

  // "said CNN's Ann Doe", "said Ladbrokes' Warren Lush", "said Doe's lawyer, Ann Roe": the
  // person named after mention m's possessive (past role and office words), or "".
  std::string OwnedPerson(int m);

  // The subject written right before a cue: a name ("Lawrence Tribe noted"), a mention
  // ("Reuters reported") or "the <noun>" ("the president said"), or "".
  std::string AdjacentSubject(size_t cue);

  // Token `noun` ends "May's office", "Doe's legal team", "Doe's lawyer" (an owner's office,
  // campaign, family or spokesman before a cue): the phrase, or "".
  std::string OwnedSource(size_t noun) const;

  // "Police", "State officials", "Some legal experts" opening the sentence and ending at token
  // j (a group noun) before the speech verb at `cue`, or "".
  std::string GroupSource(size_t j, size_t cue) const;
  // "a person familiar with the matter told", "three people close to the campaign said": an
  // unnamed source with its qualifier, ending right before the cue.
  std::string QualifiedSource(size_t cue) const;

  // Mention m ends an apposition right before the cue ("Mike Roe, spokesman for Ann Doe,
  // said"): the person the apposition follows, or "".
  std::string AppositionHead(int m, size_t cue) const;

  // "the president" -> the last person introduced as "President X" before, else the phrase.
  std::string RoleReference(size_t the, size_t noun);

  // "the paper", "the social media giant" (a body noun after "the"): the outlet, company or
  // group a recent sentence has as its subject, or the name a relative clause in this
  // sentence hangs on; "" when none (quote_bodies.cc).
  std::string BodyAntecedent(size_t the);
  // A capitalised name (not a person or place) at token a, maybe after "the", followed by a
  // lower-case word or a comma, ending before `limit`: its canonical or surface, or "".
  std::string NameRunAt(size_t a, size_t limit) const;

  // A capitalised two- or three-word name the tagger missed, ending right before `end`
  // and introduced by a lower-case role word: "law professor Lawrence Tribe noted".
  std::string NameEndingAt(size_t end) const;

  // Tokens [begin, end) after "as" or "the" at `det` form a name the tagger missed ("as
  // Politico declares", "The Washington Post reported"), not a role ("the Republican said").
  bool MissedNameAfter(size_t det, size_t begin, size_t end) const;

  // A cue word used as a verb: not "the confirmed use", "a reported deal".
  bool IsCueVerb(size_t k) const;

  // Quotes in single marks inside quote q whose speaker is named inside q before them:
  // “James Madison wrote that no person 'is allowed to be a judge'”, “He said, ‘No.’”.
  void NestedQuotes(const Quote& q, std::vector<std::pair<Quote, std::string>>* out);

  // The subject of a cue inside the outer quote, before the nested quote at `open`.
  std::string NestedSpeaker(size_t outer_open, size_t open);

  // A fragment with no cue: the person (after titles) or he/she that is the subject of the
  // quote's sentence, maybe after an opening phrase and a comma, or "" (quote_fragments.cc).
  std::string FragmentSubject(const Quote& q, size_t sent_begin);
  // "The report lists ...", "The new lawsuit, filed ..., says": a document opening the
  // sentence [begin, end) before its verb or an apposition: the phrase, or "" (`noun_end`:
  // one past the document noun).
  std::string DocumentSubject(size_t begin, size_t end, size_t* noun_end = nullptr) const;
  // "Doe's claim that ... “many were killed”": the owner of a claim before the quote in its
  // sentence, with no cue between, or "".
  std::string ClaimOwner(const Quote& q, size_t sent_begin);
  // "“deeply skeptical” of power, says FBI Director Ann Doe, adding ...": a person after
  // ", says/said" later in the fragment's sentence, or "".
  std::string CueAfterComma(const Quote& q);
  // The quote at `open` lies in a short clause of the subject ending at `from`.
  bool CloseToSubject(size_t from, size_t open) const;

  // The person or he/she opening the sentence [begin, end), or "".
  std::string SentenceSubject(size_t begin, size_t end);

  // An organisation opening the sentence [begin, end), maybe after "The", before a lower-case
  // word (its verb): "The Harbour Board rejected the plan, saying ...", or "".
  std::string BodySubject(size_t begin, size_t end) const;

  // Like SentenceSubject, but only a subject a cue verb follows ("He recalled how ...").
  std::string SpeakingSubject(size_t begin, size_t end);

  // An unnamed source after a cue: "said a New Hampshire Republican" -> "a New Hampshire
  // Republican" (up to the next punctuation, at most eight words).
  std::string Descriptor(size_t k) const;

  // The subject of the cue at token `cue`, looking back no further than `floor`: the name
  // right before the cue, else the nearest person ("Sen. Ann Doe, chair of the Senate
  // Budget Committee, urged" -> Ann Doe), a pronoun, the nearest organisation.
  std::string SubjectBefore(size_t cue, size_t floor);

  // [begin, end) holds a subordinate clause ("after", "when", "because" ...).
  bool EmbeddedClause(size_t begin, size_t end) const;

  // he/she: the subject-like person of the nearest earlier sentence that names one outside
  // quotes (its first person not used as a possessive), else the nearest person. Inside a
  // quote (`inside`), quoted names count too.
  std::string Pronoun(size_t at, bool inside = false);

  // Mention index at token k if it names a person, else -1. A location or organisation
  // right after a lower-case role word ("manager Jim Messina") counts as a person; a
  // "person" that is only a title ("Florida Rep.") does not.
  int PersonAt(size_t k) const;

  bool TitleOnly(int m) const;

  // The mention only qualifies the person named after its role words: "Trump" in "Trump
  // lawyer Jay Sekulow", "Obama" in "Obama campaign manager Jim Messina".
  bool Modifier(int m) const;

  // "the Assad regime": the name qualifies the noun after it, so is not a pronoun's first
  // choice.
  bool Attributive(int m) const;

  // Token k lies in a paragraph opened by capitals and a colon ("SEE ALSO: ...", "RELATED:
  // ..."): a link to another story.
  bool LinkLine(size_t k) const;

  // A cue verb follows the mention ("Doe said", "Doe also told").
  bool SpeaksNext(int m) const;

  // The gender the document gives a person mention: 1 male, -1 female, 0 unknown ("Mr.",
  // "Ms"; he/his or she/her in sentences naming only that person). Computed once.
  int Gender(int m);

  // A photo credit: "(Erin Doe/Reuters)", "AP Photo/Ann Doe", "Photo: Ann Doe".
  bool Credit(const Mention& mm) const;

  // An all-capitals place name opening a paragraph before a dash: "LAS VEGAS — ...".
  bool Dateline(const Mention& mm) const;

  // "“...,” in the words of CNN's Ann Doe" -> Ann Doe, or "".
  std::string WordsOf(const Quote& q);

  // The owner of a speech noun opening [begin, end): "Doe's only comment was: “...”".
  std::string SpeechOwner(size_t begin, size_t end);

  // After "“...,” read": "the letter signed by X" -> X, else "the letter".
  std::string DocumentAfterRead(size_t k);

  // "Kenteris' lawyer", "Trump's comments": the mention owns something, it is not a subject.
  bool Possessive(int m) const;

  // Token k opens a clause: sentence start, after punctuation, "and" or "but".
  bool ClauseStart(size_t k) const;

  // The mention is a preposition's object ("adviser to Trump"), so not a subject.
  bool AfterPreposition(int m) const;

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
  std::vector<int8_t> gender_;  // per mention, filled on first use
  RuleSource source_ = kFromNone;

  void ComputeGenders();
};

}  // namespace stemma::facts
