// A claim denied in one sentence and stated in the other: "Her spokesman denied reports that
// the actress is pregnant" / "The actress is pregnant with twins".
#pragma once

#include <string>
#include <vector>

#include "stories/contradiction_tokens.h"

namespace stemma::stories {

// Whether `denial` denies, debunks or dismisses something (a cue such as "denied", "not true",
// "false") of which at least `min_shared` lowercase content words of the denied
// clause appear in `statement`, while `statement` has no negation and no cue of its own. `why`
// gets the cue and the shared words ("denies: baby miracle").
bool DeniedInOther(const std::vector<Token>& denial, const std::vector<Token>& statement,
                   std::string* why, size_t min_shared = 2);

}  // namespace stemma::stories
