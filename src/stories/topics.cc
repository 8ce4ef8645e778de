#include "stories/topics.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <tuple>
#include <unordered_map>

#include "stories/similarity.h"

namespace stemma::stories {
namespace {

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
  add(document.text, 1.0f);
  counts->assign(local.begin(), local.end());
  std::sort(counts->begin(), counts->end());
}

}  // namespace

void MergeTopicsByKind(const std::vector<Document>& documents,
                       const std::vector<std::vector<int>>& stories, const KindOptions& options,
                       std::vector<int>* topic_of) {
  if (options.threshold <= 0 || stories.empty() || topic_of->size() != stories.size()) return;
  for (int t : *topic_of) {
    if (t < 0 || static_cast<size_t>(t) >= stories.size()) return;  // ids must be 0..n-1
  }
  // Document kind vectors (tf-idf over the documents of the stories), summed per story.
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<std::vector<std::pair<uint32_t, float>>> counts;
  std::vector<int> doc_list;
  std::vector<Word> words;
  for (const auto& members : stories) {
    for (int d : members) {
      if (d < 0 || static_cast<size_t>(d) >= documents.size()) continue;
      doc_list.push_back(d);
      counts.emplace_back();
      KindCounts(documents[d], &ids, &counts.back(), &words);
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
      if (d < 0 || static_cast<size_t>(d) >= documents.size()) continue;
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
  std::vector<std::unordered_map<uint32_t, float>> topic_sum(topics);
  std::vector<size_t> topic_size(topics, 0);
  for (size_t s = 0; s < stories.size(); ++s) {
    for (const TermWeight& t : story_vec[s]) topic_sum[topic[s]][t.term] += t.weight;
    ++topic_size[topic[s]];
  }
  auto link = [&](int a, int b) {
    const auto& x = topic_sum[a].size() <= topic_sum[b].size() ? topic_sum[a] : topic_sum[b];
    const auto& y = &x == &topic_sum[a] ? topic_sum[b] : topic_sum[a];
    double dot = 0;
    for (const auto& [term, w] : x) {
      auto it = y.find(term);
      if (it != y.end()) dot += static_cast<double>(w) * it->second;
    }
    return dot / (static_cast<double>(topic_size[a]) * topic_size[b]);
  };
  for (int round = 0; round < 64; ++round) {
    std::vector<std::tuple<double, int, int>> pairs;
    for (const auto& [s1, s2] : candidate_pairs) {
      const int a = std::min(topic[s1], topic[s2]), b = std::max(topic[s1], topic[s2]);
      if (a != b) pairs.emplace_back(0.0, a, b);
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    for (auto& [sim, a, b] : pairs) sim = link(a, b);
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
      for (const auto& [term, w] : topic_sum[b]) topic_sum[a][term] += w;
      topic_sum[b].clear();
      topic_size[a] += topic_size[b];
      topic_size[b] = 0;
      remap[b] = a;
      seen[a] = seen[b] = 1;
    }
    for (int& t : topic) t = remap[t];
  }
}

}  // namespace stemma::stories
