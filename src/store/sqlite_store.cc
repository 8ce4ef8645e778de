// The SQLite back end of Store: one file, WAL mode, every batch one transaction.
#include <sqlite3.h>

#include <memory>
#include <string>

#include "stemma/store.h"
#include "store/analysis_rows.h"
#include "store/codec.h"
#include "store/document_rows.h"
#include "store/schema.h"
#include "store/sqlite_db.h"

namespace stemma {
namespace {

using sqlite::Database;
using sqlite::Statement;

constexpr const char* kStoryState = "stories";
constexpr const char* kFactColumns =
    "SELECT doc_id, kind, text, begin_offset, end_offset, value, speaker, counts, approximate, "
    "in_title FROM facts ";

Fact FactRow(const Statement& q) {
  Fact f;
  f.document = q.Text(0);
  f.kind = q.Text(1);
  f.text = q.Text(2);
  f.begin = static_cast<size_t>(q.Int(3));
  f.end = static_cast<size_t>(q.Int(4));
  f.value = q.Text(5);
  f.speaker = q.Text(6);
  f.counts = q.Text(7);
  f.approximate = q.Int(8) != 0;
  f.in_title = q.Int(9) != 0;
  return f;
}

ContentFormat FormatFromName(const std::string& name) {
  if (name == "html") return ContentFormat::kHtml;
  if (name == "markdown") return ContentFormat::kMarkdown;
  return ContentFormat::kText;
}

class SqliteStore : public Store {
 public:
  explicit SqliteStore(sqlite3* db) : db_(db) {}

  Status Init() {
    Status s =
        db_.Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON");
    if (!s.ok()) return s;
    return sqlite::Migrate(db_);
  }

  Status BeginBatch() override { return db_.Exec("BEGIN IMMEDIATE"); }
  Status CommitBatch() override { return db_.Exec("COMMIT"); }
  void AbortBatch() override {
    if (!sqlite3_get_autocommit(db_.handle())) (void)db_.Exec("ROLLBACK");
  }

  StatusOr<AddResult> AddRaw(const RawDocument& raw) override {
    // Identity is the id: the same id with the same content is a re-ingest and adds nothing.
    // The same content under another id is a copy, and copies are what stemma is for.
    Statement existing(db_.handle(), "SELECT content_hash FROM raw_documents WHERE doc_id = ?1");
    existing.Bind(1, raw.id);
    bool update = existing.Step();
    if (!existing.status().ok()) return existing.status();
    if (update && existing.Text(0) == raw.content_hash) return AddResult::kUnchanged;
    if (update) {
      Status s = DeleteDerived(raw.id);
      // Every saved index knew the old text: the next analysis starts afresh.
      if (s.ok()) s = db_.Exec("DELETE FROM state");
      if (!s.ok()) return s;
    }
    Statement put(db_.handle(),
                  "INSERT OR REPLACE INTO raw_documents (doc_id, source, format, content, "
                  "content_hash, url, title, author, published, outlet, fetched_at, extracted) "
                  "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,0)");
    put.Bind(1, raw.id).Bind(2, raw.source).Bind(3, ContentFormatName(raw.format));
    put.Bind(4, raw.content).Bind(5, raw.content_hash).Bind(6, raw.url).Bind(7, raw.title);
    put.Bind(8, raw.author).Bind(9, raw.published).Bind(10, raw.outlet).Bind(11, raw.fetched_at);
    put.Step();
    if (!put.status().ok()) return put.status();
    return update ? AddResult::kUpdated : AddResult::kAdded;
  }

  StatusOr<uint64_t> CountPendingRaw() override {
    Statement count(db_.handle(), "SELECT count(*) FROM raw_documents WHERE extracted = 0");
    if (!count.Step()) return count.status();
    return static_cast<uint64_t>(count.Int(0));
  }

  Status ForEachPendingRaw(size_t chunk_size,
                           const std::function<Status(std::vector<RawDocument>&)>& fn) override {
    // Keyset pagination so that marking documents extracted inside `fn` is safe.
    std::string last_id;
    for (;;) {
      std::vector<RawDocument> chunk;
      {
        Statement q(db_.handle(),
                    "SELECT doc_id, source, format, content, content_hash, url, title, author, "
                    "published, outlet, fetched_at FROM raw_documents "
                    "WHERE extracted = 0 AND doc_id > ?1 ORDER BY doc_id LIMIT ?2");
        q.Bind(1, last_id).Bind(2, static_cast<int64_t>(chunk_size));
        while (q.Step()) {
          RawDocument raw;
          raw.id = q.Text(0);
          raw.source = q.Text(1);
          raw.format = FormatFromName(q.Text(2));
          raw.content = q.Text(3);
          raw.content_hash = q.Text(4);
          raw.url = q.Text(5);
          raw.title = q.Text(6);
          raw.author = q.Text(7);
          raw.published = q.Text(8);
          raw.outlet = q.Text(9);
          raw.fetched_at = q.Text(10);
          chunk.push_back(std::move(raw));
        }
        if (!q.status().ok()) return q.status();
      }
      if (chunk.empty()) return Status::Ok();
      last_id = chunk.back().id;
      Status s = fn(chunk);
      if (!s.ok()) return s;
    }
  }

  Status SaveExtracted(const std::vector<Document>& documents,
                       const std::vector<Fact>& facts) override {
    Statement put(db_.handle(),
                  "INSERT OR REPLACE INTO documents (doc_id, source, title, byline, published, "
                  "outlet, language, url, canonical_url, republished_from, text, flags) "
                  "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)");
    Statement fts(db_.handle(),
                  "INSERT INTO documents_fts (rowid, doc_id, title, text) VALUES (?1,?2,?3,?4)");
    Statement done(db_.handle(), "UPDATE raw_documents SET extracted = 1 WHERE doc_id = ?1");
    for (const Document& d : documents) {
      Status s = DeleteDerived(d.id);
      if (!s.ok()) return s;
      put.Bind(1, d.id).Bind(2, d.source).Bind(3, d.title).Bind(4, d.byline).Bind(5, d.published);
      put.Bind(6, d.outlet).Bind(7, d.language).Bind(8, d.url).Bind(9, d.canonical_url);
      put.Bind(10, d.republished_from).Bind(11, d.text).Bind(12, codec::EncodeFlags(d.flags));
      put.Step();
      if (!put.status().ok()) return put.status();
      put.Reset();
      fts.Bind(1, static_cast<int64_t>(sqlite3_last_insert_rowid(db_.handle())));
      fts.Bind(2, d.id).Bind(3, d.title).Bind(4, d.text);
      fts.Step();
      if (!fts.status().ok()) return fts.status();
      fts.Reset();
      done.Bind(1, d.id);
      done.Step();
      if (!done.status().ok()) return done.status();
      done.Reset();
    }
    Status bumped = db_.Exec(
        "UPDATE meta SET value = value + 1 WHERE key = 'documents_version'");
    if (!bumped.ok()) return bumped;
    Statement fact(db_.handle(),
                   "INSERT INTO facts (doc_id, kind, text, begin_offset, end_offset, value, "
                   "speaker, counts, approximate, in_title) "
                   "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)");
    for (const Fact& f : facts) {
      fact.Bind(1, f.document).Bind(2, f.kind).Bind(3, f.text);
      fact.Bind(4, static_cast<int64_t>(f.begin)).Bind(5, static_cast<int64_t>(f.end));
      fact.Bind(6, f.value).Bind(7, f.speaker).Bind(8, f.counts);
      fact.Bind(9, static_cast<int64_t>(f.approximate ? 1 : 0));
      fact.Bind(10, static_cast<int64_t>(f.in_title ? 1 : 0));
      fact.Step();
      if (!fact.status().ok()) return fact.status();
      fact.Reset();
    }
    return Status::Ok();
  }

  StatusOr<std::vector<Document>> LoadDocuments() override {
    return sqlite::SelectDocuments(db_);
  }

  StatusOr<std::vector<Fact>> LoadFacts() override {
    Statement q(db_.handle(), std::string(kFactColumns) +
                                  "ORDER BY doc_id, in_title DESC, begin_offset, rowid");
    std::vector<Fact> facts;
    while (q.Step()) facts.push_back(FactRow(q));
    if (!q.status().ok()) return q.status();
    return facts;
  }

  StatusOr<std::vector<Fact>> LoadFacts(const std::vector<std::string>& ids) override {
    Statement q(db_.handle(),
                std::string(kFactColumns) +
                    "WHERE doc_id = ?1 ORDER BY in_title DESC, begin_offset, rowid");
    std::vector<Fact> facts;
    for (const std::string& id : ids) {
      q.Bind(1, id);
      while (q.Step()) facts.push_back(FactRow(q));
      if (!q.status().ok()) return q.status();
      q.Reset();
    }
    return facts;
  }

  StatusOr<std::vector<Story>> LoadStories(const std::vector<std::string>& ids) override {
    return sqlite::SelectStories(db_, &ids);
  }
  StatusOr<std::string> LoadStoryState() override { return sqlite::LoadState(db_, kStoryState); }
  StatusOr<ReuseResult> LoadReuse() override { return sqlite::SelectReuse(db_); }
  StatusOr<std::string> LoadState(const std::string& name) override {
    return sqlite::LoadState(db_, name);
  }
  Status SaveState(const std::string& name, const std::string& bytes) override {
    return sqlite::SaveState(db_, name, bytes);
  }
  Status SaveStoryUpdate(const ReuseResult& reuse, const StoryUpdate& update) override;

  StatusOr<Analysis> LoadAnalysis() override;
  StatusOr<AnalysisCounts> CountAnalysis() override {
    Statement q(db_.handle(),
                "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM reuse_edges), "
                "(SELECT count(*) FROM stories), (SELECT count(*) FROM claims)");
    if (!q.Step()) return q.status().ok() ? Status::Error("count failed") : q.status();
    return AnalysisCounts{static_cast<uint64_t>(q.Int(0)), static_cast<uint64_t>(q.Int(1)),
                          static_cast<uint64_t>(q.Int(2)), static_cast<uint64_t>(q.Int(3))};
  }
  StatusOr<bool> CorpusAnalysisCurrent() override {
    Statement q(db_.handle(),
                "SELECT (SELECT value FROM meta WHERE key = 'documents_version') = "
                "(SELECT value FROM meta WHERE key = 'analysis_version')");
    if (!q.Step()) return q.status().ok() ? Status::Error("store meta missing") : q.status();
    return q.Int(0) != 0;
  }

  StatusOr<uint64_t> CountFacts() override {
    Statement q(db_.handle(), "SELECT count(*) FROM facts");
    if (!q.Step()) return q.status().ok() ? Status::Error("count failed") : q.status();
    return static_cast<uint64_t>(q.Int(0));
  }
  StatusOr<ListPage<Document>> LoadDocumentPage(uint64_t offset, uint64_t limit,
                                                bool with_text) override {
    return sqlite::SelectDocumentPage(db_, offset, limit, with_text);
  }
  StatusOr<std::optional<Document>> LoadDocument(const std::string& id) override {
    return sqlite::SelectDocument(db_, id);
  }
  StatusOr<std::unordered_map<std::string, std::string>> LoadDocumentTexts(
      const std::vector<std::string>& ids) override {
    return sqlite::SelectDocumentTexts(db_, ids);
  }
  StatusOr<ListPage<ReuseEdge>> LoadReusePage(uint64_t offset, uint64_t limit) override {
    return sqlite::SelectReusePage(db_, offset, limit);
  }
  StatusOr<ListPage<Story>> LoadStoryPage(uint64_t offset, uint64_t limit) override {
    return sqlite::SelectStoryPage(db_, offset, limit);
  }
  StatusOr<ListPage<Claim>> LoadClaimPage(uint64_t offset, uint64_t limit) override {
    return sqlite::SelectClaimPage(db_, offset, limit);
  }
  StatusOr<std::vector<Story>> LoadTopicStories() override {
    return sqlite::SelectTopicStories(db_);
  }

  StatusOr<std::vector<SearchHit>> Search(const std::string& query, size_t limit) override;

 private:
  Status DeleteDerived(const std::string& id) {
    // The FTS row shares the document's rowid, so it goes first and by rowid (an UNINDEXED
    // column would mean a full scan per document).
    for (const char* sql :
         {"DELETE FROM documents_fts WHERE rowid = (SELECT rowid FROM documents WHERE doc_id = ?1)",
          "DELETE FROM documents WHERE doc_id = ?1", "DELETE FROM facts WHERE doc_id = ?1"}) {
      Statement del(db_.handle(), sql);
      del.Bind(1, id);
      del.Step();
      if (!del.status().ok()) return del.status();
    }
    return Status::Ok();
  }

  Database db_;
};

Status SqliteStore::SaveStoryUpdate(const ReuseResult& reuse, const StoryUpdate& update) {
  Status s = sqlite::MarkAnalysisCurrent(db_);
  if (s.ok() && update.full) {
    for (const char* table : {"stories", "claims"}) {
      if (s.ok()) s = db_.Exec(std::string("DELETE FROM ") + table);
    }
  } else if (s.ok()) {
    std::vector<std::string> written;
    for (const Story& st : update.stories) written.push_back(st.id);
    s = sqlite::DeleteStories(db_, update.removed, /*claims=*/true);
    if (s.ok()) s = sqlite::DeleteStories(db_, written, /*claims=*/false);
    if (s.ok()) s = sqlite::DeleteClaimsOf(db_, update.claims_replaced);
  }
  if (s.ok()) s = sqlite::ReplaceReuse(db_, reuse);
  if (s.ok()) s = sqlite::InsertStories(db_, update.stories);
  if (s.ok()) s = sqlite::InsertClaims(db_, update.claims);
  if (s.ok()) s = sqlite::SaveState(db_, kStoryState, update.state);
  return s;
}

StatusOr<Analysis> SqliteStore::LoadAnalysis() {
  Analysis analysis;
  auto documents = LoadDocuments();
  if (!documents.ok()) return documents.status();
  analysis.documents = std::move(documents).value();
  auto facts = LoadFacts();
  if (!facts.ok()) return facts.status();
  analysis.facts = std::move(facts).value();

  auto reuse = sqlite::SelectReuse(db_);
  if (!reuse.ok()) return reuse.status();
  analysis.reuse = std::move(reuse).value();
  auto stories = sqlite::SelectStories(db_, nullptr);
  if (!stories.ok()) return stories.status();
  analysis.stories.stories = std::move(stories).value();
  auto claims = sqlite::SelectClaims(db_);
  if (!claims.ok()) return claims.status();
  analysis.stories.claims = std::move(claims).value();
  return analysis;
}

StatusOr<std::vector<SearchHit>> SqliteStore::Search(const std::string& query, size_t limit) {
  Statement q(db_.handle(),
              "SELECT doc_id, title, snippet(documents_fts, 2, '[', ']', '...', 12) "
              "FROM documents_fts WHERE documents_fts MATCH ?1 ORDER BY rank LIMIT ?2");
  if (!q.prepared()) return q.status();
  q.Bind(1, query).Bind(2, static_cast<int64_t>(limit));
  std::vector<SearchHit> hits;
  while (q.Step()) hits.push_back({q.Text(0), q.Text(1), q.Text(2)});
  if (!q.status().ok()) return Status::Error("search: " + q.status().message());
  return hits;
}

}  // namespace

StatusOr<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path) {
  auto raw = sqlite::Database::OpenRaw(path);
  if (!raw.ok()) return raw.status();
  auto store = std::make_unique<SqliteStore>(*raw);
  Status s = store->Init();
  if (!s.ok()) return Status::Error(path + ": " + s.message());
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace stemma
