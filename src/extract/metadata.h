// HTML metadata: title, byline, date, outlet and canonical URL from meta tags, JSON-LD, markup.
#pragma once

#include <string>

#include "extract/page.h"

namespace stemma::extract {

struct HtmlMetadata {
  std::string title;
  std::string byline;
  std::string published;  // ISO 8601 or empty
  std::string outlet;
  std::string canonical_url;
};

HtmlMetadata ReadMetadata(const Page& page, const std::string& url);

// Removes a " | Outlet" / " - Outlet" suffix from a <title>; stores it in *outlet when empty.
std::string StripSiteSuffix(std::string title, std::string* outlet);

}  // namespace stemma::extract
