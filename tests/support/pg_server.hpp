#pragma once
/// \brief A throwaway PostgreSQL server for the tests of one test process.
///
/// Started on first use and shared by every test of the process: initdb into a fresh temporary
/// directory, listening on 127.0.0.1 only, on a free port, with its unix socket inside that
/// directory; stopped and removed at process exit. Binaries come from /usr/lib/postgresql/*/bin
/// (or $KYUYO_PG_BIN). When the tests run as root (CI), initdb and pg_ctl run as the `postgres`
/// user via `runuser -u postgres --`.
///
///   auto* pg = kyuyo::test::PgServer::get();
///   if (!pg && PgServer::binaries_missing()) GTEST_SKIP() << PgServer::skip_reason();
///   if (!pg) FAIL() << PgServer::skip_reason();   // installed but broken: a failure, not a skip
///   auto db = kyuyo::db::Database::open(pg->create_database());
#include <string>

namespace kyuyo::test {

class PgServer {
 public:
  /// The running server, or nullptr when PostgreSQL is unavailable (see skip_reason()). The first
  /// call starts it (about a second); a failure is reported loudly on stderr once.
  static PgServer* get();
  /// Why get() returned nullptr ("" otherwise).
  static const std::string& skip_reason();
  /// True when get() returned nullptr because the PostgreSQL binaries are not installed (skip);
  /// false when they are there but the server could not start (fail).
  static bool binaries_missing();

  /// Creates a new database and returns its URL (postgresql://postgres@127.0.0.1:PORT/NAME).
  /// migrated: a copy of a template database that already holds every migration (fast);
  /// otherwise an empty database (for testing the migrations themselves).
  std::string create_database(bool migrated = true);
  int port() const { return port_; }

  PgServer(const PgServer&) = delete;
  PgServer& operator=(const PgServer&) = delete;
  ~PgServer();

 private:
  PgServer() = default;
  bool start(std::string& why);
  void stop();
  std::string bin_, dir_, run_as_;
  int port_ = 0;
  int next_db_ = 0;
  bool template_ready_ = false;
  bool running_ = false;
};

}  // namespace kyuyo::test
