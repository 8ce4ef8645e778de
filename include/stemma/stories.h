// Stories, claims and independent corroboration.
#pragma once

#include <string>
#include <vector>

#include "stemma/document.h"
#include "stemma/facts.h"
#include "stemma/reuse.h"

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

StoryAnalysis BuildStories(const std::vector<Document>& documents, const ReuseResult& reuse,
                           const std::vector<Fact>& facts);

}  // namespace stemma
