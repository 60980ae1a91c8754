#include "kyuyo/vault/audit_log.hpp"

#include <map>
#include <sodium.h>
#include <soci/soci.h>

#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/core/error.hpp"
#include "kyuyo/vault/crypto.hpp"
#include "kyuyo/vault/secret.hpp"
#include "sql_util.hpp"

namespace kyuyo::vault {
namespace {
constexpr const char* kGenesis = "-";

struct Head {
  std::int64_t seq = 0;
  std::string hash = kGenesis;
};

Head read_head(soci::session& sql) {
  std::string v;
  soci::indicator ind = soci::i_null;
  sql << "SELECT value FROM vault_meta WHERE name = 'audit_head'", soci::into(v, ind);
  Head h;
  if (sql.got_data() && ind == soci::i_ok) {
    auto sp = v.find(' ');
    h.seq = std::stoll(v.substr(0, sp));
    h.hash = v.substr(sp + 1);
  }
  return h;
}

void put_field(crypto_generichash_state& st, const std::string& s) {
  // length-prefixed so that no two field lists serialise alike
  std::string len = std::to_string(s.size()) + ":";
  crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(len.data()), len.size());
  crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(s.data()), s.size());
}

std::string col(const soci::row& r, std::size_t i) { return detail::str_col(r, i); }
}  // namespace

std::string action_label(const std::string& c) {
  static const std::map<std::string, std::string> m{
      {action::kRegister, "取得"},        {action::kView, "閲覧"},
      {action::kUse, "利用"},             {action::kProvide, "提供"},
      {action::kWithheld, "番号なしで作成"}, {action::kRefused, "拒否"},
      {action::kDelete, "削除・廃棄"},     {action::kDocument, "書類登録"},
      {action::kKeyInit, "鍵作成"},        {action::kKeyRotate, "鍵更新"},
      {action::kLogin, "ログイン"},        {action::kLoginFailed, "ログイン失敗"},
      {action::kOperatorAdd, "担当者登録"}};
  auto it = m.find(c);
  return it == m.end() ? c : it->second;
}

std::string audit_entry_hash(const AuditEntry& e) {
  ensure_sodium();
  crypto_generichash_state st;
  crypto_generichash_init(&st, nullptr, 0, 32);
  put_field(st, "kyuyo-audit-v1");
  put_field(st, std::to_string(e.seq));
  for (const std::string* f : {&e.at, &e.operator_name, &e.action, &e.employer, &e.person, &e.purpose,
                               &e.destination, &e.document, &e.output_file, &e.detail, &e.prev_hash})
    put_field(st, *f);
  unsigned char h[32];
  crypto_generichash_final(&st, h, sizeof h);
  return to_base64(h, sizeof h);
}

void append_audit(db::Database& db, const AuditEvent& ev) {
  auto& sql = db.session();
  Head head = read_head(sql);
  AuditEntry e;
  static_cast<AuditEvent&>(e) = ev;
  e.seq = head.seq + 1;
  e.at = db::Database::now_utc();
  e.prev_hash = head.hash;
  e.hash = audit_entry_hash(e);
  long long seq = e.seq;
  sql << "INSERT INTO vault_audit(seq, at, operator, action, employer, person, purpose, destination, document, "
         "output_file, detail, prev_hash, hash) VALUES(:s,:at,:op,:ac,:em,:pe,:pu,:de,:do,:of,:dt,:ph,:h)",
      soci::use(seq), soci::use(e.at), soci::use(e.operator_name), soci::use(e.action), soci::use(e.employer),
      soci::use(e.person), soci::use(e.purpose), soci::use(e.destination), soci::use(e.document),
      soci::use(e.output_file), soci::use(e.detail), soci::use(e.prev_hash), soci::use(e.hash);
  std::string v = std::to_string(e.seq) + " " + e.hash;
  if (head.seq == 0 && head.hash == kGenesis) {
    long long n = 0;
    sql << "SELECT COUNT(*) FROM vault_meta WHERE name = 'audit_head'", soci::into(n);
    if (n == 0) {
      sql << "INSERT INTO vault_meta(name, value) VALUES('audit_head', :v)", soci::use(v);
      return;
    }
  }
  sql << "UPDATE vault_meta SET value = :v WHERE name = 'audit_head'", soci::use(v);
}

void append_audit_now(db::Database& db, const AuditEvent& e) {
  db::Transaction tx(db);
  append_audit(db, e);
  tx.commit();
}

std::vector<AuditEntry> read_audit(db::Database& db, const AuditFilter& f) {
  std::vector<AuditEntry> out;
  soci::rowset<soci::row> rs =
      (db.session().prepare << "SELECT seq, at, operator, action, employer, person, purpose, destination, document, "
                               "output_file, detail, prev_hash, hash FROM vault_audit ORDER BY seq");
  for (const auto& r : rs) {
    AuditEntry e;
    e.seq = detail::int_col(r, 0);
    e.at = col(r, 1);
    e.operator_name = col(r, 2);
    e.action = col(r, 3);
    e.employer = col(r, 4);
    e.person = col(r, 5);
    e.purpose = col(r, 6);
    e.destination = col(r, 7);
    e.document = col(r, 8);
    e.output_file = col(r, 9);
    e.detail = col(r, 10);
    e.prev_hash = col(r, 11);
    e.hash = col(r, 12);
    std::string day = e.at.substr(0, 10);
    if (f.from && day < iso(*f.from)) continue;
    if (f.to && day > iso(*f.to)) continue;
    if (f.operator_name && e.operator_name != *f.operator_name) continue;
    if (f.action && e.action != *f.action) continue;
    if (f.employer && e.employer != *f.employer) continue;
    if (f.person && e.person != *f.person) continue;
    out.push_back(std::move(e));
  }
  return out;
}

AuditVerification verify_audit(db::Database& db) {
  AuditVerification v;
  auto entries = read_audit(db);
  std::int64_t expected = 1;
  std::string prev = kGenesis;
  for (const auto& e : entries) {
    ++v.entries;
    if (e.seq != expected) {
      if (e.seq > expected)
        v.problems.push_back({e.seq, "entries " + std::to_string(expected) + "–" + std::to_string(e.seq - 1) +
                                         " are missing (deleted)"});
      else
        v.problems.push_back({e.seq, "entry out of sequence (inserted or reordered)"});
    }
    if (e.prev_hash != prev)
      v.problems.push_back({e.seq, "does not chain to the entry before it (inserted, reordered or deleted entry)"});
    if (audit_entry_hash(e) != e.hash)
      v.problems.push_back({e.seq, "content does not match its hash (edited, or moved to another position)"});
    prev = e.hash;
    expected = e.seq + 1;
  }
  Head head = read_head(db.session());
  std::int64_t last = entries.empty() ? 0 : entries.back().seq;
  if (head.seq > last)
    v.problems.push_back({last + 1, "entries " + std::to_string(last + 1) + "–" + std::to_string(head.seq) +
                                        " at the end of the log are missing (deleted)"});
  else if (head.seq < last || head.hash != prev)
    v.problems.push_back({last, "the recorded head of the log does not match its last entry (appended or edited "
                                "outside kyuyo)"});
  v.head_hash = prev;
  return v;
}

}  // namespace kyuyo::vault
