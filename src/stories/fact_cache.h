// Facts grouped by document id, loaded on demand and let go chunk by chunk: a story update
// holds the facts of one chunk of documents at a time (update.cc).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "stemma/facts.h"
#include "stemma/status.h"
#include "stemma/stories.h"

namespace stemma::stories {

// Documents whose facts a story update holds at once: ~90 facts each, so a few hundred MB of
// facts at most instead of every fact of the corpus.
inline constexpr size_t kFactChunk = 4096;

class FactCache {
 public:
  explicit FactCache(const FactLoader& load) : load_(load) {}
  // Loads the facts of the ids not held yet (one call of the loader).
  Status Fetch(const std::vector<std::string>& ids) {
    std::vector<std::string> missing;
    for (const std::string& id : ids) {
      if (by_doc_.try_emplace(id).second) missing.push_back(id);
    }
    if (missing.empty()) return Status::Ok();
    auto facts = load_(missing);
    if (!facts.ok()) return facts.status();
    for (Fact& f : *facts) {
      auto it = by_doc_.find(f.document);
      if (it != by_doc_.end()) it->second.push_back(std::move(f));
    }
    return Status::Ok();
  }
  const std::vector<Fact>& Of(const std::string& id) const {
    static const std::vector<Fact> kNone;
    auto it = by_doc_.find(id);
    return it == by_doc_.end() ? kNone : it->second;
  }
  std::vector<const Fact*> Pointers(const std::string& id) const {
    std::vector<const Fact*> out;
    for (const Fact& f : Of(id)) out.push_back(&f);
    return out;
  }
  // Drops every held fact (and the table's memory); earlier pointers dangle.
  void Clear() { std::unordered_map<std::string, std::vector<Fact>>().swap(by_doc_); }
  size_t documents() const { return by_doc_.size(); }

 private:
  const FactLoader& load_;
  std::unordered_map<std::string, std::vector<Fact>> by_doc_;
};

}  // namespace stemma::stories
