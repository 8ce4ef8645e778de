// A deliberately simple fact scanner for evaluating stories before the facts stage is ready:
// numbers with the words after them, four-digit years, "Month D, YYYY" dates and capitalised
// name sequences. Not part of the library.
#pragma once

#include <vector>

#include "stemma/document.h"
#include "stemma/facts.h"

namespace stemma::stories_eval {

std::vector<Fact> FallbackFacts(const Document& document);

}  // namespace stemma::stories_eval
