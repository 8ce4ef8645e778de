// Cleaning of over-extended person/organisation mention spans (see name_spans.h).
#include "facts/name_spans.h"

#include <algorithm>
#include <string>
#include <utility>

#include "facts/aliases.h"
#include "facts/tagger.h"
#include "facts/word_set.h"

namespace stemma::facts {

bool IsTitleWord(std::string_view lower) {
  static const WordSet kTitles = {
      "president",    "mr",      "mrs",       "ms",         "dr",         "prof",
      "minister",     "senator", "sen",       "rep",        "gov",        "governor",
      "general",      "gen",     "chairman",  "leader",     "premier",    "king",
      "queen",        "prince",  "princess",  "pope",       "spokesman",  "spokeswoman",
      "spokesperson", "comrade", "secretary", "ambassador", "judge",      "justice",
      "mayor",        "sir",     "lady",      "lord",       "chancellor", "director",
      "commander",    "colonel", "col",       "lt",         "captain",    "capt",
      "sgt",          "supreme"};
  return kTitles.Contains(lower);
}

namespace {

// Lower-case words inside personal names: "Charles de Gaulle", "Adel al-Jubeir".
bool IsNameParticle(std::string_view lower) {
  static const WordSet kParticles = {
      "de",  "del", "della", "da",  "di",  "dos", "das",  "do",  "du",  "la",  "le",  "van",
      "von", "der", "den",   "ter", "ten", "bin", "bint", "ibn", "al",  "el",  "y",   "e",
      "ben", "abu", "st",    "mc",  "zu",  "af",  "ul",   "ud",  "dal", "dei", "des", "lo",
      "bt",  "ap",  "op",    "te",  "het", "vom", "zum",  "d",   "l",   "jr",  "sr"};
  size_t cut = lower.find_first_of("-'");
  if (cut == std::string_view::npos) cut = lower.find("\xE2\x80\x99");
  return kParticles.Contains(cut == std::string_view::npos ? lower : lower.substr(0, cut));
}

// Lower-case words inside organisation names: "Bank of England", "Stars and Stripes".
bool IsOrganisationConnector(std::string_view lower) {
  static const WordSet kWords = {
      "of", "for", "and", "the",  "on",  "in", "at", "to", "de", "du",  "des", "del", "la",
      "le", "van", "von", "der",  "y",   "et", "&",  "e",  "di", "da",  "das", "dos", "am",
      "an", "im",  "zu",  "pour", "sur", "en", "a",  "al", "el", "und", "für"};
  return kWords.Contains(lower) || IsNameParticle(lower);
}

// Capitalised, these never continue a personal name ("Paul Ends His", "Rubio Would").
bool IsPronounOrAuxiliary(std::string_view lower) {
  static const WordSet kWords = {
      "the",   "his",     "her",    "their", "its",   "our",   "your",   "he",    "she",    "they",
      "we",    "it",      "this",   "that",  "these", "those", "is",     "are",   "was",    "were",
      "could", "would",   "should", "has",   "have",  "had",   "does",   "did",   "for",    "from",
      "with",  "of",      "to",     "and",   "or",    "but",   "about",  "after", "before", "tells",
      "told",  "against", "into",   "than",  "why",   "how",   "what",   "when",  "where",  "who",
      "not",   "isn",     "wasn",   "didn",  "doesn", "hasn",  "wouldn", "aren",  "weren"};
  return kWords.Contains(lower);
}

// Function words that title-case lines capitalise ("Calls For", "Among Those Killed").
bool IsFunctionWord(std::string_view lower) {
  static const WordSet kWords = {
      "a",     "an",      "the",     "of",    "for",    "to",   "in",    "on",    "at",
      "by",    "with",    "from",    "and",   "or",     "but",  "nor",   "is",    "are",
      "was",   "were",    "be",      "been",  "his",    "her",  "their", "its",   "our",
      "my",    "your",    "he",      "she",   "they",   "we",   "it",    "this",  "that",
      "these", "those",   "as",      "after", "before", "over", "under", "about", "into",
      "among", "between", "against", "below", "above",  "not",  "no",    "how",   "why",
      "what",  "who",     "when",    "where", "will",   "can",  "could", "would", "should",
      "has",   "have",    "had",     "do",    "does",   "did",  "up",    "out",   "off",
      "than",  "just",    "more",    "most",  "new",    "says", "said",  "you",   "i",
      "me",    "him",     "them",    "us",    "if",     "so",   "all",   "via",   "amid"};
  return kWords.Contains(lower);
}

bool IsLetterWord(const TokenizedText& tt, size_t i) {
  if (tt.tokens[i].kind != TokenKind::kWord) return false;
  unsigned char c = static_cast<unsigned char>(tt.text[tt.tokens[i].begin]);
  return (c | 32) >= 'a' && (c | 32) <= 'z';
}

bool IsLowerWord(const TokenizedText& tt, size_t i) {
  return IsLetterWord(tt, i) && !tt.tokens[i].capitalized;
}

bool AllCaps(std::string_view w) {
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

// A dictionary word that is not also listed as a name or place word ("ends", "overcome").
bool IsDictionaryWord(std::string_view word) {
  uint8_t flags = NerTagger::Default().lexicon().Flags(word);
  return (flags & 2) && !(flags & 5);
}

// Whether tokens lie on title-case lines, worked out line by line on demand (a document asks
// about few of its lines).
class TitleLines {
 public:
  explicit TitleLines(const TokenizedText& tt) : tt_(tt) {}
  bool At(size_t i) {
    if (state_.empty()) state_.assign(tt_.tokens.size(), kUnknown);
    if (state_[i] == kUnknown) Resolve(i);
    return state_[i] == kTitle;
  }

 private:
  static constexpr uint8_t kUnknown = 0, kPlain = 1, kTitle = 2;
  bool NewLineBefore(size_t i) const {
    for (uint32_t b = tt_.tokens[i - 1].end; b < tt_.tokens[i].begin; ++b) {
      if (tt_.text[b] == '\n') return true;
    }
    return false;
  }
  bool Capitals(size_t k) const {
    return IsLetterWord(tt_, k) && tt_.Text(k).size() > 1 && AllCaps(tt_.Text(k));
  }
  void Resolve(size_t i) {
    const size_t n = tt_.tokens.size();
    size_t start = i, end = i + 1;
    while (start > 0 && !NewLineBefore(start)) --start;
    while (end < n && !NewLineBefore(end)) ++end;
    int words = 0, lower = 0, cap_function = 0, caps = 0;
    for (size_t k = start; k < end; ++k) {
      if (!IsLetterWord(tt_, k)) continue;
      ++words;
      if (!tt_.tokens[k].capitalized) {
        ++lower;
      } else {
        caps += Capitals(k);
        if (k > start && IsLetterWord(tt_, k - 1) && IsFunctionWord(tt_.Lower(k))) ++cap_function;
      }
    }
    bool title = words >= 3 && lower * 6 <= words && (cap_function > 0 || caps == words);
    std::fill(state_.begin() + static_cast<ptrdiff_t>(start),
              state_.begin() + static_cast<ptrdiff_t>(end), title ? kTitle : kPlain);
    if (title) return;
    // Runs of three or more words in capitals inside a line ("FRENCH PRESIDENT X SAYING:").
    size_t run = 0;
    for (size_t k = start; k <= end; ++k) {
      if (k < end && Capitals(k)) {
        ++run;
        continue;
      }
      if (run >= 3) {
        std::fill(state_.begin() + static_cast<ptrdiff_t>(k - run),
                  state_.begin() + static_cast<ptrdiff_t>(k), kTitle);
      }
      run = 0;
    }
  }
  const TokenizedText& tt_;
  std::vector<uint8_t> state_;
};

// The same words elsewhere in the text, starting a token that is not on a title-case line.
// `budget` bounds the searches per document (hostile text: thousands of title-case lines).
bool RecursOffTitleLines(const TokenizedText& tt, TitleLines* title, size_t first, size_t last,
                         int* budget) {
  std::string_view surface = tt.Span(first, last);
  size_t from = 0;
  for (int tries = 0; tries < 64 && *budget > 0; ++tries, --*budget) {
    size_t pos = tt.text.find(surface, from);
    if (pos == std::string_view::npos) return false;
    from = pos + 1;
    auto it = std::lower_bound(tt.tokens.begin(), tt.tokens.end(), pos,
                               [](const Token& t, size_t p) { return t.begin < p; });
    if (it == tt.tokens.end() || it->begin != pos) continue;
    if (!title->At(static_cast<size_t>(it - tt.tokens.begin()))) return true;
  }
  return false;
}

}  // namespace

std::vector<uint8_t> TitleCaseLines(const TokenizedText& tt) {
  TitleLines lines(tt);
  std::vector<uint8_t> title(tt.tokens.size(), 0);
  for (size_t i = 0; i < title.size(); ++i) title[i] = lines.At(i);
  return title;
}

// A one-letter mention glued to the letters and periods before it is the last letter of a
// dotted acronym ("the A.D.L." split as "A.D." + "L"), no name of its own.
bool InsideDottedAcronym(const TokenizedText& tt, const Mention& m) {
  if (m.last - m.first != 1 || m.first == 0) return false;
  const Token& t = tt.tokens[m.first];
  return !t.space_before && t.end - t.begin == 1 && tt.text[t.begin - 1] == '.';
}

// An initial at token k: a capital letter and its period ("J" "."), the period glued to it.
bool InitialAt(const TokenizedText& tt, size_t k) {
  std::string_view w = tt.Text(k);
  return w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z' && k + 1 < tt.tokens.size() &&
         tt.Text(k + 1) == "." && tt.Adjacent(k + 1);
}

// Initials just before a person's name belong to it ("W.J. Hennigan", "T. S. Eliot"): the
// tagger often starts the name at the surname. Initials glued together ("W.J.") form a run that
// starts after whitespace or at the text start; at most four; a run the alias table knows
// ("U.S.", "U.N.") is no initial. A mention that starts inside a run ("J. Hennigan" of "W.J.
// Hennigan") takes the whole run. Returns the new first token (`first` when there are none);
// tokens before `floor` stay out.
size_t InitialsBefore(const TokenizedText& tt, size_t first, size_t floor) {
  size_t f = first;
  bool inside = InitialAt(tt, first);  // the mention may start inside a run
  while (f > floor && (tt.tokens[f].space_before || std::exchange(inside, false))) {
    size_t k = f;
    while (k >= floor + 2 && InitialAt(tt, k - 2)) {
      k -= 2;
      if (k == 0 || tt.tokens[k].space_before) break;
    }
    if (k == f || (k > 0 && !tt.tokens[k].space_before)) break;  // none, or "A.D.L" glued on
    if ((first - k) / 2 > 4 || AliasTable::Default().Find(tt.Span(k, f)) != nullptr) break;
    f = k;
  }
  return f;
}

// "Tide's W.J. Hennigan" tagged as one name: initials after an inner possessive start a
// person's name (no organisation's or place's name goes on with initials after "'s"), and what
// is before the possessive is the owner's name. Returns the possessive's token, or 0.
size_t PossessiveBeforeInitials(const TokenizedText& tt, const Mention& m) {
  for (size_t k = m.first + 1; k + 3 < m.last; ++k) {
    if (IsPossessiveS(tt.Lower(k)) && tt.Adjacent(k) && InitialAt(tt, k + 1)) return k;
  }
  return 0;
}

void CleanNameSpans(const TokenizedText& tt, std::vector<Mention>* mentions) {
  TitleLines title(tt);
  int search_budget = 1024;
  std::vector<Mention> out;
  out.reserve(mentions->size());
  for (Mention& m : *mentions) {
    if (InsideDottedAcronym(tt, m)) continue;
    if (size_t k = PossessiveBeforeInitials(tt, m); k != 0) {
      Mention owner{m.first, k, m.type, ""};
      owner.canonical = CanonicalName(tt.Span(owner.first, owner.last), &owner.type);
      out.push_back(std::move(owner));
      m.first = k + 1;
      m.type = 'P';
      m.canonical = CanonicalName(tt.Span(m.first, m.last), &m.type);
    }
    if (m.type == 'P') {
      size_t floor = out.empty() ? 0 : out.back().last;
      size_t f = m.first >= floor ? InitialsBefore(tt, m.first, floor) : m.first;
      if (f != m.first) {
        m.first = f;
        m.canonical = CanonicalName(tt.Span(m.first, m.last), &m.type);
      }
    }
    if (m.last - m.first < 2 || m.type == 'L') {
      out.push_back(std::move(m));
      continue;
    }
    const bool person = m.type == 'P';
    size_t first = m.first, last = m.last;
    if (person) {
      // After an inner title, the name: "Connecticut Secretary of State Denise Merrill".
      for (size_t k = last - 1; k > first; --k) {
        if (!IsTitleWord(tt.Lower(k - 1))) continue;
        size_t f = k;
        if (tt.Lower(f) == "of" && f + 2 < last && tt.tokens[f + 1].capitalized) f += 2;
        if (f < last) first = f;
        break;
      }
    }
    for (size_t k = first + 1; k < last; ++k) {
      std::string_view lower = tt.Lower(k);
      bool stop = false;
      if (IsLowerWord(tt, k)) {
        stop = person ? !IsNameParticle(lower) : !IsOrganisationConnector(lower);
      } else if (person && tt.tokens[k].capitalized) {
        stop = IsPronounOrAuxiliary(lower);
      }
      if (stop) {
        last = k;
        break;
      }
    }
    // Titles, headlines and captions: capitals carry no evidence there.
    if (last - first >= 2 || (last - first == 1 && last < m.last)) {
      if (title.At(first) && !RecursOffTitleLines(tt, &title, first, last, &search_budget)) {
        // Organisation names are made of dictionary words ("Department of Housing").
        auto common = [&](size_t k) {
          if (!person) {
            return IsFunctionWord(tt.Lower(k)) && !IsOrganisationConnector(tt.Lower(k));
          }
          // An initial is no article ("John A. Corder" in a list of names).
          if (tt.Text(k).size() == 1 && k > first && k + 1 < last && tt.Text(k + 1) == "." &&
              tt.Adjacent(k + 1)) {
            return false;
          }
          return IsFunctionWord(tt.Lower(k)) || IsDictionaryWord(tt.Text(k));
        };
        while (first < last && common(first)) ++first;
        for (size_t k = first + 1; k < last; ++k) {
          if (common(k)) {
            last = k;
            break;
          }
        }
      }
    }
    // Repeated words: "Nancy Pelosi Nancy", "Colin Quinn Colin Quinn".
    if (person && last - first >= 3) {
      for (size_t k = first + 2; k < last; ++k) {
        if (!IsLetterWord(tt, k) || tt.Lower(k).size() < 2 || IsNameParticle(tt.Lower(k))) {
          continue;
        }
        bool seen = false;
        for (size_t j = first; j < k && !seen; ++j) seen = tt.Lower(j) == tt.Lower(k);
        if (seen) {
          last = k;
          break;
        }
      }
    } else if (!person && (last - first) % 2 == 0 && last - first >= 2) {
      size_t half = (last - first) / 2;
      bool doubled = true;
      for (size_t k = 0; doubled && k < half; ++k) {
        doubled = tt.Text(first + k) == tt.Text(first + half + k);
      }
      if (doubled) last = first + half;
    }
    // Nor does a name end in punctuation or a bare lower-case word ("GOP the"; but "al-Fassi").
    auto bare_lower = [&](size_t k) {
      return IsLowerWord(tt, k) && tt.Lower(k).find_first_of("-'\xE2") == std::string_view::npos;
    };
    while (last > first && (tt.tokens[last - 1].kind != TokenKind::kWord || bare_lower(last - 1))) {
      --last;
    }
    // Gazetteer phrases ("U.N.") are kept as they are.
    if ((first != m.first || last != m.last) &&
        AliasTable::Default().Find(tt.Span(m.first, m.last)) == nullptr) {
      if (first >= last || !tt.tokens[first].capitalized) continue;  // nothing name-like left
      m.first = first;
      m.last = last;
      m.canonical = CanonicalName(tt.Span(first, last), &m.type);
    }
    out.push_back(std::move(m));
  }
  *mentions = std::move(out);
}

bool IsNicknameBetween(const TokenizedText& tt, size_t a_last, size_t b_first) {
  auto quote = [&](size_t q) {
    std::string_view t = tt.Text(q);
    return t == "\"" || t == "\xE2\x80\x9C" || t == "\xE2\x80\x9D";
  };
  if (b_first < a_last + 3 || b_first > a_last + 4 || b_first > tt.tokens.size() ||
      !quote(a_last) || !quote(b_first - 1)) {
    return false;
  }
  for (size_t q = a_last + 1; q + 1 < b_first; ++q) {
    if (tt.tokens[q].kind != TokenKind::kWord || !tt.tokens[q].capitalized) return false;
  }
  return true;
}

}  // namespace stemma::facts
