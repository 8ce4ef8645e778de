// Versioned schema migrations for the SQLite store.
#pragma once

#include "stemma/status.h"
#include "store/sqlite_db.h"

namespace stemma::sqlite {

inline constexpr int kSchemaVersion = 5;

// Applies every migration above the file's user_version, each in its own transaction.
Status Migrate(Database& db);

}  // namespace stemma::sqlite
