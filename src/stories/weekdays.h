// Weekday mentions ("early Tuesday") in undated documents, resolved against their story's date.
//
// The facts stage resolves "on Tuesday" from a document's own published date; an undated report
// leaves it unresolved. Once the document sits in a story whose other members are dated, the
// weekday most likely means the latest such day on or before the story's first date.
#pragma once

#include <vector>

#include "stemma/document.h"
#include "stemma/facts.h"

namespace stemma::stories {

// Date facts (value "YYYY-MM-DD", counts "relative to the story date") for capitalised weekday
// names in `document` that no existing date fact covers. `story_day` is days since 1970-01-01;
// returns nothing for kNoDay or a dated document. At most `limit` facts.
std::vector<Fact> ResolveWeekdays(const Document& document, const std::vector<const Fact*>& facts,
                                  int story_day, size_t limit = 20);

}  // namespace stemma::stories
