#include "stories/timeline.h"

#include <algorithm>

#include "stories/similarity.h"

namespace stemma::stories {

std::vector<TimelineEntry> BuildTimeline(const std::vector<Claim>& claims, size_t max_entries) {
  std::vector<const Claim*> dated;
  for (const Claim& c : claims) {
    if (c.kind == "date" && c.value.size() >= 7 && ParseIsoDay(c.value) != kNoDay) {
      dated.push_back(&c);
    }
  }
  // Keep the best supported events when there are too many.
  std::stable_sort(dated.begin(), dated.end(), [](const Claim* a, const Claim* b) {
    return a->documents.size() > b->documents.size();
  });
  if (dated.size() > max_entries) dated.resize(max_entries);
  std::stable_sort(dated.begin(), dated.end(), [](const Claim* a, const Claim* b) {
    const std::string da = a->value.substr(0, 10), db = b->value.substr(0, 10);
    if (da != db) return da < db;
    return a->documents.size() > b->documents.size();
  });
  std::vector<TimelineEntry> timeline;
  timeline.reserve(dated.size());
  for (const Claim* c : dated) {
    TimelineEntry e;
    e.date = c->value.substr(0, std::min<size_t>(c->value.size(), 10));
    e.event = c->text;
    e.documents = c->documents;
    timeline.push_back(std::move(e));
  }
  return timeline;
}

}  // namespace stemma::stories
