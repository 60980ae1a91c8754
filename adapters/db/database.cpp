#include "kyuyo/adapters/db/database.hpp"

#include <algorithm>
#include <set>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "kyuyo/adapters/db/migration.hpp"
#include "kyuyo/core/error.hpp"

namespace kyuyo::db {
namespace {
bool starts_with(const std::string& s, const char* p) { return s.rfind(p, 0) == 0; }

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (std::size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size())
    s.replace(pos, from.size(), to);
}

std::vector<std::string> split_statements(const std::string& sql) {
  std::vector<std::string> out;
  std::string cur, line;
  std::size_t i = 0;
  while (i <= sql.size()) {
    std::size_t nl = sql.find('\n', i);
    if (nl == std::string::npos) nl = sql.size();
    line = sql.substr(i, nl - i);
    i = nl + 1;
    std::string trimmed = line;
    trimmed.erase(std::remove_if(trimmed.begin(), trimmed.end(), ::isspace), trimmed.end());
    if (trimmed == ";") {
      if (cur.find_first_not_of(" \t\r\n") != std::string::npos) out.push_back(cur);
      cur.clear();
    } else {
      cur += line + "\n";
    }
  }
  if (cur.find_first_not_of(" \t\r\n") != std::string::npos) {
    // allow a trailing statement without the ";" line
    std::string t = cur;
    while (!t.empty() && (isspace(static_cast<unsigned char>(t.back())) || t.back() == ';')) t.pop_back();
    if (t.find_first_not_of(" \t\r\n") != std::string::npos) out.push_back(t);
  }
  return out;
}

std::string redact_url(const std::string& url) {
  // postgresql://user:password@host → postgresql://user:***@host
  auto scheme = url.find("://");
  auto at = url.find('@');
  if (scheme == std::string::npos || at == std::string::npos) return url;
  auto colon = url.find(':', scheme + 3);
  if (colon != std::string::npos && colon < at) return url.substr(0, colon + 1) + "***" + url.substr(at);
  return url;
}
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string percent_decode(const std::string& s) {
  std::string r;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
      r += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      i += 2;
    } else {
      r += s[i];
    }
  }
  return r;
}

std::string conninfo_value(const std::string& v) {
  std::string r = "'";
  for (char c : v) {
    if (c == '\\' || c == '\'') r += '\\';
    r += c;
  }
  return r + "'";
}

// postgresql://[user[:password]@][host][:port][/dbname][?key=value&…] → libpq "key='value' …".
// SOCI 4.0's PostgreSQL backend rewrites the connection string as key=value pairs (it parses its
// own options out of it), which mangles a URI, so it gets the keyword form.
std::string pg_conninfo(const std::string& url) {
  std::string rest = url.substr(url.find("://") + 3), query;
  if (auto q = rest.find('?'); q != std::string::npos) query = rest.substr(q + 1), rest.resize(q);
  std::string dbname;
  if (auto slash = rest.find('/'); slash != std::string::npos) dbname = rest.substr(slash + 1), rest.resize(slash);
  std::string user, password;
  if (auto at = rest.rfind('@'); at != std::string::npos) {
    user = rest.substr(0, at);
    rest = rest.substr(at + 1);
    if (auto colon = user.find(':'); colon != std::string::npos) password = user.substr(colon + 1), user.resize(colon);
  }
  std::string host = rest, port;
  if (!host.empty() && host[0] == '[') {  // [IPv6]:port
    auto close = host.find(']');
    if (close != std::string::npos) {
      if (close + 1 < host.size() && host[close + 1] == ':') port = host.substr(close + 2);
      host = host.substr(1, close - 1);
    }
  } else if (auto colon = host.rfind(':'); colon != std::string::npos) {
    port = host.substr(colon + 1);
    host.resize(colon);
  }
  std::string out;
  auto add = [&](const char* key, const std::string& v) {
    if (v.empty()) return;
    if (!out.empty()) out += ' ';
    out += std::string(key) + "=" + conninfo_value(percent_decode(v));
  };
  add("host", host);
  add("port", port);
  add("user", user);
  add("password", password);
  add("dbname", dbname);
  for (std::size_t pos = 0; pos < query.size();) {
    auto amp = query.find('&', pos);
    std::string kv = query.substr(pos, amp == std::string::npos ? std::string::npos : amp - pos);
    pos = amp == std::string::npos ? query.size() : amp + 1;
    auto eq = kv.find('=');
    if (eq == std::string::npos || eq == 0) continue;
    std::string key = percent_decode(kv.substr(0, eq));
    if (!out.empty()) out += ' ';
    out += key + "=" + conninfo_value(percent_decode(kv.substr(eq + 1)));
  }
  return out;
}
}  // namespace

std::string default_url() {
  const char* v = std::getenv("KYUYO_DB");
  return (v && *v) ? std::string(v) : std::string("kyuyo.db");
}

::sqlite3* Database::sqlite_handle() {
  if (backend_ != Backend::kSqlite) return nullptr;
  auto* be = static_cast<soci::sqlite3_session_backend*>(sql_.get_backend());
  return reinterpret_cast<::sqlite3*>(be->conn_);
}

std::unique_ptr<Database> Database::open(const std::string& url, bool do_migrate) {
  // A connection is only ever used by one thread at a time (the pay-run workers compute without
  // the store), so SQLite's per-call connection mutex (serialized mode) is not needed: multi-thread
  // mode, set once before SQLite initialises.
  static const bool multithread = [] {
    sqlite_api::sqlite3_config(SQLITE_CONFIG_MULTITHREAD);  // fails harmlessly if already initialised
    // No allocation statistics (kyuyo never reads them): SQLite's allocator then takes no global
    // mutex on every malloc and free (≈ 2 % of a pay run's CPU samples).
    sqlite_api::sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)multithread;
  std::unique_ptr<Database> db(new Database());
  db->url_ = redact_url(url);
  try {
    if (starts_with(url, "postgresql://") || starts_with(url, "postgres://")) {
      db->backend_ = Backend::kPostgresql;
      db->sql_.open(soci::postgresql, pg_conninfo(url));
      db->sql_ << "SET client_min_messages TO WARNING";
    } else {
      db->backend_ = Backend::kSqlite;
      db->sqlite_path_ = url;
      db->sql_.open(soci::sqlite3, "db=" + url + " timeout=30");
      db->sql_ << "PRAGMA foreign_keys = ON";
      // 16 KiB pages for new files (an existing file keeps its own): a pay run's reads and
      // inserts touch a quarter of the pages and system calls of 4 KiB pages (100,000
      // employees' year: 27 s → 19–21 s; 64 KiB gave the same; docs/payroll.md §Performance).
      db->sql_ << "PRAGMA page_size = 16384";
      db->sql_ << "PRAGMA journal_mode = WAL";
      db->sql_ << "PRAGMA synchronous = FULL";
      db->sql_ << "PRAGMA secure_delete = ON";
    }
  } catch (const soci::soci_error& e) {
    throw KyuyoError(ErrorCode::kInvalidInput, std::string("cannot open database: ") + e.get_error_message(),
                     db->url_);
  }
  if (do_migrate) db->migrate();
  return db;
}

std::unique_ptr<Database> Database::open_reader() {
  if (backend_ != Backend::kSqlite || sqlite_path_.empty() || sqlite_path_ == ":memory:" ||
      sqlite_path_.rfind("file:", 0) == 0)
    return nullptr;
  ::sqlite3* h = sqlite_handle();
  // Inside a transaction: the reader would not see the uncommitted writes.
  if (!sqlite_api::sqlite3_get_autocommit(reinterpret_cast<sqlite_api::sqlite3*>(h))) return nullptr;
  std::string mode;
  sql_ << "PRAGMA journal_mode", soci::into(mode);
  if (mode != "wal") return nullptr;
  std::unique_ptr<Database> r(new Database());
  r->url_ = url_;
  r->sqlite_path_ = sqlite_path_;
  try {
    r->sql_.open(soci::sqlite3, "db=" + sqlite_path_ + " timeout=30");
    r->sql_ << "PRAGMA query_only = ON";
  } catch (const soci::soci_error& e) {
    throw KyuyoError(ErrorCode::kInvalidInput, std::string("cannot open database: ") + e.get_error_message(), url_);
  }
  return r;
}

// A migration statement marked @SQLITE_ONLY@ or @POSTGRESQL_ONLY@ runs on that backend only (for
// changes the two cannot share, e.g. dropping a NOT NULL: SQLite rebuilds the table).
constexpr const char* kSkipStatement = "@SKIP_ON_THIS_BACKEND@";

std::string Database::dialect(const std::string& sql) const {
  std::string s = sql;
  if (backend_ == Backend::kSqlite) {
    replace_all(s, "@ID@", "INTEGER PRIMARY KEY");
    replace_all(s, "@BIGINT@", "INTEGER");
    replace_all(s, "@TIMESTAMP@", "TEXT");
    replace_all(s, "@SQLITE_ONLY@", "");
    replace_all(s, "@POSTGRESQL_ONLY@", kSkipStatement);
  } else {
    replace_all(s, "@ID@", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    replace_all(s, "@BIGINT@", "BIGINT");
    replace_all(s, "@TIMESTAMP@", "TEXT");
    replace_all(s, "@POSTGRESQL_ONLY@", "");
    replace_all(s, "@SQLITE_ONLY@", kSkipStatement);
  }
  return s;
}

int Database::schema_version() {
  int v = 0;
  soci::indicator ind;
  sql_ << "SELECT MAX(version) FROM schema_migrations", soci::into(v, ind);
  return ind == soci::i_ok ? v : 0;
}

void Database::migrate() {
  sql_ << "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
          "applied_at TEXT NOT NULL)";
  // Apply every migration not yet recorded, whatever its number: areas own version ranges, so a
  // lower-numbered migration can be added after a higher one was applied.
  std::set<int> applied;
  {
    soci::rowset<int> rs = (sql_.prepare << "SELECT version FROM schema_migrations");
    for (int v : rs) applied.insert(v);
  }
  std::vector<std::pair<int, const MigrationSource*>> todo;
  for (const auto& m : embedded_migrations()) {
    int v = std::atoi(m.file_name);
    if (v <= 0) throw KyuyoError(ErrorCode::kInternal, "migration file name must start with a number", m.file_name);
    if (!applied.count(v)) todo.emplace_back(v, &m);
  }
  std::sort(todo.begin(), todo.end(), [](auto& a, auto& b) { return a.first < b.first; });
  for (auto& [v, m] : todo) {
    soci::transaction tx(sql_);
    try {
      for (const auto& stmt : split_statements(dialect(m->sql)))
        if (stmt.find(kSkipStatement) == std::string::npos) sql_ << stmt;  // the other backend's statement
      std::string name = m->file_name, now = now_utc();
      sql_ << "INSERT INTO schema_migrations(version, name, applied_at) VALUES(:v, :n, :t)", soci::use(v),
          soci::use(name), soci::use(now);
      tx.commit();
    } catch (const soci::soci_error& e) {
      throw KyuyoError(ErrorCode::kInternal, std::string("migration failed: ") + e.get_error_message(),
                       m->file_name);
    }
  }
}

Transaction::Transaction(Database& db, Mode mode) : db_(db) {
  if (mode == Mode::kDefault) {
    tx_ = std::make_unique<soci::transaction>(db.session());
    return;
  }
  const bool lite = db.backend() == Backend::kSqlite;
  if (mode == Mode::kWrite)
    db.session() << (lite ? "BEGIN IMMEDIATE" : "BEGIN ISOLATION LEVEL REPEATABLE READ");
  else
    db.session() << (lite ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  open_ = true;
}

Transaction::~Transaction() {
  if (!open_) return;
  try {
    db_.session() << "ROLLBACK";
  } catch (...) {  // the connection is gone or the transaction already ended: nothing to undo
  }
}

void Transaction::commit() {
  if (tx_) {
    tx_->commit();
    return;
  }
  db_.session() << "COMMIT";
  open_ = false;
}

void Database::checkpoint() {
  if (backend_ == Backend::kSqlite) sql_ << "PRAGMA wal_checkpoint(TRUNCATE)";
}

std::string Database::now_utc() {
  auto t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace kyuyo::db
