// Copy detection over collections that do not fit in memory: two reads of the input instead of
// one vector of documents. Same edges, passages and clusters as FindReuse on the same input.
#pragma once

#include <functional>
#include <vector>

#include "reuse/pipeline.h"
#include "stemma/document.h"
#include "stemma/reuse.h"

namespace stemma {

// Feeds every document of the collection, in the same order on every call, to `sink`.
using DocumentFeed = std::function<void(const std::function<void(Document&&)>& sink)>;

// Calls `read_all` twice (once when there is no candidate pair; more only when the resident cap
// of ReuseOptions is hit). The first read keeps per-document sketches (signature, sampled rare
// n-grams, text hash, metadata) and drops the texts; the second keeps a document's tokens only
// while one of its candidate partners is still to come.
ReuseResult FindReuseStreaming(const DocumentFeed& read_all);

namespace reuse {

ReuseResult FindReuseStreamingWithOptions(const DocumentFeed& read_all, const ReuseOptions& options,
                                          std::vector<PairReport>* pairs,
                                          PipelineStats* stats = nullptr);

}  // namespace reuse
}  // namespace stemma
