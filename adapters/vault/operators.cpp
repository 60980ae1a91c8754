#include "kyuyo/vault/operators.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <soci/soci.h>
#include <termios.h>
#include <thread>
#include <unistd.h>

#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/core/error.hpp"
#include "kyuyo/vault/audit_log.hpp"
#include "sql_util.hpp"

namespace kyuyo::vault {

std::string role_code(Role r) {
  switch (r) {
    case Role::kManager: return "manager";
    case Role::kClerk: return "clerk";
    case Role::kUser: return "user";
  }
  return "user";
}

std::string role_label(Role r) {
  switch (r) {
    case Role::kManager: return "責任者";
    case Role::kClerk: return "事務取扱担当者";
    case Role::kUser: return "一般";
  }
  return "一般";
}

std::optional<Role> parse_role(std::string_view t) {
  if (t == "責任者" || t == "manager") return Role::kManager;
  if (t == "事務取扱担当者" || t == "clerk") return Role::kClerk;
  if (t == "一般" || t == "user") return Role::kUser;
  return std::nullopt;
}

std::chrono::seconds failed_login_delay(int n) {
  if (n <= 1) return std::chrono::seconds(1);
  if (n >= 6) return std::chrono::seconds(30);
  return std::chrono::seconds(1 << (n - 1));
}

std::int64_t operator_count(db::Database& db) {
  long long n = 0;
  db.session() << "SELECT COUNT(*) FROM vault_operators", soci::into(n);
  return n;
}

std::vector<Operator> list_operators(db::Database& db) {
  std::vector<Operator> out;
  soci::rowset<soci::row> rs = (db.session().prepare << "SELECT id, name, role FROM vault_operators ORDER BY name");
  for (const auto& r : rs) {
    Operator o;
    o.id = detail::int_col(r, 0);
    o.name = detail::str_col(r, 1);
    o.role = parse_role(detail::str_col(r, 2)).value_or(Role::kUser);
    out.push_back(o);
  }
  return out;
}

Operator add_operator(db::Database& db, const std::optional<Operator>& by, const std::string& name, Role role,
                      const SecretBytes& passphrase) {
  ensure_sodium();
  if (name.empty() || name.size() > 64 || name.find_first_of(" \t\r\n,") != std::string::npos)
    throw KyuyoError(ErrorCode::kInvalidInput, "operator name must be 1–64 characters without spaces or commas");
  bool bootstrap = operator_count(db) == 0;
  if (bootstrap) {
    if (role != Role::kManager)
      throw KyuyoError(ErrorCode::kPermission,
                       "the first operator must be a 責任者 (--role 責任者); they then add the others");
  } else if (!by || by->role != Role::kManager) {
    throw KyuyoError(ErrorCode::kPermission, "only a logged-in 責任者 may add operators");
  }
  if (passphrase.size() < 8) throw KyuyoError(ErrorCode::kInvalidInput, "passphrase must have at least 8 characters");
  long long exists = 0;
  db.session() << "SELECT COUNT(*) FROM vault_operators WHERE name = :n", soci::use(name), soci::into(exists);
  if (exists) throw KyuyoError(ErrorCode::kConflict, "operator '" + name + "' already exists");
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(hash, reinterpret_cast<const char*>(passphrase.data()), passphrase.size(),
                        crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    throw KyuyoError(ErrorCode::kInternal, "out of memory while hashing the passphrase");
  std::string h = hash, now = db::Database::now_utc(), rc = role_code(role);
  std::string creator = bootstrap ? std::string("(bootstrap)") : by->name;
  db.session() << "INSERT INTO vault_operators(name, role, pw_hash, created_at, created_by) VALUES(:n,:r,:h,:t,:b)",
      soci::use(name), soci::use(rc), soci::use(h), soci::use(now), soci::use(creator);
  append_audit(db, AuditEvent{creator, action::kOperatorAdd, "", "", "", "", "", "",
                              "operator " + name + " (" + role_label(role) + ")"});
  long long id = 0;
  db.session() << "SELECT id FROM vault_operators WHERE name = :n", soci::use(name), soci::into(id);
  return Operator{id, name, role};
}

Operator login(db::Database& db, const std::string& name, const SecretBytes& passphrase) {
  ensure_sodium();
  auto& sql = db.session();
  long long id = 0;
  std::string role, hash;
  int failed = 0;
  sql << "SELECT id, role, pw_hash, failed_logins FROM vault_operators WHERE name = :n", soci::use(name), soci::into(id),
      soci::into(role), soci::into(hash), soci::into(failed);
  bool found = sql.got_data();
  bool ok = found && crypto_pwhash_str_verify(hash.c_str(), reinterpret_cast<const char*>(passphrase.data()),
                                              passphrase.size()) == 0;
  std::string now = db::Database::now_utc();
  if (!ok) {
    int n = failed + 1;
    {
      db::Transaction tx(db);
      if (found)
        sql << "UPDATE vault_operators SET failed_logins = :f, last_failed_at = :t WHERE id = :id", soci::use(n),
            soci::use(now), soci::use(id);
      append_audit(db, AuditEvent{name, action::kLoginFailed, "", "", "", "", "", "",
                                  found ? "wrong passphrase (" + std::to_string(n) + " consecutive)" : "unknown operator"});
      tx.commit();
    }
    std::this_thread::sleep_for(failed_login_delay(found ? n : 1));
    throw KyuyoError(ErrorCode::kPermission, "login refused: unknown operator or wrong passphrase", "operator " + name);
  }
  {
    db::Transaction tx(db);
    if (failed != 0) sql << "UPDATE vault_operators SET failed_logins = 0 WHERE id = :id", soci::use(id);
    append_audit(db, AuditEvent{name, action::kLogin, "", "", "", "", "", "",
                                failed ? "after " + std::to_string(failed) + " failed attempt(s)" : ""});
    tx.commit();
  }
  return Operator{id, name, parse_role(role).value_or(Role::kUser)};
}

SecretBytes read_secret(const char* env_var, const std::string& prompt) {
  if (const char* v = env_var ? std::getenv(env_var) : nullptr; v && *v) {
    std::string s = v;
    return SecretBytes::take(s);
  }
  int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
  if (fd < 0)
    throw KyuyoError(ErrorCode::kInvalidInput,
                     std::string("no passphrase: not on a terminal and ") + env_var + " is not set (batch runs set it)");
  termios old {};
  bool restore = ::tcgetattr(fd, &old) == 0;
  if (restore) {
    termios t = old;
    t.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(fd, TCSAFLUSH, &t);
  }
  (void)!::write(fd, prompt.data(), prompt.size());
  std::string s;
  char c;
  while (::read(fd, &c, 1) == 1 && c != '\n') s += c;
  if (!s.empty() && s.back() == '\r') s.pop_back();
  if (restore) ::tcsetattr(fd, TCSAFLUSH, &old);
  (void)!::write(fd, "\n", 1);
  ::close(fd);
  return SecretBytes::take(s);
}

Operator login_from_environment(db::Database& db, const std::optional<std::string>& option) {
  std::string name;
  if (option && !option->empty()) name = *option;
  else if (const char* v = std::getenv("KYUYO_OPERATOR"); v && *v) name = v;
  else
    throw KyuyoError(ErrorCode::kPermission, "this command needs an operator: give --operator NAME or set KYUYO_OPERATOR");
  auto pass = read_secret("KYUYO_PASSPHRASE", "passphrase for " + name + ": ");
  return login(db, name, pass);
}

}  // namespace kyuyo::vault
