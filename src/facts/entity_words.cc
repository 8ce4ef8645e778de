// Word lists and word tests of the entity rules (see entity_words.h).
#include "facts/entity_words.h"

#include <string>

#include "facts/aliases.h"
#include "facts/tagger.h"
#include "facts/word_set.h"

namespace stemma::facts {
namespace {

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

}  // namespace

uint64_t WordInfo(std::string_view word) { return WordClusters::Default().FindAll(word); }

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

bool IsEventHead(std::string_view lower) {
  static const WordSet kWords = {
      "olympics",      "olympiad",   "festival", "games",  "cup",     "championship",
      "championships", "prize",      "award",    "awards", "rivalry", "challenge",
      "marathon",      "tournament", "war",      "chart",  "expo",    "grand-prix"};
  return kWords.Contains(lower);
}

bool IsAwardWord(std::string_view lower) {
  static const WordSet kWords = {"prize", "prizes", "laureate", "laureates", "medal", "trophy"};
  return kWords.Contains(lower);
}

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

bool IsConjunction(std::string_view lower) {
  static const WordSet kWords = {"but",   "and",     "when",  "if",        "as",     "after",
                                 "while", "so",      "then",  "since",     "once",   "until",
                                 "where", "because", "also",  "meanwhile", "though", "although",
                                 "yet",   "whether", "before"};
  return kWords.Contains(lower);
}

bool IsWeekday(std::string_view lower) {
  static const WordSet kWords = {"monday", "tuesday",  "wednesday", "thursday",
                                 "friday", "saturday", "sunday"};
  return kWords.Contains(lower);
}

bool IsWeekdayOrMonthPlural(std::string_view lower) {
  static const WordSet kWords = {"mondays", "tuesdays",  "wednesdays", "thursdays",
                                 "fridays", "saturdays", "sundays"};
  return kWords.Contains(lower);
}

bool IsCommonAbbreviation(std::string_view word) {
  static const WordSet kWords = {"KO",  "DJ",  "DJs", "EP",  "EPs", "LP",  "CD",  "CDs",
                                 "DVD", "VIP", "ID",  "TV",  "CEO", "CFO", "MVP", "DNA",
                                 "RNA", "GPS", "PC",  "USB", "PDF", "SUV", "ATM", "FAQ"};
  return kWords.Contains(word);
}

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

bool IsPlace(const TokenizedText& tt, size_t first, size_t last, bool wordnet_only) {
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

bool IsMilitaryUnit(std::string_view lower) {
  static const WordSet kWords = {"division", "wing",      "squadron", "group",    "regiment",
                                 "brigade",  "battalion", "corps",    "fleet",    "army",
                                 "infantry", "artillery", "cavalry",  "flotilla", "command"};
  return kWords.Contains(lower);
}

bool IsOrganisationCue(std::string_view lower) {
  static const WordSet kWords = {"band",      "bands",        "group",   "label",   "company",
                                 "firm",      "club",         "team",    "station", "network",
                                 "newspaper", "magazine",     "channel", "store",   "retailer",
                                 "airline",   "manufacturer", "party"};
  return kWords.Contains(lower);
}

bool IsOrganisationClassNoun(std::string_view lower) {
  // Not "publisher" (a person), "carrier" (a ship): these head descriptions of persons too.
  static const WordSet kWords = {"brand",        "chain",        "broadcaster",  "charity",
                                 "agency",       "orchestra",    "ensemble",     "choir",
                                 "quartet",      "trio",         "conglomerate", "subsidiary",
                                 "organisation", "organization", "association",  "federation",
                                 "society",      "league",       "union"};
  return IsOrganisationCue(lower) || kWords.Contains(lower);
}

bool IsRunOpener(std::string_view lower) {
  static const WordSet kWords = {
      "when",      "if",      "as",       "after",  "before", "while", "but",   "and",
      "so",        "then",    "former",   "now",    "since",  "once",  "until", "where",
      "meanwhile", "because", "also",     "under",  "at",     "in",    "for",   "with",
      "by",        "from",    "on",       "to",     "of",     "must",  "watch", "whether",
      "late",      "ex",      "although", "though", "a",      "an"};
  return kWords.Contains(lower);
}

bool IsPreposition(std::string_view lower) {
  static const WordSet kWords = {"of", "for",  "de", "in", "from", "by",   "at",
                                 "to", "with", "on", "as", "into", "over", "under"};
  return kWords.Contains(lower);
}

bool IsPhraseLink(std::string_view lower) {
  static const WordSet kWords = {"that",   "which", "who",    "whose",       "based",  "founded",
                                 "owned",  "run",   "backed", "known",       "called", "and",
                                 "formed", "set",   "led",    "representing"};
  return kWords.Contains(lower);
}

bool IsPlaceKindWord(std::string_view lower) {
  static const WordSet kWords = {"town",     "village",      "city",   "parish", "county",
                                 "district", "municipality", "hamlet", "suburb", "province",
                                 "region",   "island",       "prairie"};
  return kWords.Contains(lower);
}

bool IsNameConnector(std::string_view lower) {
  return lower == "of" || lower == "for" || lower == "de";
}

void Rename(const TokenizedText& tt, Mention* m) {
  std::string_view surface = tt.Span(m->first, m->last);
  m->canonical = CanonicalName(surface, &m->type);
}

}  // namespace stemma::facts
