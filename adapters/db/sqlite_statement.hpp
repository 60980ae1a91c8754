#pragma once
/// \brief A prepared SQLite statement on a Database's native handle, for the hot paths of a pay
/// run (storing slips, streaming run rows) where SOCI's text conversion of every bound value and
/// column costs more than the work itself. Integers are bound and read as integers; text is
/// bound without a copy (the caller keeps it alive until step()). Errors become KyuyoError
/// naming the statement's purpose. Private to adapters/db; PostgreSQL keeps using SOCI.
#include <string>
#include <string_view>

#include "kyuyo/adapters/db/database.hpp"

struct sqlite3_stmt;

namespace kyuyo::db {

class SqliteStatement {
 public:
  SqliteStatement(Database& db, const std::string& sql, std::string purpose);
  ~SqliteStatement();
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  // Parameters are numbered from 1, as in SQLite.
  void bind(int i, long long v);
  void bind(int i, std::string_view v);  ///< not copied: keep the text alive until step()
  void bind_null(int i);
  /// By name (":name" as written in the SQL); a name the SQL does not use is an internal error.
  void bind(const char* name, long long v) { bind(index(name), v); }
  void bind(const char* name, std::string_view v) { bind(index(name), v); }

  /// Runs to the next row: true while there is one, false when done. Throws on errors.
  bool step();
  /// Ready to run again (bindings kept).
  void reset();

  // Columns are numbered from 0, as in SQLite.
  bool is_null(int c) const;
  long long int64(int c) const;
  std::string_view text(int c) const;

 private:
  int index(const char* name) const;
  [[noreturn]] void fail(const char* what) const;
  ::sqlite3* db_ = nullptr;
  sqlite3_stmt* st_ = nullptr;
  std::string purpose_;
};

/// Reads the columns of one row in order into the fields a row struct visits (long long, int,
/// std::string, or std::string with a SOCI indicator for a nullable column).
struct SqliteColumnReader {
  const SqliteStatement& st;
  int col = 0;
  void operator()(long long& v) { v = st.int64(col++); }
  void operator()(int& v) { v = static_cast<int>(st.int64(col++)); }
  void operator()(std::string& v) { v = st.text(col++); }
  template <class T>
  void operator()(T& v, soci::indicator& ind) {
    ind = st.is_null(col) ? soci::i_null : soci::i_ok;
    (*this)(v);
  }
};

}  // namespace kyuyo::db
