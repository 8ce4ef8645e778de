// Main-text selection over a built page: container scoring, then block filtering.
#pragma once

#include <string>
#include <string_view>

#include "extract/page.h"

namespace stemma::extract {

// Returns the article text (paragraphs joined by "\n\n"); headings equal to `title` are dropped.
// Link blocks left out (related lists, teasers) go to *boilerplate when given (bounded).
// Mutates node totals and scores.
std::string SelectMainText(Page* page, std::string_view title, std::string* boilerplate = nullptr);

}  // namespace stemma::extract
