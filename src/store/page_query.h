// Paged reads: a count and one LIMIT/OFFSET page, taken from the same snapshot of the store.
#pragma once

#include <cstdint>
#include <limits>
#include <string_view>

#include "stemma/store.h"
#include "store/sqlite_db.h"

namespace stemma::sqlite {

// Holds one read snapshot while it lives, so that a total and its page agree. A savepoint, not
// BEGIN: it nests inside a caller's batch too.
class ReadSnapshot {
 public:
  explicit ReadSnapshot(Database& db) : db_(db), active_(db.Exec("SAVEPOINT read_page").ok()) {}
  ~ReadSnapshot() {
    if (active_) (void)db_.Exec("RELEASE read_page");
  }
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;

 private:
  Database& db_;
  bool active_;
};

// SQLite reads a negative OFFSET as 0 and a negative LIMIT as "no limit": clamp, never wrap.
inline int64_t SqlInt(uint64_t value) {
  constexpr uint64_t kMax = static_cast<uint64_t>(std::numeric_limits<int64_t>::max());
  return static_cast<int64_t>(value < kMax ? value : kMax);
}

// `count_sql` yields the total; `page_sql` takes ?1 = offset and ?2 = limit and each of its rows
// becomes an item through `row(statement)`. Both statements must be fixed text: every value
// is bound.
template <typename T, typename RowFn>
StatusOr<ListPage<T>> SelectPage(Database& db, std::string_view count_sql,
                                 std::string_view page_sql, uint64_t offset, uint64_t limit,
                                 RowFn row) {
  ReadSnapshot snapshot(db);
  ListPage<T> page;
  {
    Statement count(db.handle(), count_sql);
    if (!count.Step()) return count.status().ok() ? Status::Error("count failed") : count.status();
    page.total = static_cast<uint64_t>(count.Int(0));
  }
  if (limit == 0 || offset >= page.total) return page;
  Statement q(db.handle(), page_sql);
  q.Bind(1, SqlInt(offset)).Bind(2, SqlInt(limit));
  while (q.Step()) page.items.push_back(row(q));
  if (!q.status().ok()) return q.status();
  return page;
}

}  // namespace stemma::sqlite
