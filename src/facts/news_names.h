// News-name rules (news_names.cc, bench/facts/NEWS_NER.md): names the tagger misses in news
// (legislatures, "House", "GOP", numbered roads; AddNewsNames, called by entities.cc) and the
// edges of news names (abbreviated titles, party members, organisations over "and"/"of"/"for",
// web addresses, photo credits) that the entity type rules (entity_rules.cc) apply.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "facts/facts_internal.h"

namespace stemma::facts {

// Names the tagger misses in news, added (or re-typed when the tagger found exactly that word
// as something else): legislatures ("the Senate", "Congress", "Parliament", not before "of"),
// "House" only as the chamber ("House Democrats", "the House floor", "won the House."), the
// party acronym "GOP" (organisations); numbered roads ("Interstate 35", "Route 9": places).
// Tokens with `taken` set (alias phrases) are left alone.
void AddNewsNames(const TokenizedText& tt, const std::vector<uint8_t>& taken,
                  std::vector<Mention>* mentions);

// US state abbreviations written with a period after a place ("Raywick, Ky.").
bool IsStateAbbreviation(std::string_view word);

// Where a web address going on at token `i` ends: past ".word" parts joined without spaces
// whose last is a top-level domain ("Vox" + ".com"); `i` when there is none.
size_t DomainEnd(const TokenizedText& tt, size_t i);

// Token `first` follows a picture credit label: "Photo: ", "toggle caption ".
bool IsCreditLabel(const TokenizedText& tt, size_t first);

// "Sen." / "Army Gen." / "Montana Democratic Gov." / "Marine Corps Commandant Gen.": an
// abbreviated title with its period ends no name, nor do the rank, title and party words
// before it; nor does "Majority" before "Leader" ("House Majority Leader"). The rest is an
// organisation if it ends in an organisation word, a place if WordNet says so. Returns false
// when nothing is left.
bool CutTrailingTitle(const TokenizedText& tt, Mention* m);

// "Democrats", "House Democrats", "Senate Republicans": a party's members are no entity; the
// chamber named before them is an organisation. Returns false when nothing is left.
bool CutPartyMembers(const TokenizedText& tt, Mention* m);

// "Food and [Drug Administration]", "Centers for [Disease Control]", "Bureau of [Prisons]",
// "[Tarn School of Law] and Diplomacy": an organisation's name goes on over "and" / "of" /
// "for" and a capitalised word no other mention holds. `ms` is sorted by first.
void ExtendOrganisationsOverConnectors(const TokenizedText& tt, std::vector<Mention>* mentions);

// "[U.S.] Bureau of Prisons", "[Tarn] Transport Command": a place the tagger split off the
// front of an institution's name, before untagged capitalised words that end in an
// organisation's head word (or an "of" head and its "of" phrase), starts that organisation.
// `ms` is sorted by first.
void JoinPlaceAndInstitution(const TokenizedText& tt, std::vector<Mention>* mentions);

}  // namespace stemma::facts
