// BuildStories: profile documents, cluster them online, keep copies with their sources, then
// derive related documents, titles, date ranges, claims and timelines per story.
#include "stemma/stories.h"

#include <algorithm>
#include <deque>
#include <iterator>
#include <unordered_map>

#include "stories/claims.h"
#include "stories/corroboration.h"
#include "stories/sentence_contradictions.h"
#include "stories/similarity.h"
#include "stories/story_index.h"
#include "stories/stories_internal.h"
#include "stories/timeline.h"
#include "stories/topics.h"
#include "stories/weekdays.h"

namespace stemma::stories {
namespace {

std::string StoryTitle(const std::vector<Document>& documents, const std::vector<int>& members,
                       const std::vector<DocumentProfile>& profiles, const SparseVector& centroid,
                       const Vocabulary& vocabulary) {
  int central = members[0];
  double best = -1;
  for (int d : members) {
    const double sim = Dot(profiles[d].vector, centroid);
    if (sim > best) best = sim, central = d;
  }
  if (!documents[central].title.empty()) return documents[central].title;
  SparseVector top = centroid;
  std::sort(top.begin(), top.end(),
            [](const TermWeight& a, const TermWeight& b) { return a.weight > b.weight; });
  std::string title;
  int used = 0;
  for (const TermWeight& t : top) {
    const std::string& display = vocabulary.Display(t.term);
    if (display.empty() || (display[0] >= '0' && display[0] <= '9')) continue;
    if (!title.empty()) title += ", ";
    title += display;
    if (++used == 4) break;
  }
  return title;
}

// Keeps the best `limit` claims (most documents, contradicted first) in their original order.
void CapClaims(std::vector<Claim>* claims, size_t limit) {
  if (claims->size() <= limit) return;
  std::vector<size_t> order(claims->size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto rank = [&](size_t i) {
    const Claim& c = (*claims)[i];
    return c.documents.size() * 2 + (c.contradicted_by.empty() ? 0 : 1);
  };
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return rank(a) > rank(b); });
  order.resize(limit);
  std::sort(order.begin(), order.end());
  std::vector<Claim> kept;
  kept.reserve(limit);
  for (size_t i : order) kept.push_back(std::move((*claims)[i]));
  *claims = std::move(kept);
}

}  // namespace

StoryAnalysisDetail BuildStoriesDetailed(const std::vector<Document>& documents,
                                         const ReuseResult& reuse, const std::vector<Fact>& facts,
                                         const StoryOptions& options) {
  StoryAnalysisDetail detail;
  std::unordered_map<std::string, int> index_of;
  for (size_t i = 0; i < documents.size(); ++i) index_of.try_emplace(documents[i].id, i);
  std::vector<std::vector<const Fact*>> facts_of(documents.size());
  for (const Fact& f : facts) {
    auto it = index_of.find(f.document);
    if (it != index_of.end()) facts_of[it->second].push_back(&f);
  }
  StoryIndex index(options.cluster, options.vector_terms);
  index.Add(documents, facts);
  index.ApplyReuse(reuse);
  StoryClusterer& clusterer = index.clusterer();
  const Vocabulary& vocabulary = index.vocabulary();
  std::vector<DocumentProfile> profiles;  // views for the helpers below
  profiles.reserve(documents.size());
  for (size_t i = 0; i < documents.size(); ++i) profiles.push_back(index.Profile(i));
  const std::vector<std::vector<int>> groups = clusterer.Stories();
  std::vector<Story>& stories = detail.analysis.stories;
  std::unordered_map<int, int> output_of;  // clusterer story -> index in `stories`
  for (const std::vector<int>& members : groups) {
    const int internal = clusterer.StoryOf(members[0]);
    output_of[internal] = static_cast<int>(stories.size());
    Story story;
    story.id = "story-" + std::to_string(stories.size() + 1);
    story.title = StoryTitle(documents, members, profiles, clusterer.Centroid(internal), vocabulary);
    int first = kNoDay, last = kNoDay;
    for (int d : members) {
      story.documents.push_back(documents[d].id);
      const int day = profiles[d].anchor_day;
      if (day == kNoDay) continue;
      first = first == kNoDay ? day : std::min(first, day);
      last = last == kNoDay ? day : std::max(last, day);
    }
    story.first_date = FormatIsoDay(first);
    story.last_date = FormatIsoDay(last);
    stories.push_back(std::move(story));
  }
  // Related documents: strongly similar to a story's centroid, but placed elsewhere.
  std::vector<std::vector<std::pair<double, int>>> related(stories.size());
  for (size_t d = 0; d < documents.size(); ++d) {
    const int own = clusterer.StoryOf(static_cast<int>(d));
    // Related means about as close to the other story as to its own: a strong reference.
    const double own_sim = clusterer.Similarity(profiles[d], own, false);
    size_t taken = 0;
    for (int c : clusterer.Candidates(profiles[d].vector, 8)) {
      if (c == own || taken >= options.max_related_stories) continue;
      const double sim = clusterer.Similarity(profiles[d], c, false);
      auto out = output_of.find(c);
      if (sim < options.related_threshold || sim < 0.4 * own_sim || out == output_of.end()) {
        continue;
      }
      related[out->second].push_back({sim, static_cast<int>(d)});
      ++taken;
    }
  }
  for (size_t s = 0; s < stories.size(); ++s) {
    auto& r = related[s];
    std::sort(r.begin(), r.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    if (r.size() > options.max_related) r.resize(options.max_related);
    for (const auto& [sim, d] : r) stories[s].related_documents.push_back(documents[d].id);
  }
  if (options.claims) {
    const ProvenanceIndex provenance(reuse);
    int next_claim = 1;
    for (size_t s = 0; s < stories.size(); ++s) {
      StoryInput input;
      input.id = stories[s].id;
      // Undated members: weekdays resolved against the story's first date (see weekdays.h).
      const int story_day = ParseIsoDay(stories[s].first_date);
      std::deque<Fact> resolved;
      for (int d : groups[s]) {
        input.documents.push_back(&documents[d]);
        input.facts.push_back(facts_of[d]);
        for (Fact& f : ResolveWeekdays(documents[d], facts_of[d], story_day)) {
          resolved.push_back(std::move(f));
          input.facts.back().push_back(&resolved.back());
        }
        if (!resolved.empty()) {
          std::sort(input.facts.back().begin(), input.facts.back().end(),
                    [](const Fact* a, const Fact* b) { return a->begin < b->begin; });
        }
      }
      std::vector<Claim> claims = BuildStoryClaims(input, provenance);
      stories[s].timeline = BuildTimeline(claims, options.max_timeline);
      if (stories[s].first_date.empty() && !stories[s].timeline.empty()) {
        stories[s].first_date = stories[s].timeline.front().date;
        stories[s].last_date = stories[s].timeline.back().date;
      }
      // Sentences that say nearly the same thing with a flipped meaning (not in the timeline).
      std::vector<Claim> statements = SentenceContradictions(input, claims);
      claims.insert(claims.end(), std::make_move_iterator(statements.begin()),
                    std::make_move_iterator(statements.end()));
      CapClaims(&claims, groups[s].size() > 1 ? options.max_claims : options.max_claims_single);
      for (Claim& c : claims) {
        c.id = "claim-" + std::to_string(next_claim++);
        detail.analysis.claims.push_back(std::move(c));
      }
    }
  }
  if (options.topic_threshold > 0) {
    // Topics: keep merging the final stories, ignoring dates (same kind of event, any time).
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
      detail.topics[it->second].push_back(stories[s].id);
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
