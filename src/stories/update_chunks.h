// A story update with a chosen fact chunk (update.cc); RunStoryUpdate uses kFactChunk.
#pragma once

#include <cstddef>
#include <vector>

#include "stories/stories_internal.h"

namespace stemma::stories {

// RunStoryUpdate holding the facts of at most `fact_chunk` documents at once (or of the one
// story, when a single story has more members). The result does not depend on `fact_chunk`.
StatusOr<StoryUpdate> RunStoryUpdateInChunks(StoryIndex& index,
                                             const std::vector<Document>& documents,
                                             const ReuseResult& reuse,
                                             const FactLoader& load_facts,
                                             const StoryLoader& load_stories,
                                             const StoryOptions& options, size_t fact_chunk);

}  // namespace stemma::stories
