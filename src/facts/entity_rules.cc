// Type rules on the NER tagger's mentions (see entity_rules.h). Each rule is one class of
// errors seen on wikigold's dev folds and checked on news text (bench/facts/README.md).
#include "facts/entity_rules.h"

#include <algorithm>
#include <array>
#include <functional>
#include <string>
#include <utility>

#include "facts/aliases.h"
#include "facts/entity_cues.h"
#include "facts/entity_words.h"
#include "facts/name_spans.h"
#include "facts/news_names.h"
#include "facts/tagger.h"
#include "facts/word_set.h"

namespace stemma::facts {
namespace {

// "Swedish-based", "Bush-appointed": a capitalised word whose last hyphenated part is lower case.
bool EndsInLowerCompound(std::string_view word) {
  size_t dash = word.rfind('-');
  return dash != std::string_view::npos && dash + 1 < word.size() && word[dash + 1] >= 'a' &&
         word[dash + 1] <= 'z';
}

bool IsWordToken(const TokenizedText& tt, size_t i) {
  return tt.tokens[i].kind == TokenKind::kWord;
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
  // "Crohn's disease", "Tarn's syndrome": a person's name in an illness.
  if (m.last + 1 < n && (tt.Lower(m.last) == "'s" || tt.Lower(m.last) == "\xE2\x80\x99s") &&
      (tt.Lower(m.last + 1) == "disease" || tt.Lower(m.last + 1) == "syndrome")) {
    return true;
  }
  // Days and weeks: "Good Friday", "Super Tuesday", "Holy Week" (not a person: "Ada Friday").
  if (len >= 2 && m.type != 'P' && (IsWeekday(last) || last == "week")) return true;
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

// `lower` is the last word of a person mention of two or more words ("Angela Merkel").
bool IsSurnameOfAFullName(const TokenizedText& tt, const std::vector<Mention>& ms,
                          std::string_view lower) {
  for (const Mention& m : ms) {
    if (m.type == 'P' && m.last >= m.first + 2 && tt.Lower(m.last - 1) == lower) return true;
  }
  return false;
}

std::string_view Surface(const TokenizedText& tt, const Mention& m) {
  return tt.Span(m.first, m.last);
}

bool IsSaintAbbreviation(std::string_view lower) {
  return lower == "st" || lower == "mt" || lower == "ft" || lower == "ste";
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

}  // namespace

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

void ApplyEntityTypeRules(const TokenizedText& tt, std::vector<Mention>* mentions,
                          std::vector<TypeCue>* cues) {
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
  ExtendOrganisationsOverConnectors(tt, &ms);
  // "Tarnford Harbour Board" tagged as the place "Tarnford" and the organisation "Harbour
  // Board", "Bowling Green" as "Bowling" and "Green": two names one space apart in the same
  // sentence are one name, of the second one's type.
  for (size_t k = 0; k + 1 < ms.size(); ++k) {
    Mention& m = ms[k];
    Mention& next = ms[k + 1];
    // Not a full personal name with another name ("Tarn Institute Ada Voss" in news), nor an
    // adjective compound ("Tarn-based Quill").
    if (next.first != m.last || m.last <= m.first || m.type == 'M' || next.type == 'M') {
      continue;
    }
    bool full_person = (m.type == 'P' && m.last - m.first >= 2) ||
                       (next.type == 'P' && next.last - next.first >= 2);
    bool lone_opening = m.last - m.first == 1 && tt.tokens[m.first].sentence_start;  // "When"
    if (full_person || lone_opening || EndsInLowerCompound(tt.Text(m.last - 1)) ||
        tt.tokens[next.first].sentence_start || aliases.Find(next.canonical) ||
        !tt.tokens[next.first].space_before ||
        tt.tokens[next.first].begin != tt.tokens[m.last - 1].end + 1 ||
        tt.text[tt.tokens[m.last - 1].end] != ' ') {
      continue;
    }
    next.first = m.first;
    m.last = 0;
    Rename(tt, &next);
  }
  std::vector<size_t> cued;  // mentions a context cue or a rule typed
  int surname_checks = 0;
  for (Mention& m : ms) {
    if (m.last <= m.first || aliases.Find(m.canonical)) continue;
    const bool misc = m.type == 'M';
    const char before_cues = m.type;
    if (!CutTrailingTitle(tt, &m) || !CutPartyMembers(tt, &m)) {
      m.last = 0;
      continue;
    }
    // A person's or place's web address ("Voss.House.gov", and the "House" inside it) is no
    // entity; an organisation's is its name (ExtendNameEdges).
    const bool in_address = m.first >= 2 && tt.Text(m.first - 1) == "." &&
                            tt.Adjacent(m.first - 1) && tt.Adjacent(m.first) &&
                            tt.tokens[m.first - 2].kind == TokenKind::kWord;
    if ((m.type != 'O' && DomainEnd(tt, m.last) > m.last) ||
        (in_address && DomainEnd(tt, m.first - 1) > m.first)) {
      m.last = 0;
      continue;
    }
    // "Photo: Ada Voss/Tarn Images": a photographer's credit names a person.
    if ((m.type == 'O' || m.type == 'L') && m.last - m.first >= 2 && m.last - m.first <= 3 &&
        IsCreditLabel(tt, m.first) && !IsOrganisationHead(tt.Lower(m.last - 1)) &&
        !IsPlace(tt, m.first, m.last, true)) {
      m.type = 'P';
      Rename(tt, &m);
    }
    // "But Transportation Command": a conjunction opening the sentence is no part of a name;
    // nor is an honour ("the All-Time Tarn University team").
    if (m.last - m.first >= 2 &&
        ((tt.tokens[m.first].sentence_start && IsConjunction(tt.Lower(m.first))) ||
         IsAllHonour(tt.Text(m.first)))) {
      ++m.first;
      if (!misc) Rename(tt, &m);
    }
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
    // Types only this mention ("parties like Tarnov's Unity": not Tarnov elsewhere).
    bool listed = false;
    if (m.type != 'O' && (InOrganisationList(tt, m) || BeforeOtherOrganisations(tt, m))) {
      m.type = 'O';
      listed = true;
    }
    // "Hecht's became Macy's in 2006": a one-word name with "'s" and no noun after it is a
    // shop or firm named after its founder, "'s" included.
    if (IsShopPossessive(tt, m) && !IsSurnameOfAFullName(tt, ms, tt.Lower(m.first))) {
      ++m.last;
      m.type = 'O';
      if (!misc) Rename(tt, &m);
    }
    // "the band Tarn Echo", "the label Quillmoor".
    bool cue = false;   // a context cue typed the name (even the type it had)
    bool weak = false;  // only by a class word before it ("the party Merkel leads")
    if (m.first > 0 && IsOrganisationCue(tt.Lower(m.first - 1))) {
      m.type = 'O';
      cue = weak = true;
    }
    // "Quillmoor, a stationery company", "Tarn Echo is an English band": a class word heads
    // the phrase after an article (within four words; not "a tea party favorite", "a
    // volunteer at the store").
    if (m.last + 2 < tt.tokens.size()) {
      size_t q = m.last;
      std::string_view link = tt.Lower(q);
      if (link == "," || link == "is" || link == "was" || link == "are" || link == "were") {
        ++q;
        std::string_view art = tt.Lower(q);
        if (art == "a" || art == "an") {
          // Not after a place: "the government in Tarnby, a group called ...". "Harlsby is a
          // village in ..." (a place kind word after "is a") makes a place.
          const bool place = IsPlace(tt, m.first, m.last, true);
          for (size_t e = q + 1; e < tt.tokens.size() && e <= q + 4; ++e) {
            if (!IsWordToken(tt, e) || IsPreposition(tt.Lower(e))) break;
            // Not "station": "X railway station was a railway station".
            const bool kind_of_place = link == "is" && IsPlaceKindWord(tt.Lower(e));
            if (tt.tokens[e].capitalized || tt.Lower(e) == "station" ||
                !(kind_of_place || (!place && IsOrganisationClassNoun(tt.Lower(e))))) {
              continue;
            }
            if (e + 1 == tt.tokens.size() || tt.tokens[e + 1].kind == TokenKind::kPunct ||
                IsPreposition(tt.Lower(e + 1)) || IsPhraseLink(tt.Lower(e + 1))) {
              m.type = kind_of_place ? 'L' : 'O';
              cue = true;
              weak = false;
            }
            break;
          }
        }
      }
    }
    // "the town of Harlsby", "the parish of Quenmoor".
    if (m.first >= 2 && tt.Lower(m.first - 1) == "of" && IsPlaceKindWord(tt.Lower(m.first - 2))) {
      m.type = 'L';
      cue = true;
      weak = false;
    }
    // "Tarn Echo was founded in 1990": persons are not founded.
    if ((m.type == 'P' || m.type == 'O') && m.last + 1 < tt.tokens.size() &&
        tt.Lower(m.last + 1) == "founded" &&
        (tt.Lower(m.last) == "was" || tt.Lower(m.last) == "were")) {
      m.type = 'O';
      cue = true;
      weak = false;
    }
    if (misc && m.type != 'M') Rename(tt, &m);  // FindEntities leaves MISC names unset
    // A class word before a surname is no evidence for the person's other mentions ("the party
    // Merkel leads" after "Angela Merkel"). At most 64 checks and 64 cued names (each costs
    // a pass over the mentions).
    bool propagate = cue || (m.type != before_cues && !listed);
    if (propagate && weak) {
      // Nor for a word the news or WordNet knows as a person's or place name ("Team Obama",
      // "station France Info"), a nationality, or after a capitalised class word ("Democratic
      // Party Cuban Americans" in a headline).
      const uint64_t info = WordInfo(tt.Text(m.first));
      propagate = !tt.tokens[m.first - 1].capitalized &&
                  (WordClusters::Gaz(static_cast<uint32_t>(info)) & 3) == 0 &&
                  !(WordClusters::WnSingle(info) & 1) && !IsPlace(tt, m.first, m.last, true) &&
                  !IsOriginWord(tt.Text(m.first));
    }
    if (propagate && weak && m.last - m.first == 1) {
      propagate = ++surname_checks <= 64 && !IsSurnameOfAFullName(tt, ms, tt.Lower(m.first));
    }
    if (propagate && cued.size() < 64) cued.push_back(static_cast<size_t>(&m - ms.data()));
  }
  // The same name elsewhere in the document takes the type a cue gave it ("the band Tarn
  // Echo ... Tarn Echo released"), whatever the tagger said there.
  for (size_t c : cued) {
    if (cues && ms[c].type != 'M') cues->push_back({Surface(tt, ms[c]), ms[c].type});
    for (Mention& m : ms) {
      if (m.last <= m.first || m.type == ms[c].type || Surface(tt, m) != Surface(tt, ms[c]) ||
          aliases.Find(m.canonical)) {
        continue;
      }
      m.type = ms[c].type;
      Rename(tt, &m);
    }
  }
  MarkOrganisationRuns(tt, &ms);
  // MISC mentions ('M') served only as evidence for the rules above.
  ms.erase(std::remove_if(ms.begin(), ms.end(),
                          [](const Mention& m) { return m.last <= m.first || m.type == 'M'; }),
           ms.end());
}

void ExtendNameEdges(const TokenizedText& tt, std::vector<Mention>* mentions) {
  const size_t n = tt.tokens.size();
  // "Raywick, Ky.": a state abbreviation after a place and a comma is a place, with its period.
  size_t added = 0;
  for (size_t k = 0, count = mentions->size(); k < count && added < 64; ++k) {
    const Mention& m = (*mentions)[k];
    size_t i = m.last + 1;
    if (m.type != 'L' || i + 1 >= n || tt.Text(m.last) != "," || !IsStateAbbreviation(tt.Text(i)) ||
        tt.Text(i + 1) != "." || !tt.Adjacent(i + 1) ||
        (k + 1 < count && (*mentions)[k + 1].first <= i)) {
      continue;
    }
    Mention state{i, i + 1, 'L', ""};
    state.canonical = CanonicalName(tt.Text(i), &state.type);
    mentions->push_back(std::move(state));
    ++added;
  }
  if (added) {
    std::sort(mentions->begin(), mentions->end(),
              [](const Mention& a, const Mention& b) { return a.first < b.first; });
  }
  for (Mention& m : *mentions) {
    if (m.last <= m.first) continue;
    // "Vox.com", "Tarnpost.co.uk": an organisation's web address is its name.
    if (m.type == 'O' && DomainEnd(tt, m.last) > m.last) {
      m.last = DomainEnd(tt, m.last);
      Rename(tt, &m);
      continue;
    }
    if (m.type == 'L' && m.last == m.first + 1 && m.last < n && tt.Text(m.last) == "." &&
        tt.Adjacent(m.last) && IsStateAbbreviation(tt.Text(m.first))) {
      ++m.last;
      continue;
    }
    // "Ada Voss Jr.": the period of a generational suffix (the canonical name stays without).
    if (m.type == 'P' && m.last < n && tt.Text(m.last) == "." && tt.Adjacent(m.last) &&
        (tt.Lower(m.last - 1) == "jr" || tt.Lower(m.last - 1) == "sr")) {
      ++m.last;
    }
    // "the 65th Air Division", "the 93d Tarn Volunteers": an ordinal right before an
    // organisation is part of its name; a plain number too before a military unit ("65 Air
    // Division").
    if (m.type != 'O' || m.first < 1 || !tt.tokens[m.first].space_before) continue;
    size_t number = m.first - 1;
    if (IsOrdinalSuffix(tt.Lower(number)) && number >= 1 && tt.Adjacent(number)) --number;
    if (tt.tokens[number].kind != TokenKind::kNumber ||
        (number + 1 == m.first &&
         (!IsMilitaryUnit(tt.Lower(m.last - 1)) || tt.Text(number).size() > 3))) {
      continue;
    }
    m.first = number;
    Rename(tt, &m);
  }
}

void TypeMentionsByMajority(const TokenizedText& tt, std::vector<Mention>* mentions,
                            const std::vector<TypeCue>* cues) {
  std::vector<Mention>& ms = *mentions;
  if (ms.size() < 2) return;
  // Mentions grouped by surface: sorted by (hash, surface), so no per-name allocation.
  std::vector<std::pair<uint64_t, uint32_t>> order;
  order.reserve(ms.size());
  for (size_t k = 0; k < ms.size(); ++k) {
    order.emplace_back(std::hash<std::string_view>()(Surface(tt, ms[k])), k);
  }
  std::sort(order.begin(), order.end(), [&](const auto& x, const auto& y) {
    if (x.first != y.first) return x.first < y.first;
    int c = Surface(tt, ms[x.second]).compare(Surface(tt, ms[y.second]));
    return c != 0 ? c < 0 : x.second < y.second;
  });
  auto slot = [](char type) { return type == 'P' ? 0 : type == 'O' ? 1 : 2; };
  for (size_t g = 0; g < order.size();) {
    std::string_view surface = Surface(tt, ms[order[g].second]);
    size_t end = g + 1;
    while (end < order.size() && order[end].first == order[g].first &&
           Surface(tt, ms[order[end].second]) == surface) {
      ++end;
    }
    std::array<uint32_t, 3> count = {0, 0, 0};  // P, O, L
    std::array<size_t, 3> first = {0, 0, 0};    // the earliest mention of each type
    for (size_t q = end; q-- > g;) {
      int t = slot(ms[order[q].second].type);
      ++count[t];
      first[t] = order[q].second;
    }
    int best = 0;
    for (int t = 1; t < 3; ++t) best = count[t] > count[best] ? t : best;
    bool strict = true;
    for (int t = 0; t < 3; ++t) strict = strict && (t == best || count[t] < count[best]);
    char cued = 0;
    for (const TypeCue& c : cues ? *cues : std::vector<TypeCue>()) {
      if (c.surface == surface) cued = c.type;
    }
    if (cued) {
      best = slot(cued);
      strict = true;
    }
    if (strict && count[best] < end - g) {
      Mention winner = ms[first[best]];
      if (cued && (count[best] == 0 || winner.type != cued)) {
        winner.type = cued;  // no mention of the cue's type left to take the name from
        winner.canonical = CanonicalName(surface, &winner.type);
      }
      for (size_t q = g; q < end; ++q) {
        Mention& m = ms[order[q].second];
        if (slot(m.type) == best) continue;
        m.type = winner.type;
        m.canonical = winner.canonical;
      }
    }
    g = end;
  }
}

}  // namespace stemma::facts
