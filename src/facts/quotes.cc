// Direct quotes (straight and curly marks, multi-paragraph) with their speakers, and indirect
// attributions ("X said that ...", "according to X").
#include <algorithm>

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
      "predicted", "testified",  "pledged",    "reported",     "quipped"};
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
      "harbour",    "harbor",     "port",       "city",      "state",       "senior"};
  return kRoles.Contains(w);
}

struct Quote {
  size_t open = 0;   // token of the opening mark
  size_t close = 0;  // token of the closing mark, or the last quoted token if unterminated
  bool unterminated = false;
};

class Attributor {
 public:
  Attributor(const TokenizedText& tt, const std::vector<Mention>& mentions)
      : tt_(tt), n_(tt.tokens.size()), mention_at_(n_, -1), in_quote_(n_, 0) {
    for (size_t k = 0; k < mentions.size(); ++k) {
      for (size_t t = mentions[k].first; t < mentions[k].last && t < n_; ++t) {
        mention_at_[t] = static_cast<int>(k);
      }
    }
    mentions_ = &mentions;
  }

  void MarkQuote(const Quote& q) {
    for (size_t t = q.open; t <= q.close && t < n_; ++t) in_quote_[t] = 1;
  }

  // Speaker's canonical name for a quote, or "" when none is found.
  std::string Speaker(const Quote& q) {
    size_t sent_begin = q.open;
    while (sent_begin > 0 && !tt_.tokens[sent_begin].sentence_start) --sent_begin;
    // 1. Right after the quote: ", Jenny Town, director of ..., noted." / "said Kim." /
    // "[Vaddi told ...". The first word after the closing mark must be the speaker or the cue.
    std::string after = SpeakerAfter(q);
    if (!after.empty()) return after;
    // 2. Before the quote, same sentence: the subject of the last cue verb.
    for (size_t k = q.open; k-- > sent_begin;) {
      if (in_quote_[k]) continue;
      if (IsCue(tt_.Lower(k))) {
        std::string s = SubjectBefore(k, sent_begin);
        if (!s.empty()) return s;
        break;
      }
      if (tt_.Lower(k) == "according" && k + 2 < n_ && tt_.Lower(k + 1) == "to" &&
          mention_at_[k + 2] >= 0) {
        return Canonical(k + 2);
      }
    }
    // 3. "Name: “...”"
    if (q.open >= 2 && tt_.Text(q.open - 1) == ":" && mention_at_[q.open - 2] >= 0) {
      return Canonical(q.open - 2);
    }
    // 4. No cue: a person opening the sentence ("Stalin's calculation was that ...").
    size_t first = sent_begin;
    while (first < q.open && tt_.tokens[first].kind == TokenKind::kPunct) ++first;
    if (first < q.open && mention_at_[first] >= 0 && Type(first) == 'P' && !in_quote_[first]) {
      return Canonical(first);
    }
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
    if (IsCue(tt_.Lower(k))) {
      // "said Jenny Town", "says Malachowsky", "he added", "said a New Hampshire Republican".
      for (size_t j = k + 1; j < n_ && j < k + 8; ++j) {
        if (mention_at_[j] >= 0 && (Type(j) == 'P' || j == k + 1)) return Canonical(j);
        if (IsPronoun(tt_.Lower(j))) return Pronoun(j);
        // Titles may come first: "said Lt. Col. Rick Francona".
        if (!tt_.tokens[j].capitalized && !(tt_.Text(j) == "." && tt_.Adjacent(j)) &&
            !IsRoleWord(tt_.Lower(j))) {
          break;
        }
      }
      return Descriptor(k + 1);
    }
    // "Rear Adm. John Kirby, a Pentagon spokesman, said": capitalised words (titles, places)
    // may precede the speaker; then a cue must follow in the same sentence.
    // An organisation first may be the speaker's employer: "NHTSA deputy administrator
    // David Friedman" -> the person wins when one follows.
    size_t speaker = n_;
    for (size_t j = k; j < n_ && j < k + 8; ++j) {
      if ((mention_at_[j] >= 0 && Type(j) == 'P') || IsPronoun(tt_.Lower(j))) {
        speaker = j;
        break;
      }
      if (mention_at_[j] >= 0 && Type(j) == 'O' && speaker == n_) speaker = j;
      bool filler = tt_.tokens[j].capitalized || tt_.Lower(j) == "the" ||
                    (tt_.Text(j) == "." && tt_.Adjacent(j)) ||
                    (speaker != n_ && tt_.tokens[j].kind == TokenKind::kWord);
      if (!filler) break;
    }
    if (speaker == n_) return "";
    size_t from = mention_at_[speaker] >= 0 ? (*mentions_)[mention_at_[speaker]].last : speaker + 1;
    // "Harbour Authority deputy director Lena Moss said": before any comma, the person
    // nearest the cue is the speaker.
    for (size_t j = from; j < n_ && j < from + 6; ++j) {
      if (tt_.tokens[j].kind == TokenKind::kPunct || IsCue(tt_.Lower(j))) break;
      if (mention_at_[j] >= 0 && Type(j) == 'P') {
        speaker = j;
        from = (*mentions_)[mention_at_[j]].last;
        j = from - 1;
      }
    }
    for (size_t j = from; j < n_ && j < from + 20; ++j) {
      if (tt_.tokens[j].sentence_start || QuoteMark(tt_, j) != Mark::kNone) break;
      if (IsCue(tt_.Lower(j))) {
        return mention_at_[speaker] >= 0 ? Canonical(speaker) : Pronoun(speaker);
      }
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

  // The person (or organisation, or resolved pronoun) that is the subject of the cue at
  // token `cue`, looking back no further than `floor`.
  std::string SubjectBefore(size_t cue, size_t floor) {
    size_t k = cue;
    int budget = 14;
    while (k > floor && budget-- > 0) {
      --k;
      if (in_quote_[k]) break;
      if (mention_at_[k] >= 0 && Type(k) != 'L') return Canonical(k);
      if (IsPronoun(tt_.Lower(k))) return Pronoun(k);
      if (IsCue(tt_.Lower(k))) break;
    }
    return "";
  }

  // he/she: the most recent person mentioned outside quotes.
  std::string Pronoun(size_t at) {
    for (size_t k = at; k-- > 0 && at - k < 400;) {
      if (!in_quote_[k] && mention_at_[k] >= 0 && Type(k) == 'P') return Canonical(k);
    }
    return "";
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
  for (const Quote& q : quotes) {
    std::string speaker = attributor.Speaker(q);
    // A quote that opens a sentence or paragraph with no cue continues the previous speaker.
    if (speaker.empty() && !previous_speaker.empty() &&
        (tt.tokens[q.open].sentence_start || tt.tokens[q.open].paragraph_start)) {
      int paragraphs = 0;
      for (size_t k = previous_close; k <= q.open; ++k) paragraphs += tt.tokens[k].paragraph_start;
      if (paragraphs <= 1) speaker = previous_speaker;
    }
    Fact f;
    f.kind = "quote";
    f.begin = tt.tokens[q.open].end;
    f.end = q.unterminated ? tt.tokens[q.close].end : tt.tokens[q.close].begin;
    f.text = std::string(tt.text.substr(f.begin, f.end - f.begin));
    f.value = f.text;
    f.speaker = speaker;
    out->push_back(std::move(f));
    if (!speaker.empty()) previous_speaker = speaker;
    previous_close = q.close;
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
