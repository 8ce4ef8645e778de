// Rival headlines: two headlines of one story that share their frame and fill one slot
// differently ("EU blocks Deutsche Boerse's takeover of the LSE" / "EU applauds Deutsche Boerse's
// takeover of the LSE"), where neither article uses the other's words for that slot anywhere.
// A counterfeit keeps the real headline and swaps its verdict; independent outlets that word the
// same event differently ("passes" / "approves") almost always use both words somewhere in their
// texts, and updates published days apart are left to the caller (UpdateNotDispute).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "stories/contradiction_tokens.h"

namespace stemma::stories {

// One headline and its document, as the rule reads them.
struct HeadlineSide {
  const std::vector<Token>* title;  // tokens of the headline (ReadAsHeadline applied)
  std::string_view text;            // the document's text
  const std::string* lower_text;    // the same, lowercased
};

// "blocks / applauds" (a's words / b's words) when the two headlines are rivals, else "".
// `table` and `hunks` are scratch space.
std::string HeadlineSwap(const HeadlineSide& a, const HeadlineSide& b, std::vector<int>* table,
                         std::vector<Hunk>* hunks);

}  // namespace stemma::stories
