// Checks on one NER mention that the type rules (entity_rules.cc) share: no entity of the
// kinds we keep, a sports club named after its town, adjectives only, organisation runs.
#pragma once

#include <string_view>
#include <vector>

#include "facts/facts_internal.h"

namespace stemma::facts {

// "Swedish-based", "Bush-appointed": a capitalised word whose last hyphenated part is lower case.
inline bool EndsInLowerCompound(std::string_view word) {
  size_t dash = word.rfind('-');
  return dash != std::string_view::npos && dash + 1 < word.size() && word[dash + 1] >= 'a' &&
         word[dash + 1] <= 'z';
}

inline bool IsWordToken(const TokenizedText& tt, size_t i) {
  return tt.tokens[i].kind == TokenKind::kWord;
}

// True if the mention is no PER/ORG/LOC entity at all (wikigold: MISC or nothing).
bool IsNoEntity(const TokenizedText& tt, const Mention& m);

// Tokens [first, last) are only party, origin or compass words ("Republican state").
bool IsAdjectivesOnly(const TokenizedText& tt, size_t first, size_t last);

// "Rochester Jeffersons", "Tarnford Rovers": a place followed by a plural that is not itself
// part of a place name is a sports club.
bool IsClubNamedAfterPlace(const TokenizedText& tt, const Mention& m);

inline std::string_view Surface(const TokenizedText& tt, const Mention& m) {
  return tt.Span(m.first, m.last);
}

// A capitalised run ending in an organisation head word, over mentions inside it, is one
// organisation ("Tarnford Metropolitan Transit Authority"). `mentions` is sorted by first.
void MarkOrganisationRuns(const TokenizedText& tt, std::vector<Mention>* mentions);

}  // namespace stemma::facts
