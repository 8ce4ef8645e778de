#include "store/analysis_rows.h"

#include <algorithm>

#include "store/codec.h"
#include "store/page_query.h"

namespace stemma::sqlite {
namespace {

// Runs `sql` (one ?1 parameter) once per id.
Status ForEachId(Database& db, const char* sql, const std::vector<std::string>& ids) {
  Statement q(db.handle(), sql);
  for (const std::string& id : ids) {
    q.Bind(1, id);
    q.Step();
    if (!q.status().ok()) return q.status();
    q.Reset();
  }
  return q.status();
}

Story StoryRow(const Statement& q) {
  return {q.Text(0),
          q.Text(1),
          q.Text(2),
          q.Text(3),
          codec::DecodeStrings(q.Text(4)),
          codec::DecodeStrings(q.Text(5)),
          codec::DecodeTimeline(q.Text(6)),
          q.Text(7)};
}

constexpr const char* kStoryColumns =
    "SELECT story_id, title, first_date, last_date, documents, related_documents, timeline, "
    "topic FROM stories ";
// Story order: by the number in "story-N" (ids of other shapes last, by text).
constexpr const char* kStoryOrder = "ORDER BY CAST(substr(story_id, 7) AS INTEGER), story_id";

constexpr const char* kClaimColumns =
    "SELECT claim_id, story, kind, text, value, documents, independent_sources, "
    "contradicted_by, single_source FROM claims ";

Claim ClaimRow(const Statement& q) {
  return {q.Text(0),
          q.Text(1),
          q.Text(2),
          q.Text(3),
          q.Text(4),
          codec::DecodeStrings(q.Text(5)),
          static_cast<int>(q.Int(6)),
          codec::DecodeStrings(q.Text(7)),
          q.Int(8) != 0};
}

constexpr const char* kEdgeColumns =
    "SELECT source, target, relation, score, direction_known, direction_reason, passages "
    "FROM reuse_edges ";

ReuseEdge EdgeRow(const Statement& q) {
  return {q.Text(0), q.Text(1), q.Text(2), q.Double(3),
          q.Int(4) != 0, q.Text(5), codec::DecodePassages(q.Text(6))};
}

}  // namespace

Status ReplaceReuse(Database& db, const ReuseResult& reuse) {
  for (const char* table : {"reuse_edges", "provenance_clusters"}) {
    Status s = db.Exec(std::string("DELETE FROM ") + table);
    if (!s.ok()) return s;
  }
  Statement edge(db.handle(),
                 "INSERT INTO reuse_edges (source, target, relation, score, direction_known, "
                 "direction_reason, passages) VALUES (?1,?2,?3,?4,?5,?6,?7)");
  for (const ReuseEdge& e : reuse.edges) {
    edge.Bind(1, e.source).Bind(2, e.target).Bind(3, e.relation).Bind(4, e.score);
    edge.Bind(5, static_cast<int64_t>(e.direction_known)).Bind(6, e.direction_reason);
    edge.Bind(7, codec::EncodePassages(e.passages));
    edge.Step();
    if (!edge.status().ok()) return edge.status();
    edge.Reset();
  }
  Statement cluster(db.handle(),
                    "INSERT INTO provenance_clusters (original, documents) VALUES (?1,?2)");
  for (const ProvenanceCluster& c : reuse.clusters) {
    cluster.Bind(1, c.original).Bind(2, codec::EncodeStrings(c.documents));
    cluster.Step();
    if (!cluster.status().ok()) return cluster.status();
    cluster.Reset();
  }
  return Status::Ok();
}

Status InsertStories(Database& db, const std::vector<Story>& stories) {
  Statement story(db.handle(),
                  "INSERT OR REPLACE INTO stories (story_id, title, first_date, last_date, "
                  "documents, related_documents, timeline, topic) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)");
  for (const Story& st : stories) {
    story.Bind(1, st.id).Bind(2, st.title).Bind(3, st.first_date).Bind(4, st.last_date);
    story.Bind(5, codec::EncodeStrings(st.documents));
    story.Bind(6, codec::EncodeStrings(st.related_documents));
    story.Bind(7, codec::EncodeTimeline(st.timeline)).Bind(8, st.topic);
    story.Step();
    if (!story.status().ok()) return story.status();
    story.Reset();
  }
  return Status::Ok();
}

Status InsertClaims(Database& db, const std::vector<Claim>& claims) {
  Statement claim(db.handle(),
                  "INSERT OR REPLACE INTO claims (claim_id, story, kind, text, value, documents, "
                  "independent_sources, contradicted_by, single_source) "
                  "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)");
  for (const Claim& c : claims) {
    claim.Bind(1, c.id).Bind(2, c.story).Bind(3, c.kind).Bind(4, c.text).Bind(5, c.value);
    claim.Bind(6, codec::EncodeStrings(c.documents));
    claim.Bind(7, static_cast<int64_t>(c.independent_sources));
    claim.Bind(8, codec::EncodeStrings(c.contradicted_by));
    claim.Bind(9, static_cast<int64_t>(c.single_source));
    claim.Step();
    if (!claim.status().ok()) return claim.status();
    claim.Reset();
  }
  return Status::Ok();
}

Status DeleteStories(Database& db, const std::vector<std::string>& ids, bool claims) {
  Status s = ForEachId(db, "DELETE FROM stories WHERE story_id = ?1", ids);
  if (s.ok() && claims) s = DeleteClaimsOf(db, ids);
  return s;
}

Status DeleteClaimsOf(Database& db, const std::vector<std::string>& story_ids) {
  return ForEachId(db, "DELETE FROM claims WHERE story = ?1", story_ids);
}

StatusOr<std::vector<Story>> SelectStories(Database& db, const std::vector<std::string>* ids) {
  std::vector<Story> out;
  if (ids == nullptr) {
    Statement q(db.handle(), std::string(kStoryColumns) + kStoryOrder);
    while (q.Step()) out.push_back(StoryRow(q));
    if (!q.status().ok()) return q.status();
    return out;
  }
  Statement q(db.handle(), std::string(kStoryColumns) + "WHERE story_id = ?1");
  for (const std::string& id : *ids) {
    q.Bind(1, id);
    while (q.Step()) out.push_back(StoryRow(q));
    if (!q.status().ok()) return q.status();
    q.Reset();
  }
  return out;
}

StatusOr<std::vector<Claim>> SelectClaims(Database& db) {
  std::vector<Claim> out;
  Statement q(db.handle(), std::string(kClaimColumns) + "ORDER BY rowid");
  while (q.Step()) out.push_back(ClaimRow(q));
  if (!q.status().ok()) return q.status();
  return out;
}

StatusOr<ReuseResult> SelectReuse(Database& db) {
  ReuseResult reuse;
  Statement edges(db.handle(), std::string(kEdgeColumns) + "ORDER BY rowid");
  while (edges.Step()) reuse.edges.push_back(EdgeRow(edges));
  if (!edges.status().ok()) return edges.status();
  Statement clusters(db.handle(),
                     "SELECT original, documents FROM provenance_clusters ORDER BY cluster_id");
  while (clusters.Step()) {
    reuse.clusters.push_back({codec::DecodeStrings(clusters.Text(1)), clusters.Text(0)});
  }
  if (!clusters.status().ok()) return clusters.status();
  return reuse;
}

StatusOr<ListPage<Story>> SelectStoryPage(Database& db, uint64_t offset, uint64_t limit) {
  // The order is on an expression: sort the narrow ids (from the story_id index), then read
  // only the page's rows.
  const std::string sql = std::string(kStoryColumns) +
                          "WHERE rowid IN (SELECT rowid FROM stories " + kStoryOrder +
                          " LIMIT ?2 OFFSET ?1) " + kStoryOrder;
  return SelectPage<Story>(db, "SELECT count(*) FROM stories", sql, offset, limit, StoryRow);
}

StatusOr<ListPage<Claim>> SelectClaimPage(Database& db, uint64_t offset, uint64_t limit) {
  return SelectPage<Claim>(db, "SELECT count(*) FROM claims",
                           std::string(kClaimColumns) + "ORDER BY rowid LIMIT ?2 OFFSET ?1",
                           offset, limit, ClaimRow);
}

StatusOr<ListPage<ReuseEdge>> SelectReusePage(Database& db, uint64_t offset, uint64_t limit) {
  return SelectPage<ReuseEdge>(db, "SELECT count(*) FROM reuse_edges",
                               std::string(kEdgeColumns) + "ORDER BY rowid LIMIT ?2 OFFSET ?1",
                               offset, limit, EdgeRow);
}

StatusOr<std::vector<Story>> SelectTopicStories(Database& db) {
  Statement q(db.handle(), std::string("SELECT story_id, title, documents, topic FROM stories "
                                       "WHERE topic != '' ") +
                               kStoryOrder);
  std::vector<Story> out;
  while (q.Step()) {
    Story s;
    s.id = q.Text(0);
    s.title = q.Text(1);
    s.documents = codec::DecodeStrings(q.Text(2));
    s.topic = q.Text(3);
    out.push_back(std::move(s));
  }
  if (!q.status().ok()) return q.status();
  return out;
}

Status MarkAnalysisCurrent(Database& db) {
  return db.Exec(
      "UPDATE meta SET value = (SELECT value FROM meta WHERE key = 'documents_version') "
      "WHERE key = 'analysis_version'");
}

Status SaveState(Database& db, const std::string& name, const std::string& bytes,
                 size_t part_bytes) {
  Statement drop(db.handle(), "DELETE FROM state WHERE name = ?1 OR substr(name, 1, ?2) = ?3");
  drop.Bind(1, name).Bind(2, static_cast<int64_t>(name.size() + 1)).Bind(3, name + "#");
  drop.Step();
  if (!drop.status().ok()) return drop.status();
  Statement q(db.handle(), "INSERT INTO state (name, data) VALUES (?1, ?2)");
  size_t part = 0;
  part_bytes = std::max<size_t>(part_bytes, 1);
  for (size_t at = 0; at == 0 || at < bytes.size(); at += part_bytes, ++part) {
    q.Bind(1, name + "#" + std::to_string(part));
    q.BindBlob(2, std::string_view(bytes).substr(at, part_bytes));
    q.Step();
    if (!q.status().ok()) return q.status();
    q.Reset();
  }
  return Status::Ok();
}

StatusOr<std::string> LoadState(Database& db, const std::string& name) {
  std::string bytes;
  Statement q(db.handle(), "SELECT data FROM state WHERE name = ?1");
  for (size_t part = 0;; ++part) {
    q.Bind(1, name + "#" + std::to_string(part));
    if (!q.Step()) break;
    bytes += q.Blob(0);
    q.Reset();
  }
  if (!q.status().ok()) return q.status();
  if (bytes.empty()) {  // a state saved whole, before states were split into parts
    q.Reset();
    q.Bind(1, name);
    if (q.Step()) bytes = q.Blob(0);
    if (!q.status().ok()) return q.status();
  }
  return bytes;
}

}  // namespace stemma::sqlite
