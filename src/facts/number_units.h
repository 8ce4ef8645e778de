// Units, currencies and scale words that follow or precede a number.
#pragma once

#include <string>
#include <string_view>

#include "facts/facts_internal.h"

namespace stemma::facts {

// Multiplier of a scale word ("million" -> 1e6, "bn" -> 1e9, "dozen" -> 12); 0 when none.
double ScaleOf(std::string_view lower);

// A currency before a number at token i ("$", "US$", "C $", "EUR"): returns the ISO code and
// sets *number_at to the number's token; nullptr when none.
const char* CurrencyPrefix(const TokenizedText& tt, size_t i, size_t* number_at);

// What follows a number ending before token `at`: percent, a currency word, a unit of measure,
// a temperature or an age. Sets *kind ("money"/"quantity"), *counts (ISO code, "percent",
// unit name, "C"/"F", "years old") and returns one past the suffix; `at` when none.
size_t UnitSuffix(const TokenizedText& tt, size_t at, std::string* kind, std::string* counts);

// Canonical unit or currency of one word ("mile" -> "Mile", "yen" -> "JPY"), or nullptr.
const char* UnitOrCurrencyWord(std::string_view lower, bool* is_currency);

}  // namespace stemma::facts
