// Incremental story clustering state: add batches of documents at any time; each batch joins
// existing stories or opens new ones, then only the stories it touched are considered for merges.
// Not thread-safe.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "stemma/document.h"
#include "stemma/facts.h"
#include "stemma/reuse.h"
#include "stories/cluster.h"
#include "stories/similarity.h"

namespace stemma::stories {

class StoryIndex {
 public:
  explicit StoryIndex(ClusterOptions options = {}, size_t vector_terms = 80)
      : clusterer_(options), merge_threshold_(options.merge_threshold),
        vector_terms_(vector_terms) {}

  // Adds `batch` (facts of other documents are ignored). Documents frequencies are updated with
  // the whole batch before its documents are weighed. Returns the internal index of the first
  // added document; a repeated id is added again as a separate entry.
  size_t Add(const std::vector<Document>& batch, const std::vector<Fact>& facts);
  // Moves each reuse target into its source's story (a copy is always in its source's story),
  // counts whole copies once in story links, then re-merges the stories that changed.
  void ApplyReuse(const ReuseResult& reuse);

  size_t size() const { return ids_.size(); }
  const std::string& Id(size_t doc) const { return ids_[doc]; }
  const DocumentProfile& Profile(size_t doc) const { return profiles_[doc]; }
  const Vocabulary& vocabulary() const { return vocabulary_; }
  StoryClusterer& clusterer() { return clusterer_; }
  const StoryClusterer& clusterer() const { return clusterer_; }

 private:
  Vocabulary vocabulary_;
  StoryClusterer clusterer_;
  double merge_threshold_;
  size_t vector_terms_;
  std::vector<std::string> ids_;
  std::vector<DocumentProfile> profiles_;
  std::unordered_map<std::string, size_t> index_of_;  // first entry per id
};

}  // namespace stemma::stories
