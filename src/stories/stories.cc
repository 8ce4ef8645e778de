// BuildStories: one full story update (update.cc) over documents held in memory, plus topics.
#include "stemma/stories.h"

#include <unordered_map>

#include "stories/stories_internal.h"
#include "stories/topics.h"

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
  if (options.topic_threshold > 0) {
    // Topics: keep merging the final stories, ignoring dates (same kind of event, any time).
    StoryClusterer& clusterer = index.clusterer();
    std::vector<std::vector<int>> groups;
    for (const Story& story : detail.analysis.stories) {
      groups.emplace_back();
      for (const std::string& id : story.documents) groups.back().push_back(index.IndexOf(id));
    }
    clusterer.Merge(options.topic_threshold, /*average_link=*/true, /*use_time=*/false);
    std::unordered_map<int, int> root_topic;
    std::vector<int> topic_of(groups.size());
    for (size_t s = 0; s < groups.size(); ++s) {
      const int root = clusterer.StoryOf(groups[s][0]);
      topic_of[s] = root_topic.try_emplace(root, static_cast<int>(root_topic.size())).first->second;
    }
    // Then a looser pass over event-type wording (names ignored): same kind of event elsewhere.
    KindOptions kind;
    kind.threshold = options.topic_kind_threshold;
    MergeTopicsByKind(documents, groups, kind, &topic_of);
    std::unordered_map<int, size_t> output_topic;
    for (size_t s = 0; s < groups.size(); ++s) {
      auto [it, inserted] = output_topic.try_emplace(topic_of[s], detail.topics.size());
      if (inserted) detail.topics.emplace_back();
      detail.topics[it->second].push_back(detail.analysis.stories[s].id);
    }
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
