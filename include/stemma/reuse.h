// Copy detection: reuse edges between documents and the provenance graph.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "stemma/document.h"

namespace stemma {

// Aligned spans, as byte offsets into each document's clean `text`.
struct Passage {
  size_t source_begin = 0;
  size_t source_end = 0;
  size_t target_begin = 0;
  size_t target_end = 0;
};

// `relation` is one of duplicate, near-duplicate, excerpt, rewrite, republication.
// `source` is the document the text came from when `direction_known`, else the earlier one.
struct ReuseEdge {
  std::string source;
  std::string target;
  std::string relation;
  double score = 0.0;
  bool direction_known = false;
  std::string direction_reason;  // "dates", "containment", "declared", ...
  std::vector<Passage> passages;
};

struct ProvenanceCluster {
  std::vector<std::string> documents;
  std::string original;  // probable original, empty when unknown
};

struct ReuseResult {
  std::vector<ReuseEdge> edges;
  std::vector<ProvenanceCluster> clusters;
};

ReuseResult FindReuse(const std::vector<Document>& documents);

// Incremental: `fresh[i]` marks documents[i] as new since `previous` (what FindReuse or
// UpdateReuse returned for the earlier documents). Only pairs with a new document are analysed;
// earlier edges between documents still present are kept; clusters are rebuilt over all edges.
ReuseResult UpdateReuse(const std::vector<Document>& documents, const std::vector<uint8_t>& fresh,
                        const ReuseResult& previous);

}  // namespace stemma
