// Words and place tests shared by the entity type rules (entity_rules.cc) and the news-name
// rules (news_names.cc): word lists, WordNet and news-cue lookups, renaming a mention.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "facts/facts_internal.h"

namespace stemma::facts {

// The location class bit of WordClusters' WordNet classes (bit 1).
inline constexpr uint32_t kWnLocation = 2;

uint64_t WordInfo(std::string_view word);

bool IsOriginWord(std::string_view word);

bool IsCompassWord(std::string_view lower);

// Last words of events and awards, which are neither places, persons nor organisations.
bool IsEventHead(std::string_view lower);

// Words after a person's name that make it the name of an award ("Nobel Prize", "Tarnov
// laureate", "Ada Voss Medal").
bool IsAwardWord(std::string_view lower);

// Plural last words of place names ("Cayman Islands", "Colorado Springs").
bool IsPluralPlaceWord(std::string_view lower);

bool IsPartyWord(std::string_view lower);

// Conjunctions and adverbs that open a sentence ("But", "When", "Meanwhile").
bool IsConjunction(std::string_view lower);

bool IsWeekday(std::string_view lower);

bool IsWeekdayOrMonthPlural(std::string_view lower);

// Abbreviations of common nouns, typed as names when capitalised alone ("by KO", "a DJ").
bool IsCommonAbbreviation(std::string_view word);

// The last word of a name of two or more words is the people of the place the name's
// words would form: "New Yorkers" ("New York"), "South Carolinians" ("South Carolina").
bool IsPeopleOfPlace(const TokenizedText& tt, const Mention& m);

// Tokens [first, last) name a place by themselves per WordNet ("Ohio", "New Jersey") or (one
// word, unless `wordnet_only`) the news place cues; compass words alone ("West") do not count.
bool IsPlace(const TokenizedText& tt, size_t first, size_t last, bool wordnet_only = false);

// Organisation words that never end a personal name (unlike "Post", "Press", "Times").
bool IsInstitutionHead(std::string_view lower);

// Last words of military units named by a number ("65 Air Division").
bool IsMilitaryUnit(std::string_view lower);

// A word that precedes an organisation's name as its class: "the band Tarn Echo".
bool IsOrganisationCue(std::string_view lower);

// A noun that heads a description of an organisation after its name ("Quillmoor, a
// stationery brand", "Tarn Echo is a string quartet"): the cue words and more that also end
// organisation names ("Tarn Football Association Ada Voss"), so they are not read before one.
bool IsOrganisationClassNoun(std::string_view lower);

// Capitalised words that open a sentence or qualify a name without being part of it.
bool IsRunOpener(std::string_view lower);

bool IsPreposition(std::string_view lower);

// Words that may follow the head noun of a describing phrase: "a firm that", "a band
// founded in 1990", "a group representing".
bool IsPhraseLink(std::string_view lower);

// Kinds of places named after them with "of" ("the village of X").
bool IsPlaceKindWord(std::string_view lower);

bool IsNameConnector(std::string_view lower);

// Sets the canonical name (and the type an alias may give) after the span changed.
void Rename(const TokenizedText& tt, Mention* m);

}  // namespace stemma::facts
