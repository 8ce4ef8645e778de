// Organisation cues around a tagger mention, used by the type rules (entity_rules.cc) and
// FindEntities (entities.cc): NER round 7 in bench/facts/README.md.
#pragma once

#include <string_view>
#include <vector>

#include "facts/facts_internal.h"

namespace stemma::facts {

// "All-American", "All-Star", "All-Time": an honour or a ranking, no name.
bool IsAllHonour(std::string_view word);

// "Hecht's became Macy's in 2006": a one-word person mention followed by "'s" that owns no
// noun (a punctuation mark, "and", "or", "was", "became", a preposition, or a shop word like
// "store" follows) names a shop or firm; not a WordNet person, not before "is"/"has".
bool IsShopPossessive(const TokenizedText& tt, const Mention& m);

// "bands like Tarn Echo, The Quills and Ayle", "companies such as Quillmoor", "labels,
// including Ayle": the mention is in a list a plural organisation class word introduces (at
// most 40 tokens of names, commas, "and", "or", "&" and "the" back to the cue); not the owner
// of a listed name ("parties like Tarnov's Unity").
bool InOrganisationList(const TokenizedText& tt, const Mention& m);

// "Tarn Echo, The Quills and other bands", "Quillmoor and several other companies".
bool BeforeOtherOrganisations(const TokenizedText& tt, const Mention& m);

// "st", "nd", "rd", "th", "d" (lower case) after a number: "65th", "93d".
bool IsOrdinalSuffix(std::string_view lower);

// "the 65th Tarn Wing ... The 65th was sent north": an ordinal after "the" (and not before a
// capitalised word) names the unit of the document whose name starts with the same ordinal
// and ends in a military unit word (not "the 24th" after "24th Congressional District"); a
// lower-case unit word after it belongs to the name ("the 65th wing"). Tokens in `claimed`
// (dates) are skipped. Keeps `mentions` sorted by first token.
void AddOrdinalReferences(const TokenizedText& tt, const Claimed& claimed,
                          std::vector<Mention>* mentions);

}  // namespace stemma::facts
