// The store: raw documents, extracted documents, facts and corpus-level analysis, persisted.
// SQLite is the embedded default; a PostgreSQL back end implements the same interface later.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "stemma/analysis.h"
#include "stemma/document.h"
#include "stemma/status.h"

namespace stemma {

enum class AddResult { kAdded, kUpdated, kUnchanged };

struct AnalysisCounts {
  uint64_t documents = 0, reuse_edges = 0, stories = 0, claims = 0;
};

struct SearchHit {
  std::string id;
  std::string title;
  std::string snippet;
};

// One page of a list: at most `limit` items from `offset` on, and how long the whole list is.
template <typename T>
struct ListPage {
  uint64_t total = 0;
  std::vector<T> items;
};

class Store {
 public:
  virtual ~Store() = default;

  // A batch is one transaction: everything between BeginBatch and CommitBatch lands, or nothing.
  virtual Status BeginBatch() = 0;
  virtual Status CommitBatch() = 0;
  virtual void AbortBatch() = 0;

  // Same id and content hash already stored -> kUnchanged; same id with new content ->
  // kUpdated; the same content under a new id is a new document (an exact copy).
  virtual StatusOr<AddResult> AddRaw(const RawDocument& raw) = 0;

  virtual StatusOr<uint64_t> CountPendingRaw() = 0;
  // Calls `fn` with chunks of raw documents that have not been extracted yet.
  virtual Status ForEachPendingRaw(size_t chunk_size,
                                   const std::function<Status(std::vector<RawDocument>&)>& fn) = 0;
  // Replaces the extraction and facts of these documents (inside the caller's batch).
  virtual Status SaveExtracted(const std::vector<Document>& documents,
                               const std::vector<Fact>& facts) = 0;

  virtual StatusOr<std::vector<Document>> LoadDocuments() = 0;
  virtual StatusOr<std::vector<Fact>> LoadFacts() = 0;
  virtual StatusOr<Analysis> LoadAnalysis() = 0;
  virtual StatusOr<AnalysisCounts> CountAnalysis() = 0;
  // True when the saved corpus analysis covers every extracted document (nothing changed since).
  virtual StatusOr<bool> CorpusAnalysisCurrent() = 0;

  // Incremental stories.
  virtual StatusOr<std::vector<Fact>> LoadFacts(const std::vector<std::string>& document_ids) = 0;
  virtual StatusOr<std::vector<Story>> LoadStories(const std::vector<std::string>& ids) = 0;
  virtual StatusOr<std::string> LoadStoryState() = 0;  // empty when there is none
  virtual StatusOr<ReuseResult> LoadReuse() = 0;
  // Named state of incremental stages (empty when none). Every state is dropped whenever a
  // stored document changes.
  virtual StatusOr<std::string> LoadState(const std::string& name) = 0;
  virtual Status SaveState(const std::string& name, const std::string& bytes) = 0;
  // Replaces the reuse graph, applies the story update and keeps its state (caller's batch).
  virtual Status SaveStoryUpdate(const ReuseResult& reuse, const StoryUpdate& update) = 0;

  // Reads for `stemma serve` that cost what they return, not what the store holds. Lists come in
  // LoadAnalysis order; an offset past the end gives no items and the true total.
  virtual StatusOr<uint64_t> CountFacts() = 0;
  // Documents in LoadDocuments order; `with_text` false leaves every `text` empty.
  virtual StatusOr<ListPage<Document>> LoadDocumentPage(uint64_t offset, uint64_t limit,
                                                        bool with_text) = 0;
  // The document with this id, or nullopt when there is none.
  virtual StatusOr<std::optional<Document>> LoadDocument(const std::string& id) = 0;
  // Clean texts of these documents by id (missing ones are left out).
  virtual StatusOr<std::unordered_map<std::string, std::string>> LoadDocumentTexts(
      const std::vector<std::string>& ids) = 0;
  virtual StatusOr<ListPage<ReuseEdge>> LoadReusePage(uint64_t offset, uint64_t limit) = 0;
  virtual StatusOr<ListPage<Story>> LoadStoryPage(uint64_t offset, uint64_t limit) = 0;
  virtual StatusOr<ListPage<Claim>> LoadClaimPage(uint64_t offset, uint64_t limit) = 0;
  // Every story with a topic, in story order, with only id, title, topic and documents filled
  // (enough to list the topics).
  virtual StatusOr<std::vector<Story>> LoadTopicStories() = 0;

  // Full-text search over titles and clean text (FTS5 query syntax).
  virtual StatusOr<std::vector<SearchHit>> Search(const std::string& query, size_t limit) = 0;
};

// Opens (creating and migrating as needed) an SQLite store in WAL mode.
StatusOr<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);

}  // namespace stemma
