// Type rules on the NER tagger's mentions (see entity_rules.h). Each rule is one class of
// errors seen on wikigold's dev folds and checked on news text (bench/facts/README.md).
#include "facts/entity_rules.h"

#include <algorithm>
#include <string>

#include "facts/aliases.h"
#include "facts/name_spans.h"
#include "facts/tagger.h"
#include "facts/word_set.h"

namespace stemma::facts {
namespace {

constexpr uint32_t kWnLocation = 2;

uint64_t WordInfo(std::string_view word) { return WordClusters::Default().FindAll(word); }

bool EndsWith(std::string_view word, std::string_view end) {
  return word.size() > end.size() && word.substr(word.size() - end.size()) == end;
}

// "French", "Texan", "African" (WordNet: an adjective of a place, or a noun for a person
// ending like a demonym); also the plural ("Germans") and the last part of "Dutch-Australian".
// Words that are also personal names ("Norman", "Welsh") do not count.
bool IsOriginForm(std::string_view word) {
  uint64_t info = WordInfo(word);
  if (WordClusters::WnSingle(info) & 1) return false;
  if (WordClusters::WnOrigin(info)) return true;
  return (WordClusters::WnHead(info) & 1) && WordClusters::WnSingle(info) == 0 &&
         !(WordClusters::Gaz(static_cast<uint32_t>(info)) & 1) &&
         (EndsWith(word, "an") || EndsWith(word, "ese") || EndsWith(word, "ish") ||
          EndsWith(word, "i"));
}

bool IsOriginWordOrPlural(std::string_view word) {
  if (IsOriginForm(word)) return true;
  return word.size() > 4 && word.back() == 's' && word[word.size() - 2] != 's' &&
         IsOriginForm(word.substr(0, word.size() - 1));
}

bool IsOriginWord(std::string_view word) {
  size_t dash = word.find('-');
  if (dash != std::string_view::npos && dash > 0 && dash + 1 < word.size()) {
    size_t last_dash = word.rfind('-');
    return IsOriginWordOrPlural(word.substr(0, dash)) &&
           IsOriginWordOrPlural(word.substr(last_dash + 1));
  }
  return IsOriginWordOrPlural(word);
}

bool IsCompassWord(std::string_view lower) {
  static const WordSet kWords = {"north",     "south",     "east",      "west",        "northern",
                                 "southern",  "eastern",   "western",   "central",     "northeast",
                                 "northwest", "southeast", "southwest", "sub-saharan", "latin"};
  return kWords.Contains(lower);
}

// Last words of events and awards, which are neither places, persons nor organisations.
bool IsEventHead(std::string_view lower) {
  static const WordSet kWords = {
      "olympics",      "olympiad",   "festival", "games",  "cup",     "championship",
      "championships", "prize",      "award",    "awards", "rivalry", "challenge",
      "marathon",      "tournament", "war",      "chart",  "expo",    "grand-prix"};
  return kWords.Contains(lower);
}

// Plural last words of place names ("Cayman Islands", "Colorado Springs").
bool IsPluralPlaceWord(std::string_view lower) {
  static const WordSet kWords = {
      "islands",  "isles",     "states",   "mountains", "falls",    "heights",     "hills",
      "springs",  "lakes",     "keys",     "plains",    "emirates", "territories", "provinces",
      "woods",    "highlands", "lowlands", "downs",     "fields",   "gardens",     "sands",
      "alps",     "banks",     "rapids",   "narrows",   "flats",    "meadows",     "glades",
      "straits",  "rocks",     "cliffs",   "shoals",    "towers",   "docks",       "halls",
      "americas", "lands",     "waters",   "forks",     "oaks",     "pines",       "palms",
      "peaks",    "dunes"};
  return kWords.Contains(lower);
}

bool IsPartyWord(std::string_view lower) {
  return lower == "republican" || lower == "democrat" || lower == "democratic" ||
         lower == "republicans" || lower == "democrats";
}

bool IsWeekdayOrMonthPlural(std::string_view lower) {
  static const WordSet kWords = {"mondays", "tuesdays",  "wednesdays", "thursdays",
                                 "fridays", "saturdays", "sundays"};
  return kWords.Contains(lower);
}

bool IsWordToken(const TokenizedText& tt, size_t i) {
  return tt.tokens[i].kind == TokenKind::kWord;
}

// The last word of a name of two or more words is the people of the place the name's
// words would form: "New Yorkers" ("New York"), "South Carolinians" ("South Carolina").
bool IsPeopleOfPlace(const TokenizedText& tt, const Mention& m) {
  std::string_view word = tt.Text(m.last - 1);
  if (word.size() < 5 || word.back() != 's') return false;
  if (!tt.tokens[m.last - 2].capitalized || tt.Lower(m.last - 2) == "the" ||
      !(WordClusters::WnFirst(WordInfo(tt.Text(m.last - 2))) & kWnLocation)) {
    return false;
  }
  for (std::string_view suffix : {"ers", "ians", "ans", "ites"}) {
    if (!EndsWith(word, suffix)) continue;
    std::string stem(word.substr(0, word.size() - suffix.size()));
    for (std::string_view end : {"", "a", "o"}) {
      uint64_t info = WordInfo(stem + std::string(end));
      // Not a word that also starts place names ("Republicans": "Republic of ...").
      if ((WordClusters::WnLast(info) & kWnLocation) &&
          !((WordClusters::WnHead(info) | WordClusters::WnFirst(info)) & kWnLocation)) {
        return true;
      }
    }
  }
  return false;
}

// True if the mention is no PER/ORG/LOC entity at all (wikigold: MISC or nothing).
bool IsNoEntity(const TokenizedText& tt, const Mention& m) {
  const size_t n = tt.tokens.size();
  const size_t len = m.last - m.first;
  std::string_view last = tt.Lower(m.last - 1);
  // Events and awards: "Summer Olympics", "Reading Festival", "Battle of Tarnford".
  if (IsEventHead(last) && !(m.type == 'O' && last == "games")) return true;  // "Riot Games"
  if (len >= 3 && (tt.Lower(m.first) == "battle" || tt.Lower(m.first) == "siege") &&
      tt.Lower(m.first + 1) == "of") {
    return true;
  }
  if (len >= 2 && tt.Lower(m.first) == "operation" && tt.tokens[m.first + 1].capitalized) {
    return true;  // "Operation Desert Shield"
  }
  // Model codes: "F" of "F-16".
  if (len == 1 && tt.Text(m.first).size() == 1 && m.last < n && tt.Adjacent(m.last)) {
    std::string_view next = tt.Text(m.last);
    bool digit_next = m.last + 1 < n && tt.Adjacent(m.last + 1) && tt.Text(m.last + 1)[0] >= '0' &&
                      tt.Text(m.last + 1)[0] <= '9';
    if (next == "-" ? digit_next
                    : (next.size() > 1 && next[0] == '-' && next[1] >= '0' && next[1] <= '9')) {
      return true;
    }
  }
  if (len == 1) {
    // Religions and doctrines ("Catholicism"), weekdays in the plural.
    if (last.size() >= 6 && last.substr(last.size() - 3) == "ism") return true;
    if (IsWeekdayOrMonthPlural(last)) return true;
  }
  // "New Yorkers", "South Carolinians", "Puerto Ricans": the people of a place.
  if (len >= 2 && (m.type == 'L' || m.type == 'P' || m.type == 'O') && IsPeopleOfPlace(tt, m)) {
    return true;
  }
  // Nationalities and demonyms typed as places or persons: "West African", "Germans".
  // "the Caribbean" at the end of a phrase stays a place.
  if (m.type == 'P' || m.type == 'L') {
    bool all_origin = true;
    for (size_t q = m.first; q < m.last; ++q) {
      all_origin = all_origin && IsWordToken(tt, q) &&
                   (IsOriginWord(tt.Text(q)) || (q + 1 < m.last && IsCompassWord(tt.Lower(q))));
    }
    uint64_t last_info = WordInfo(tt.Text(m.last - 1));
    if (WordClusters::WnSingle(last_info) & kWnLocation) all_origin = false;  // "Pacific"
    bool last_origin =
        IsOriginWord(tt.Text(m.last - 1)) && !(WordClusters::WnSingle(last_info) & kWnLocation);
    if (all_origin || (m.type == 'L' && last_origin)) {
      bool the_before = m.first > 0 && tt.Lower(m.first - 1) == "the";
      bool noun_after = m.last < n && IsWordToken(tt, m.last) && !tt.tokens[m.last].capitalized;
      if (!the_before || noun_after) return true;
    }
  }
  return false;
}

// Tokens [first, last) name a place by themselves per WordNet ("Ohio", "New Jersey") or (one
// word, unless `wordnet_only`) the news place cues; compass words alone ("West") do not count.
bool IsPlace(const TokenizedText& tt, size_t first, size_t last, bool wordnet_only = false) {
  if (first >= last || !tt.tokens[first].capitalized || IsCompassWord(tt.Lower(first)) ||
      IsOriginWord(tt.Text(first)) || IsPartyWord(tt.Lower(first))) {
    return false;
  }
  for (size_t q = first + 1; q < last; ++q) {
    if (!tt.tokens[q].capitalized && tt.Lower(q) != "of") return false;
  }
  uint64_t info = WordInfo(tt.Text(first));
  uint32_t bits = last - first == 1 ? WordClusters::WnSingle(info) : WordClusters::WnFirst(info);
  bool place_cue = (WordClusters::Gaz(static_cast<uint32_t>(info)) & 2) != 0;
  return (bits & kWnLocation) || (last - first == 1 && place_cue && !wordnet_only);
}

// Tokens [first, last) are only party, origin or compass words ("Republican state").
bool IsAdjectivesOnly(const TokenizedText& tt, size_t first, size_t last) {
  for (size_t q = first; q < last; ++q) {
    std::string_view lower = tt.Lower(q);
    if (!IsPartyWord(lower) && !IsCompassWord(lower) && lower != "state" &&
        !IsOriginWord(tt.Text(q))) {
      return false;
    }
  }
  return first < last;
}

// "Rochester Jeffersons", "Tarnford Rovers": a place followed by a plural that is not itself
// part of a place name is a sports club.
bool IsClubNamedAfterPlace(const TokenizedText& tt, const Mention& m) {
  if (m.type != 'L' || m.last - m.first < 2) return false;
  std::string_view last = tt.Text(m.last - 1);
  std::string_view lower = tt.Lower(m.last - 1);
  if (!tt.tokens[m.last - 1].capitalized || last.size() < 4 || last.back() != 's' ||
      last[last.size() - 2] == 's' || last[last.size() - 2] == '\'' || IsPluralPlaceWord(lower)) {
    return false;
  }
  uint64_t info = WordInfo(last);
  if ((WordClusters::WnLast(info) | WordClusters::WnSingle(info)) & kWnLocation) return false;
  uint64_t singular = WordInfo(last.substr(0, last.size() - 1));
  if (WordClusters::WnHead(singular) & kWnLocation) return false;  // "Rivers", "Counties"
  if (IsOriginWord(last)) return false;                            // "The Somalis"
  // The words before it name a place on their own ("San" of "San Marcos" only in news cues).
  return IsPlace(tt, m.first, m.last - 1, /*wordnet_only=*/true);
}

// Organisation words that never end a personal name (unlike "Post", "Press", "Times").
bool IsInstitutionHead(std::string_view lower) {
  static const WordSet kHeads = {
      "authority",   "agency",      "ministry",     "council",      "party",       "company",
      "corporation", "corp",        "inc",          "ltd",          "llc",         "plc",
      "university",  "college",     "committee",    "commission",   "association", "club",
      "institute",   "department",  "league",       "foundation",   "federation",  "bureau",
      "airlines",    "airways",     "hospital",     "laboratory",   "academy",     "museum",
      "orchestra",   "institution", "organisation", "organization", "fc"};
  return kHeads.Contains(lower);
}

// Sets the canonical name (and the type an alias may give) after the span changed.
void Rename(const TokenizedText& tt, Mention* m) {
  std::string_view surface = tt.text.substr(tt.tokens[m->first].begin,
                                            tt.tokens[m->last - 1].end - tt.tokens[m->first].begin);
  m->canonical = CanonicalName(surface, &m->type);
}

bool IsSaintAbbreviation(std::string_view lower) {
  return lower == "st" || lower == "mt" || lower == "ft" || lower == "ste";
}

}  // namespace

void ApplyEntityTypeRules(const TokenizedText& tt, std::vector<Mention>* mentions) {
  const AliasTable& aliases = AliasTable::Default();
  std::vector<Mention>& ms = *mentions;
  std::sort(ms.begin(), ms.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
  // "Tarnford Laboratory" typed as a person.
  for (Mention& m : ms) {
    if (m.type == 'P' && m.last - m.first >= 2 && IsInstitutionHead(tt.Lower(m.last - 1)) &&
        !aliases.Find(m.canonical)) {
      m.type = 'O';
    }
  }
  // "St. Louis": the sentence splitter may end a sentence after "St.", so the tagger sees
  // "St" and "Louis" apart. Join a place or organisation after "St." with the abbreviation
  // (not a person: "St. Francis" would become the full name of every "Francis").
  for (size_t k = 0; k < ms.size(); ++k) {
    Mention& m = ms[k];
    size_t s = m.first;
    if (s < 2 || m.type == 'P' || tt.Text(s - 1) != "." || !tt.Adjacent(s - 1) ||
        !IsSaintAbbreviation(tt.Lower(s - 2)) || !tt.tokens[s - 2].capitalized) {
      continue;
    }
    if (k > 0 && ms[k - 1].last > s - 2) {
      if (ms[k - 1].first != s - 2 || ms[k - 1].last != s - 1) continue;
      ms[k - 1].last = 0;  // the lone "St": dropped below
    }
    m.first = s - 2;
    Rename(tt, &m);
  }
  // "Tarnford Harbour Board" tagged as the place "Tarnford" and the organisation "Harbour
  // Board": a place right before an organisation name (same sentence) is part of it.
  for (size_t k = 0; k + 1 < ms.size(); ++k) {
    Mention& m = ms[k];
    Mention& next = ms[k + 1];
    if (m.type != 'L' || next.type != 'O' || next.first != m.last || m.last <= m.first ||
        tt.tokens[next.first].sentence_start || aliases.Find(next.canonical)) {
      continue;
    }
    next.first = m.first;
    m.last = 0;
    Rename(tt, &next);
  }
  for (Mention& m : ms) {
    if (m.last <= m.first || aliases.Find(m.canonical)) continue;
    // "Tarnford Gov." / "Tarnford Republican": a title or party word after a place is not
    // part of it ("Rep. Ada Voss, Tarnford Republican"); a party word alone is no place.
    if ((m.type == 'L' || m.type == 'P') && m.last - m.first >= 2) {
      std::string_view last = tt.Lower(m.last - 1);
      if (IsTitleWord(last) && IsAdjectivesOnly(tt, m.first, m.last - 1)) {
        m.last = 0;  // "Democratic Rep.", "Republican state Sen.", "Saudi Ambassador"
        continue;
      }
      if ((IsTitleWord(last) || IsPartyWord(last)) && IsPlace(tt, m.first, m.last - 1)) {
        --m.last;
        m.type = 'L';
        Rename(tt, &m);
      }
    }
    if (IsNoEntity(tt, m)) {
      m.last = 0;
      continue;
    }
    if (IsClubNamedAfterPlace(tt, m)) m.type = 'O';
  }
  ms.erase(std::remove_if(ms.begin(), ms.end(), [](const Mention& m) { return m.last <= m.first; }),
           ms.end());
}

}  // namespace stemma::facts
