// Who copied whom: dates and declared sources, and the provenance clusters over reuse edges.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "stemma/document.h"
#include "stemma/reuse.h"

namespace stemma::reuse {

// -1 when `a` is an earlier publication date than `b`, 1 when later, 0 when either is missing,
// unparsable or they are the same day (timestamps of one day are compared when both have one).
int CompareDates(const std::string& a, const std::string& b);

// Lowercased, without scheme, "www." and trailing '/': "https://www.x.com/a/" -> "x.com/a".
std::string NormalizeLocator(std::string_view s);

// True when `copy` declares `origin` as the place it was first published (its republished_from
// names origin's id, URL, canonical URL or outlet).
bool DeclaresOrigin(const Document& copy, const Document& origin);

// Connected components of the edge graph (documents without edges are left out). The original
// of a cluster is its only member that is never the target of an edge with a known direction;
// among several such members, the earliest dated one; empty when that is still ambiguous.
std::vector<ProvenanceCluster> BuildClusters(const std::vector<Document>& documents,
                                             const std::vector<ReuseEdge>& edges);

}  // namespace stemma::reuse
