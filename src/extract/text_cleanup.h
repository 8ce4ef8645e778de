// Plain-text and Markdown scrapes: strip boilerplate lines, pull metadata out of the header.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "stemma/document.h"

namespace stemma::extract {

struct CleanedText {
  std::string title;
  std::string byline;
  std::string published_raw;  // as written ("Date:2025-04-10 04:33:59", "January 24, 2024")
  std::string outlet;
  std::string republished_from;
  std::string url;          // a bare address on a header line (a scrape's source line)
  std::string author_bio;   // a bio box separated from the body, if any
  std::string text;         // paragraphs joined by "\n\n"
  std::string boilerplate;  // dropped link-list items (bounded), for the date-contradiction check
  std::vector<Flag> flags;
};

// Cleans a plain-text or Markdown scrape (Markdown syntax is stripped either way).
CleanedText CleanText(std::string_view content);

// Inline Markdown to text: links and images keep their text, emphasis marks go.
// Sets *link_only when the whole line was one link.
std::string StripMarkdownInline(std::string_view line, bool* link_only);

// Lower-cased word tokens (letters and digits) of `s`.
std::vector<std::string> Words(std::string_view s);

}  // namespace stemma::extract
