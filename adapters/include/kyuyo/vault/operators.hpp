#pragma once
/// \brief Operators (アクセス者の識別と認証): named users with a role and an Argon2id passphrase
/// hash (libsodium crypto_pwhash_str, INTERACTIVE limits). Roles follow the guideline's 組織体制:
///   責任者 (manager)        — everything, incl. adding operators, key rotation and purge
///   事務取扱担当者 (clerk)   — register, reveal and submit numbers
///   一般 (user)             — payroll only; every output that would carry a number is produced
///                             without it and says so
/// Bootstrap rule: the very first operator may be added without logging in and must be a 責任者;
/// after that only a logged-in 責任者 adds operators.
/// Failed logins are counted per operator, written to the audit log, and slowed down
/// (failed_login_delay: 1, 2, 4, 8, 16, then 30 seconds for each further consecutive failure).
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kyuyo/vault/secret.hpp"

namespace kyuyo::db {
class Database;
}

namespace kyuyo::vault {

enum class Role { kManager, kClerk, kUser };
std::string role_code(Role r);   ///< manager / clerk / user (stored)
std::string role_label(Role r);  ///< 責任者 / 事務取扱担当者 / 一般
/// Accepts 責任者|事務取扱担当者|一般 or manager|clerk|user.
std::optional<Role> parse_role(std::string_view text);
/// Only 事務取扱担当者 and 責任者 may reveal or submit numbers.
inline bool may_use_numbers(Role r) { return r == Role::kManager || r == Role::kClerk; }

struct Operator {
  std::int64_t id = 0;
  std::string name;
  Role role = Role::kUser;
};

std::int64_t operator_count(db::Database& db);
std::vector<Operator> list_operators(db::Database& db);

/// Adds an operator (see the bootstrap rule above). Passphrases shorter than 8 characters are
/// refused. Writes an audit entry. Runs in the caller's transaction if any.
Operator add_operator(db::Database& db, const std::optional<Operator>& by, const std::string& name, Role role,
                      const SecretBytes& passphrase);

/// Verifies the passphrase. On failure: counts it, appends a login-failed audit entry (committed
/// even though the login fails), sleeps failed_login_delay, throws KyuyoError(kPermission) with
/// "unknown operator or wrong passphrase". On success resets the count and audits the login.
/// Opens its own transactions: call it before opening one (at the start of a command).
Operator login(db::Database& db, const std::string& name, const SecretBytes& passphrase);

/// The operator name from the option, else $KYUYO_OPERATOR; the passphrase from
/// $KYUYO_PASSPHRASE (batch runs), else prompted on the terminal (/dev/tty, echo off).
/// Throws KyuyoError when no operator is named or no passphrase can be read.
Operator login_from_environment(db::Database& db, const std::optional<std::string>& operator_option);

/// Reads a secret: from the environment variable when set (env_var may be null), else from
/// /dev/tty without echo.
SecretBytes read_secret(const char* env_var, const std::string& prompt);

/// Delay after the n-th consecutive failed login (n >= 1).
std::chrono::seconds failed_login_delay(int consecutive_failures);

}  // namespace kyuyo::vault
