#include "stories/topics.h"

#include <algorithm>
#include <cstdlib>
#include <cmath>
#include <functional>
#include <string>
#include <tuple>
#include <unordered_map>

#include "stories/similarity.h"
#include "stories/stories_internal.h"
#include "stories/story_index.h"

namespace stemma::stories {
namespace {

constexpr size_t kLeadBytes = 2000;  // of a document's text, for its kind vector
// The first lines (headline, lede) say what kind of event it is; the rest of the lead is
// background that a domain shares (a player's yards in an injury report). They count like a
// title.
constexpr int kLedeLines = 3;
constexpr float kLedeWeight = 2.0f;

bool StartsWithDigit(const std::string& s) { return !s.empty() && s[0] >= '0' && s[0] <= '9'; }

// Lowercase (never mid-sentence capitalised) content words of a document, as term counts.
void KindCounts(const Document& document, std::unordered_map<std::string, uint32_t>* ids,
                std::vector<std::pair<uint32_t, float>>* counts, std::vector<Word>* words) {
  std::unordered_map<uint32_t, float> local;
  auto add = [&](std::string_view text, float weight) {
    ContentWords(text, words);
    for (const Word& w : *words) {
      if (w.capitalised || StartsWithDigit(w.lower) || IsCalendarWord(w.lower)) continue;
      const auto [it, unused] = ids->try_emplace(FoldPlural(w.lower), ids->size());
      local[it->second] += weight;
    }
  };
  add(document.title, 2.0f);
  // The lead tells what kind of event it is; the rest costs time (tokenising) and adds little.
  std::string_view lead = document.text;
  if (lead.size() > kLeadBytes) {
    size_t cut = kLeadBytes;
    while (cut > 0 && lead[cut] != ' ' && lead[cut] != '\n') --cut;  // never split a word
    lead = lead.substr(0, cut);
  }
  size_t lede = 0;
  for (int lines = 0; lede < lead.size() && lines < kLedeLines; ++lede) {
    if (lead[lede] == '\n') ++lines;
  }
  add(lead.substr(0, lede), kLedeWeight);
  add(lead.substr(lede), 1.0f);
  counts->assign(local.begin(), local.end());
  std::sort(counts->begin(), counts->end());
}

}  // namespace

void MergeTopicsByKind(const std::vector<const Document*>& documents,
                       const std::vector<std::vector<int>>& stories, const KindOptions& options,
                       std::vector<int>* topic_of) {
  if (options.threshold <= 0 || stories.empty() || topic_of->size() != stories.size()) return;
  for (int t : *topic_of) {
    if (t < 0 || static_cast<size_t>(t) >= stories.size()) return;  // ids must be 0..n-1
  }
  // Document kind vectors (tf-idf over the documents of the stories), summed per story.
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<std::vector<std::pair<uint32_t, float>>> counts;
  std::vector<Word> words;
  for (const auto& members : stories) {
    for (int d : members) {
      if (d < 0 || static_cast<size_t>(d) >= documents.size() || !documents[d]) continue;
      counts.emplace_back();
      KindCounts(*documents[d], &ids, &counts.back(), &words);
    }
  }
  std::vector<uint32_t> df(ids.size(), 0);
  for (const auto& c : counts) {
    for (const auto& [term, n] : c) ++df[term];
  }
  const double n_docs = static_cast<double>(counts.size());
  std::vector<SparseVector> story_vec(stories.size());
  size_t next = 0;
  for (size_t s = 0; s < stories.size(); ++s) {
    std::unordered_map<uint32_t, float> sum;
    for (int d : stories[s]) {
      if (d < 0 || static_cast<size_t>(d) >= documents.size() || !documents[d]) continue;
      SparseVector v;
      for (const auto& [term, n] : counts[next]) {
        if (df[term] <= 1) continue;
        const double w = (1.0 + std::log(n)) * std::log((n_docs + 1.0) / (df[term] + 0.5));
        if (w > 0) v.push_back({term, static_cast<float>(w)});
      }
      ++next;
      KeepTop(&v, options.document_terms);
      Normalise(&v);
      for (const TermWeight& t : v) sum[t.term] += t.weight;
    }
    SparseVector& out = story_vec[s];
    for (const auto& [term, w] : sum) out.push_back({term, w});
    std::sort(out.begin(), out.end(),
              [](const TermWeight& a, const TermWeight& b) { return a.term < b.term; });
    Normalise(&out);
  }
  // Candidate story pairs share one of their heaviest kind terms.
  std::unordered_map<uint32_t, std::vector<int>> postings;
  for (size_t s = 0; s < stories.size(); ++s) {
    SparseVector top = story_vec[s];
    KeepTop(&top, options.index_terms);
    for (const TermWeight& t : top) postings[t.term].push_back(static_cast<int>(s));
  }
  std::vector<std::pair<int, int>> candidate_pairs;
  for (const auto& [term, list] : postings) {
    if (list.size() > options.max_postings) continue;
    for (size_t i = 0; i < list.size(); ++i) {
      for (size_t j = i + 1; j < list.size(); ++j) candidate_pairs.push_back({list[i], list[j]});
    }
  }
  std::sort(candidate_pairs.begin(), candidate_pairs.end());
  candidate_pairs.erase(std::unique(candidate_pairs.begin(), candidate_pairs.end()),
                        candidate_pairs.end());
  // Topics: sum of their stories' unit kind vectors; link = mean story-to-story cosine.
  std::vector<int>& topic = *topic_of;
  int topics = 0;
  for (int t : topic) topics = std::max(topics, t + 1);
  // Topic vectors: sums of their stories' unit kind vectors, sorted by term (for Dot).
  std::vector<SparseVector> topic_sum(topics);
  std::vector<size_t> topic_size(topics, 0);
  for (size_t s = 0; s < stories.size(); ++s) {
    topic_sum[topic[s]] = AddVectors(topic_sum[topic[s]], story_vec[s], 1.0f);
    ++topic_size[topic[s]];
  }
  auto link = [&](int a, int b) {
    return Dot(topic_sum[a], topic_sum[b]) /
           (static_cast<double>(topic_size[a]) * static_cast<double>(topic_size[b]));
  };
  // Links of topic pairs that did not change in a round are kept for the next one (`known`:
  // the last round's pairs, sorted by topics).
  std::vector<std::tuple<double, int, int>> known;
  std::vector<char> changed(topics, 1);
  using Link = std::tuple<double, int, int>;
  auto by_topics = [](const Link& x, const Link& y) {
    return std::tie(std::get<1>(x), std::get<2>(x)) < std::tie(std::get<1>(y), std::get<2>(y));
  };
  for (int round = 0; round < 64; ++round) {
    std::vector<std::tuple<double, int, int>> pairs;
    for (const auto& [s1, s2] : candidate_pairs) {
      const int a = std::min(topic[s1], topic[s2]), b = std::max(topic[s1], topic[s2]);
      if (a != b) pairs.emplace_back(0.0, a, b);
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    for (auto& entry : pairs) {
      auto& [sim, a, b] = entry;
      auto it = changed[a] || changed[b]
                    ? known.end()
                    : std::lower_bound(known.begin(), known.end(), entry, by_topics);
      const bool reuse = it != known.end() && std::get<1>(*it) == a && std::get<2>(*it) == b;
      sim = reuse ? std::get<0>(*it) : link(a, b);
    }
    known = pairs;
    std::fill(changed.begin(), changed.end(), 0);
    pairs.erase(std::remove_if(pairs.begin(), pairs.end(),
                               [&](const auto& p) { return std::get<0>(p) < options.threshold; }),
                pairs.end());
    if (pairs.empty()) break;
    std::sort(pairs.begin(), pairs.end(), std::greater<>());
    std::vector<char> seen(topics, 0);
    std::vector<int> remap(topics);
    for (int t = 0; t < topics; ++t) remap[t] = t;
    for (const auto& [sim, a, b] : pairs) {
      if (seen[a] || seen[b]) {
        seen[a] = seen[b] = 1;
        continue;
      }
      topic_sum[a] = AddVectors(topic_sum[a], topic_sum[b], 1.0f);
      topic_sum[b].clear();
      topic_size[a] += topic_size[b];
      topic_size[b] = 0;
      remap[b] = a;
      seen[a] = seen[b] = 1;
      changed[a] = 1;
    }
    for (int& t : topic) t = remap[t];
  }
}

std::string TopicId(const std::string& story_id) {
  const size_t dash = story_id.rfind('-');
  return "topic-" + (dash == std::string::npos ? story_id : story_id.substr(dash + 1));
}

void AssignTopics(StoryIndex& index, const std::vector<const Document*>& documents,
                  const StoryOptions& options, std::vector<Story>* stories) {
  for (Story& story : *stories) story.topic = TopicId(story.id);
  if (options.topic_threshold <= 0 || stories->empty()) return;
  // Stories as index entries; a story the index does not know keeps its own topic.
  std::vector<std::vector<int>> groups;
  std::vector<Story*> grouped;
  for (Story& story : *stories) {
    std::vector<int> members;
    for (const std::string& id : story.documents) {
      const int d = index.IndexOf(id);
      if (d >= 0) members.push_back(d);
    }
    if (members.empty()) continue;
    groups.push_back(std::move(members));
    grouped.push_back(&story);
  }
  // Keep merging the final stories with dates ignored: same people, same kind of event.
  StoryClusterer& clusterer = index.clusterer();
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
  // Each topic is named after its lowest story number (stable while that story lives).
  auto number = [](const std::string& id) {
    const size_t dash = id.rfind('-');
    return std::strtoull(id.c_str() + (dash == std::string::npos ? 0 : dash + 1), nullptr, 10);
  };
  std::unordered_map<int, const Story*> lowest;
  for (size_t s = 0; s < groups.size(); ++s) {
    auto [it, inserted] = lowest.try_emplace(topic_of[s], grouped[s]);
    if (!inserted && number(grouped[s]->id) < number(it->second->id)) it->second = grouped[s];
  }
  for (size_t s = 0; s < groups.size(); ++s) {
    grouped[s]->topic = TopicId(lowest[topic_of[s]]->id);
  }
}

}  // namespace stemma::stories
