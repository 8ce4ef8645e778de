// Spam and inconsistency signals: injected names, date contradictions, author-topic mismatch.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "stemma/document.h"

namespace stemma::extract {

// A "Firstname Lastname:" prefix in the title whose name is also spliced into words of the text
// ("on Charles Langstonthe meeting"): strips it from both and returns true.
bool RemoveInjectedName(std::string* title, std::string* text, std::vector<Flag>* flags);

// The page date (ISO) against the full dates in the page's own link lists (related links and
// teasers left out of `text`) and in `text`: flags a page dated long after everything it links
// to and says (by over a year), the sign of a re-dated scrape. Pages whose link lists name no date
// are not judged.
void CheckDateContradiction(std::string_view published, std::string_view text,
                            std::string_view boilerplate, std::vector<Flag>* flags);

// An author bio that names places/topics the article never mentions.
void CheckTopicMismatch(std::string_view byline, std::string_view bio, std::string_view text,
                        std::vector<Flag>* flags);

}  // namespace stemma::extract
