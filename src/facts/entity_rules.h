// Type rules on the NER tagger's mentions (entity_rules.cc): what the tagger marks as a
// person or place but is no entity of those kinds (nationalities, events, religions, model
// codes), sports clubs named after their town, and names split at "St." / "Mt.".
#pragma once

#include <vector>

#include "facts/facts_internal.h"

namespace stemma::facts {

// Applies the rules to the tagger's mentions in place (drops, re-types, merges). Mentions
// whose canonical name is in the alias table are left alone. Order is not required.
void ApplyEntityTypeRules(const TokenizedText& tt, std::vector<Mention>* mentions);

}  // namespace stemma::facts
