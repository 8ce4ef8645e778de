// Tunable entry point behind BuildStories, for benchmarks and evaluation drivers.
#pragma once

#include <string>
#include <vector>

#include "stemma/stories.h"
#include "stories/cluster.h"
#include "stories/story_index.h"

namespace stemma::stories {

struct StoryOptions {
  ClusterOptions cluster;
  size_t vector_terms = 80;        // tf-idf terms kept per document
  double related_threshold = 0.3;  // raw cosine to list a document as related to a story
  size_t max_related = 10;         // per story
  size_t max_related_stories = 3;  // per document
  size_t max_claims = 300;         // per story with two or more documents
  size_t max_claims_single = 30;   // per one-document story
  size_t max_timeline = 40;        // entries per story
  bool claims = true;
  // Topics (full builds): stories whose members have this mean cosine with dates ignored, then
  // topics sharing event-type words (topics.h); <= 0 turns each off. Tuned on half of the ECB+
  // dev topics (bench/stories/README.md).
  double topic_threshold = 0.045;
  double topic_kind_threshold = 0.15;
};

struct StoryAnalysisDetail {
  StoryAnalysis analysis;
  std::vector<std::vector<std::string>> topics;  // story ids per topic, in order of appearance
};

StoryAnalysisDetail BuildStoriesDetailed(const std::vector<Document>& documents,
                                         const ReuseResult& reuse, const std::vector<Fact>& facts,
                                         const StoryOptions& options);

// Adds the documents `index` has not seen and describes the stories that changed (update.cc).
StatusOr<StoryUpdate> RunStoryUpdate(StoryIndex& index, const std::vector<Document>& documents,
                                     const ReuseResult& reuse, const FactLoader& load_facts,
                                     const StoryLoader& load_stories, const StoryOptions& options);

}  // namespace stemma::stories
