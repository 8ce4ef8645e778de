#include "stories/corroboration.h"

#include <algorithm>
#include <unordered_set>

namespace stemma::stories {
namespace {

const std::vector<std::string> kNoSources;

}  // namespace

bool IsWholeCopy(const std::string& relation) {
  return relation == "duplicate" || relation == "near-duplicate" || relation == "rewrite" ||
         relation == "republication";
}

int ProvenanceIndex::IdOf(const std::string& document) {
  auto [it, inserted] = ids_.try_emplace(document, static_cast<int>(names_.size()));
  if (inserted) {
    names_.push_back(document);
    parent_.push_back(it->second);
  }
  return it->second;
}

int ProvenanceIndex::Find(int x) {
  while (parent_[x] != x) {
    parent_[x] = parent_[parent_[x]];  // path halving: iterative, no recursion
    x = parent_[x];
  }
  return x;
}

ProvenanceIndex::ProvenanceIndex(const ReuseResult& reuse) {
  for (const ReuseEdge& edge : reuse.edges) {
    if (edge.source.empty() || edge.target.empty() || edge.source == edge.target) continue;
    const int s = IdOf(edge.source), t = IdOf(edge.target);
    sources_[edge.target].push_back(edge.source);
    if (IsWholeCopy(edge.relation)) {
      const int rs = Find(s), rt = Find(t);
      // Keep the lower id as root so the earliest-seen source names the group.
      if (rs != rt) parent_[std::max(rs, rt)] = std::min(rs, rt);
    } else {
      for (const Passage& p : edge.passages) {
        if (p.target_end > p.target_begin) {
          excerpts_[t].push_back(Span{p.target_begin, p.target_end, s});
        }
      }
    }
  }
  // Flattened: every node points at its root, so lookups only read (safe across threads).
  for (size_t x = 0; x < parent_.size(); ++x) parent_[x] = Find(static_cast<int>(x));
}

const std::string& ProvenanceIndex::Root(const std::string& document, size_t begin,
                                         size_t end) const {
  auto it = ids_.find(document);
  if (it == ids_.end()) return document;
  int node = it->second;
  auto ex = excerpts_.find(node);
  if (ex != excerpts_.end()) {
    for (const Span& span : ex->second) {
      if (begin >= span.begin && end <= span.end) {
        node = span.source;  // the statement sits inside text copied from `source`
        break;
      }
    }
  }
  return names_[parent_[node]];
}

const std::vector<std::string>& ProvenanceIndex::Sources(const std::string& document) const {
  auto it = sources_.find(document);
  return it == sources_.end() ? kNoSources : it->second;
}

int CountIndependentSources(const ProvenanceIndex& index, const std::vector<Statement>& support) {
  std::unordered_set<std::string> roots;
  for (const Statement& s : support) roots.insert(index.Root(*s.document, s.begin, s.end));
  return static_cast<int>(roots.size());
}

}  // namespace stemma::stories
