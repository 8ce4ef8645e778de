// News-name rules (see news_names.h). Each rule is one class of errors seen on news text
// (bench/facts/NEWS_NER.md).
#include "facts/news_names.h"

#include <algorithm>
#include <utility>

#include "facts/entity_rules.h"
#include "facts/entity_words.h"
#include "facts/name_spans.h"
#include "facts/tagger.h"
#include "facts/word_set.h"

namespace stemma::facts {
namespace {

// Abbreviated titles and ranks written with a period ("Sen.", "Gen.", "Adm."): the tagger takes
// them for a name on their own or at the end of the name before them ("Army Gen.").
bool IsTitleAbbreviation(std::string_view lower) {
  static const WordSet kWords = {"gov", "sen", "rep",  "gen",  "col", "lt",  "capt",
                                 "sgt", "adm", "maj",  "cmdr", "cpl", "pvt", "brig",
                                 "spc", "pfc", "gens", "sens", "reps"};
  return kWords.Contains(lower);
}

// Words that stand between a name and the title after it: "Marine Corps Commandant Gen.",
// "Montana Democratic Gov.", "Republican state Sen.", "House Majority Leader".
bool IsTitlePrefix(std::string_view lower) {
  static const WordSet kWords = {"commandant", "rear",      "vice",     "deputy",     "state",
                                 "chief",      "majority",  "minority", "lieutenant", "brigadier",
                                 "major",      "assistant", "acting",   "former",     "gop"};
  return kWords.Contains(lower) || IsTitleWord(lower) || IsPartyWord(lower);
}

// Legislatures named by one capitalised word ("the Senate", "Congress").
bool IsLegislature(std::string_view word) {
  return word == "Senate" || word == "Congress" || word == "Parliament";
}

// What may follow "House" when it is the lower chamber: "House Democrats", "House Majority
// Leader", "the House floor".
bool IsChamberContext(std::string_view lower) {
  static const WordSet kWords = {"democrats", "republicans", "majority", "minority",   "speaker",
                                 "floor",     "gop",         "leaders",  "leadership", "members",
                                 "lawmakers", "vote",        "passed"};
  return kWords.Contains(lower);
}

// Head words of an organisation that an "of"/"for" phrase names ("Bureau of Prisons",
// "Centers for Disease Control").
bool IsOfHead(std::string_view lower) {
  static const WordSet kWords = {
      "bureau",  "department",  "ministry",   "office",  "centers",    "center",
      "centre",  "centres",     "institute",  "school",  "council",    "board",
      "agency",  "commission",  "court",      "college", "university", "academy",
      "society", "association", "federation", "league",  "union",      "foundation"};
  return kWords.Contains(lower);
}

bool IsTopLevelDomain(std::string_view lower) {
  static const WordSet kWords = {"com", "org", "net", "gov",  "edu", "co", "uk", "io",
                                 "us",  "tv",  "mil", "info", "de",  "fr", "ca", "au"};
  return kWords.Contains(lower);
}

}  // namespace

bool IsStateAbbreviation(std::string_view word) {
  static const WordSet kWords = {"Ala",  "Ariz", "Ark",  "Calif", "Colo", "Conn", "Fla", "Ga",
                                 "Ill",  "Ind",  "Kan",  "Kans",  "Ky",   "La",   "Md",  "Mass",
                                 "Mich", "Minn", "Mont", "Neb",   "Nev",  "Okla", "Ore", "Pa",
                                 "Tenn", "Tex",  "Va",   "Vt",    "Wis",  "Wyo"};
  return kWords.Contains(word);
}

size_t DomainEnd(const TokenizedText& tt, size_t i) {
  const size_t n = tt.tokens.size();
  size_t j = i;
  while (j + 1 < n && j < i + 8 && tt.Text(j) == "." && tt.Adjacent(j) && tt.Adjacent(j + 1) &&
         tt.tokens[j + 1].kind == TokenKind::kWord) {
    j += 2;
  }
  while (j > i && !IsTopLevelDomain(tt.Text(j - 1))) j -= 2;  // "Tarn.Ayle.com.Next"
  return j;
}

bool IsCreditLabel(const TokenizedText& tt, size_t first) {
  if (first >= 1 && tt.Lower(first - 1) == "caption") return true;
  if (first < 2 || tt.Text(first - 1) != ":") return false;
  std::string_view label = tt.Lower(first - 2);
  return label == "photo" || label == "photos" || label == "photograph" || label == "credit" ||
         label == "image";
}

bool CutTrailingTitle(const TokenizedText& tt, Mention* m) {
  const size_t n = tt.tokens.size();
  size_t last = m->last;
  bool abbreviated = last < n && tt.Text(last) == "." && tt.Adjacent(last) &&
                     IsTitleAbbreviation(tt.Lower(last - 1));
  bool before_title = last < n && IsTitleWord(tt.Lower(last)) &&
                      (tt.Lower(last - 1) == "majority" || tt.Lower(last - 1) == "minority");
  if (!abbreviated && !before_title) return true;
  if (abbreviated) --last;
  while (last > m->first && IsTitlePrefix(tt.Lower(last - 1))) --last;
  if (last == m->first) return false;
  m->last = last;
  std::string_view word = tt.Text(last - 1);
  if (IsOrganisationHead(tt.Lower(last - 1)) || IsLegislature(word) || word == "House") {
    m->type = 'O';
  } else if (IsPlace(tt, m->first, last)) {
    m->type = 'L';
  }
  Rename(tt, m);
  return true;
}

bool CutPartyMembers(const TokenizedText& tt, Mention* m) {
  std::string_view last = tt.Lower(m->last - 1);
  if (last != "democrats" && last != "republicans" && last != "democrat" && last != "republican") {
    return true;
  }
  if (m->last - m->first == 1) return false;
  std::string_view chamber = tt.Text(m->first);
  if (m->last - m->first == 2 && (IsLegislature(chamber) || chamber == "House")) {
    --m->last;
    m->type = 'O';
    Rename(tt, m);
  }
  return true;
}

void ExtendOrganisationsOverConnectors(const TokenizedText& tt, std::vector<Mention>* mentions) {
  std::vector<Mention>& ms = *mentions;
  const size_t n = tt.tokens.size();
  // A capitalised word, not an acronym (a name of its own: "FBI and [Justice Department]").
  auto name_word = [&](size_t q) {
    std::string_view text = tt.Text(q);
    return tt.tokens[q].capitalized && tt.tokens[q].kind == TokenKind::kWord &&
           !IsRunOpener(tt.Lower(q)) && !IsTitleWord(tt.Lower(q)) &&
           std::any_of(text.begin() + 1, text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  size_t prev_end = 0;
  for (size_t k = 0; k < ms.size(); ++k) {
    Mention& m = ms[k];
    if (m.last <= m.first) continue;
    const size_t limit = prev_end;
    prev_end = std::max(prev_end, m.last);
    if (m.type != 'O') continue;
    bool changed = false;
    for (int step = 0; step < 3 && m.first >= limit + 2 && !tt.tokens[m.first].sentence_start &&
                       !tt.tokens[m.first - 1].sentence_start;
         ++step) {
      const size_t w = m.first - 2;
      std::string_view link = tt.Text(m.first - 1);
      if (!name_word(w)) break;
      bool ok = false;
      const bool conjunction = link == "and";
      if (conjunction) {
        // The word opens the name ("the Grain and ..."; not "New Deal and [Tarn Society]",
        // "Bureau of Inquiry and [Justice Department]"), and is no place or person's name
        // WordNet knows ("Tarnia and [Quill Corp]").
        std::string_view before = w > 0 ? tt.Lower(w - 1) : std::string_view();
        ok = m.last - m.first >= 2 && !IsPlace(tt, w, w + 1) &&
             !(WordClusters::WnSingle(WordInfo(tt.Text(w))) & 1) &&
             (w == 0 || before == "the" ||
              (!tt.tokens[w - 1].capitalized && !IsNameConnector(before) && before != "and" &&
               before != "&"));
      } else if (link == "of" || link == "for") {
        ok = IsOfHead(tt.Lower(w));
      }
      if (!ok) break;
      m.first = w;
      changed = true;
      if (conjunction) break;
    }
    // "[Tarn School of Law] and Diplomacy": after an "of" phrase, one more word, then no name.
    if (m.last >= m.first + 3 && m.last + 1 < n && tt.Text(m.last) == "and" &&
        IsNameConnector(tt.Lower(m.last - 2)) && name_word(m.last + 1) &&
        !tt.tokens[m.last + 1].sentence_start &&
        (m.last + 2 >= n || !tt.tokens[m.last + 2].capitalized) &&
        (k + 1 == ms.size() || ms[k + 1].first > m.last + 1)) {
      m.last += 2;
      prev_end = std::max(prev_end, m.last);
      changed = true;
    }
    if (changed) Rename(tt, &m);
  }
}

void JoinPlaceAndInstitution(const TokenizedText& tt, std::vector<Mention>* mentions) {
  std::vector<Mention>& ms = *mentions;
  const size_t n = tt.tokens.size();
  auto plain_capital = [&](size_t q) {
    return q < n && tt.tokens[q].capitalized && tt.tokens[q].kind == TokenKind::kWord &&
           !tt.tokens[q].sentence_start && tt.tokens[q].space_before && !IsTitleWord(tt.Lower(q)) &&
           !IsRunOpener(tt.Lower(q)) && !IsConjunction(tt.Lower(q)) && tt.Lower(q) != "the";
  };
  for (size_t k = 0; k < ms.size(); ++k) {
    Mention& m = ms[k];
    if (m.type != 'L' || m.last <= m.first) continue;
    const size_t limit = k + 1 < ms.size() ? ms[k + 1].first : n;  // untagged words only
    size_t end = 0;
    for (size_t q = m.last; q < limit && q < m.last + 4 && plain_capital(q); ++q) {
      std::string_view lower = tt.Lower(q);
      if (IsOrganisationHead(lower) || IsMilitaryUnit(lower)) end = q + 1;
      if (IsOfHead(lower) && q + 2 < limit && tt.Text(q + 1) == "of" && plain_capital(q + 2)) {
        end = q + 3;  // "Bureau of Prisons"
        while (end < limit && end < q + 5 && plain_capital(end)) ++end;
        break;
      }
    }
    if (end == 0) continue;
    m.last = end;
    m.type = 'O';
    Rename(tt, &m);
  }
}

void AddNewsNames(const TokenizedText& tt, const std::vector<uint8_t>& taken,
                  std::vector<Mention>* mentions) {
  const size_t n = tt.tokens.size();
  for (size_t i = 0; i < n; ++i) {
    std::string_view word = tt.Text(i);
    // Cheap first test: the words below start with C to S, or are "USA".
    if (word.size() < 3 || word[0] < 'C' || (word[0] > 'S' && word != "USA")) continue;
    const bool house = word == "House";
    const bool road = (word == "Interstate" || word == "Highway" || word == "Route") && i + 1 < n &&
                      tt.tokens[i + 1].kind == TokenKind::kNumber && tt.Text(i + 1).size() <= 3;
    // The newspaper "USA TODAY" / "USA Today" (the tagger takes "USA" for the country).
    const bool usa_today =
        word == "USA" && i + 1 < n && (tt.Text(i + 1) == "TODAY" || tt.Text(i + 1) == "Today");
    if (!house && !road && !usa_today && !IsLegislature(word) && word != "GOP") {
      continue;
    }
    if ((taken[i] && !usa_today) || (i + 1 < n && tt.Lower(i + 1) == "of")) continue;
    if (house) {
      // The chamber: "House Democrats", "the House floor", "won the House."; not "White
      // House", "House Bill", "Tarn House".
      bool context = i + 1 < n && IsChamberContext(tt.Lower(i + 1));
      bool the_house =
          i > 0 && tt.Text(i - 1) == "the" && (i + 1 == n || !tt.tokens[i + 1].capitalized);
      if (!context && !the_house) continue;
      if (i > 0 && tt.tokens[i - 1].capitalized && !tt.tokens[i].sentence_start) continue;
    }
    const size_t end = road || usa_today ? i + 2 : i + 1;
    const char type = road ? 'L' : 'O';
    Mention* cover = nullptr;
    for (Mention& m : *mentions) {
      if (m.first < end && i < m.last) cover = &m;
    }
    if (cover && usa_today && cover->first == i && cover->last <= end) {
      cover->last = end;  // the tagger's "USA" place
      cover->type = 'O';
      cover->canonical = CanonicalName(tt.Span(i, end), &cover->type);
      continue;
    }
    if (cover) {
      // "Congress" typed a place: the legislature.
      if (cover->first == i && cover->last == end && cover->type != type) {
        cover->type = type;
        cover->canonical = CanonicalName(tt.Span(i, end), &cover->type);
      }
      continue;
    }
    Mention m{i, end, type, ""};
    m.canonical = CanonicalName(tt.Span(i, end), &m.type);
    mentions->push_back(std::move(m));
  }
}

}  // namespace stemma::facts
