#include "store/schema.h"

#include <string>

namespace stemma::sqlite {
namespace {

// Migration N brings user_version from N-1 to N. Never edit a released migration; add one.
const char* const kMigrations[] = {
    // 1: raw and extracted documents, facts, corpus analysis, full-text index.
    R"sql(
CREATE TABLE raw_documents (
  doc_id TEXT PRIMARY KEY, source TEXT NOT NULL, format TEXT NOT NULL, content TEXT NOT NULL,
  content_hash TEXT NOT NULL, url TEXT, title TEXT, author TEXT, published TEXT,
  outlet TEXT, fetched_at TEXT, ingested_at TEXT NOT NULL DEFAULT (datetime('now')),
  extracted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX raw_documents_pending ON raw_documents(extracted, doc_id);
CREATE INDEX raw_documents_hash ON raw_documents(content_hash);
CREATE TABLE documents (
  doc_id TEXT PRIMARY KEY, source TEXT, title TEXT, byline TEXT, published TEXT, outlet TEXT,
  language TEXT, url TEXT, canonical_url TEXT, republished_from TEXT, text TEXT NOT NULL,
  flags TEXT NOT NULL DEFAULT '[]');
CREATE VIRTUAL TABLE documents_fts USING fts5(doc_id UNINDEXED, title, text);
CREATE TABLE facts (
  doc_id TEXT NOT NULL, kind TEXT NOT NULL, text TEXT, begin_offset INTEGER, end_offset INTEGER,
  value TEXT, speaker TEXT, counts TEXT, approximate INTEGER NOT NULL DEFAULT 0);
CREATE INDEX facts_doc ON facts(doc_id);
CREATE INDEX facts_kind_value ON facts(kind, value);
CREATE TABLE reuse_edges (
  source TEXT NOT NULL, target TEXT NOT NULL, relation TEXT NOT NULL, score REAL,
  direction_known INTEGER NOT NULL, direction_reason TEXT, passages TEXT NOT NULL);
CREATE TABLE provenance_clusters (cluster_id INTEGER PRIMARY KEY, original TEXT,
  documents TEXT NOT NULL);
CREATE TABLE stories (story_id TEXT PRIMARY KEY, title TEXT, first_date TEXT, last_date TEXT,
  documents TEXT NOT NULL, related_documents TEXT NOT NULL, timeline TEXT NOT NULL);
CREATE TABLE claims (claim_id TEXT PRIMARY KEY, story TEXT, kind TEXT, text TEXT, value TEXT,
  documents TEXT NOT NULL, independent_sources INTEGER, contradicted_by TEXT NOT NULL,
  single_source INTEGER NOT NULL);
)sql",
    // 2: counters that tell whether the corpus-level analysis is up to date.
    R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT INTO meta (key, value) VALUES ('documents_version', 0), ('analysis_version', -1);
)sql",
    // 3: saved state of incremental stages (the story index), claims found by story.
    R"sql(
CREATE TABLE state (name TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE INDEX claims_story ON claims(story);
)sql",
    // 4: the topic of each story (stories about the same kind of event or the same people).
    R"sql(
ALTER TABLE stories ADD COLUMN topic TEXT NOT NULL DEFAULT '';
)sql",
    // 5: facts of the headline (offsets into the title, not the text).
    R"sql(
ALTER TABLE facts ADD COLUMN in_title INTEGER NOT NULL DEFAULT 0;
)sql",
};

}  // namespace

Status Migrate(Database& db) {
  Statement version(db.handle(), "PRAGMA user_version");
  int current = version.Step() ? static_cast<int>(version.Int(0)) : 0;
  if (current > kSchemaVersion) {
    return Status::Error("store schema version " + std::to_string(current) +
                         " is newer than this stemma (" + std::to_string(kSchemaVersion) + ")");
  }
  for (int v = current; v < kSchemaVersion; ++v) {
    Status s = db.Exec("BEGIN IMMEDIATE");
    if (!s.ok()) return s;
    s = db.Exec(kMigrations[v]);
    if (s.ok()) s = db.Exec("PRAGMA user_version = " + std::to_string(v + 1));
    if (!s.ok()) {
      (void)db.Exec("ROLLBACK");
      return Status::Error("migration " + std::to_string(v + 1) + " failed: " + s.message());
    }
    s = db.Exec("COMMIT");
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace stemma::sqlite
