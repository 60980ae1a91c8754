#pragma once
/// \brief 取扱状況の記録: an append-only, hash-chained audit log (table vault_audit). Each entry
/// carries its sequence number, the hash of the previous entry and its own BLAKE2b-256 hash over
/// all its fields, so verify_audit detects an edited, deleted, inserted or reordered entry; the
/// head (last seq and hash) is also kept in vault_meta so that a removed tail is detected.
/// Entries name persons by employer code and 社員番号 (E001, E001:2) and NEVER hold a number.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kyuyo/core/date.hpp"

namespace kyuyo::db {
class Database;
}

namespace kyuyo::vault {

/// Action codes (the guideline's 取得, 閲覧, 利用, 提供, 削除 and the access events).
namespace action {
inline constexpr const char* kRegister = "register";        ///< 取得
inline constexpr const char* kView = "view";                ///< 閲覧 (mynumber show)
inline constexpr const char* kUse = "use";                  ///< 利用 (number used in an output)
inline constexpr const char* kProvide = "provide";          ///< 提供 (number written into a submission copy)
inline constexpr const char* kWithheld = "withheld";        ///< output produced without the number
inline constexpr const char* kRefused = "refused";          ///< a request refused (role, purpose, terminal…)
inline constexpr const char* kDelete = "delete";            ///< 削除・廃棄
inline constexpr const char* kDocument = "document";        ///< a document holding the number registered
inline constexpr const char* kKeyInit = "key-init";
inline constexpr const char* kKeyRotate = "key-rotate";
inline constexpr const char* kLogin = "login";
inline constexpr const char* kLoginFailed = "login-failed";
inline constexpr const char* kOperatorAdd = "operator-add";
}  // namespace action
/// Japanese label of an action code (取得, 閲覧, …).
std::string action_label(const std::string& code);

struct AuditEvent {
  std::string operator_name;
  std::string action;
  std::string employer;  ///< employer code
  std::string person;    ///< E001 or E001:2
  std::string purpose;
  std::string destination;
  std::string document;
  std::string output_file;
  std::string detail;
};

struct AuditEntry : AuditEvent {
  std::int64_t seq = 0;
  std::string at;  ///< ISO-8601 UTC
  std::string prev_hash;
  std::string hash;
};

/// Appends one entry (in the caller's transaction, if any).
void append_audit(db::Database& db, const AuditEvent& e);
/// Appends one entry in its own transaction (for refusals that must survive a rollback; call it
/// only when no transaction is open).
void append_audit_now(db::Database& db, const AuditEvent& e);

/// The hash an entry must carry (over seq, at, every field and prev_hash).
std::string audit_entry_hash(const AuditEntry& e);

struct AuditProblem {
  std::int64_t seq = 0;
  std::string what;
};
struct AuditVerification {
  std::int64_t entries = 0;
  std::string head_hash;
  std::vector<AuditProblem> problems;
  bool ok() const { return problems.empty(); }
};
AuditVerification verify_audit(db::Database& db);

struct AuditFilter {
  std::optional<Date> from, to;  ///< inclusive, by the UTC date of the entry
  std::optional<std::string> operator_name, person, action, employer;
};
std::vector<AuditEntry> read_audit(db::Database& db, const AuditFilter& f = {});

}  // namespace kyuyo::vault
