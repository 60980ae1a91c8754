#pragma once
/// \brief The My Number vault: the only place a number may enter, be used, be submitted and be
/// deleted (取得 → 利用 → 保管 → 提供 → 削除・廃棄). Public API for other modules:
///
///   #include "kyuyo/vault/vault.hpp"
///   auto op = kyuyo::vault::login_from_environment(db, operator_option);   // operators.hpp
///   kyuyo::vault::Vault vault(db, op, key_file_option);  // key read only for authorised roles
///   if (!vault.can_provide()) { /* produce the output without numbers and say so */ }
///   auto p = vault.provide({person, Purpose::kTaxWithholding, Destination::kTaxOffice,
///                           "gensen-choshuhyo", 2026, {}, "out/2026/etax/…-tax-office.xtx"});
///   if (p.provided()) write(p.digits());   // else write nothing and print p.note()
///   // p wipes the plaintext when it goes out of scope
///
/// provide() never throws for a refusal: it returns a Provision whose outcome says why no number
/// was given (ordinary user, not registered, purged, purpose not collected, destination not
/// allowed for the purpose) and whose note() is a sentence for the output ("個人番号なしで作成…").
/// Every call is written to the audit log with the output file and destination; a provided
/// number also registers the document (for retention). Vault methods run in the caller's
/// transaction when one is open (refusal entries then share its fate), except purge() and
/// rotate_key(), which open their own.
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "kyuyo/core/date.hpp"
#include "kyuyo/vault/key_file.hpp"
#include "kyuyo/vault/my_number.hpp"
#include "kyuyo/vault/operators.hpp"
#include "kyuyo/vault/person.hpp"
#include "kyuyo/vault/secret.hpp"

namespace kyuyo::db {
class Database;
}

namespace kyuyo::vault {

/// 個人番号関係事務 a number may be collected for (利用目的).
enum class Purpose {
  kTaxWithholding,       ///< gensen: 源泉徴収票作成事務 (incl. 給与支払報告書, 退職所得の特別徴収票)
  kSocialInsurance,      ///< shaho: 健康保険・厚生年金保険届出事務
  kEmploymentInsurance,  ///< koyo: 雇用保険届出事務
};
std::string purpose_code(Purpose p);
std::string purpose_label(Purpose p);
/// Accepts gensen|shaho|koyo or the Japanese names.
std::optional<Purpose> parse_purpose(std::string_view text);

/// 提供先 (番号法19条 allow-list).
enum class Destination {
  kTaxOffice,              ///< zeimusho: 税務署
  kMunicipality,           ///< shikuchoson: 市区町村
  kPensionOffice,          ///< nenkin: 年金事務所
  kHelloWork,              ///< hellowork: ハローワーク
  kHealthInsuranceSociety, ///< kenpo: 健保組合
};
std::string destination_code(Destination d);
std::string destination_label(Destination d);
std::optional<Destination> parse_destination(std::string_view text);
/// Whether a destination receives documents of a purpose (税務署・市区町村 ← gensen;
/// 年金事務所・健保組合 ← shaho; ハローワーク ← koyo).
bool destination_allowed(Purpose p, Destination d);

/// 本人確認 (番号法16条): 番号確認 + 身元確認.
enum class CheckMethod {
  kCard,       ///< card: 個人番号カード (both checks)
  kDocuments,  ///< documents: 番号確認書類 + 身元確認書類
  kInPerson,   ///< in-person: 対面 (employee already identified at hiring; 身元確認 omitted)
};
std::string check_method_code(CheckMethod m);
std::optional<CheckMethod> parse_check_method(std::string_view text);

/// Who checked a dependent's identity.
enum class DependentCheck {
  kEmployee,        ///< employee: the employee, as 個人番号関係事務実施者 for the 扶養控除等申告書
  kEmployerProxy,   ///< employer-proxy: the employer, through the employee as 代理人 (委任状)
};
std::string dependent_check_code(DependentCheck c);
std::optional<DependentCheck> parse_dependent_check(std::string_view text);

struct Registration {
  std::set<Purpose> purposes;
  CheckMethod method = CheckMethod::kCard;
  std::string number_document;    ///< 番号確認書類 (e.g. 個人番号カード, 通知カード, 住民票)
  std::string identity_document;  ///< 身元確認書類 (e.g. 運転免許証)
  std::string verified_by;        ///< who performed the check
  Date verified_on;
  std::optional<DependentCheck> dependent_check;  ///< required for dependents
  std::string proxy_document;     ///< 委任状 etc. (required for kEmployerProxy)
};

enum class ProvisionOutcome {
  kProvided,
  kWithheldNotAuthorised,  ///< ordinary user: produce the output without the number
  kNotRegistered,          ///< no number collected for this person
  kPurged,                 ///< deleted after retention
  kRefusedPurpose,         ///< not collected for this 事務
  kRefusedDestination,     ///< destination does not receive this purpose's documents
};

/// The scoped plaintext handed out by provide(). Move-only; wipes the digits on destruction.
class Provision {
 public:
  ProvisionOutcome outcome() const { return outcome_; }
  bool provided() const { return outcome_ == ProvisionOutcome::kProvided; }
  /// The 12 digits; throws KyuyoError(kPermission) when not provided.
  std::string_view digits() const;
  /// A sentence saying what happened, safe for logs and outputs (never the number), e.g.
  /// "個人番号なしで作成しました: 操作者 taro (一般) には個人番号の利用権限がありません".
  const std::string& note() const { return note_; }

  Provision(ProvisionOutcome o, std::string note, SecretBytes digits = {})
      : outcome_(o), note_(std::move(note)), digits_(std::move(digits)) {}

 private:
  ProvisionOutcome outcome_;
  std::string note_;
  SecretBytes digits_;
};

struct ProvideRequest {
  Person person;
  Purpose purpose = Purpose::kTaxWithholding;
  Destination destination = Destination::kTaxOffice;
  std::string document_kind;           ///< a kind from document_rules(), e.g. gensen-choshuhyo
  std::optional<int> year;             ///< for after-jan10 / after-jan31 documents
  std::optional<Date> completed_on;    ///< for completion documents
  std::string output_file;             ///< the submission copy being written
};

struct StoredNumber {
  std::int64_t id = 0;
  Person person;
  std::string status;  ///< active | purged
  std::set<Purpose> purposes;
  std::string check_method, verified_by, verified_on, dependent_check;
  std::string registered_at, registered_by, purged_at;
};

struct DocumentRecord {
  std::string kind;
  std::optional<int> year;
  std::optional<Date> completed_on;
  Date keep_until;
  std::string purpose, destination, output_file;
};

struct RetentionStatus {
  StoredNumber number;
  std::optional<Date> keep_until;  ///< nullopt: employed (kept)
  bool due = false;                ///< past retention on as_of
  std::string basis;               ///< "退職 2016-03-31; 扶養控除等申告書 2015 → 2023-01-10; …"
};

struct PurgeResult {
  std::vector<RetentionStatus> purged;
  std::string certificate_file;  ///< empty when nothing was purged
};

class Vault {
 public:
  /// key_file: --key-file option (else $KYUYO_KEY_FILE). The key is loaded lazily, only when an
  /// authorised operator needs it; a key that does not match the database is refused.
  Vault(db::Database& db, Operator op, std::optional<std::string> key_file = {});
  ~Vault();

  const Operator& op() const { return op_; }
  bool can_provide() const { return may_use_numbers(op_.role); }
  static bool can_provide(const Operator& op) { return may_use_numbers(op.role); }

  /// 取得. Refuses (KyuyoError, never echoing the number): ordinary users, a missing purpose or
  /// 本人確認 field, a dependent without dependent_check (or a proxy check without its document),
  /// a second different number for the same person, the same number already held for another
  /// person, a purged person who is not employed again. Re-registering the same number with
  /// the same purposes is a no-op (returns false). Runs in the caller's transaction.
  bool register_number(const Person& person, const Registration& reg, const MyNumber& number);

  /// 利用・提供 (see the file comment).
  Provision provide(const ProvideRequest& req);

  /// 閲覧 for `mynumber show`: like provide() but for display, with action view; refusals throw
  /// KyuyoError(kPermission) after recording them (to_terminal false is refused too).
  Provision reveal(const Person& person, Purpose purpose, bool to_terminal);

  /// Records that a document holding the person's number was produced (retention input).
  void register_document(const Person& person, const std::string& kind, std::optional<int> year,
                         std::optional<Date> completed_on, const std::string& output_file,
                         const std::string& purpose = {}, const std::string& destination = {});

  std::vector<StoredNumber> numbers(std::optional<std::int64_t> employer_id = {});
  std::vector<DocumentRecord> documents(std::int64_t number_id);
  /// Retention status of every stored (active) number as of a date.
  std::vector<RetentionStatus> retention(const Date& as_of, std::optional<std::int64_t> employer_id = {});

  /// 削除・廃棄: erases every number past retention on as_of (責任者 only; as_of may not be after
  /// today): ciphertext and lookup hash overwritten, secure_delete + WAL checkpoint, a deletion
  /// record per person and a deletion certificate PDF under out_dir/vault/. One transaction.
  PurgeResult purge(const Date& as_of, const Date& today, const std::string& reason, const std::string& out_dir);

  /// Re-encrypts every number under a new key in one transaction (責任者 only), then replaces
  /// the key file (the new key is first written to KEYFILE.new, renamed after commit).
  std::string rotate_key();

 private:
  const DataKey& key();
  void require_role(bool manager_only, const std::string& what, const std::string& person = {});
  db::Database& db_;
  Operator op_;
  std::optional<std::string> key_file_;
  std::unique_ptr<DataKey> key_;
};

/// keys init: writes a new key file (mode 0600, refused if it exists) and records its id; refused
/// when the database already has a key. Returns the key id.
std::string init_key(db::Database& db, const std::string& key_file, const std::string& operator_name);

}  // namespace kyuyo::vault
