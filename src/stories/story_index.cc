#include "stories/story_index.h"

#include <algorithm>
#include <cstdlib>
#include "stories/corroboration.h"

namespace stemma::stories {
namespace {

// A partial copy (excerpt, rewrite) stays in its own story when its cosine to its source's
// story is below this fraction of its cosine to the rest of its own story (the factor of the
// related-documents rule in update.cc).
constexpr double kCopyFollowRatio = 0.4;

}  // namespace

size_t StoryIndex::Add(const std::vector<Document>& batch, const std::vector<Fact>& facts) {
  std::vector<const Document*> pointers;
  pointers.reserve(batch.size());
  for (const Document& d : batch) pointers.push_back(&d);
  std::unordered_map<std::string, size_t> in_batch;
  for (size_t i = 0; i < batch.size(); ++i) in_batch.try_emplace(batch[i].id, i);
  FactLists facts_of(batch.size());
  for (const Fact& f : facts) {
    auto it = in_batch.find(f.document);
    if (it != in_batch.end()) facts_of[it->second].push_back(&f);
  }
  return Add(pointers, facts_of);
}

size_t StoryIndex::Add(const std::vector<const Document*>& batch, const FactLists& facts_of,
                       const Refetch* refetch) {
  // Earlier documents to weigh anew are refetched in one go.
  std::vector<TermCounts> counts(batch.size());
  std::vector<int> anchor_days(batch.size(), kNoDay);
  for (size_t i = 0; i < batch.size(); ++i) {
    static const std::vector<const Fact*> kNone;
    const std::vector<const Fact*>& facts = i < facts_of.size() ? facts_of[i] : kNone;
    counts[i] = CountTerms(*batch[i], facts, &vocabulary_);
    anchor_days[i] = AnchorDay(*batch[i], facts);
  }
  return AddCounted(batch, std::move(counts), anchor_days, refetch, SIZE_MAX);
}

StatusOr<size_t> StoryIndex::Add(const std::vector<const Document*>& batch,
                                 const FactChunks& facts, size_t chunk, const Refetch* refetch) {
  // Counting interns terms and counts document frequencies in batch order, chunk by chunk;
  // weighing waits for the whole batch (AddCounted).
  std::vector<TermCounts> counts(batch.size());
  std::vector<int> anchor_days(batch.size(), kNoDay);
  chunk = std::max<size_t>(chunk, 1);
  FactLists facts_of;
  for (size_t begin = 0; begin < batch.size(); begin += chunk) {
    const size_t end = std::min(batch.size(), begin + chunk);
    facts_of.clear();
    const Status fetched = facts(begin, end, &facts_of);
    if (!fetched.ok()) return fetched;
    if (facts_of.size() != end - begin) return Status::Error("facts of a chunk are missing");
    for (size_t i = begin; i < end; ++i) {
      counts[i] = CountTerms(*batch[i], facts_of[i - begin], &vocabulary_);
      anchor_days[i] = AnchorDay(*batch[i], facts_of[i - begin]);
    }
  }
  FactLists().swap(facts_of);
  return AddCounted(batch, std::move(counts), anchor_days, refetch, chunk);
}

size_t StoryIndex::AddCounted(const std::vector<const Document*>& batch,
                              std::vector<TermCounts> counts, const std::vector<int>& anchor_days,
                              const Refetch* refetch, size_t chunk) {
  clusterer_.SetVocabulary(&vocabulary_);  // set anew: the index may have been moved
  const size_t first = ids_.size();
  // Terms only one earlier document had, now shared: that document is weighed again.
  std::vector<size_t> stale;
  for (const TermCounts& c : counts) {
    for (const auto& [term, count] : c.counts) {
      auto it = unique_owner_.find(term);
      if (it == unique_owner_.end()) continue;
      stale.push_back(it->second);
      unique_owner_.erase(it);
    }
  }
  for (size_t i = 0; i < batch.size(); ++i) {
    for (const auto& [term, count] : counts[i].counts) {
      if (vocabulary_.DocumentFrequency(term) == 1) {
        unique_owner_[term] = static_cast<uint32_t>(first + i);
      }
    }
  }
  std::sort(stale.begin(), stale.end());
  stale.erase(std::unique(stale.begin(), stale.end()), stale.end());
  if (refetch != nullptr && !stale.empty()) Reweigh(stale, *refetch, chunk);
  for (size_t i = 0; i < batch.size(); ++i) {
    const size_t doc = ids_.size();
    ids_.push_back(batch[i]->id);
    index_of_.try_emplace(batch[i]->id, doc);
    DocumentProfile profile;
    profile.vector = Weigh(counts[i], vocabulary_, vector_terms_);
    profile.anchor_day = anchor_days[i];
    TermCounts().counts.swap(counts[i].counts);  // free as we go
    clusterer_.Add(static_cast<int>(doc), profile);
    profiles_.push_back(std::move(profile));
  }
  clusterer_.Merge(merge_threshold_, /*average_link=*/true, /*use_time=*/true,
                   /*only_changed=*/true);
  return first;
}

void StoryIndex::Reweigh(const std::vector<size_t>& all, const Refetch& refetch, size_t chunk) {
  for (size_t begin = 0; begin < all.size(); begin += chunk) {
    const std::vector<size_t> docs(all.begin() + begin,
                                   all.begin() + std::min(all.size() - begin, chunk) + begin);
    std::vector<const Document*> documents;
    FactLists facts_of;
    refetch(docs, &documents, &facts_of);
    if (documents.size() != docs.size() || facts_of.size() != docs.size()) continue;
    for (size_t i = 0; i < docs.size(); ++i) {
      if (documents[i] == nullptr || docs[i] >= profiles_.size()) continue;
      const TermCounts counts = CountTerms(*documents[i], facts_of[i], &vocabulary_, false);
      profiles_[docs[i]].vector = Weigh(counts, vocabulary_, vector_terms_);
      clusterer_.Replace(static_cast<int>(docs[i]), profiles_[docs[i]].vector);
    }
  }
}

void StoryIndex::ApplyReuse(const ReuseResult& reuse) {
  clusterer_.SetVocabulary(&vocabulary_);
  // A few passes settle chains of copies given in any edge order.
  for (int pass = 0; pass < 3; ++pass) {
    for (const ReuseEdge& edge : reuse.edges) {
      auto s = index_of_.find(edge.source), t = index_of_.find(edge.target);
      if (s == index_of_.end() || t == index_of_.end()) continue;
      if (edge.relation == "rewrite" || edge.relation == "excerpt") {
        const int a = profiles_[s->second].anchor_day, b = profiles_[t->second].anchor_day;
        if (a != kNoDay && b != kNoDay && std::abs(a - b) > far_days_) continue;
        // Nor, when a date is missing, when it is about another person than its source's
        // story: two reports of two events of one kind (two players arrested) share
        // background paragraphs.
        if ((a == kNoDay || b == kNoDay) &&
            clusterer_.LeadFactor(static_cast<int>(t->second),
                                  clusterer_.StoryOf(static_cast<int>(s->second))) < 1.0) {
          continue;
        }
        // Nor when the rest of its own story is much closer to it than its source's story: it
        // borrowed a passage (background on an earlier event of the kind), its content says
        // where it belongs. Moving it would drag its story's other members along, edge by edge
        // (ECB+: one 0.11 rewrite edge moved 14 reports of one hit-and-run into another's).
        const int target = static_cast<int>(t->second);
        const int source_story = clusterer_.StoryOf(static_cast<int>(s->second));
        const int own_story = clusterer_.StoryOf(target);
        if (source_story != own_story &&
            kCopyFollowRatio * clusterer_.SimilarityWithout(target, own_story) >
                clusterer_.SimilarityWithout(target, source_story)) {
          continue;
        }
      }
      clusterer_.MoveTo(static_cast<int>(t->second), static_cast<int>(s->second));
      if (pass == 0 && IsWholeCopy(edge.relation)) {
        clusterer_.LinkCopies(static_cast<int>(t->second), static_cast<int>(s->second));
      }
    }
  }
  // With copies counted once, the stories they sit in may now reach other stories.
  clusterer_.Merge(merge_threshold_, /*average_link=*/true, /*use_time=*/true,
                   /*only_changed=*/true);
}

}  // namespace stemma::stories
