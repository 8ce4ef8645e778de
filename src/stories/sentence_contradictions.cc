#include "stories/sentence_contradictions.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "stories/contradiction_headline.h"
#include "stories/contradiction_lexicon.h"
#include "stories/contradiction_rewritten.h"
#include "stories/contradiction_tokens.h"
#include "stories/similarity.h"

namespace stemma::stories {
namespace {

constexpr size_t kMinTokens = 5;
constexpr size_t kMinContentWords = 4;
constexpr size_t kMinHeadlineWords = 3;
constexpr size_t kRewriteCandidates = 2;  // rewritten sentences tried per other document
constexpr int kMinRewriteShared = 3;      // content words a rewrite shares with its original
constexpr size_t kMaxPosting = 300;       // content words in more sentences are not used to align
constexpr size_t kMaxHunkTokens = 4;      // a swapped name or number: a small replacement
constexpr size_t kMaxSentenceBytes = 600;
constexpr size_t kMaxNegationEdit = 3;  // tokens on either side of an edit that flips polarity
constexpr size_t kMaxAntonymEdit = 3;   // tokens on either side of an edit holding an antonym

struct Sentence {
  size_t begin = 0, end = 0;         // bytes in the document text
  std::vector<std::string> content;  // folded content words, sorted unique
};

// Auxiliaries and modals that may come and go with a negation ("has not approved" / "approved").
bool IsAuxiliary(const std::string& w) {
  static const std::set<std::string_view> kWords = {
      "is",     "was", "are",   "were", "be",   "been",  "am",    "has",   "have",
      "had",    "do",  "does",  "did",  "will", "would", "can",   "could", "shall",
      "should", "may", "might", "must", "yet",  "ever",  "still", "also",  "even"};
  return kWords.count(w) > 0;
}

// A crude stem for matching inflections of one verb: "approved", "approve", "approves".
std::string_view Stem(std::string_view w) {
  for (std::string_view end : {"ing", "ed", "es", "s", "d", "e"}) {
    if (w.size() > end.size() + 3 && w.substr(w.size() - end.size()) == end) {
      w.remove_suffix(end.size());
      break;
    }
  }
  return w.substr(0, 6);
}

// Apart from negations and auxiliaries, the two sides of the edit hold the same words up to
// inflection: a local flip of polarity ("approved" / "didn't approve"), not a reworded clause
// ("No single law, no set of laws" / "no set of laws").
bool OnlyNegationEdit(const std::vector<Token>& a, size_t a_begin, size_t a_end,
                      const std::vector<Token>& b, size_t b_begin, size_t b_end) {
  auto rest = [](const std::vector<Token>& t, size_t begin, size_t end) {
    std::vector<std::string_view> stems;
    for (size_t i = begin; i < end; ++i) {
      if (!IsNegation(t[i]) && !IsAuxiliary(t[i].lower)) stems.push_back(Stem(t[i].lower));
    }
    std::sort(stems.begin(), stems.end());
    return stems;
  };
  return rest(a, a_begin, a_end) == rest(b, b_begin, b_end);
}

// "not expected until Friday", "not before 2030", "not expected for about two weeks": a delay,
// not a denial of the event.
bool DeferredAfter(const std::vector<Token>& t, size_t from) {
  static const std::set<std::string_view> kSpans = {"hour", "hours", "day",    "days",
                                                    "week", "weeks", "month",  "months",
                                                    "year", "years", "minute", "minutes"};
  for (size_t i = from; i < t.size() && i < from + 6; ++i) {
    if (t[i].lower == "until" || t[i].lower == "till" || t[i].lower == "before") return true;
    if (t[i].lower != "for") continue;
    for (size_t k = i + 1; k < t.size() && k <= i + 3; ++k) {
      if (kSpans.count(t[k].lower) > 0) return true;
    }
  }
  return false;
}

// Whether a token of [b, e) follows a negation of its own clause within five tokens ("did not
// find the ferry more costly"); the negation inside [b, e) counts too ("not more").
bool NegatedScope(const std::vector<Token>& t, size_t b, size_t e) {
  constexpr size_t kScope = 5;
  for (size_t i = b; i < e && i < t.size(); ++i) {
    for (size_t k = i; k > 0 && i - k < kScope; --k) {
      if (t[k].clause_start) break;
      if (IsNegation(t[k - 1])) return true;
    }
  }
  return false;
}

// The sentence ends with a question mark (closing quotes and spaces aside).
bool IsQuestion(const std::string& text, const Sentence& sentence) {
  size_t end = std::min(sentence.end, text.size());
  while (end > sentence.begin) {
    const unsigned char c = static_cast<unsigned char>(text[end - 1]);
    if (c == ' ' || c == '"' || c == '\'' || c == '\n' || c >= 0x80) {
      --end;  // spaces, straight quotes, and the bytes of curly quotes
      continue;
    }
    return c == '?';
  }
  return false;
}

// A party or its member ("the Democrat's office"): a description of someone, not a name.
bool IsPartyWord(std::string_view lower) {
  for (std::string_view suffix : {"\xE2\x80\x99s", "'s", "s"}) {
    if (lower.size() > suffix.size() + 3 && lower.ends_with(suffix)) {
      lower.remove_suffix(suffix.size());
      break;
    }
  }
  static constexpr std::string_view kParties[] = {
      "democrat", "democratic", "republican",   "gop",         "tory",      "tories",
      "labour",   "liberal",    "conservative", "libertarian", "socialist", "independent"};
  return std::find(std::begin(kParties), std::end(kParties), lower) != std::end(kParties);
}

// A capitalised token that can name someone or something (not a weekday, month, job title or
// party).
bool IsName(const Token& t) {
  return t.capitalised && !t.number && t.lower.size() >= 3 && !IsCalendarWord(t.lower) &&
         !IsTitleWord(t.lower) && !IsStopword(t.lower) && !IsPartyWord(t.lower);
}

// Whether a hunk other than k changes a figure or a calendar word: the two sentences fill one
// template for two occasions ("The poll is based on interviews with 1,004 voters ... from
// February 10-12" / "with 1,017 voters ... from July 21 to July 23").
bool OtherFigureChanged(const std::vector<Token>& a, const std::vector<Token>& b,
                        const std::vector<Hunk>& hunks, size_t k) {
  const auto changed = [](const Token& t) { return t.value >= 0 || IsCalendarWord(t.lower); };
  for (size_t h = 0; h < hunks.size(); ++h) {
    if (h == k) continue;
    for (size_t i = hunks[h].a_begin; i < hunks[h].a_end; ++i) {
      if (changed(a[i])) return true;
    }
    for (size_t j = hunks[h].b_begin; j < hunks[h].b_end; ++j) {
      if (changed(b[j])) return true;
    }
  }
  return false;
}

void SplitSentences(std::string_view text, size_t max_sentences, std::vector<Sentence>* out) {
  std::vector<Word> words;
  size_t s = 0, flushed = 0;
  const auto flush = [&](size_t e) {
    while (s < e && (text[s] == ' ' || text[s] == '\n' || text[s] == '\t' || text[s] == '\r' ||
                     text[s] == '"')) {
      ++s;
    }
    const std::string_view raw = text.substr(s, e - s);
    flushed += e > s;
    const bool url =
        raw.find("://") != std::string_view::npos || raw.find("www.") != std::string_view::npos;
    if (e > s && e - s <= kMaxSentenceBytes && out->size() < max_sentences && !url) {
      Sentence sent;
      sent.begin = s;
      sent.end = e;
      words.clear();
      ContentWords(raw, &words);
      for (const Word& w : words) sent.content.push_back(FoldPlural(w.lower));
      std::sort(sent.content.begin(), sent.content.end());
      sent.content.erase(std::unique(sent.content.begin(), sent.content.end()), sent.content.end());
      // A headline (the first line) may be shorter.
      if (sent.content.size() >= (flushed == 1 ? kMinHeadlineWords : kMinContentWords)) {
        out->push_back(std::move(sent));
      }
    }
    s = e;
  };
  for (size_t i = 0; i < text.size() && out->size() < max_sentences; ++i) {
    const char c = text[i];
    if (c == '\n') {
      flush(i);
    } else if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.size() || text[i + 1] == ' ' ||
                                                      text[i + 1] == '\n' || text[i + 1] == '"')) {
      flush(i + 1);
    } else if (i - s > kMaxSentenceBytes * 2) {
      s = i;  // a run-on block without punctuation: skip it
    }
  }
  flush(text.size());
}

// Lowercase Latin-1 letters with accents (UTF-8 C3 xx) as their base letter: "peña" -> "pena".
std::string FoldAccents(std::string_view w) {
  // Base letters of U+00E0..U+00FF (after lowercasing); '?' where there is none.
  static constexpr std::string_view kBase = "aaaaaaaceeeeiiiidnooooo?ouuuuyty";
  std::string out;
  out.reserve(w.size());
  for (size_t i = 0; i < w.size(); ++i) {
    const unsigned char c = w[i];
    if (c == 0xC3 && i + 1 < w.size()) {
      const unsigned char d = static_cast<unsigned char>(w[i + 1]) | 0x20;  // upper -> lower
      if (d >= 0xA0 && d <= 0xBF && kBase[d - 0xA0] != '?') {
        out.push_back(kBase[d - 0xA0]);
        ++i;
        continue;
      }
    }
    out.push_back(static_cast<char>(c));
  }
  return out;
}

// "Rait" / "Raite", "Jon" / "John", "Opteron" / "Opteron(TM)", "Peña" / "Pena": one name spelt
// two ways.
// Consonants of a name, doubled ones once: "swain" and "swayne" are both "swn".
std::string Consonants(std::string_view w) {
  std::string out;
  for (char c : w) {
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') continue;
    if (out.empty() || out.back() != c) out.push_back(c);
  }
  return out;
}

bool SpellingVariant(std::string_view a, std::string_view b) {
  if (FoldAccents(a) == FoldAccents(b)) return true;
  // The same first letter and consonants ("Swain" / "Swayne"): a name written as it sounds.
  if (a.size() >= 4 && b.size() >= 4 && a[0] == b[0] && Consonants(a) == Consonants(b)) {
    return true;
  }
  if (a.size() > b.size()) std::swap(a, b);
  if (b.compare(0, a.size(), a) == 0) return true;
  if (b.size() - a.size() > 1) return false;
  // One edit apart (substitution or insertion).
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  const size_t skip = a.size() == b.size() ? 1 : 0;
  return a.compare(i + skip, std::string_view::npos, b, i + 1, std::string_view::npos) == 0;
}

// Country names that news writes two ways ("America" / "American"): one name, not a swapped
// one. (Party words, "GOP" / "Republican", are no names at all: IsPartyWord.)
bool KnownAlias(std::string_view a, std::string_view b) {
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"america", "american"}, {"britain", "british"}};
  for (const auto& [x, y] : kPairs) {
    if ((a == x && b == y) || (a == y && b == x)) return true;
  }
  return false;
}

// Whether `name` spells the initials of the capitalised tokens in [b, e): "AFC" for
// "American Football Conference".
bool Acronym(const std::vector<Token>& tokens, size_t b, size_t e, std::string_view name) {
  std::string initials;
  for (size_t i = b; i < e; ++i) {
    if (tokens[i].capitalised || i == 0) initials.push_back(tokens[i].lower[0]);
  }
  return initials.size() >= 2 && initials == name;
}

// More than half of the tokens capitalised: a headline in title case.
bool IsHeadline(const std::vector<Token>& tokens) {
  size_t caps = 1;  // the first token
  for (size_t i = 1; i < tokens.size(); ++i) caps += tokens[i].capitalised;
  return caps * 2 > tokens.size();
}

// A weekday or month name in or next to tokens [b, e): a date or timestamp, left to the date
// facts.
bool NearCalendarWord(const std::vector<Token>& tokens, size_t b, size_t e) {
  for (size_t i = b > 0 ? b - 1 : 0; i < std::min(e + 1, tokens.size()); ++i) {
    if (IsCalendarWord(tokens[i].lower)) return true;
  }
  return false;
}

// Whether tokens [b, e) are only a figure: numbers, number words, "percent", "million" ("14
// percent" / "49 percent"), not a figure with another subject ("49% of Romney's backers").
bool OnlyFigures(const std::vector<Token>& t, size_t b, size_t e) {
  for (size_t i = b; i < e; ++i) {
    if (!t[i].number && t[i].value < 0 && t[i].lower != "percent" && t[i].lower != "per" &&
        t[i].lower != "cent" && Multiplier(t[i].lower) == 0) {
      return false;
    }
  }
  return true;
}

// Whether the two sentences go on alike for two tokens after hunk k (or both end): a negation
// flips the predicate it stands before ("has not approved the timetable" / "approved the
// timetable"), not a clause that goes on in other words ("was not on state business" / "was on
// personal time"); a figure is of the same thing ("14 percent who back her" / "49 percent of
// her rival's backers" are two groups).
bool SameWordsAfter(const std::vector<Token>& a, const std::vector<Token>& b,
                    const std::vector<Hunk>& hunks, size_t k) {
  constexpr size_t kSameAfter = 2;
  const size_t a_next = k + 1 < hunks.size() ? hunks[k + 1].a_begin : a.size();
  const size_t b_next = k + 1 < hunks.size() ? hunks[k + 1].b_begin : b.size();
  const size_t run = a_next - hunks[k].a_end;  // equal tokens: the same count on both sides
  return run >= kSameAfter || (a_next == a.size() && b_next == b.size());
}

// The rule by which two aligned sentences contradict each other, or nullptr.
const char* Contradiction(const std::vector<Token>& a, const std::vector<Token>& b, bool numbers,
                          const DocumentPair& docs, std::vector<int>* table,
                          std::vector<Hunk>* hunks) {
  const std::string& lower_a = *docs.lower_a;
  const std::string& lower_b = *docs.lower_b;
  // Headlines capitalise every word: no name signal there.
  if (a.size() < kMinTokens || b.size() < kMinTokens) return nullptr;
  const bool names = !IsHeadline(a) && !IsHeadline(b);
  Diff(a, b, table, hunks);
  int negations = 0;
  for (const Token& t : a) negations += IsNegation(t);
  for (const Token& t : b) negations += IsNegation(t);
  const bool flipped = negations % 2 == 1;
  // Swapped names count only between nearly identical sentences: a reworded sentence changes
  // titles, attributions and place descriptors ("GOP Leader" / "Minority Leader").
  size_t edited = 0;
  for (const Hunk& h : *hunks) edited += (h.a_end - h.a_begin) + (h.b_end - h.b_begin);
  const bool near_identical = edited * 4 <= std::min(a.size(), b.size());
  // Whether hunk h replaces a word by its antonym ("rose" -> "fell"), neither word found in the
  // other sentence ("fewer barricades, more normal" / "fewer barricades"); with `unbounded`,
  // neither word is bounded by "until".
  const auto antonym_in = [&](const Hunk& h, bool unbounded) {
    for (size_t i = h.a_begin; i < h.a_end; ++i) {
      if (AntonymSides(a[i].lower).empty() || HasToken(b, a[i].lower)) continue;
      for (size_t j = h.b_begin; j < h.b_end; ++j) {
        if (Opposite(a[i].lower, b[j].lower, OppositeUse::kInPlaceEdit) &&
            !HasToken(a, b[j].lower) && !Unasserted(a, i) && !Unasserted(b, j) &&
            !SubjectsClash(a, i, b, j, docs) &&
            (!unbounded || (!BoundedByUntil(a, i) && !BoundedByUntil(b, j)))) {
          return true;
        }
      }
    }
    return false;
  };
  // Figures changed along with the direction, none of them kept ("fell 0.2 point to 62.6
  // percent" / "rose 0.1 point to 62.7 percent", "the yen rose 0.1 percent to 112.14" /
  // "declined 0.3 percent to 113.07"): two readings of a moving figure, not one fact flipped
  // ("raised the tax from 50% to 75%" / "slashed it to 50% from 85%" keeps 50: one fact). The
  // figure moves with the word: a year changed elsewhere in the sentence ("open its doors ...
  // for its fall 2018 class" / "close its doors ... fall 2020 class") moves nothing.
  constexpr size_t kMovingReach = 8;  // tokens from the direction word to its figure
  std::vector<std::pair<size_t, size_t>> changed_figures;  // a-side positions of changed figures
  for (const Hunk& h : *hunks) {
    bool figure = false;
    for (size_t i = h.a_begin; i < h.a_end; ++i) figure |= a[i].number || a[i].value >= 0;
    for (size_t j = h.b_begin; j < h.b_end; ++j) figure |= b[j].number || b[j].value >= 0;
    if (figure) changed_figures.emplace_back(h.a_begin, h.a_end);
  }
  bool figure_kept = false;
  for (const Token& x : a) {
    if (x.value < 0) continue;
    for (const Token& y : b) figure_kept = figure_kept || y.value == x.value;
  }
  const auto moving = [&](const Hunk& h) {
    if (figure_kept || !antonym_in(h, true)) return false;
    for (const auto& [begin, end] : changed_figures) {
      if (begin + kMovingReach >= h.a_begin && begin <= h.a_end + kMovingReach) return true;
    }
    return false;
  };
  if (std::any_of(hunks->begin(), hunks->end(), moving)) return nullptr;
  // An antonym in some edit ("more" / "less") and a negation in another turn each other back:
  // "did not find it more costly" says "found it less costly". Only an antonym within the
  // negation's clause is turned back: "moving to open its doors to more applicants, it said it
  // would not accept the test" / "moving to close its doors to fewer ..., it would accept" holds
  // two flips.
  if (flipped && std::any_of(hunks->begin(), hunks->end(), [&](const Hunk& h) {
        return antonym_in(h, false) &&
               (NegatedScope(a, h.a_begin, h.a_end) || NegatedScope(b, h.b_begin, h.b_end));
      })) {
    return nullptr;
  }
  for (const Hunk& h : *hunks) {
    const size_t na = h.a_end - h.a_begin, nb = h.b_end - h.b_begin;
    // Negation: polarity differs and a negation word is a local edit ("has not approved"), not
    // part of a different clause ("..., he said he did not think charges would be filed").
    if (flipped && na <= kMaxNegationEdit && nb <= kMaxNegationEdit) {
      int neg_a = 0, neg_b = 0;
      for (size_t i = h.a_begin; i < h.a_end; ++i) neg_a += IsNegation(a[i]);
      for (size_t j = h.b_begin; j < h.b_end; ++j) neg_b += IsNegation(b[j]);
      if ((neg_a + neg_b) % 2 == 1 &&
          OnlyNegationEdit(a, h.a_begin, h.a_end, b, h.b_begin, h.b_end) &&
          SameWordsAfter(a, b, *hunks, static_cast<size_t>(&h - hunks->data())) &&
          !DeferredAfter(a, h.a_end) && !DeferredAfter(b, h.b_end)) {
        return "negation";
      }
    }
    // Antonyms anywhere in a replacement or a one-sided edit ("rose" -> "fell"), unless a
    // negation turns one of them back ("doesn't think it is more dangerous" / "less dangerous",
    // "acquitted" / "found not guilty").
    // ... in a small edit of the same thing (the same two words after it, as for a negation):
    // "confirmed the records" / "denied the request, saying the papers" deny something else.
    if (na <= kMaxAntonymEdit && nb <= kMaxAntonymEdit && antonym_in(h, true) &&
        SameWordsAfter(a, b, *hunks, static_cast<size_t>(&h - hunks->data()))) {
      return "antonym";
    }
    if (na == 0 || nb == 0 || na > kMaxHunkTokens || nb > kMaxHunkTokens) continue;
    // A name replaced by another in the same place, neither found in the other sentence.
    std::string_view name_a_text, name_b_text;
    bool name_a = false, name_b = false, num_a = false, num_b = false;
    for (size_t i = h.a_begin; i < h.a_end; ++i) {
      if (IsName(a[i]) && !HasWholeWord(lower_b, a[i].lower)) {
        name_a = true;
        name_a_text = a[i].lower;
      }
      num_a |= a[i].number && !a[i].clock && !LooseNumber(a, i, b);
    }
    for (size_t j = h.b_begin; j < h.b_end; ++j) {
      if (IsName(b[j]) && !HasWholeWord(lower_a, b[j].lower)) {
        name_b = true;
        name_b_text = b[j].lower;
      }
      num_b |= b[j].number && !b[j].clock && !LooseNumber(b, j, a);
    }
    if (name_a && name_b && names && near_identical && !SpellingVariant(name_a_text, name_b_text) &&
        !KnownAlias(name_a_text, name_b_text) && !Acronym(a, h.a_begin, h.a_end, name_b_text) &&
        !Acronym(b, h.b_begin, h.b_end, name_a_text)) {
      return "entity";
    }
    if (numbers && num_a && num_b && OnlyFigures(a, h.a_begin, h.a_end) &&
        OnlyFigures(b, h.b_begin, h.b_end) &&
        SameWordsAfter(a, b, *hunks, static_cast<size_t>(&h - hunks->data())) &&
        !NearCalendarWord(a, h.a_begin, h.a_end) && !NearCalendarWord(b, h.b_begin, h.b_end) &&
        !OtherFigureChanged(a, b, *hunks, static_cast<size_t>(&h - hunks->data()))) {
      return "number";
    }
  }
  return nullptr;
}

// Whether a reuse edge joins the two documents (either way).
bool Linked(const ProvenanceIndex& copies, const std::string& a, const std::string& b) {
  const std::vector<std::string>& of_a = copies.Sources(a);
  const std::vector<std::string>& of_b = copies.Sources(b);
  return std::find(of_a.begin(), of_a.end(), b) != of_a.end() ||
         std::find(of_b.begin(), of_b.end(), a) != of_b.end();
}

// A rule's value for the other side of the pair: "negated-predicate: pass / not pass" becomes
// "negated-predicate: not pass / pass", so that each claim names its own words first.
std::string OwnSideFirst(const std::string& value) {
  const size_t colon = value.find(": "), slash = value.find(" / ");
  if (colon == std::string::npos || slash == std::string::npos || slash < colon) return value;
  return value.substr(0, colon + 2) + value.substr(slash + 3) + " / " +
         value.substr(colon + 2, slash - colon - 2);
}

template <typename Side>
std::vector<Claim> MergeSides(const StoryInput& story, const ProvenanceIndex* copies,
                              const std::vector<Side>& sides) {
  // One claim per sentence and rule, in order of first report: a sentence that four copies
  // carry, contradicted by one headline, is one claim of four documents, not four claims.
  std::map<std::pair<std::string_view, std::string_view>, size_t> group_of;
  std::vector<std::vector<const Side*>> groups;
  for (const Side& side : sides) {
    const auto [it, added] = group_of.try_emplace({side.text, side.value}, groups.size());
    if (added) groups.emplace_back();
    groups[it->second].push_back(&side);
  }
  std::vector<Claim> out;
  for (const std::vector<const Side*>& group : groups) {
    std::set<size_t> docs, against;
    std::vector<Statement> support;
    for (const Side* side : group) {
      if (docs.insert(side->doc).second) {
        support.push_back({&story.documents[side->doc]->id, side->begin, side->end});
      }
      against.insert(side->against);
    }
    for (size_t d : docs) against.erase(d);
    if (against.empty()) continue;
    Claim c;
    c.story = story.id;
    c.kind = "statement";
    c.text = group.front()->text;
    c.value = group.front()->value;
    for (size_t d : docs) c.documents.push_back(story.documents[d]->id);
    for (size_t d : against) c.contradicted_by.push_back(story.documents[d]->id);
    c.independent_sources = copies == nullptr ? static_cast<int>(docs.size())
                                              : CountIndependentSources(*copies, support);
    c.single_source = c.independent_sources == 1;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

std::vector<Claim> SentenceContradictions(const StoryInput& story,
                                          const std::vector<Claim>& fact_claims,
                                          const SentenceContradictionOptions& options,
                                          const ProvenanceIndex* copies) {
  std::vector<Claim> out;
  const size_t docs = std::min(story.documents.size(), options.max_documents);
  if (docs < 2) return out;
  // Document pairs the fact claims already show as contradicting.
  std::set<std::pair<std::string_view, std::string_view>> contradicting;
  for (const Claim& c : fact_claims) {
    for (const std::string& a : c.documents) {
      for (const std::string& b : c.contradicted_by) {
        contradicting.emplace(a, b);
        contradicting.emplace(b, a);
      }
    }
  }
  std::vector<std::vector<Sentence>> sentences(docs);
  std::unordered_map<std::string_view, std::vector<std::pair<int, int>>> postings;
  for (size_t d = 0; d < docs; ++d) {
    SplitSentences(story.documents[d]->text, options.max_sentences, &sentences[d]);
    for (size_t s = 0; s < sentences[d].size(); ++s) {
      for (const std::string& w : sentences[d][s].content) {
        postings[w].emplace_back(static_cast<int>(d), static_cast<int>(s));
      }
    }
  }
  // Lowercased texts, made when a document is first compared.
  std::vector<std::string> lower(docs);
  const auto lowered = [&](size_t d) -> const std::string& {
    if (lower[d].empty()) {
      lower[d] = AsciiLower(story.documents[d]->text);
    }
    return lower[d];
  };
  // Tokens per sentence, made when a sentence is first compared.
  std::vector<std::vector<std::vector<Token>>> tokens(docs);
  for (size_t d = 0; d < docs; ++d) tokens[d].resize(sentences[d].size());
  const auto tokens_of = [&](size_t d, size_t s) -> const std::vector<Token>& {
    std::vector<Token>& t = tokens[d][s];
    if (t.empty()) {
      const Sentence& sent = sentences[d][s];
      Tokenize(std::string_view(story.documents[d]->text).substr(sent.begin, sent.end - sent.begin),
               &t);
      ReadAsHeadline(&t);
    }
    return t;
  };
  std::vector<int> table;
  std::vector<Hunk> hunks;
  std::vector<size_t> per_pair(docs * docs, 0);
  size_t pairs = 0;
  // One side of a contradicting sentence pair: document `doc`'s sentence (bytes [begin, end) of
  // its text; SIZE_MAX for its headline) contradicted by document `against`.
  struct Side {
    size_t doc, against, begin, end;
    std::string text, value;
  };
  std::vector<Side> sides;
  const auto report = [&](size_t da, std::string text_a, size_t begin_a, size_t end_a, size_t db,
                          std::string text_b, size_t begin_b, size_t end_b,
                          const std::string& value) {
    ++pairs;
    sides.push_back({da, db, begin_a, end_a, std::move(text_a), value});
    sides.push_back({db, da, begin_b, end_b, std::move(text_b), OwnSideFirst(value)});
  };
  // Rival headlines (contradiction_headline.h), between any two documents of the story.
  std::vector<std::vector<Token>> titles(docs);
  for (size_t d = 0; d < docs; ++d) {
    Tokenize(story.documents[d]->title, &titles[d]);
    ReadAsHeadline(&titles[d]);
  }
  for (size_t da = 0; da < docs && pairs < options.max_claims_per_story; ++da) {
    for (size_t db = da + 1; db < docs && pairs < options.max_claims_per_story; ++db) {
      const Document& doc_a = *story.documents[da];
      const Document& doc_b = *story.documents[db];
      if (titles[da].empty() || titles[db].empty() || doc_a.id == doc_b.id ||
          UpdateNotDispute(doc_a, doc_b)) {
        continue;
      }
      const std::string swap =
          HeadlineSwap(HeadlineSide{&titles[da], doc_a.text, &lowered(da)},
                       HeadlineSide{&titles[db], doc_b.text, &lowered(db)}, &table, &hunks);
      if (swap.empty()) continue;
      ++per_pair[da * docs + db];
      report(da, doc_a.title, SIZE_MAX, SIZE_MAX, db, doc_b.title, SIZE_MAX, SIZE_MAX,
             "headline-swap: " + swap);
    }
  }
  std::unordered_map<uint64_t, int> shared;  // (doc, sentence) -> common content words
  std::vector<std::pair<double, int>> best(docs);
  // Per other document, the sentences that share the most of this one (rewrites).
  std::vector<std::array<std::pair<double, int>, kRewriteCandidates>> rewrites(docs);
  for (size_t da = 0; da < docs && pairs < options.max_claims_per_story; ++da) {
    const Document& doc_a = *story.documents[da];
    for (size_t sa = 0; sa < sentences[da].size(); ++sa) {
      const Sentence& a = sentences[da][sa];
      shared.clear();
      for (const std::string& w : a.content) {
        const auto it = postings.find(w);
        if (it == postings.end() || it->second.size() > kMaxPosting) continue;
        for (const auto& [d, s] : it->second) {
          if (static_cast<size_t>(d) <= da) continue;
          ++shared[(static_cast<uint64_t>(d) << 32) | static_cast<uint32_t>(s)];
        }
      }
      // Best aligned sentence per other document.
      std::fill(best.begin(), best.end(), std::make_pair(0.0, -1));
      for (auto& r : rewrites) r.fill(std::make_pair(0.0, -1));
      for (const auto& [key, common] : shared) {
        const size_t d = key >> 32, s = key & 0xffffffffu;
        const Sentence& b = sentences[d][s];
        const double j =
            static_cast<double>(common) / (a.content.size() + b.content.size() - common);
        if (j >= options.min_jaccard && j > best[d].first) best[d] = {j, static_cast<int>(s)};
        // A rewrite: most of the shorter sentence's content words in the other one (headlines,
        // the first sentences, need fewer).
        const bool headlines = sa == 0 && s == 0;
        const double overlap =
            static_cast<double>(common) / std::min(a.content.size(), b.content.size());
        if (common < (headlines ? 2 : kMinRewriteShared) || overlap < options.min_rewrite_overlap) {
          continue;
        }
        const double score = overlap + (headlines ? 1.0 : 0.0) + 0.01 * common;
        auto& slots = rewrites[d];
        if (score <= slots.back().first) continue;
        slots.back() = {score, static_cast<int>(s)};
        std::sort(slots.begin(), slots.end(), std::greater<>());
      }
      for (size_t db = da + 1; db < docs && pairs < options.max_claims_per_story; ++db) {
        if (per_pair[da * docs + db] >= options.max_claims_per_pair) continue;
        const Document& doc_b = *story.documents[db];
        // One outlet's two articles, or two articles published days apart, tell a story as it
        // moves ("the yen rose" on one day, "the yen declined" three weeks later; a bill's
        // chances in two weeks of a fight): updates, not rival versions (as for headlines).
        if (doc_a.id == doc_b.id || UpdateNotDispute(doc_a, doc_b)) continue;
        const bool linked = copies == nullptr || Linked(*copies, doc_a.id, doc_b.id);
        const bool numbers = contradicting.count({doc_a.id, doc_b.id}) == 0;
        const char* rule = nullptr;
        std::string why;
        int sb = best[db].second;
        if (sb >= 0) {
          rule = Contradiction(tokens_of(da, sa), tokens_of(db, sb), numbers,
                               DocumentPair{doc_a.text, doc_b.text, &lowered(da), &lowered(db)},
                               &table, &hunks);
          // "Shouldn't you feel that way?" asks; it does not deny "you should feel that way".
          if (rule != nullptr && std::string_view(rule) == "negation" &&
              (IsQuestion(doc_a.text, a) || IsQuestion(doc_b.text, sentences[db][sb]))) {
            rule = nullptr;
          }
        }
        for (size_t k = 0; rule == nullptr && k < kRewriteCandidates; ++k) {
          sb = rewrites[db][k].second;
          if (sb < 0) break;
          // Rewritten sentences only against a headline: between two body sentences these
          // rules found as many false contradictions on real news as fakes (bench/stories).
          if (sa != 0 && sb != 0) continue;
          rule = RewrittenContradiction(
              tokens_of(da, sa), tokens_of(db, sb), numbers,
              DocumentPair{doc_a.text, doc_b.text, &lowered(da), &lowered(db), sa == 0 && sb == 0,
                           sa == 0 || sb == 0},
              &why);
        }
        // Between independent reports only an antonym edit of one sentence ("profit rose 2%" /
        // "profit fell 2%") is trusted.
        if (rule == nullptr || (!linked && std::string_view(rule) != "antonym")) continue;
        // A sentence dated to another moment ("In 2016, ..." / "last year", "years ago") tells
        // what was, not a rival version of what is.
        if (TimeMarkers(tokens_of(da, sa)) != TimeMarkers(tokens_of(db, sb))) continue;
        ++per_pair[da * docs + db];
        const Sentence& b = sentences[db][sb];
        report(da, SentenceAround(doc_a.text, a.begin, a.begin, 300), a.begin, a.end, db,
               SentenceAround(doc_b.text, b.begin, b.begin, 300), b.begin, b.end,
               why.empty() ? std::string(rule) : std::string(rule) + ": " + why);
      }
    }
  }
  return MergeSides(story, copies, sides);
}

}  // namespace stemma::stories
