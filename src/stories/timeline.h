// Story timelines: dated events from the story's date claims, in date order.
#pragma once

#include <vector>

#include "stemma/stories.h"

namespace stemma::stories {

// Dated events (month or day precision) from `claims` of one story, ordered by date and then
// by support; at most `max_entries`, keeping the best supported ones.
std::vector<TimelineEntry> BuildTimeline(const std::vector<Claim>& claims, size_t max_entries);

}  // namespace stemma::stories
