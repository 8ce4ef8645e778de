// Topic grouping over finished stories by event-type wording: two stories about different
// events of one kind (two school shootings, two scoring records) share few names but many
// lowercase content words ("gunman", "points", "bullet"). Only used when topics are asked for.
#pragma once

#include <vector>

#include "stemma/document.h"
#include "stemma/stories.h"

namespace stemma::stories {

struct KindOptions {
  double threshold = 0.0;    // <= 0: off. Mean story-to-story cosine of kind vectors to merge
  size_t document_terms = 40;  // kind terms kept per document
  size_t index_terms = 12;     // heaviest story terms used to find candidate topics
  size_t max_postings = 200;   // index terms shared by more stories than this are skipped
};

// `stories`: document indexes per story; `topic_of`: an initial topic per story (e.g. from the
// name-aware merge), updated in place by merging topics whose stories share event-type wording
// (names, numbers and dates ignored), most similar first.
void MergeTopicsByKind(const std::vector<const Document*>& documents,
                       const std::vector<std::vector<int>>& stories, const KindOptions& options,
                       std::vector<int>* topic_of);

class StoryIndex;
struct StoryOptions;

// Sets `topic` on every story of a full build: stories whose members are similar on average
// with dates ignored (options.topic_threshold), then merged by event-type wording
// (options.topic_kind_threshold). `documents[i]` is the document behind index entry i. Merges
// the index's clusterer in place: call it after the index state is saved. Off (each story its
// own topic) when topic_threshold <= 0.
void AssignTopics(StoryIndex& index, const std::vector<const Document*>& documents,
                  const StoryOptions& options, std::vector<Story>* stories);

// "topic-N" for the topic whose lowest story is "story-N".
std::string TopicId(const std::string& story_id);

}  // namespace stemma::stories
