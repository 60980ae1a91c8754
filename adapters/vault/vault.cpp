#include "kyuyo/vault/vault.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <soci/soci.h>
#include <sstream>

#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/core/error.hpp"
#include "kyuyo/vault/audit_log.hpp"
#include "kyuyo/vault/crypto.hpp"
#include "kyuyo/vault/deletion_certificate.hpp"
#include "kyuyo/vault/retention.hpp"
#include "my_number_access.hpp"
#include "sql_util.hpp"

namespace kyuyo::vault {

// ---- codes ---------------------------------------------------------------------------------
std::string purpose_code(Purpose p) {
  switch (p) {
    case Purpose::kTaxWithholding: return "gensen";
    case Purpose::kSocialInsurance: return "shaho";
    case Purpose::kEmploymentInsurance: return "koyo";
  }
  return "gensen";
}
std::string purpose_label(Purpose p) {
  switch (p) {
    case Purpose::kTaxWithholding: return "源泉徴収票作成事務";
    case Purpose::kSocialInsurance: return "健康保険・厚生年金保険届出事務";
    case Purpose::kEmploymentInsurance: return "雇用保険届出事務";
  }
  return "";
}
std::optional<Purpose> parse_purpose(std::string_view t) {
  for (Purpose p : {Purpose::kTaxWithholding, Purpose::kSocialInsurance, Purpose::kEmploymentInsurance})
    if (t == purpose_code(p) || t == purpose_label(p)) return p;
  return std::nullopt;
}

std::string destination_code(Destination d) {
  switch (d) {
    case Destination::kTaxOffice: return "zeimusho";
    case Destination::kMunicipality: return "shikuchoson";
    case Destination::kPensionOffice: return "nenkin";
    case Destination::kHelloWork: return "hellowork";
    case Destination::kHealthInsuranceSociety: return "kenpo";
  }
  return "";
}
std::string destination_label(Destination d) {
  switch (d) {
    case Destination::kTaxOffice: return "税務署";
    case Destination::kMunicipality: return "市区町村";
    case Destination::kPensionOffice: return "年金事務所";
    case Destination::kHelloWork: return "ハローワーク";
    case Destination::kHealthInsuranceSociety: return "健保組合";
  }
  return "";
}
std::optional<Destination> parse_destination(std::string_view t) {
  for (Destination d : {Destination::kTaxOffice, Destination::kMunicipality, Destination::kPensionOffice,
                        Destination::kHelloWork, Destination::kHealthInsuranceSociety})
    if (t == destination_code(d) || t == destination_label(d)) return d;
  return std::nullopt;
}
bool destination_allowed(Purpose p, Destination d) {
  switch (p) {
    case Purpose::kTaxWithholding: return d == Destination::kTaxOffice || d == Destination::kMunicipality;
    case Purpose::kSocialInsurance:
      return d == Destination::kPensionOffice || d == Destination::kHealthInsuranceSociety;
    case Purpose::kEmploymentInsurance: return d == Destination::kHelloWork;
  }
  return false;
}

std::string check_method_code(CheckMethod m) {
  switch (m) {
    case CheckMethod::kCard: return "card";
    case CheckMethod::kDocuments: return "documents";
    case CheckMethod::kInPerson: return "in-person";
  }
  return "";
}
std::optional<CheckMethod> parse_check_method(std::string_view t) {
  if (t == "card" || t == "個人番号カード") return CheckMethod::kCard;
  if (t == "documents" || t == "書類") return CheckMethod::kDocuments;
  if (t == "in-person" || t == "対面") return CheckMethod::kInPerson;
  return std::nullopt;
}
std::string dependent_check_code(DependentCheck c) {
  return c == DependentCheck::kEmployee ? "employee" : "employer-proxy";
}
std::optional<DependentCheck> parse_dependent_check(std::string_view t) {
  if (t == "employee" || t == "従業員") return DependentCheck::kEmployee;
  if (t == "employer-proxy" || t == "事業者") return DependentCheck::kEmployerProxy;
  return std::nullopt;
}

std::string_view Provision::digits() const {
  if (!provided()) throw KyuyoError(ErrorCode::kPermission, "no 個人番号 was provided: " + note_);
  return digits_.view();
}

// ---- helpers -------------------------------------------------------------------------------
namespace {
std::string join_purposes(const std::set<Purpose>& ps) {
  std::string s;
  for (auto p : ps) s += (s.empty() ? "" : ",") + purpose_code(p);
  return s;
}
std::set<Purpose> split_purposes(const std::string& s) {
  std::set<Purpose> out;
  std::stringstream ss(s);
  std::string t;
  while (std::getline(ss, t, ','))
    if (auto p = parse_purpose(t)) out.insert(*p);
  return out;
}
std::string labels(const std::set<Purpose>& ps) {
  std::string s;
  for (auto p : ps) s += (s.empty() ? "" : "・") + purpose_label(p);
  return s;
}
std::string ad_for(const Person& p) { return "kyuyo-vault-v1|" + p.key(); }

struct Row {
  std::int64_t id = 0;
  std::string status, ciphertext, lookup, purposes, purged_at;
};

std::optional<Row> row_for(db::Database& db, const Person& p, bool active_only) {
  std::string key = p.key();
  soci::rowset<soci::row> rs =
      (db.session().prepare << "SELECT id, status, ciphertext, lookup_hash, purposes, purged_at FROM vault_numbers "
                               "WHERE person_key = :k ORDER BY id DESC",
       soci::use(key));
  for (const auto& r : rs) {
    Row x;
    x.id = detail::int_col(r, 0);
    x.status = detail::str_col(r, 1);
    if (active_only && x.status != "active") continue;
    x.ciphertext = detail::str_col(r, 2);
    x.lookup = detail::str_col(r, 3);
    x.purposes = detail::str_col(r, 4);
    x.purged_at = detail::str_col(r, 5);
    return x;
  }
  return std::nullopt;
}

AuditEvent event(const Operator& op, const char* act, const Person& p) {
  AuditEvent e;
  e.operator_name = op.name;
  e.action = act;
  e.employer = p.employer_code;
  e.person = p.ref.str();
  return e;
}
}  // namespace

// ---- Vault ---------------------------------------------------------------------------------
Vault::Vault(db::Database& db, Operator op, std::optional<std::string> key_file)
    : db_(db), op_(std::move(op)), key_file_(std::move(key_file)) {}
Vault::~Vault() = default;

const DataKey& Vault::key() {
  if (key_) return *key_;
  std::string path = key_file_path(key_file_);
  auto k = std::make_unique<DataKey>(load_key_file(path));
  std::string active;
  soci::indicator ind = soci::i_null;
  db_.session() << "SELECT key_id FROM vault_keys WHERE retired_at IS NULL", soci::into(active, ind);
  if (!db_.session().got_data())
    throw KyuyoError(ErrorCode::kNotFound, "this database has no vault key yet: run kyuyo keys init");
  if (active != k->key_id)
    throw KyuyoError(ErrorCode::kPermission,
                     "the key file does not belong to this database (key id " + k->key_id + ", database expects " +
                         active + ")",
                     path);
  key_ = std::move(k);
  return *key_;
}

void Vault::require_role(bool manager_only, const std::string& what, const std::string& person) {
  bool ok = manager_only ? op_.role == Role::kManager : may_use_numbers(op_.role);
  if (ok) return;
  throw KyuyoError(ErrorCode::kPermission, "operator " + op_.name + " (" + role_label(op_.role) + ") may not " + what +
                                               (manager_only ? " (責任者 only)" : " (事務取扱担当者 or 責任者 only)"),
                   person);
}

bool Vault::register_number(const Person& person, const Registration& reg, const MyNumber& number) {
  const std::string where = person.employer_code + " " + person.ref.str();
  require_role(false, "register a 個人番号", where);
  if (reg.purposes.empty())
    throw KyuyoError(ErrorCode::kInvalidInput, "利用目的 (purposes) missing: give at least one of gensen, shaho, koyo", where);
  if (reg.verified_by.empty())
    throw KyuyoError(ErrorCode::kInvalidInput, "本人確認: who verified (verified_by) is missing", where);
  if (person.is_owner() && (reg.purposes.size() != 1 || !reg.purposes.count(Purpose::kTaxWithholding)))
    throw KyuyoError(ErrorCode::kInvalidInput,
                     "the owner's 個人番号 is collected for 源泉徴収票作成事務 (gensen) only: it fills the payer's box of "
                     "the 源泉徴収票 and 給与支払報告書",
                     where);
  if (person.is_dependent()) {
    if (!reg.dependent_check)
      throw KyuyoError(ErrorCode::kInvalidInput,
                       "dependent: say who checked identity (dependent_check employee or employer-proxy)", where);
    if (*reg.dependent_check == DependentCheck::kEmployerProxy) {
      if (reg.proxy_document.empty())
        throw KyuyoError(ErrorCode::kInvalidInput, "employer-proxy check needs the 代理権 document (proxy_document, e.g. 委任状)", where);
      if (reg.method != CheckMethod::kCard && reg.number_document.empty())
        throw KyuyoError(ErrorCode::kInvalidInput, "employer-proxy check needs the 本人's 番号確認 document", where);
    }
  } else {
    if (reg.dependent_check)
      throw KyuyoError(ErrorCode::kInvalidInput, "dependent_check applies to dependents only", where);
    if (reg.method == CheckMethod::kDocuments && (reg.number_document.empty() || reg.identity_document.empty()))
      throw KyuyoError(ErrorCode::kInvalidInput,
                       "本人確認 by documents needs both number_document (番号確認) and identity_document (身元確認)", where);
  }
  const DataKey& k = key();
  std::string_view digits = detail::MyNumberAccess::digits(number);
  std::string hash = lookup_hash(k, digits);
  auto& sql = db_.session();
  if (auto existing = row_for(db_, person, true)) {
    if (existing->lookup != hash)
      throw KyuyoError(ErrorCode::kConflict,
                       "a different 個人番号 is already registered for this person; a second number is refused "
                       "(neither value is shown)",
                       where);
    if (split_purposes(existing->purposes) != reg.purposes)
      throw KyuyoError(ErrorCode::kConflict,
                       "already registered for " + labels(split_purposes(existing->purposes)) +
                           "; purposes cannot be changed after collection (collect again for a new purpose)",
                       where);
    return false;
  }
  if (auto purged = row_for(db_, person, false)) {
    if (person.leave_date)
      throw KyuyoError(ErrorCode::kConflict,
                       "this person's 個人番号 was deleted on " + purged->purged_at.substr(0, 10) +
                           " after its retention ended; a deleted number cannot be brought back",
                       where);
  }
  {
    std::string other;
    soci::indicator ind = soci::i_null;
    sql << "SELECT person_ref FROM vault_numbers WHERE lookup_hash = :h", soci::use(hash), soci::into(other, ind);
    if (sql.got_data())
      throw KyuyoError(ErrorCode::kConflict,
                       "the same 個人番号 is already registered for another person (" + other + "); refused", where);
  }
  std::string ct = seal(k, digits, ad_for(person));
  long long employer_id = person.employer_id, employee_id = person.employee_id;
  soci::indicator emp_ind = person.is_owner() ? soci::i_null : soci::i_ok;  // the owner has no employee row
  long long dep = person.dependent_id.value_or(0);
  soci::indicator dep_ind = person.dependent_id ? soci::i_ok : soci::i_null;
  std::string pkey = person.key(), pref = person.ref.str(), status = "active", purposes = join_purposes(reg.purposes);
  std::string method = check_method_code(reg.method), von = iso(reg.verified_on), now = db::Database::now_utc();
  std::string dcheck = reg.dependent_check ? dependent_check_code(*reg.dependent_check) : std::string();
  soci::indicator dcheck_ind = reg.dependent_check ? soci::i_ok : soci::i_null;
  std::string number_doc = reg.number_document.empty() && reg.method == CheckMethod::kCard ? "個人番号カード" : reg.number_document;
  std::string id_doc = reg.identity_document.empty() && reg.method == CheckMethod::kCard ? "個人番号カード" : reg.identity_document;
  sql << "INSERT INTO vault_numbers(employer_id, employee_id, dependent_id, person_key, person_ref, status, ciphertext, "
         "key_id, lookup_hash, purposes, check_method, number_document, identity_document, verified_by, verified_on, "
         "dependent_verified_by, proxy_document, registered_at, registered_by) VALUES(:er,:ee,:de,:pk,:pr,:st,:ct,:ki,"
         ":lh,:pu,:cm,:nd,:idd,:vb,:vo,:dv,:pd,:ra,:rb)",
      soci::use(employer_id), soci::use(employee_id, emp_ind), soci::use(dep, dep_ind), soci::use(pkey), soci::use(pref),
      soci::use(status), soci::use(ct), soci::use(k.key_id), soci::use(hash), soci::use(purposes), soci::use(method),
      soci::use(number_doc), soci::use(id_doc), soci::use(reg.verified_by), soci::use(von),
      soci::use(dcheck, dcheck_ind), soci::use(reg.proxy_document), soci::use(now), soci::use(op_.name);
  auto ev = event(op_, action::kRegister, person);
  ev.purpose = labels(reg.purposes);
  ev.detail = "本人確認=" + method + " (番号確認: " + number_doc + ", 身元確認: " + (id_doc.empty() ? "-" : id_doc) +
              ") by " + reg.verified_by + " on " + von;
  if (reg.dependent_check)
    ev.detail += "; 扶養親族の確認=" + dcheck + (reg.proxy_document.empty() ? "" : " (" + reg.proxy_document + ")");
  append_audit(db_, ev);
  return true;
}

Provision Vault::provide(const ProvideRequest& req) {
  const Person& p = req.person;
  auto ev = event(op_, action::kProvide, p);
  ev.purpose = purpose_label(req.purpose);
  ev.destination = destination_label(req.destination);
  ev.document = req.document_kind + (req.year ? " " + std::to_string(*req.year) : "") +
                (req.completed_on ? " " + iso(*req.completed_on) : "");
  ev.output_file = req.output_file;
  auto withhold = [&](ProvisionOutcome o, const char* act, const std::string& why) {
    ev.action = act;
    ev.detail = why;
    append_audit(db_, ev);
    return Provision(o, "個人番号なしで作成しました (produced without 個人番号): " + why);
  };
  if (!can_provide())
    return withhold(ProvisionOutcome::kWithheldNotAuthorised, action::kWithheld,
                    "操作者 " + op_.name + " (" + role_label(op_.role) + ") には個人番号の利用権限がありません");
  if (!destination_allowed(req.purpose, req.destination))
    return withhold(ProvisionOutcome::kRefusedDestination, action::kRefused,
                    destination_label(req.destination) + " は " + purpose_label(req.purpose) + " の提供先ではありません");
  std::optional<DocumentRule> rule;
  if (!req.document_kind.empty()) {
    rule = document_rule(req.document_kind);
    if (rule->purpose != purpose_code(req.purpose))
      return withhold(ProvisionOutcome::kRefusedPurpose, action::kRefused,
                      rule->label + " は " + purpose_label(req.purpose) + " の書類ではありません");
  }
  auto row = row_for(db_, p, true);
  if (!row) {
    auto purged = row_for(db_, p, false);
    if (purged)
      return withhold(ProvisionOutcome::kPurged, action::kWithheld,
                      p.ref.str() + " の個人番号は " + purged->purged_at.substr(0, 10) + " に削除済みです");
    return withhold(ProvisionOutcome::kNotRegistered, action::kWithheld, p.ref.str() + " の個人番号は未取得です");
  }
  if (!split_purposes(row->purposes).count(req.purpose))
    return withhold(ProvisionOutcome::kRefusedPurpose, action::kRefused,
                    p.ref.str() + " の個人番号は " + purpose_label(req.purpose) + " のために取得されていません (取得時の利用目的: " +
                        labels(split_purposes(row->purposes)) + ")");
  SecretBytes plain = open_sealed(key(), row->ciphertext, ad_for(p));
  if (rule) {
    Date keep = document_keep_until(*rule, req.year, req.completed_on);
    long long nid = row->id;
    int year = req.year.value_or(0);
    soci::indicator yi = req.year ? soci::i_ok : soci::i_null;
    std::string comp = req.completed_on ? iso(*req.completed_on) : "";
    soci::indicator ci = req.completed_on ? soci::i_ok : soci::i_null;
    std::string ku = iso(keep), pc = purpose_code(req.purpose), dc = destination_code(req.destination),
                now = db::Database::now_utc();
    db_.session() << "INSERT INTO vault_documents(number_id, kind, period_year, completed_on, keep_until, purpose, "
                     "destination, output_file, registered_at, registered_by) VALUES(:n,:k,:y,:c,:ku,:p,:d,:o,:t,:b)",
        soci::use(nid), soci::use(req.document_kind), soci::use(year, yi), soci::use(comp, ci), soci::use(ku),
        soci::use(pc), soci::use(dc), soci::use(req.output_file), soci::use(now), soci::use(op_.name);
    ev.detail = "保存期限 " + ku;
  }
  append_audit(db_, ev);
  return Provision(ProvisionOutcome::kProvided, "個人番号を記載しました (" + destination_label(req.destination) + " 提出用)",
                   std::move(plain));
}

Provision Vault::reveal(const Person& p, Purpose purpose, bool to_terminal) {
  auto ev = event(op_, action::kView, p);
  ev.purpose = purpose_label(purpose);
  auto refuse = [&](ErrorCode code, const std::string& why) {
    ev.action = action::kRefused;
    ev.detail = "閲覧拒否: " + why;
    append_audit(db_, ev);
    return KyuyoError(code, "refused: " + why, p.employer_code + " " + p.ref.str());
  };
  if (!can_provide())
    throw refuse(ErrorCode::kPermission,
                 "operator " + op_.name + " (" + role_label(op_.role) + ") may not view 個人番号 (事務取扱担当者 or 責任者 only)");
  auto row = row_for(db_, p, true);
  if (!row) throw refuse(ErrorCode::kNotFound, row_for(db_, p, false) ? "the number was deleted" : "no 個人番号 registered");
  if (!split_purposes(row->purposes).count(purpose))
    throw refuse(ErrorCode::kPermission, "not collected for " + purpose_label(purpose) + " (collected for " +
                                             labels(split_purposes(row->purposes)) + ")");
  if (!to_terminal) throw refuse(ErrorCode::kPermission, "stdout is not a terminal; a number is shown on a terminal only");
  SecretBytes plain = open_sealed(key(), row->ciphertext, ad_for(p));
  append_audit(db_, ev);
  return Provision(ProvisionOutcome::kProvided, "閲覧", std::move(plain));
}

void Vault::register_document(const Person& p, const std::string& kind, std::optional<int> year,
                              std::optional<Date> completed_on, const std::string& output_file,
                              const std::string& purpose, const std::string& destination) {
  const std::string where = p.employer_code + " " + p.ref.str();
  require_role(false, "register documents", where);
  auto rule = document_rule(kind);
  Date keep = document_keep_until(rule, year, completed_on);
  auto row = row_for(db_, p, true);
  if (!row) throw KyuyoError(ErrorCode::kNotFound, "no 個人番号 registered for this person", where);
  long long nid = row->id;
  int y = year.value_or(0);
  soci::indicator yi = year ? soci::i_ok : soci::i_null;
  std::string comp = completed_on ? iso(*completed_on) : "";
  soci::indicator ci = completed_on ? soci::i_ok : soci::i_null;
  std::string ku = iso(keep), pc = purpose.empty() ? rule.purpose : purpose, now = db::Database::now_utc();
  db_.session() << "INSERT INTO vault_documents(number_id, kind, period_year, completed_on, keep_until, purpose, "
                   "destination, output_file, registered_at, registered_by) VALUES(:n,:k,:y,:c,:ku,:p,:d,:o,:t,:b)",
      soci::use(nid), soci::use(kind), soci::use(y, yi), soci::use(comp, ci), soci::use(ku), soci::use(pc),
      soci::use(destination), soci::use(output_file), soci::use(now), soci::use(op_.name);
  auto ev = event(op_, action::kDocument, p);
  ev.document = rule.label + (year ? " " + std::to_string(*year) : "") + (completed_on ? " " + iso(*completed_on) : "");
  ev.output_file = output_file;
  ev.detail = "保存期限 " + ku;
  append_audit(db_, ev);
}

std::vector<StoredNumber> Vault::numbers(std::optional<std::int64_t> employer_id) {
  std::vector<StoredNumber> out;
  soci::rowset<soci::row> rs =
      (db_.session().prepare << "SELECT id, employer_id, employee_id, dependent_id, status, purposes, check_method, "
                                "verified_by, verified_on, dependent_verified_by, registered_at, registered_by, "
                                "purged_at FROM vault_numbers ORDER BY employer_id, person_ref, id");
  for (const auto& r : rs) {
    if (employer_id && detail::int_col(r, 1) != *employer_id) continue;
    StoredNumber n;
    n.id = detail::int_col(r, 0);
    auto employee = detail::opt_int(r, 2);
    n.person = employee ? person_by_id(db_, *employee, detail::opt_int(r, 3))
                        : owner_person(db_, detail::int_col(r, 1), false);  // 個人事業主's owner
    n.status = detail::str_col(r, 4);
    n.purposes = split_purposes(detail::str_col(r, 5));
    n.check_method = detail::str_col(r, 6);
    n.verified_by = detail::str_col(r, 7);
    n.verified_on = detail::str_col(r, 8);
    n.dependent_check = detail::str_col(r, 9);
    n.registered_at = detail::str_col(r, 10);
    n.registered_by = detail::str_col(r, 11);
    n.purged_at = detail::str_col(r, 12);
    out.push_back(std::move(n));
  }
  return out;
}

std::vector<DocumentRecord> Vault::documents(std::int64_t number_id) {
  std::vector<DocumentRecord> out;
  long long nid = number_id;
  soci::rowset<soci::row> rs =
      (db_.session().prepare << "SELECT kind, period_year, completed_on, keep_until, purpose, destination, output_file "
                                "FROM vault_documents WHERE number_id = :n ORDER BY id",
       soci::use(nid));
  for (const auto& r : rs) {
    DocumentRecord d;
    d.kind = detail::str_col(r, 0);
    if (auto y = detail::opt_int(r, 1)) d.year = static_cast<int>(*y);
    if (auto c = detail::opt_str(r, 2)) d.completed_on = value_or_throw(parse_date(*c));
    d.keep_until = value_or_throw(parse_date(detail::str_col(r, 3)));
    d.purpose = detail::str_col(r, 4);
    d.destination = detail::str_col(r, 5);
    d.output_file = detail::str_col(r, 6);
    out.push_back(std::move(d));
  }
  return out;
}

std::vector<RetentionStatus> Vault::retention(const Date& as_of, std::optional<std::int64_t> employer_id) {
  std::vector<RetentionStatus> out;
  std::map<std::string, std::string> label_of;
  for (auto& r : document_rules()) label_of[r.kind] = r.label;
  for (auto& n : numbers(employer_id)) {
    if (n.status != "active") continue;
    RetentionStatus s;
    std::vector<Date> keeps;
    std::string docs;
    for (auto& d : documents(n.id)) {
      keeps.push_back(d.keep_until);
      docs += "; " + (label_of.count(d.kind) ? label_of[d.kind] : d.kind) +
              (d.year ? " " + std::to_string(*d.year) : "") + (d.completed_on ? " 完結 " + iso(*d.completed_on) : "") +
              " → " + iso(d.keep_until);
    }
    if (n.person.is_owner()) {  // a 個人事業主's owner: no 退職, but the employer's 法人番号 (法人成り)
      std::string corporate;
      soci::indicator ci = soci::i_null;
      long long er = n.person.employer_id;
      db_.session() << "SELECT corporate_number FROM employers WHERE id = :id", soci::use(er), soci::into(corporate, ci);
      const bool has_corporate = ci == soci::i_ok && !corporate.empty();
      s.keep_until = owner_keep_until(has_corporate, keeps, as_of);
      if (!s.keep_until)
        s.basis = "事業主 (個人事業主): 支払者の個人番号として使用中";
      else {
        s.basis = "事業主: 法人番号あり (支払者番号は法人番号) → 保存期間 " + iso(*s.keep_until) + docs;
        s.due = as_of > *s.keep_until;
      }
      s.number = std::move(n);
      out.push_back(std::move(s));
      continue;
    }
    s.keep_until = number_keep_until(n.person.leave_date, keeps, as_of);
    if (!s.keep_until) {
      s.basis = n.person.leave_date ? "在職中 (退職日 " + iso(*n.person.leave_date) + " 以前)" : "在職中 (継続雇用・休職を含む)";
    } else {
      s.basis = "退職 " + iso(*n.person.leave_date) + " → 源泉徴収票・給与支払報告書 " +
                iso(Date(n.person.leave_date->year() + 1, 1, 31)) + docs;
      s.due = as_of > *s.keep_until;
    }
    s.number = std::move(n);
    out.push_back(std::move(s));
  }
  return out;
}

PurgeResult Vault::purge(const Date& as_of, const Date& today, const std::string& reason, const std::string& out_dir) {
  require_role(true, "delete 個人番号");
  if (reason.empty()) throw KyuyoError(ErrorCode::kInvalidInput, "a reason for the deletion is required (--reason)");
  if (as_of > today)
    throw KyuyoError(ErrorCode::kInvalidInput, "--as-of " + iso(as_of) + " is in the future; numbers can only be deleted "
                                               "once their retention has actually ended");
  PurgeResult result;
  for (auto& s : retention(as_of))
    if (s.due) result.purged.push_back(std::move(s));
  if (result.purged.empty()) return result;
  namespace fs = std::filesystem;
  std::string now = db::Database::now_utc();
  std::string stamp = now;
  stamp.erase(std::remove_if(stamp.begin(), stamp.end(), [](char c) { return c == '-' || c == ':'; }), stamp.end());
  std::string cert = (fs::path(out_dir) / "vault" / ("deletion-certificate-" + stamp + ".pdf")).string();
  DeletionCertificate c;
  c.deleted_at = now;
  c.as_of = iso(as_of);
  c.operator_name = op_.name;
  c.operator_role = role_label(op_.role);
  c.reason = reason;
  auto& sql = db_.session();
  try {
    db::Transaction tx(db_);
    for (const auto& s : result.purged) {
      long long id = s.number.id;
      std::string st = "purged";
      sql << "UPDATE vault_numbers SET ciphertext = NULL, lookup_hash = NULL, key_id = NULL, status = :s, "
             "purged_at = :t WHERE id = :id AND status = 'active'",
          soci::use(st), soci::use(now), soci::use(id);
      const Person& p = s.number.person;
      std::string ref = p.ref.str(), ku = iso(*s.keep_until), ao = iso(as_of);
      sql << "INSERT INTO vault_deletions(number_id, employer_code, person_ref, person_name, deleted_at, deleted_by, "
             "as_of, reason, basis, keep_until, certificate_file) VALUES(:n,:e,:r,:pn,:t,:b,:a,:re,:ba,:k,:c)",
          soci::use(id), soci::use(p.employer_code), soci::use(ref), soci::use(p.name), soci::use(now),
          soci::use(op_.name), soci::use(ao), soci::use(reason), soci::use(s.basis), soci::use(ku), soci::use(cert);
      auto ev = event(op_, action::kDelete, p);
      ev.output_file = cert;
      ev.detail = "reason: " + reason + "; 保存期限 " + ku + "; basis: " + s.basis;
      append_audit(db_, ev);
      c.lines.push_back({p.employer_code, ref, p.name, p.is_dependent() ? "扶養親族等" : p.is_owner() ? "事業主" : "本人", ku, s.basis});
    }
    write_deletion_certificate(cert, c);
    tx.commit();
  } catch (...) {
    std::error_code ec;
    fs::remove(cert, ec);
    throw;
  }
  // no copy may stay behind: SQLite overwrote the freed cells (secure_delete, set by Database::open);
  // the WAL still holds old page images until it is checkpointed and truncated.
  if (db_.backend() == db::Backend::kSqlite) {
    sql << "PRAGMA secure_delete = ON";
    db_.checkpoint();
  } else {
    sql << "VACUUM FULL vault_numbers";
  }
  result.certificate_file = cert;
  return result;
}

std::string Vault::rotate_key() {
  require_role(true, "rotate the vault key");
  const DataKey& old = key();
  DataKey fresh = generate_key();
  std::string path = key_file_path(key_file_);
  std::string tmp = path + ".new";
  write_key_file(tmp, fresh, true);
  std::size_t count = 0;
  try {
    db::Transaction tx(db_);
    auto& sql = db_.session();
    std::vector<std::pair<long long, std::string>> rows;
    {
      soci::rowset<soci::row> rs =
          (sql.prepare << "SELECT id, person_key, ciphertext FROM vault_numbers WHERE status = 'active' ORDER BY id");
      for (const auto& r : rs) rows.emplace_back(detail::int_col(r, 0), detail::str_col(r, 1) + "\n" + detail::str_col(r, 2));
    }
    for (auto& [id, pk_ct] : rows) {
      auto nl = pk_ct.find('\n');
      std::string ad = "kyuyo-vault-v1|" + pk_ct.substr(0, nl);
      SecretBytes plain = open_sealed(old, pk_ct.substr(nl + 1), ad);
      std::string ct = seal(fresh, plain.view(), ad), h = lookup_hash(fresh, plain.view());
      sql << "UPDATE vault_numbers SET ciphertext = :c, lookup_hash = :h, key_id = :k WHERE id = :id", soci::use(ct),
          soci::use(h), soci::use(fresh.key_id), soci::use(id);
      ++count;
    }
    std::string now = db::Database::now_utc();
    sql << "UPDATE vault_keys SET retired_at = :t WHERE retired_at IS NULL", soci::use(now);
    sql << "INSERT INTO vault_keys(key_id, created_at) VALUES(:k, :t)", soci::use(fresh.key_id), soci::use(now);
    AuditEvent ev;
    ev.operator_name = op_.name;
    ev.action = action::kKeyRotate;
    ev.detail = "key " + old.key_id + " → " + fresh.key_id + "; " + std::to_string(count) + " number(s) re-encrypted";
    append_audit(db_, ev);
    tx.commit();
  } catch (...) {
    std::remove(tmp.c_str());
    throw;
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0)
    throw KyuyoError(ErrorCode::kInternal,
                     "the database now uses the new key, but it could not replace the key file: move " + tmp +
                         " to " + path + " yourself",
                     path);
  if (db_.backend() == db::Backend::kSqlite) db_.checkpoint();
  key_ = std::make_unique<DataKey>(std::move(fresh));
  return key_->key_id;
}

std::string init_key(db::Database& db, const std::string& key_file, const std::string& operator_name) {
  std::string active;
  soci::indicator ind = soci::i_null;
  db.session() << "SELECT key_id FROM vault_keys WHERE retired_at IS NULL", soci::into(active, ind);
  if (db.session().got_data())
    throw KyuyoError(ErrorCode::kConflict,
                     "this database already has a vault key (id " + active + "); use kyuyo keys rotate to replace it");
  DataKey k = generate_key();
  write_key_file(key_file, k, true);
  try {
    db::Transaction tx(db);
    std::string now = db::Database::now_utc();
    db.session() << "INSERT INTO vault_keys(key_id, created_at) VALUES(:k, :t)", soci::use(k.key_id), soci::use(now);
    AuditEvent ev;
    ev.operator_name = operator_name;
    ev.action = action::kKeyInit;
    ev.detail = "key " + k.key_id + " created (file mode 0600)";
    append_audit(db, ev);
    tx.commit();
  } catch (...) {
    std::remove(key_file.c_str());
    throw;
  }
  return k.key_id;
}

}  // namespace kyuyo::vault
