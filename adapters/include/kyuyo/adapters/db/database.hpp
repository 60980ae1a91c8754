#pragma once
/// \brief The store: a SOCI session on SQLite (default: one file, WAL, foreign keys on,
/// synchronous=FULL, secure_delete on) or PostgreSQL (a postgresql:// connection string).
/// Every batch command runs in one Transaction: on any error nothing is written.
#include <memory>
#include <soci/soci.h>
#include <string>

struct sqlite3;

namespace kyuyo::db {

enum class Backend { kSqlite, kPostgresql };

class Database {
 public:
  /// url: a file path (SQLite; created if missing) or "postgresql://…" / "postgres://…".
  /// Applies pending migrations unless migrate is false.
  static std::unique_ptr<Database> open(const std::string& url, bool migrate = true);

  soci::session& session() { return sql_; }
  Backend backend() const { return backend_; }
  const std::string& url() const { return url_; }  ///< never contains a password
  /// Current schema version (highest applied migration).
  int schema_version();
  void migrate();

  /// SQLite: checkpoint and truncate the WAL so freed pages leave no copy behind (used after
  /// purges). PostgreSQL: no-op.
  void checkpoint();

  /// SQLite only: the connection's native handle, for the few hot statements that bind and read
  /// columns directly (sqlite_statement.hpp); nullptr on PostgreSQL.
  ::sqlite3* sqlite_handle();

  /// SQLite file in WAL mode, used outside any open transaction: a second, read-only connection
  /// to the same file, for one other thread (a pay run's reader). Its reads see the last
  /// committed state, not this connection's uncommitted writes. nullptr where that is not possible
  /// or would not be the same data: PostgreSQL, an in-memory or temporary database, a journal mode
  /// other than WAL (readers would block the writer), or this connection inside a transaction.
  std::unique_ptr<Database> open_reader();

  /// Placeholder rewrite for this backend (see migration.hpp).
  std::string dialect(const std::string& sql) const;

  /// Current time as ISO-8601 UTC text (the one clock kyuyo reads, outside the engine).
  static std::string now_utc();

 private:
  Database() = default;
  soci::session sql_;
  Backend backend_ = Backend::kSqlite;
  std::string url_;
  std::string sqlite_path_;  ///< SQLite: the file as opened (for open_reader)
};

/// One transaction; rolls back unless commit() was called.
class Transaction {
 public:
  enum class Mode {
    kDefault,   ///< BEGIN: SQLite takes the write lock at the first write
    kWrite,     ///< the write lock from the start (SQLite BEGIN IMMEDIATE; PostgreSQL REPEATABLE READ):
                ///< no other writer commits until this one ends, so every read in it, and every
                ///< reader connection opened after it began, sees one state
    kSnapshot,  ///< reads only, all of one committed state (SQLite: from the first read;
                ///< PostgreSQL REPEATABLE READ READ ONLY); never committed
  };
  explicit Transaction(Database& db, Mode mode = Mode::kDefault);
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();
  void commit();

 private:
  Database& db_;
  std::unique_ptr<soci::transaction> tx_;  ///< kDefault
  bool open_ = false;                      ///< kWrite / kSnapshot: begun, not yet ended
};

/// The default database location: $KYUYO_DB or ./kyuyo.db.
std::string default_url();

}  // namespace kyuyo::db
