// Line predicates for text scrapes: what a boilerplate, metadata or author line looks like.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace stemma::extract {

bool StartsWithCi(std::string_view s, std::string_view lower_prefix);
std::string Lower(std::string_view s);
std::string Trim(std::string_view s, std::string_view chars = " \t\r\n");
size_t WordCount(std::string_view s);
// Ends like a sentence (. ! ? : or a closing quote), ignoring emphasis marks.
bool EndsSentence(std::string_view s);

// "veryGood! (9913)", "Likes (12)": a short label followed by a bare count.
bool IsCounter(std::string_view s);
// "---", "___", "* * *".
bool IsSeparator(std::string_view s);
// Copyright, disclaimer, membership, share/follow prompts, fair-use notices, taxonomy lines.
bool IsFooter(std::string_view s);
// "Related", "Ranking", "Most popular", ...: a heading that opens a list of links or teasers.
bool IsLinkListHeader(std::string_view line);
// "The original source of this article is X", "Originally published at X" -> X, else "".
std::string RepublishedFrom(std::string_view line);
// "Jane Q. Roe": two to four capitalised words and nothing else.
bool IsNameLine(std::string_view s);
// An author bio: "journalist", "reporter", "covers", "based in", ...
bool IsBio(std::string_view s);
// Removes photo-gallery controls run into the text ("Hide Caption 3 of 19 Photos:"); returns
// how many were removed.
size_t RemoveGalleryMarkers(std::string* text);
// Removes paragraphs of a video player's teasers ("JUST WATCHED <title> Replay More Videos ...
// MUST WATCH <title> 01:49"); returns how many were removed.
size_t RemoveVideoTeasers(std::string* text);
// Removes a site's name tooltips run into the text after a name: "Mitch McConnell Addison
// (Mitch) Mitchell McConnellSchumer: Trump's remarks ... backs impeachment inquiry MORE (R-Ky.)"
// becomes "Mitch McConnell (R-Ky.)" (the full name glued to the first of the related headlines,
// closed by "MORE"). Returns how many were removed.
size_t RemoveNameTooltips(std::string* text);

}  // namespace stemma::extract
