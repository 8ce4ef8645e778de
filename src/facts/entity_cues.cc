// Organisation cues around a mention (entity_cues.h): shops named "X's", names listed after a
// plural class word, honours, and ordinals that refer back to a numbered unit.
#include "facts/entity_cues.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

#include "facts/entity_words.h"
#include "facts/tagger.h"
#include "facts/word_set.h"

namespace stemma::facts {
namespace {

// A plural class word of organisations ("bands", "companies", "labels").
bool IsOrganisationPlural(std::string_view lower) {
  static const WordSet kWords = {
      "bands",        "companies",    "labels",        "firms",        "clubs",    "teams",
      "stations",     "networks",     "newspapers",    "magazines",    "channels", "stores",
      "retailers",    "airlines",     "manufacturers", "parties",      "banks",    "brands",
      "broadcasters", "universities", "organisations", "organizations"};
  return kWords.Contains(lower);
}

}  // namespace

// "All-American", "All-Star", "All-Time": an honour or a ranking, no name.
bool IsAllHonour(std::string_view word) {
  return word.size() > 5 && (word.substr(0, 4) == "All-" || word.substr(0, 4) == "ALL-") &&
         word[4] >= 'A' && word[4] <= 'Z';
}

// A one-word person name followed by "'s" that owns no noun: a punctuation mark, a
// conjunction, preposition or verb follows ("Hecht's became", "Ivey's and"), or a shop word.
bool IsShopPossessive(const TokenizedText& tt, const Mention& m) {
  const size_t n = tt.tokens.size();
  if (m.type != 'P' || m.last != m.first + 1 || m.last + 1 >= n ||
      !IsPossessiveS(tt.Lower(m.last))) {
    return false;
  }
  // Not a WordNet person ("'s" after a person's name is mostly a possessive or "is").
  if (WordClusters::WnSingle(WordInfo(tt.Text(m.first))) & 1) return false;
  // No "is" / "has": contractions.
  static const WordSet kAfter = {"and",    "or",     "was",    "became", "in",     "at",
                                 "on",     "to",     "from",   "with",   "which",  "store",
                                 "stores", "opened", "closed", "chain",  "outlet", "branch"};
  const size_t q = m.last + 1;
  if (tt.tokens[q].kind == TokenKind::kPunct) {
    std::string_view p = tt.Text(q);
    return p == "," || p == "." || p == ";" || p == ")";
  }
  return tt.tokens[q].kind == TokenKind::kWord && !tt.tokens[q].capitalized &&
         kAfter.Contains(tt.Lower(q));
}

// "bands like Tarn Echo, The Quills and Ayle", "companies such as Quillmoor", "other labels,
// including Ayle": the name is in a list that a plural organisation class word introduces
// (at most 40 tokens of names, commas, "and", "or", "&" and "the" back to the cue).
bool InOrganisationList(const TokenizedText& tt, const Mention& m) {
  if (m.last < tt.tokens.size() && IsPossessiveS(tt.Lower(m.last))) {
    return false;  // the owner of a listed name
  }
  size_t q = m.first;
  const size_t stop = m.first > 40 ? m.first - 40 : 0;
  while (q > stop) {
    --q;
    std::string_view lower = tt.Lower(q);
    if ((tt.tokens[q].capitalized && tt.tokens[q].kind == TokenKind::kWord &&
         !tt.tokens[q].sentence_start) ||
        lower == "," || lower == "and" || lower == "or" || lower == "&" || lower == "the") {
      continue;
    }
    if (lower == "as" && q >= 2 && tt.Lower(q - 1) == "such") --q;
    if (q == 0 || !(lower == "like" || lower == "as" || lower == "including")) return false;
    return IsOrganisationPlural(tt.Lower(q - 1)) ||
           (q >= 2 && tt.Lower(q - 1) == "," && IsOrganisationPlural(tt.Lower(q - 2)));
  }
  return false;
}

// "Tarn Echo, The Quills and other bands", "Quillmoor and several other companies".
bool BeforeOtherOrganisations(const TokenizedText& tt, const Mention& m) {
  const size_t n = tt.tokens.size();
  for (size_t q = m.last; q < n && q < m.last + 40; ++q) {
    std::string_view lower = tt.Lower(q);
    if ((tt.tokens[q].capitalized && tt.tokens[q].kind == TokenKind::kWord &&
         !tt.tokens[q].sentence_start) ||
        lower == "," || lower == "and" || lower == "or" || lower == "&" || lower == "the") {
      continue;
    }
    if ((lower == "several" || lower == "many" || lower == "numerous" || lower == "various") &&
        q + 1 < n) {
      lower = tt.Lower(++q);
    }
    return lower == "other" && q + 1 < n && q > m.last && IsOrganisationPlural(tt.Lower(q + 1));
  }
  return false;
}

bool IsOrdinalSuffix(std::string_view lower) {
  return lower == "st" || lower == "nd" || lower == "rd" || lower == "th" || lower == "d";
}

void AddOrdinalReferences(const TokenizedText& tt, const Claimed& claimed,
                          std::vector<Mention>* mentions) {
  const size_t n = tt.tokens.size();
  // The ordinals (number token, adjacent suffix) opening organisation names; at most 8.
  std::array<std::pair<std::string_view, const Mention*>, 8> ordinals;
  size_t count = 0;
  for (const Mention& m : *mentions) {
    // Units only ("65th Air Division"; not "13th Amendment", "24th Congressional District").
    if (m.type != 'O' || m.last < m.first + 3 || count == ordinals.size() ||
        !IsMilitaryUnit(tt.Lower(m.last - 1)) || tt.tokens[m.first].kind != TokenKind::kNumber ||
        !tt.Adjacent(m.first + 1) || !IsOrdinalSuffix(tt.Lower(m.first + 1))) {
      continue;
    }
    ordinals[count++] = {tt.Span(m.first, m.first + 2), &m};
  }
  if (count == 0) return;
  std::vector<Mention> added;
  size_t k = 0;  // next mention at or after token i
  for (size_t i = 1; i + 1 < n; ++i) {
    while (k < mentions->size() && (*mentions)[k].last <= i) ++k;
    if (tt.tokens[i].kind != TokenKind::kNumber || tt.Lower(i - 1) != "the" || claimed[i] == 1 ||
        !tt.Adjacent(i + 1) || !IsOrdinalSuffix(tt.Lower(i + 1)) ||
        (k < mentions->size() && (*mentions)[k].first < i + 2)) {
      continue;
    }
    size_t last = i + 2;
    if (last < n && tt.tokens[last].capitalized && tt.tokens[last].kind == TokenKind::kWord) {
      continue;  // "the 139th Ayle Rifles" is a name of its own
    }
    if (last < n && IsMilitaryUnit(tt.Lower(last)) &&
        !(k < mentions->size() && (*mentions)[k].first <= last)) {
      ++last;  // "the 65th wing"
    }
    std::string_view ordinal = tt.Span(i, i + 2);
    for (size_t q = 0; q < count; ++q) {
      if (ordinals[q].first != ordinal) continue;
      Mention m{i, last, 'O', ""};
      m.canonical = CanonicalName(tt.Span(i, last), &m.type);
      added.push_back(std::move(m));
      break;
    }
    i = last - 1;
  }
  if (added.empty()) return;
  mentions->insert(mentions->end(), added.begin(), added.end());
  std::sort(mentions->begin(), mentions->end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

}  // namespace stemma::facts
