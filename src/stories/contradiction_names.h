// Name checks for the sentence contradiction rules (internal to src/stories): which tokens are
// names, and which two names are one name written two ways.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "stories/contradiction_tokens.h"

namespace stemma::stories::internal {

bool IsName(const Token& t);
bool SpellingVariant(std::string_view a, std::string_view b);
bool KnownAlias(std::string_view a, std::string_view b);
bool Acronym(const std::vector<Token>& tokens, size_t b, size_t e, std::string_view name);
bool IsHeadline(const std::vector<Token>& tokens);

}  // namespace stemma::stories::internal
