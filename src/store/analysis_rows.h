// Rows of the corpus-level analysis (reuse graph, stories, claims, saved stage state), shared by
// the full save and the incremental story update. All functions run inside the caller's batch.
#pragma once

#include <string>
#include <vector>

#include "stemma/reuse.h"
#include "stemma/status.h"
#include "stemma/store.h"
#include "stemma/stories.h"
#include "store/sqlite_db.h"

namespace stemma::sqlite {

Status ReplaceReuse(Database& db, const ReuseResult& reuse);
Status InsertStories(Database& db, const std::vector<Story>& stories);
Status InsertClaims(Database& db, const std::vector<Claim>& claims);
// Deletes these stories, and with `claims` their claims too.
Status DeleteStories(Database& db, const std::vector<std::string>& ids, bool claims);
Status DeleteClaimsOf(Database& db, const std::vector<std::string>& story_ids);
// Stories by id (missing ones are skipped), or all of them in story order when `ids` is null.
StatusOr<std::vector<Story>> SelectStories(Database& db, const std::vector<std::string>* ids);
StatusOr<std::vector<Claim>> SelectClaims(Database& db);
StatusOr<ReuseResult> SelectReuse(Database& db);
// One page of each list, in the order of the full selects above.
StatusOr<ListPage<Story>> SelectStoryPage(Database& db, uint64_t offset, uint64_t limit);
StatusOr<ListPage<Claim>> SelectClaimPage(Database& db, uint64_t offset, uint64_t limit);
StatusOr<ListPage<ReuseEdge>> SelectReusePage(Database& db, uint64_t offset, uint64_t limit);
// Stories with a topic, in story order: id, title, topic and documents only.
StatusOr<std::vector<Story>> SelectTopicStories(Database& db);
// Marks the analysis as covering every document stored now.
Status MarkAnalysisCurrent(Database& db);

// A state is kept in parts of at most `part_bytes` ("name#0", "name#1", ...): SQLite refuses
// values over 1 GB, and a story index grows with the store.
inline constexpr size_t kStatePartBytes = size_t{256} << 20;
Status SaveState(Database& db, const std::string& name, const std::string& bytes,
                 size_t part_bytes = kStatePartBytes);
StatusOr<std::string> LoadState(Database& db, const std::string& name);  // empty if none

}  // namespace stemma::sqlite
