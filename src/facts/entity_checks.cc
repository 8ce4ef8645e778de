// Checks on one NER mention for the type rules (see entity_checks.h): no entity, a club
// named after a place, organisation head words and runs.
#include "facts/entity_checks.h"

#include "facts/entity_cues.h"
#include "facts/entity_rules.h"
#include "facts/entity_words.h"
#include "facts/name_spans.h"
#include "facts/news_names.h"
#include "facts/tagger.h"
#include "facts/word_set.h"

namespace stemma::facts {

namespace {

bool IsHoliday(std::string_view lower) {
  static const WordSet kWords = {"easter",   "christmas", "thanksgiving", "passover",
                                 "hanukkah", "ramadan",   "halloween",    "diwali"};
  return kWords.Contains(lower);
}

}  // namespace

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
  // "Crohn's disease", "Tarn's syndrome": a person's name in an illness.
  if (m.last + 1 < n && IsPossessiveS(tt.Lower(m.last)) &&
      (tt.Lower(m.last + 1) == "disease" || tt.Lower(m.last + 1) == "syndrome")) {
    return true;
  }
  // "the 1983 Nobel Prize", "Seven Nobel laureates", "the Tarnov Peace Prize": a person's
  // name before an award word names the award (one capitalised word may come between).
  if (m.type == 'P' && m.last < n && IsWordToken(tt, m.last)) {
    size_t q = m.last;
    if (tt.tokens[q].capitalized && q + 1 < n && IsWordToken(tt, q + 1) &&
        tt.tokens[q + 1].capitalized && !IsAwardWord(tt.Lower(q))) {
      ++q;
    }
    if (IsAwardWord(tt.Lower(q))) return true;
  }
  // Days and weeks: "Good Friday", "Super Tuesday", "Holy Week" (not a person: "Ada Friday").
  if (len >= 2 && m.type != 'P' && (IsWeekday(last) || last == "week")) return true;
  // Holidays: "Easter", "Christmas Eve", "Thanksgiving Day" (not "Easter Island").
  if (IsHoliday(tt.Lower(m.first)) &&
      (len == 1 || (len == 2 && (last == "eve" || last == "day" || last == "weekend")))) {
    return true;
  }
  // Policies named after a politician: "Obamacare", "Tarnovcare" (not "Medicare", a noun).
  if (len == 1 && last.size() >= 8 && last.substr(last.size() - 4) == "care" &&
      !WordClusters::WnNoun(WordInfo(tt.Text(m.first))) && last != "medicare") {
    return true;
  }
  // One letter alone: "(R)", the "S" of "S&P".
  if (len == 1 && tt.Text(m.first).size() == 1 && !(m.last < n && tt.Text(m.last) == ".")) {
    return true;
  }
  // Honours: "All-American", "All-Star", "All-Conference" (a name after them is cut in
  // ApplyEntityTypeRules).
  if (len == 1 && IsAllHonour(tt.Text(m.first))) return true;
  if (len == 1) {
    // Religions and doctrines ("Catholicism"), weekdays in the plural.
    if (last.size() >= 6 && last.substr(last.size() - 3) == "ism") return true;
    if (IsWeekdayOrMonthPlural(last)) return true;
    if (IsCommonAbbreviation(tt.Text(m.first))) return true;
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

// "Tarnford Metropolitan Transit Authority" tagged as the place "Tarnford": a capitalised
// run (with "of", "for", "de" inside; not "and": "the Tarn Post and Ayle Herald") ending in an
// organisation head word, over one or more mentions that lie inside it, is one organisation.
// `ms` is sorted by first.
void MarkOrganisationRuns(const TokenizedText& tt, std::vector<Mention>* mentions) {
  std::vector<Mention>& ms = *mentions;
  const size_t n = tt.tokens.size();
  auto name_word = [&](size_t q) {
    return tt.tokens[q].capitalized && tt.tokens[q].kind == TokenKind::kWord;
  };
  size_t k = 0;  // first mention that may overlap the run
  for (size_t i = 0; i < n; ++i) {
    if (!name_word(i)) continue;
    size_t j = i + 1;
    while (j < n && !tt.tokens[j].sentence_start &&
           (name_word(j) || (IsNameConnector(tt.Lower(j)) && j + 1 < n && name_word(j + 1) &&
                             !tt.tokens[j + 1].sentence_start))) {
      ++j;
    }
    const size_t run_start = tt.Lower(i) == "the" ? i + 1 : i;
    const size_t run_end = j;
    i = j - 1;
    if (run_end < run_start + 2 || !IsOrganisationHead(tt.Lower(run_end - 1))) continue;
    // A conjunction, article or adjective compound opening the run is no part of the name
    // ("When", "Former", "An", "GOP-led"; but "Republican Party").
    size_t a = run_start;
    while (run_end >= a + 2 && (IsRunOpener(tt.Lower(a)) || EndsInLowerCompound(tt.Text(a)) ||
                                IsAllHonour(tt.Text(a)))) {
      ++a;
    }
    while (k < ms.size() && (ms[k].last <= ms[k].first || ms[k].last <= run_start)) ++k;
    size_t first_inside = ms.size();
    bool inside = true, exact = false;
    for (size_t q = k; q < ms.size() && ms[q].first < run_end; ++q) {
      if (ms[q].last <= ms[q].first || ms[q].last <= run_start) continue;
      inside = inside && ms[q].first >= run_start && ms[q].last <= run_end;
      // "Ada Voss of Tarn University": a person's affiliation, not one name.
      inside = inside && !(ms[q].type == 'P' && ms[q].last - ms[q].first >= 2 &&
                           ms[q].last < run_end && IsNameConnector(tt.Lower(ms[q].last)));
      exact = exact || (ms[q].first == a && ms[q].last == run_end && ms[q].type == 'O');
      if (first_inside == ms.size()) first_inside = q;
    }
    if (!inside || exact || first_inside == ms.size()) continue;
    for (size_t q = first_inside + 1; q < ms.size() && ms[q].first < run_end; ++q) ms[q].last = 0;
    ms[first_inside].first = a;
    ms[first_inside].last = run_end;
    ms[first_inside].type = 'O';
    Rename(tt, &ms[first_inside]);
  }
}

bool IsOrganisationHead(std::string_view lower) {
  static const WordSet kHeads = {
      "authority",   "agency",     "ministry",  "council",    "party",       "company",
      "corporation", "corp",       "inc",       "ltd",        "llc",         "plc",
      "university",  "college",    "committee", "commission", "association", "bank",
      "group",       "club",       "institute", "department", "police",      "army",
      "navy",        "league",     "union",     "board",      "parliament",  "senate",
      "assembly",    "foundation", "society",   "federation", "bureau",      "airlines",
      "airways",     "press",      "records",   "band",       "fc",          "organisation",
      "organization"};
  // Newspapers ("Houston Chronicle"), military units ("Fourth Air Force"), institutions.
  static const WordSet kMore = {
      "chronicle", "post",          "times",    "herald",   "tribune",     "gazette",
      "journal",   "statesman",     "examiner", "inquirer", "observer",    "courier",
      "telegraph", "star-telegram", "force",    "forces",   "division",    "wing",
      "brigade",   "regiment",      "fleet",    "corps",    "squadron",    "battalion",
      "hospital",  "laboratory",    "school",   "academy",  "institution", "associates"};
  // Ensembles, broadcasters, hotels, and firms named after a founder or a trade ("Tarn
  // Philharmonic Orchestra", "Ayle Radio", "Voss Design", "Orrel Motors").
  static const WordSet kFirms = {
      "orchestra",     "museum",   "radio",       "magazine",       "limited",
      "entertainment", "hotel",    "theatre",     "theater",        "design",
      "music",         "motors",   "brothers",    "industries",     "enterprises",
      "holdings",      "systems",  "electronics", "studios",        "productions",
      "publishing",    "pictures", "partners",    "communications", "technologies"};
  auto head = [&](std::string_view word) {
    return kHeads.Contains(word) || kMore.Contains(word) || kFirms.Contains(word);
  };
  if (head(lower)) return true;
  // "American-Statesman", "Tarn-Herald": the part after the last hyphen.
  const size_t dash = lower.rfind('-');
  return dash != std::string_view::npos && dash + 1 < lower.size() && head(lower.substr(dash + 1));
}

}  // namespace stemma::facts
