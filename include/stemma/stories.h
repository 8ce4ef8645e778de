// Stories, claims and independent corroboration.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "stemma/document.h"
#include "stemma/facts.h"
#include "stemma/reuse.h"
#include "stemma/status.h"

namespace stemma {

struct TimelineEntry {
  std::string date;  // ISO 8601
  std::string event;
  std::vector<std::string> documents;
};

struct Story {
  std::string id;
  std::string title;
  std::string first_date;
  std::string last_date;
  std::vector<std::string> documents;
  std::vector<std::string> related_documents;  // refer to the story without being part of it
  std::vector<TimelineEntry> timeline;
  // "topic-N": stories about the same kind of event or the same people at other times (two
  // floods, two summits of one pair of leaders) share a topic; N is the lowest story number.
  std::string topic;
};

struct Claim {
  std::string id;
  std::string story;
  std::string kind;
  std::string text;
  std::string value;
  std::vector<std::string> documents;
  int independent_sources = 0;
  std::vector<std::string> contradicted_by;  // documents stating an incompatible value
  bool single_source = false;
};

struct StoryAnalysis {
  std::vector<Story> stories;
  std::vector<Claim> claims;
};

// Stories and claims over all `documents` in one go (ids "story-N", claims "claim-N-K").
StoryAnalysis BuildStories(const std::vector<Document>& documents, const ReuseResult& reuse,
                           const std::vector<Fact>& facts);

// Incremental stories: what changed since the state an earlier UpdateStories returned.
struct StoryUpdate {
  bool full = false;  // no usable state: `stories` and `claims` replace everything
  std::vector<Story> stories;               // new or changed stories, complete
  std::vector<std::string> removed;         // stories merged into others since the last state
  std::vector<std::string> claims_replaced; // stories whose claims `claims` replaces
  std::vector<Claim> claims;
  std::string state;  // opaque; pass it to the next UpdateStories
  size_t added_documents = 0;
  size_t stories_recomputed = 0;  // stories whose claims were recomputed
  size_t total_stories = 0;       // stories after the update
  // Wall seconds: loading the saved index, adding documents (with reuse), describing the
  // changed stories (facts, claims, timelines), saving the index.
  double load_seconds = 0, add_seconds = 0, describe_seconds = 0, save_seconds = 0;
  // Grouping every story into topics, on a full build only (an incremental update keeps the
  // stored topics and gives a new story its own).
  double topic_seconds = 0;
};

// Facts of the given documents, and stored stories by id (the caller's store).
using FactLoader = std::function<StatusOr<std::vector<Fact>>(const std::vector<std::string>&)>;
using StoryLoader = std::function<StatusOr<std::vector<Story>>(const std::vector<std::string>&)>;

// When an update is worth a full rebuild instead: profiles weighed on a small corpus drift, so
// a small index or a batch that is large next to it is rebuilt from scratch (exact, and cheap).
struct StoryUpdatePolicy {
  size_t min_indexed = 2000;         // fewer documents in the saved index: rebuild
  double max_added_fraction = 0.25;  // more added than this fraction of the index: rebuild
};

// `documents` is every document there is now; those not in `state` are added to the stories
// (joining old ones or opening new ones), reuse edges that touch them move copies next to their
// sources, and only stories that gained, lost or merged documents get new claims. An empty,
// foreign or damaged `state`, or one that names a document no longer present, means a full build.
StatusOr<StoryUpdate> UpdateStories(std::string_view state, const std::vector<Document>& documents,
                                    const ReuseResult& reuse, const FactLoader& load_facts,
                                    const StoryLoader& load_stories,
                                    const StoryUpdatePolicy& policy = {});

}  // namespace stemma
