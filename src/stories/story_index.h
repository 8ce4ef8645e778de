// Incremental story clustering state: add batches of documents at any time; each batch joins
// existing stories or opens new ones, then only the stories it touched are considered for merges.
// Not thread-safe.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "stemma/document.h"
#include "stemma/facts.h"
#include "stemma/reuse.h"
#include "stemma/status.h"
#include "stories/cluster.h"
#include "stories/similarity.h"

namespace stemma::stories {

class StoryIndex {
 public:
  explicit StoryIndex(ClusterOptions options = {}, size_t vector_terms = 80)
      : clusterer_(options), merge_threshold_(options.merge_threshold),
        far_days_(options.far_days),
        vector_terms_(vector_terms) {}

  // Adds `batch` (facts of other documents are ignored). Documents frequencies are updated with
  // the whole batch before its documents are weighed. Returns the internal index of the first
  // added document; a repeated id is added again as a separate entry.
  size_t Add(const std::vector<Document>& batch, const std::vector<Fact>& facts);
  // Facts per document, parallel to a list of documents.
  using FactLists = std::vector<std::vector<const Fact*>>;
  // Earlier documents by internal index, with their facts: a term that only one earlier
  // document had was left out of its vector; when the batch brings the term again, that
  // document is weighed anew (so a follow-up can join the first report of a new event).
  using Refetch = std::function<void(const std::vector<size_t>& docs,
                                     std::vector<const Document*>* documents, FactLists* facts)>;
  size_t Add(const std::vector<const Document*>& batch, const FactLists& facts_of,
             const Refetch* refetch = nullptr);
  // The facts of batch[begin, end), one list per document, appended to `facts`; the lists
  // need to stay valid only until the next call.
  using FactChunks =
      std::function<Status(size_t begin, size_t end, FactLists* facts)>;
  // Same as above, but the facts are asked for `chunk` documents at a time and let go once
  // those are counted: only one chunk's facts are needed at once, while document frequencies
  // are still those of the whole batch (the result equals adding the batch in one go). An
  // error of `facts` is returned; the index is then half-updated and must be replaced.
  StatusOr<size_t> Add(const std::vector<const Document*>& batch, const FactChunks& facts,
                       size_t chunk, const Refetch* refetch = nullptr);
  // Moves each reuse target into its source's story (a copy is always in its source's story,
  // except a partial one, an excerpt or rewrite, whose anchor date is further than far_days
  // from its source's, or whose cosine to its source's story is below 0.4x its cosine to the
  // rest of its own story, or, when either has no anchor day, whose lead person differs from
  // its source's story's (ClusterOptions::lead_conflict): two reports of two events of one
  // kind share stock phrases and background paragraphs), counts whole copies once in story
  // links, then re-merges the stories that changed.
  void ApplyReuse(const ReuseResult& reuse);

  size_t size() const { return ids_.size(); }
  const std::string& Id(size_t doc) const { return ids_[doc]; }
  const DocumentProfile& Profile(size_t doc) const { return profiles_[doc]; }
  const Vocabulary& vocabulary() const { return vocabulary_; }
  StoryClusterer& clusterer() { return clusterer_; }
  const StoryClusterer& clusterer() const { return clusterer_; }
  // Internal index of a document id, or -1.
  int IndexOf(const std::string& id) const {
    auto it = index_of_.find(id);
    return it == index_of_.end() ? -1 : static_cast<int>(it->second);
  }
  // The whole state as bytes, and back (false on malformed or foreign input; `this` is then
  // unusable and should be replaced by a fresh index).
  std::string Save() const;
  bool Load(std::string_view bytes);

 private:
  // Adds a counted batch (terms and anchor day per document).
  // Adds a counted batch (terms and anchor day per document); earlier documents to weigh anew
  // are refetched `chunk` at a time.
  size_t AddCounted(const std::vector<const Document*>& batch, std::vector<TermCounts> counts,
                    const std::vector<int>& anchor_days, const Refetch* refetch, size_t chunk);
  void Reweigh(const std::vector<size_t>& docs, const Refetch& refetch, size_t chunk);

  Vocabulary vocabulary_;
  StoryClusterer clusterer_;
  double merge_threshold_;
  int far_days_;  // a partial copy anchored this much further in time stays in its own story
  size_t vector_terms_;
  std::vector<std::string> ids_;
  std::vector<DocumentProfile> profiles_;
  std::unordered_map<std::string, size_t> index_of_;  // first entry per id
  std::unordered_map<uint32_t, uint32_t> unique_owner_;  // term in one document only -> it
};

}  // namespace stemma::stories
