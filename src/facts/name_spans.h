// Cleaning of person/organisation mention spans the tagger over-extends: words of title-case
// lines ("Paul Ends His"), lower-case words ("Clinton wasn", "Rokita of Indiana"), repeated
// names ("Nancy Pelosi Nancy").
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "facts/facts_internal.h"

namespace stemma::facts {

// Titles before a person's name ("president", "mr", "spokesman"); `lower` is lower-cased.
bool IsTitleWord(std::string_view lower);

// Per token: 1 when it lies on a title-case line (a headline, sub-heading or caption inside
// the text: at least three words, at most a quarter of them lower case, and a capitalised
// function word after the first word, or all in capitals). Such capitals say nothing.
std::vector<uint8_t> TitleCaseLines(const TokenizedText& tt);

// Shrinks (or drops) multi-word person/organisation mentions, re-deriving their canonical
// names; `mentions` sorted by position. Rules, in order:
//  - a person's name ends before a title inside it ("Czechoslovak President Klement
//    Gottwald" keeps what follows "President"; "Secretary of State X" keeps X);
//  - a person's name ends before a lower-case word that is not a name particle ("de", "al");
//    an organisation's before one that is not a connector ("of", "and");
//  - a person's name ends before a capitalised pronoun, auxiliary or preposition ("His");
//  - on a title-case line, unless the same words recur off such lines, leading function or
//    dictionary words are dropped and the name ends before the next one ("Paul Ends His");
//  - a person's name ends before a word it already contains ("Nancy Pelosi Nancy"); an
//    organisation written twice in a row is kept once.
void CleanNameSpans(const TokenizedText& tt, std::vector<Mention>* mentions);

// Tokens [a_last, b_first) are a nickname in quotes between two halves of a name: a quote
// mark, one or two capitalised words, a quote mark ('William Mailes " Cowboy " Cowley',
// "Lewis “Scooter” Libby").
bool IsNicknameBetween(const TokenizedText& tt, size_t a_last, size_t b_first);

}  // namespace stemma::facts
