#include "sqlite_statement.hpp"

#include <sqlite3.h>

#include "kyuyo/core/error.hpp"

namespace kyuyo::db {

SqliteStatement::SqliteStatement(Database& db, const std::string& sql, std::string purpose)
    : db_(db.sqlite_handle()), purpose_(std::move(purpose)) {
  if (!db_) throw KyuyoError(ErrorCode::kInternal, "native statement on a non-SQLite store", purpose_);
  if (sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &st_, nullptr) !=
      SQLITE_OK)
    fail("prepare");
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(st_); }

void SqliteStatement::fail(const char* what) const {
  // The message is SQLite's (a constraint or I/O error): it names columns, never bound values.
  throw KyuyoError(ErrorCode::kInternal, std::string(what) + " failed: " + sqlite3_errmsg(db_), purpose_);
}

int SqliteStatement::index(const char* name) const {
  int i = sqlite3_bind_parameter_index(st_, name);
  if (i == 0) throw KyuyoError(ErrorCode::kInternal, std::string("no parameter ") + name, purpose_);
  return i;
}

void SqliteStatement::bind(int i, long long v) {
  if (sqlite3_bind_int64(st_, i, v) != SQLITE_OK) fail("bind");
}
void SqliteStatement::bind(int i, std::string_view v) {
  if (sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC) != SQLITE_OK) fail("bind");
}
void SqliteStatement::bind_null(int i) {
  if (sqlite3_bind_null(st_, i) != SQLITE_OK) fail("bind");
}

bool SqliteStatement::step() {
  int rc = sqlite3_step(st_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  fail("step");
}

void SqliteStatement::reset() { sqlite3_reset(st_); }

bool SqliteStatement::is_null(int c) const { return sqlite3_column_type(st_, c) == SQLITE_NULL; }
long long SqliteStatement::int64(int c) const { return sqlite3_column_int64(st_, c); }
std::string_view SqliteStatement::text(int c) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st_, c));
  if (!p) return {};
  return std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(st_, c)));
}

}  // namespace kyuyo::db
