// Independent sources: each statement is collapsed onto its provenance root through the reuse
// graph, so copies, syndications and rewrites count once.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "stemma/reuse.h"

namespace stemma::stories {

// Whole-document relations: the target repeats the source as a whole, not a part of it.
bool IsWholeCopy(const std::string& relation);

// Read-only after construction: lookups may run on several threads.
class ProvenanceIndex {
 public:
  // Whole-document relations (duplicate, near-duplicate, rewrite, republication) join their two
  // documents; an excerpt only covers the statements inside its aligned target passages.
  explicit ProvenanceIndex(const ReuseResult& reuse);

  // The root document a statement at text[begin, end) of `document` derives from.
  const std::string& Root(const std::string& document, size_t begin, size_t end) const;
  // Documents connected to `document` by any reuse edge (for "a copy goes with its source").
  const std::vector<std::string>& Sources(const std::string& document) const;

 private:
  struct Span {
    size_t begin, end;
    int source;
  };
  int IdOf(const std::string& document);
  int Find(int x);

  std::unordered_map<std::string, int> ids_;
  std::vector<std::string> names_;
  std::vector<int> parent_;
  std::unordered_map<int, std::vector<Span>> excerpts_;
  std::unordered_map<std::string, std::vector<std::string>> sources_;
};

// Number of distinct provenance roots among (document, begin, end) statements.
struct Statement {
  const std::string* document;
  size_t begin;
  size_t end;
};
int CountIndependentSources(const ProvenanceIndex& index, const std::vector<Statement>& support);

}  // namespace stemma::stories
