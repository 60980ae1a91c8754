#pragma once
// Shared fixture for the vault tests: a temporary SQLite database with one employer, a current
// employee with a dependent, a leaver, a key file and three operators (one per role).
// Test numbers are synthetic ("0000" + 7 digits + check digit) and never printed: failure
// messages go through redact().
#include <gtest/gtest.h>

#include <memory>
#include <regex>
#include <string>

#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/vault/audit_log.hpp"
#include "kyuyo/vault/operators.hpp"
#include "kyuyo/vault/vault.hpp"
#include "support/helpers.hpp"

namespace kyuyo::vault::testing {

/// A synthetic 個人番号 with a valid check digit: "0000" + i (7 digits) + check digit.
inline std::string synth(int i) {
  std::string base = std::to_string(i);
  base = "0000" + std::string(7 - base.size(), '0') + base;
  return base + std::to_string(MyNumber::check_digit(base));
}

/// Masks every 12-digit run, for failure messages.
inline std::string redact(const std::string& s) {
  return std::regex_replace(s, std::regex("[0-9]{12}"), "<12 digits>");
}

inline MyNumber number(const std::string& text) {
  auto n = MyNumber::parse(text);
  if (!n) throw std::runtime_error("test number invalid: " + n.error().message);
  return std::move(*n);
}

inline SecretBytes secret(std::string s) { return SecretBytes::take(s); }

class VaultFixture : public ::testing::Test {
 protected:
  void SetUp() override { open(dir.str("t.db")); }

  /// Sets up the fixture on a database URL (a SQLite path or postgresql://…).
  void open(const std::string& url) {
    db_path = url;
    key_path = dir.str("t.key");
    db = kyuyo::db::Database::open(db_path);
    auto& sql = db->session();
    sql << "INSERT INTO employers(code, name, prefecture) VALUES('ACME', 'テスト株式会社', 13)";
    sql << "INSERT INTO employees(employer_id, code, family_name, given_name, birth_date, sex, hire_date) "
           "VALUES(1, 'E001', '山田', '太郎', '1980-01-01', 'M', '2010-04-01')";
    sql << "INSERT INTO employees(employer_id, code, family_name, given_name, birth_date, sex, hire_date, leave_date) "
           "VALUES(1, 'E002', '佐藤', '花子', '1970-01-01', 'F', '2001-04-01', '2016-03-31')";
    sql << "INSERT INTO employees(employer_id, code, family_name, given_name, birth_date, sex, hire_date) "
           "VALUES(1, 'E003', '鈴木', '一郎', '1990-01-01', 'M', '2020-04-01')";
    sql << "INSERT INTO dependents(employee_id, seq, family_name, given_name, relation, birth_date) "
           "VALUES(1, 1, '山田', '花子', 'spouse', '1982-01-01')";
    init_key(*db, key_path, "test");
    manager = add_operator(*db, std::nullopt, "boss", Role::kManager, secret("boss passphrase"));
    clerk = add_operator(*db, manager, "clerk", Role::kClerk, secret("clerk passphrase"));
    user = add_operator(*db, manager, "user", Role::kUser, secret("user passphrase"));
    e1 = resolve_person(*db, 1, {"E001", std::nullopt});
    e2 = resolve_person(*db, 1, {"E002", std::nullopt});
    e3 = resolve_person(*db, 1, {"E003", std::nullopt});
    d1 = resolve_person(*db, 1, {"E001", 1});
  }

  Registration reg(std::set<Purpose> p = {Purpose::kTaxWithholding, Purpose::kSocialInsurance}) {
    Registration r;
    r.purposes = std::move(p);
    r.method = CheckMethod::kCard;
    r.verified_by = "担当 田村";
    r.verified_on = Date(2026, 1, 5);
    return r;
  }
  Registration dep_reg() {
    auto r = reg({Purpose::kTaxWithholding});
    r.dependent_check = DependentCheck::kEmployee;
    return r;
  }

  /// Registers synth(1) for E001, synth(2) for E002 (leaver), synth(4) for E001:1.
  void register_all() {
    Vault v(*db, clerk, key_path);
    kyuyo::db::Transaction tx(*db);
    ASSERT_TRUE(v.register_number(e1, reg(), number(synth(1))));
    ASSERT_TRUE(v.register_number(e2, reg(), number(synth(2))));
    ASSERT_TRUE(v.register_number(d1, dep_reg(), number(synth(4))));
    tx.commit();
  }

  std::string file_bytes() {
    std::string all = test::read_file(db_path);
    if (std::filesystem::exists(db_path + "-wal")) all += test::read_file(db_path + "-wal");
    return all;
  }

  test::TempDir dir;
  std::string db_path, key_path;
  std::unique_ptr<kyuyo::db::Database> db;
  Operator manager, clerk, user;
  Person e1, e2, e3, d1;
};

}  // namespace kyuyo::vault::testing
