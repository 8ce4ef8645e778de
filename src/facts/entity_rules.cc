// Type rules on the NER tagger's mentions (see entity_rules.h). Each rule is one class of
// errors seen on wikigold's dev folds and checked on news text (bench/facts/README.md).
#include "facts/entity_rules.h"

#include <algorithm>
#include <string>

#include "facts/aliases.h"
#include "facts/entity_checks.h"
#include "facts/entity_cues.h"
#include "facts/entity_words.h"
#include "facts/name_spans.h"
#include "facts/news_names.h"
#include "facts/tagger.h"
#include "facts/word_set.h"

namespace stemma::facts {
namespace {

// `lower` is the last word of a person mention of two or more words ("Angela Merkel").
bool IsSurnameOfAFullName(const TokenizedText& tt, const std::vector<Mention>& ms,
                          std::string_view lower) {
  for (const Mention& m : ms) {
    if (m.type == 'P' && m.last >= m.first + 2 && tt.Lower(m.last - 1) == lower) return true;
  }
  return false;
}

// Last words of streets and waters ("Barrack Street", "Hancock Brook", "Clarence Dock").
bool IsStreetOrWaterHead(std::string_view lower) {
  return lower == "street" || lower == "road" || lower == "brook" || lower == "dock" ||
         lower == "docks" || lower == "hill" || lower == "river";
}

// "Wall Street", "Downing Street", "Fleet Street": streets that stand for an institution.
bool IsInstitutionStreet(std::string_view lower) {
  return lower == "wall" || lower == "downing" || lower == "fleet";
}

// Last words of places often named after a person ("Cal Voss Park"); not "hill", "brook",
// "lake" (surnames and given names: "Tom Vanden Brook").
bool IsPlaceNamedAfterPerson(std::string_view lower) {
  return lower == "park" || lower == "playfield" || lower == "playground" || lower == "oval" ||
         lower == "square" || lower == "street" || lower == "avenue" || lower == "road" ||
         lower == "bridge" || lower == "county" || lower == "district" || lower == "taluk" ||
         lower == "airport";
}

bool IsSaintAbbreviation(std::string_view lower) {
  return lower == "st" || lower == "mt" || lower == "ft" || lower == "ste";
}

}  // namespace

void ApplyEntityTypeRules(const TokenizedText& tt, std::vector<Mention>* mentions,
                          std::vector<TypeCue>* cues) {
  const AliasTable& aliases = AliasTable::Default();
  std::vector<Mention>& ms = *mentions;
  std::sort(ms.begin(), ms.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
  // "Tarnford Laboratory" typed as a person; "Ada Voss Playfield", "Quill Taluk" too (a
  // place named after a person, or an unknown place word before a place head).
  for (Mention& m : ms) {
    if (m.type != 'P' || m.last - m.first < 2) continue;
    std::string_view head = tt.Lower(m.last - 1);
    const bool institution = IsInstitutionHead(head);
    const bool place = tt.tokens[m.last - 1].capitalized && IsPlaceNamedAfterPerson(head);
    if ((institution || place) && !aliases.Find(m.canonical)) m.type = place ? 'L' : 'O';
  }
  // "B&SR", "Tarn&Co": capitals joined by an ampersand are no personal name.
  for (Mention& m : ms) {
    std::string_view text = m.type == 'P' && m.last > m.first ? Surface(tt, m) : "";
    if (text.find('&') != std::string_view::npos && text.find(' ') == std::string_view::npos) {
      m.last = 0;  // an organisation or a railway; wikigold types the latter places
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
  JoinPlaceAndInstitution(tt, &ms);
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
  // "Barrack Street", "Hancock Brook", "Clarence Dock", "Capitol Hill" typed organisations:
  // a street or a water's name is a place. Not a title with "The" ("The Hill", a newspaper),
  // a street that names an institution ("Wall Street", "Downing Street"), a person named
  // Hill ("Anita Hill", "AP Jessica Hill": the word before is a known given name) or a name with
  // "of" ("University of North Carolina-Chapel Hill").
  for (Mention& m : ms) {
    if (m.type != 'O' || m.last < m.first + 2 || !IsStreetOrWaterHead(tt.Lower(m.last - 1)) ||
        !tt.tokens[m.last - 1].capitalized || tt.Lower(m.last - 2) == "the" ||
        IsInstitutionStreet(tt.Lower(m.last - 2)) || aliases.Find(m.canonical)) {
      continue;
    }
    const uint64_t info = WordInfo(tt.Text(m.last - 2));
    bool of = false;
    for (size_t q = m.first; q < m.last; ++q) of = of || tt.Lower(q) == "of";
    const bool given_name = (WordClusters::Gaz(static_cast<uint32_t>(info)) & 1) ||
                            ((WordClusters::WnSingle(info) | WordClusters::WnFirst(info)) & 1);
    if (!of && !(given_name && tt.Lower(m.last - 1) == "hill")) {
      m.type = 'L';
      Rename(tt, &m);
    }
  }
  // MISC mentions ('M') served only as evidence for the rules above.
  ms.erase(std::remove_if(ms.begin(), ms.end(),
                          [](const Mention& m) { return m.last <= m.first || m.type == 'M'; }),
           ms.end());
}

}  // namespace stemma::facts
