// Type rules on the NER tagger's mentions (entity_rules.cc): what the tagger marks as a
// person or place but is no entity of those kinds (nationalities, events, religions, model
// codes), sports clubs named after their town, names split at "St." / "Mt." or into two
// mentions, organisations by a class word before them or a head word ending their run.
#pragma once

#include <string_view>
#include <vector>

#include "facts/facts_internal.h"

namespace stemma::facts {

// Last words that make a capitalised name an organisation ("Harbour Authority", "Fourth Air
// Force", "Houston Chronicle"); `lower` is ASCII-lower-cased.
bool IsOrganisationHead(std::string_view lower);

// Applies the rules to the tagger's mentions in place (drops, re-types, merges). News rules
// (news_names.h, bench/facts/NEWS_NER.md): abbreviated titles and the rank or party words
// before them end no name ("Army Gen.", "Ohio Democratic Gov."), party members are no entity
// ("House Democrats" -> "House"), organisations go on over "and"/"of"/"for" ("Food and Drug
// Administration"), web addresses of persons, sentence-opening conjunctions, illnesses,
// holidays and lone letters are dropped, photographers' credits ("Photo: Ada Voss/...") are
// persons. Mentions whose canonical name is in the alias table are left alone. Order is not
// required. Mentions of type 'M' (the tagger's MISC spans; canonical name may be empty) are
// evidence only: they are dropped unless a rule makes them an organisation or place.
// `cues` (may be null) receives the names a context cue typed ("the band X", "X was founded",
// "the town of X", "X, a company") with that type, for TypeMentionsByMajority.
struct TypeCue {
  std::string_view surface;
  char type;
};
void ApplyEntityTypeRules(const TokenizedText& tt, std::vector<Mention>* mentions,
                          std::vector<TypeCue>* cues = nullptr);

// Edges the tagger and the tokenizer cut off, on the final mentions: the period of "Jr." /
// "Sr." after a person's name, an ordinal before an organisation ("65th Air Division"), and a
// plain number before a military unit ("65 Air Division"); a US state abbreviation after a
// place and a comma is a place with its period ("Raywick, Ky."); an organisation's web
// address is its name ("Vox.com").
void ExtendNameEdges(const TokenizedText& tt, std::vector<Mention>* mentions);

// Document-level consistency of the final mentions: every mention of the same surface text
// takes the type most of them have (strict majority; ties stay), with that type's canonical
// name ("Tarn Echo" typed a person once and an organisation twice is an organisation).
// A name in `cues` takes the cue's type instead, wherever it occurs ("the town of Tarnby"
// types every "Tarnby" a place).
void TypeMentionsByMajority(const TokenizedText& tt, std::vector<Mention>* mentions,
                            const std::vector<TypeCue>* cues = nullptr);

}  // namespace stemma::facts
