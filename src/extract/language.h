// Language identification (ISO 639-1) via CLD2.
#pragma once

#include <string>
#include <string_view>

namespace stemma::extract {

// Returns "en", "de", ... or "" when the text is too short or unreliable.
std::string DetectLanguage(std::string_view text);

}  // namespace stemma::extract
