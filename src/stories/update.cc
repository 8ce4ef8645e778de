// One story update: add the documents the index has not seen, apply the reuse edges that touch
// them, then describe (title, dates, related documents, claims, timeline) only the stories whose
// membership changed. A full build is the same update over an empty index.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <deque>
#include <iterator>
#include <unordered_map>
#include <unordered_set>

#include "stemma/util.h"
#include "stories/claims.h"
#include "stories/corroboration.h"
#include "stories/fact_cache.h"
#include "stories/sentence_contradictions.h"
#include "stories/stories_internal.h"
#include "stories/timeline.h"
#include "stories/topics.h"
#include "stories/update_chunks.h"
#include "stories/weekdays.h"

namespace stemma::stories {
namespace {

constexpr int kOutlierDays = 366;

std::string StoryId(int internal) { return "story-" + std::to_string(internal + 1); }

std::string StoryTitle(const std::vector<const Document*>& members,
                       const std::vector<const DocumentProfile*>& profiles,
                       const SparseVector& centroid, const Vocabulary& vocabulary) {
  size_t central = 0;
  double best = -1;
  for (size_t i = 0; i < members.size(); ++i) {
    const double sim = Dot(profiles[i]->vector, centroid);
    if (sim > best) best = sim, central = i;
  }
  if (!members[central]->title.empty()) return members[central]->title;
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
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return rank(a) > rank(b); });
  order.resize(limit);
  std::sort(order.begin(), order.end());
  std::vector<Claim> kept;
  kept.reserve(limit);
  for (size_t i : order) kept.push_back(std::move((*claims)[i]));
  *claims = std::move(kept);
}

using FactList = std::vector<const Fact*>;

// What describing a story reads; all of it is read-only while stories are described.
struct StoryContext {
  const std::vector<const Document*>& doc_of;
  const StoryIndex& index;
  const FactCache& facts;
  const ProvenanceIndex& provenance;
  const StoryOptions& options;
};

// First and last of the members' anchor days. With three or more, days more than a year from
// the median are left out: an undated report anchored on a background date it mentions ("won
// the title on Dec. 30, 1990") would otherwise stretch the story, and weekdays of its undated
// members would resolve into that year.
std::pair<int, int> DateRange(std::vector<int> days) {
  if (days.empty()) return {kNoDay, kNoDay};
  std::sort(days.begin(), days.end());
  if (days.size() >= 3) {
    const int median = days[days.size() / 2];
    std::erase_if(days, [&](int d) { return std::abs(d - median) > kOutlierDays; });
  }
  return {days.front(), days.back()};
}

// An incremental update keeps the stored topics; a new story (one of `written` the store does
// not hold) joins the topic of the earlier story it is most like (name-aware average link,
// dates ignored, at least `threshold`), or starts its own. The event-type pass (topics.h) runs
// on full builds only. Fills `topic_of` with the inherited topic per new story.
Status InheritTopics(const StoryClusterer& clusterer, const std::vector<int>& written,
                     size_t old_slots, const std::unordered_map<std::string, Story>& stored,
                     const StoryLoader& load_stories, double threshold, size_t max_candidates,
                     std::unordered_map<int, std::string>* topic_of) {
  std::unordered_map<int, int> nearest;  // new story -> earlier story
  for (int s : written) {
    if (stored.count(StoryId(s))) continue;
    double best = threshold;
    for (int c : clusterer.Candidates(clusterer.Centroid(s), max_candidates)) {
      if (c == s || static_cast<size_t>(c) >= old_slots || !clusterer.Alive(c)) continue;
      const double sim = clusterer.AverageLink(s, c, /*use_time=*/false);
      if (sim >= best) best = sim, nearest[s] = c;
    }
  }
  std::vector<std::string> ids;
  for (const auto& [s, c] : nearest) {
    if (!stored.count(StoryId(c))) ids.push_back(StoryId(c));
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::unordered_map<std::string, std::string> loaded_topic;
  if (!ids.empty()) {
    auto loaded = load_stories(ids);
    if (!loaded.ok()) return loaded.status();
    for (const Story& st : *loaded) loaded_topic[st.id] = st.topic;
  }
  for (const auto& [s, c] : nearest) {
    auto it = stored.find(StoryId(c));
    const std::string& t = it != stored.end() ? it->second.topic : loaded_topic[StoryId(c)];
    if (!t.empty()) (*topic_of)[s] = t;
  }
  return Status::Ok();
}

// Title, dates, claims and timeline of the story holding `group` (internal document indexes).
void DescribeStory(const StoryContext& c, const std::vector<int>& group, Story* story,
                   std::vector<Claim>* out) {
  // Members by document id: claims must not depend on the order documents arrived in.
  std::vector<int> members = group;
  std::sort(members.begin(), members.end(),
            [&](int a, int b) { return c.doc_of[a]->id < c.doc_of[b]->id; });
  const StoryClusterer& clusterer = c.index.clusterer();
  const int internal = clusterer.StoryOf(members[0]);
  story->id = StoryId(internal);
  std::vector<const Document*> docs;
  std::vector<const DocumentProfile*> profiles;
  std::vector<int> days;
  for (int d : members) {
    docs.push_back(c.doc_of[d]);
    profiles.push_back(&c.index.Profile(d));
    story->documents.push_back(c.doc_of[d]->id);
    const int day = c.index.Profile(d).anchor_day;
    if (day != kNoDay) days.push_back(day);
  }
  const auto [first, last] = DateRange(std::move(days));
  story->title = StoryTitle(docs, profiles, clusterer.Centroid(internal), c.index.vocabulary());
  story->first_date = FormatIsoDay(first);
  story->last_date = FormatIsoDay(last);
  if (!c.options.claims) return;
  StoryInput input;
  input.id = story->id;
  // Undated members: weekdays resolved against the story's first date (see weekdays.h), when a
  // member's publication date vouches for it. A story of undated articles dates itself from
  // what they mention ("since 1976"), which gives no weekday its week.
  const bool published = std::any_of(docs.begin(), docs.end(), [](const Document* doc) {
    return ParseIsoDay(doc->published) != kNoDay;
  });
  std::deque<Fact> resolved;
  for (const Document* doc : docs) {
    input.documents.push_back(doc);
    input.facts.push_back(c.facts.Pointers(doc->id));
    const size_t before = resolved.size();
    for (Fact& f : ResolveWeekdays(*doc, input.facts.back(), published ? first : kNoDay)) {
      resolved.push_back(std::move(f));
      input.facts.back().push_back(&resolved.back());
    }
    if (resolved.size() != before) {
      std::sort(input.facts.back().begin(), input.facts.back().end(),
                [](const Fact* a, const Fact* b) {
                  return a->in_title != b->in_title ? a->in_title : a->begin < b->begin;
                });
    }
  }
  std::vector<Claim> claims = BuildStoryClaims(input, c.provenance);
  story->timeline = BuildTimeline(claims, c.options.max_timeline);
  if (story->first_date.empty() && !story->timeline.empty()) {
    story->first_date = story->timeline.front().date;
    story->last_date = story->timeline.back().date;
  }
  // Sentences that say nearly the same thing with a flipped meaning (not in the timeline).
  std::vector<Claim> statements = SentenceContradictions(input, claims, {}, &c.provenance);
  claims.insert(claims.end(), std::make_move_iterator(statements.begin()),
                std::make_move_iterator(statements.end()));
  CapClaims(&claims, members.size() > 1 ? c.options.max_claims : c.options.max_claims_single);
  int k = 0;
  for (Claim& claim : claims) {
    claim.id = "claim-" + std::to_string(internal + 1) + "-" + std::to_string(++k);
    out->push_back(std::move(claim));
  }
}

}  // namespace

StatusOr<StoryUpdate> RunStoryUpdate(StoryIndex& index, const std::vector<Document>& documents,
                                     const ReuseResult& reuse, const FactLoader& load_facts,
                                     const StoryLoader& load_stories, const StoryOptions& options) {
  return RunStoryUpdateInChunks(index, documents, reuse, load_facts, load_stories, options,
                                kFactChunk);
}

StatusOr<StoryUpdate> RunStoryUpdateInChunks(StoryIndex& index,
                                             const std::vector<Document>& documents,
                                             const ReuseResult& reuse, const FactLoader& load_facts,
                                             const StoryLoader& load_stories,
                                             const StoryOptions& options, size_t fact_chunk) {
  fact_chunk = std::max<size_t>(fact_chunk, 1);
  StoryUpdate update;
  auto clock = std::chrono::steady_clock::now();
  const size_t old_count = index.size();
  update.full = old_count == 0;
  StoryClusterer& clusterer = index.clusterer();
  const size_t old_slots = clusterer.story_slots();
  std::vector<int> old_story(old_count);
  for (size_t i = 0; i < old_count; ++i) old_story[i] = clusterer.StoryOf(static_cast<int>(i));

  // The document behind each internal index: stored ones by id, added ones by position.
  std::unordered_map<std::string, const Document*> by_id;
  for (const Document& d : documents) by_id.try_emplace(d.id, &d);
  std::vector<const Document*> doc_of(old_count, nullptr);
  for (size_t i = 0; i < old_count; ++i) {
    auto it = by_id.find(index.Id(i));
    if (it == by_id.end()) return Status::Error("story state names a missing document");
    doc_of[i] = it->second;
  }
  std::vector<const Document*> added;
  std::vector<std::string> added_ids;
  std::unordered_set<std::string> added_set;
  for (const Document& d : documents) {
    if (!update.full && (index.IndexOf(d.id) >= 0 || !added_set.insert(d.id).second)) continue;
    added.push_back(&d);
    added_ids.push_back(d.id);
  }
  update.added_documents = added.size();
  // Facts of the added documents, a chunk at a time, for counting their terms; facts of
  // earlier documents weighed anew, held only while they are.
  FactCache facts(load_facts);
  const StoryIndex::FactChunks added_facts = [&](size_t begin, size_t end,
                                                 StoryIndex::FactLists* out) {
    facts.Clear();
    const std::vector<std::string> ids(added_ids.begin() + begin, added_ids.begin() + end);
    Status fetched = facts.Fetch(ids);
    if (!fetched.ok()) return fetched;
    for (size_t i = begin; i < end; ++i) out->push_back(facts.Pointers(added_ids[i]));
    return Status::Ok();
  };
  const StoryIndex::Refetch refetch = [&](const std::vector<size_t>& docs,
                                          std::vector<const Document*>* out,
                                          StoryIndex::FactLists* out_facts) {
    facts.Clear();
    std::vector<std::string> ids;
    for (size_t d : docs) {
      out->push_back(d < doc_of.size() ? doc_of[d] : nullptr);
      if (out->back() != nullptr) ids.push_back(out->back()->id);
    }
    if (!facts.Fetch(ids).ok()) return;  // without their facts, the documents stay as they are
    for (const Document* d : *out) out_facts->push_back(d ? facts.Pointers(d->id) : FactList());
  };
  auto first_added = index.Add(added, added_facts, fact_chunk, &refetch);
  facts.Clear();
  if (!first_added.ok()) return first_added.status();
  doc_of.insert(doc_of.end(), added.begin(), added.end());
  if (update.full) {
    index.ApplyReuse(reuse);
  } else {
    ReuseResult touching;
    for (const ReuseEdge& e : reuse.edges) {
      if (added_set.count(e.source) || added_set.count(e.target)) touching.edges.push_back(e);
    }
    index.ApplyReuse(touching);
  }

  update.add_seconds = LapSeconds(clock);
  // Stories whose members changed; stories that died by merging.
  std::vector<char> touched(clusterer.story_slots(), 0);
  std::unordered_set<int> dead;
  for (size_t d = old_count; d < index.size(); ++d) touched[clusterer.StoryOf(d)] = 1;
  for (size_t d = 0; d < old_count; ++d) {
    const int now = clusterer.StoryOf(static_cast<int>(d));
    if (now == old_story[d]) continue;
    touched[now] = 1;
    if (clusterer.Alive(old_story[d])) {
      touched[old_story[d]] = 1;
    } else {
      dead.insert(old_story[d]);
    }
  }
  for (int s : dead) update.removed.push_back(StoryId(s));
  std::sort(update.removed.begin(), update.removed.end());

  // Related documents: the added ones strongly similar to another story than their own.
  std::unordered_map<int, std::vector<std::pair<double, int>>> related;
  for (size_t d = old_count; d < index.size(); ++d) {
    const DocumentProfile& profile = index.Profile(d);
    const int own = clusterer.StoryOf(static_cast<int>(d));
    const double own_sim = clusterer.Similarity(profile, own, false);
    size_t taken = 0;
    for (int c : clusterer.Candidates(profile.vector, 8)) {
      if (c == own || taken >= options.max_related_stories) continue;
      const double sim = clusterer.Similarity(profile, c, false);
      if (sim < options.related_threshold || sim < 0.4 * own_sim) continue;
      related[c].push_back({sim, static_cast<int>(d)});
      ++taken;
    }
  }
  // Stories to write: touched ones (new claims) and ones that only gained related documents.
  std::vector<int> written;
  for (size_t s = 0; s < touched.size(); ++s) {
    if ((touched[s] || related.count(static_cast<int>(s))) && clusterer.Alive(s)) {
      written.push_back(static_cast<int>(s));
    }
  }
  std::unordered_map<std::string, Story> stored;
  if (!update.full && !written.empty()) {
    std::vector<std::string> ids;
    for (int s : written) ids.push_back(StoryId(s));
    auto loaded = load_stories(ids);
    if (!loaded.ok()) return loaded.status();
    for (Story& st : *loaded) stored.emplace(st.id, std::move(st));
  }
  // Earlier related documents stay listed (with their similarity now) unless they joined.
  for (int s : written) {
    auto it = stored.find(StoryId(s));
    if (it == stored.end()) continue;
    auto& list = related[s];
    for (const std::string& id : it->second.related_documents) {
      const int d = index.IndexOf(id);
      if (d < 0 || clusterer.StoryOf(d) == s) continue;
      bool listed = false;
      for (const auto& entry : list) listed |= entry.second == d;
      if (!listed) list.push_back({clusterer.Similarity(index.Profile(d), s, false), d});
    }
  }

  // Stories whose claims are recomputed, described in groups of at most `fact_chunk` members
  // (a bigger story is a group of its own): a group's facts are fetched in one call, its
  // stories described in parallel, and the facts dropped before the next group.
  const std::vector<std::vector<int>> groups = clusterer.Stories();
  std::vector<const std::vector<int>*> recompute;
  for (const std::vector<int>& members : groups) {
    if (touched[clusterer.StoryOf(members[0])]) recompute.push_back(&members);
  }
  const ProvenanceIndex provenance(reuse);
  std::vector<Story> fresh_stories(recompute.size());
  std::vector<std::vector<Claim>> fresh_claims(recompute.size());
  const StoryContext context{doc_of, index, facts, provenance, options};
  for (size_t begin = 0, end = 0; begin < recompute.size(); begin = end) {
    std::vector<std::string> member_ids;
    while (end < recompute.size() &&
           (end == begin || member_ids.size() + recompute[end]->size() <= fact_chunk)) {
      for (int d : *recompute[end]) member_ids.push_back(doc_of[d]->id);
      ++end;
    }
    facts.Clear();
    if (options.claims) {  // only claims read facts
      Status fetched = facts.Fetch(member_ids);
      if (!fetched.ok()) return fetched;
    }
    ParallelFor(end - begin, 0, [&](size_t i) {
      DescribeStory(context, *recompute[begin + i], &fresh_stories[begin + i],
                    &fresh_claims[begin + i]);
    });
  }
  facts.Clear();
  // Ids are given in order.
  size_t claim_count = 0;
  for (const std::vector<Claim>& claims : fresh_claims) claim_count += claims.size();
  update.claims.reserve(claim_count);
  std::unordered_map<int, Story> described;
  for (size_t i = 0; i < recompute.size(); ++i) {
    const int internal = clusterer.StoryOf((*recompute[i])[0]);
    for (Claim& c : fresh_claims[i]) update.claims.push_back(std::move(c));
    std::vector<Claim>().swap(fresh_claims[i]);
    update.claims_replaced.push_back(fresh_stories[i].id);
    described.emplace(internal, std::move(fresh_stories[i]));
  }
  update.stories_recomputed = described.size();
  update.total_stories = groups.size();

  // Written stories in order of creation (their ids), with their related lists.
  std::sort(written.begin(), written.end());
  std::unordered_map<int, std::string> topic_of;  // inherited by new stories (incremental)
  if (!update.full && options.topic_threshold > 0) {
    Status inherited =
        InheritTopics(clusterer, written, old_slots, stored, load_stories, options.topic_threshold,
                      options.cluster.max_candidates, &topic_of);
    if (!inherited.ok()) return inherited;
  }
  for (int s : written) {
    Story story;
    std::string topic;
    if (auto it = stored.find(StoryId(s)); it != stored.end()) topic = it->second.topic;
    if (auto it = topic_of.find(s); it != topic_of.end()) topic = it->second;
    if (auto d = described.find(s); d != described.end()) {
      story = std::move(d->second);
    } else if (auto it = stored.find(StoryId(s)); it != stored.end()) {
      story = std::move(it->second);  // only its related documents change
    } else {
      continue;  // a story the store does not hold: nothing to update
    }
    auto& list = related[s];
    std::sort(list.begin(), list.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    if (list.size() > options.max_related) list.resize(options.max_related);
    story.related_documents.clear();
    for (const auto& [sim, d] : list) story.related_documents.push_back(doc_of[d]->id);
    story.topic = topic.empty() ? TopicId(story.id) : topic;
    update.stories.push_back(std::move(story));
  }
  update.describe_seconds = LapSeconds(clock);
  update.state = index.Save();
  update.save_seconds = LapSeconds(clock);
  if (update.full) {  // topics merge the index in place, so only after it is saved
    AssignTopics(index, doc_of, options, &update.stories);
    update.topic_seconds = LapSeconds(clock);
  }
  return update;
}

}  // namespace stemma::stories

namespace stemma {

StatusOr<StoryUpdate> UpdateStories(std::string_view state, const std::vector<Document>& documents,
                                    const ReuseResult& reuse, const FactLoader& load_facts,
                                    const StoryLoader& load_stories,
                                    const StoryUpdatePolicy& policy) {
  const stories::StoryOptions options;
  auto clock = std::chrono::steady_clock::now();
  stories::StoryIndex index(options.cluster, options.vector_terms);
  bool usable = !state.empty() && index.Load(state) && index.size() >= policy.min_indexed;
  if (usable) {
    std::unordered_set<std::string_view> present;
    for (const Document& d : documents) present.insert(d.id);
    for (size_t i = 0; i < index.size() && usable; ++i) usable = present.count(index.Id(i)) > 0;
    const double added = static_cast<double>(present.size()) - static_cast<double>(index.size());
    usable = usable && added <= policy.max_added_fraction * static_cast<double>(index.size());
  }
  if (!usable) index = stories::StoryIndex(options.cluster, options.vector_terms);
  const double load_seconds = LapSeconds(clock);
  auto update = stories::RunStoryUpdate(index, documents, reuse, load_facts, load_stories, options);
  if (update.ok()) update->load_seconds = load_seconds;
  return update;
}

}  // namespace stemma
