// Rows of the documents table: the full scan the pipeline reads, and the paged reads of
// `stemma serve`.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "stemma/document.h"
#include "stemma/status.h"
#include "stemma/store.h"
#include "store/sqlite_db.h"

namespace stemma::sqlite {

// Every document by id.
StatusOr<std::vector<Document>> SelectDocuments(Database& db);
// One page in the same order; without `with_text` the text column is never read.
StatusOr<ListPage<Document>> SelectDocumentPage(Database& db, uint64_t offset, uint64_t limit,
                                                bool with_text);
StatusOr<std::optional<Document>> SelectDocument(Database& db, const std::string& id);
StatusOr<std::unordered_map<std::string, std::string>> SelectDocumentTexts(
    Database& db, const std::vector<std::string>& ids);

}  // namespace stemma::sqlite
