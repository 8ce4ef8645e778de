#include "store/document_rows.h"

#include "store/codec.h"
#include "store/page_query.h"

namespace stemma::sqlite {
namespace {

// Column 10 is the text; the page query without text selects '' in its place.
constexpr const char* kColumns =
    "SELECT doc_id, source, title, byline, published, outlet, language, url, canonical_url, "
    "republished_from, text, flags FROM documents ";
constexpr const char* kColumnsWithoutText =
    "SELECT doc_id, source, title, byline, published, outlet, language, url, canonical_url, "
    "republished_from, '', flags FROM documents ";

Document DocumentRow(const Statement& q) {
  Document d;
  d.id = q.Text(0);
  d.source = q.Text(1);
  d.title = q.Text(2);
  d.byline = q.Text(3);
  d.published = q.Text(4);
  d.outlet = q.Text(5);
  d.language = q.Text(6);
  d.url = q.Text(7);
  d.canonical_url = q.Text(8);
  d.republished_from = q.Text(9);
  d.text = q.Text(10);
  d.flags = codec::DecodeFlags(q.Text(11));
  return d;
}

}  // namespace

StatusOr<std::vector<Document>> SelectDocuments(Database& db) {
  Statement q(db.handle(), std::string(kColumns) + "ORDER BY doc_id");
  std::vector<Document> documents;
  while (q.Step()) documents.push_back(DocumentRow(q));
  if (!q.status().ok()) return q.status();
  return documents;
}

StatusOr<ListPage<Document>> SelectDocumentPage(Database& db, uint64_t offset, uint64_t limit,
                                                bool with_text) {
  // The offset is skipped on the doc_id index alone (rowids), never on the wide rows.
  const std::string page_sql =
      std::string(with_text ? kColumns : kColumnsWithoutText) +
      "WHERE rowid IN (SELECT rowid FROM documents ORDER BY doc_id LIMIT ?2 OFFSET ?1) "
      "ORDER BY doc_id";
  return SelectPage<Document>(db, "SELECT count(*) FROM documents", page_sql, offset, limit,
                              DocumentRow);
}

StatusOr<std::optional<Document>> SelectDocument(Database& db, const std::string& id) {
  Statement q(db.handle(), std::string(kColumns) + "WHERE doc_id = ?1");
  q.Bind(1, id);
  if (q.Step()) return std::optional<Document>(DocumentRow(q));
  if (!q.status().ok()) return q.status();
  return std::optional<Document>();
}

StatusOr<std::unordered_map<std::string, std::string>> SelectDocumentTexts(
    Database& db, const std::vector<std::string>& ids) {
  std::unordered_map<std::string, std::string> texts;
  Statement q(db.handle(), "SELECT text FROM documents WHERE doc_id = ?1");
  for (const std::string& id : ids) {
    if (texts.count(id)) continue;
    q.Bind(1, id);
    if (q.Step()) texts.emplace(id, q.Text(0));
    if (!q.status().ok()) return q.status();
    q.Reset();
  }
  return texts;
}

}  // namespace stemma::sqlite
