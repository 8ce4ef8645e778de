// Tense of the clause around a bare weekday or month: does "Tuesday" name a coming day?
#pragma once

#include "facts/facts_internal.h"

namespace stemma::facts {

// True when the clause around the date at tokens [first, last) speaks of the future: the
// nearest tense marker before the date (or, with none, after it) is a future one ("will
// deliver ... on Tuesday", "is set for Thursday", "go to the polls in November", "On Friday,
// the board will ..."). False for past or unmarked clauses, where a news date is in the past.
// Looks at no more than 16 tokens on each side, inside the sentence; commas, semicolons,
// colons, dashes, brackets and quote marks end the clause.
bool IsFutureClause(const TokenizedText& tt, size_t first, size_t last);

}  // namespace stemma::facts
