// BuildStories: one full story update (update.cc) over documents held in memory.
#include "stemma/stories.h"

#include <unordered_map>

#include "stories/stories_internal.h"

namespace stemma::stories {

StoryAnalysisDetail BuildStoriesDetailed(const std::vector<Document>& documents,
                                         const ReuseResult& reuse, const std::vector<Fact>& facts,
                                         const StoryOptions& options) {
  StoryAnalysisDetail detail;
  // Everything is in memory: the loaders hand out the given facts.
  std::unordered_map<std::string, std::vector<const Fact*>> facts_of;
  for (const Fact& f : facts) facts_of[f.document].push_back(&f);
  const FactLoader load_facts = [&](const std::vector<std::string>& ids) {
    std::vector<Fact> out;
    for (const std::string& id : ids) {
      auto it = facts_of.find(id);
      if (it == facts_of.end()) continue;
      for (const Fact* f : it->second) out.push_back(*f);
    }
    return StatusOr<std::vector<Fact>>(std::move(out));
  };
  const StoryLoader no_stories = [](const std::vector<std::string>&) {
    return StatusOr<std::vector<Story>>(std::vector<Story>{});
  };
  StoryIndex index(options.cluster, options.vector_terms);
  auto update = RunStoryUpdate(index, documents, reuse, load_facts, no_stories, options);
  if (!update.ok()) return detail;  // only a damaged state fails, and there is none here
  detail.analysis.stories = std::move(update->stories);
  detail.analysis.claims = std::move(update->claims);
  std::unordered_map<std::string, size_t> topic_index;
  for (const Story& story : detail.analysis.stories) {
    auto [it, inserted] = topic_index.try_emplace(story.topic, detail.topics.size());
    if (inserted) detail.topics.emplace_back();
    detail.topics[it->second].push_back(story.id);
  }
  return detail;
}

}  // namespace stemma::stories

namespace stemma {

StoryAnalysis BuildStories(const std::vector<Document>& documents, const ReuseResult& reuse,
                           const std::vector<Fact>& facts) {
  return stories::BuildStoriesDetailed(documents, reuse, facts, stories::StoryOptions{})
      .analysis;
}

}  // namespace stemma
