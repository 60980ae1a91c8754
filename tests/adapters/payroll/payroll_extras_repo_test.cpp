// Storage of the pay-run additions (migration 0201, PayrollExtrasRepo) with the real engines: the
// employer totals stored with a run equal the run's outcome and the hand figures, stay immutable,
// stay with a reversed run while the new run stores its own; leaves and the 住民税一括徴収 request
// are upserted idempotently and a request that differs from a final run is refused.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include "kyuyo/adapters/db/employee_repo.hpp"
#include "kyuyo/adapters/db/employer_repo.hpp"
#include "kyuyo/adapters/db/payroll_extras_repo.hpp"
#include "kyuyo/adapters/db/payroll_repo.hpp"
#include "kyuyo/adapters/payroll/engine_sources.hpp"
#include "kyuyo/adapters/payroll/pay_run_service.hpp"
#include "kyuyo/adapters/xml/rule_loader.hpp"
#include "support/helpers.hpp"

using namespace kyuyo;
using payroll::RunKind;

namespace {
struct Shop {
  test::TempDir dir;
  std::unique_ptr<db::Database> db;
  payroll_run::Sources src = payroll_run::engine_sources(xml::default_rule_library());
  EmployerId er;
  EmployeeId a, b;
  Shop() {
    db = db::Database::open(dir.str("t.db"));
    model::Employer e;
    e.code = "S1";
    e.name = "テスト商店";
    er = db::EmployerRepo(*db).upsert(e).id;
    model::Employee x;
    x.employer_id = er;
    x.code = "0001";
    x.family_name = "青木";
    x.given_name = "一郎";
    x.birth_date = Date(1995, 1, 10);
    x.hire_date = Date(2020, 4, 1);
    a = db::EmployeeRepo(*db).upsert(x).id;
    x.code = "0002";
    x.family_name = "井上";
    x.given_name = "花子";
    x.birth_date = Date(1990, 3, 3);
    b = db::EmployeeRepo(*db).upsert(x).id;
  }
  void import(EmployeeId ee, Yen remuneration, Yen base) {
    payroll::PayInput in;
    in.period = {2026, 8};
    in.payment_date = Date(2026, 8, 25);
    in.items = {{"base", base}};
    in.declared_remuneration = remuneration;
    db::Transaction tx(*db);
    db::PayrollRepo(*db).upsert_input(er, ee, in, "test.csv:1");
    tx.commit();
  }
  payroll_run::RunOutcome run() {
    payroll_run::RunRequest r;
    r.employer = er;
    r.period = {2026, 8};
    return payroll_run::run(*db, xml::default_rule_library(), src, r);
  }
};
}  // namespace

TEST(PayrollExtrasRepo, EmployerTotalsAreStoredWithTheRunAndKeptWithAReversal) {
  Shop s;
  // Premium month 2026-07, Tokyo 10.08%, 厚年 18.3%, 拠出金 0.36% (both under 40):
  //   0001 104,000: 10,483.2 (5,242); 19,032 (9,516); 374.4
  //   0002 240,000: 24,192 (12,096); 43,920 (21,960); 864
  //   健保 34,675.2 → 34,675, employees 17,338, 事業主 17,337; 厚年 62,952, 31,476 each;
  //   拠出金 1,238.4 → 1,238. 雇用 (100,000 + 240,000) × 5/1000 = 1,700; × 8.5/1000 = 2,890.
  s.import(s.a, 104000_yen, 100000_yen);
  s.import(s.b, 240000_yen, 240000_yen);
  auto o = s.run();
  db::PayrollExtrasRepo repo(*s.db);
  auto rows = repo.employer_totals(o.run_id);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].premium, "health");
  EXPECT_EQ(rows[0].total, 34675_yen);
  EXPECT_EQ(rows[0].employee, 17338_yen);
  EXPECT_EQ(rows[0].employer, 17337_yen);
  EXPECT_EQ(rows[1].total, 62952_yen);
  EXPECT_EQ(rows[1].employer, 31476_yen);
  EXPECT_EQ(rows[2].total, 1238_yen);
  EXPECT_EQ(rows[3].employee, 1700_yen);
  EXPECT_EQ(rows[3].employer, 2890_yen);
  for (std::size_t i = 0; i < rows.size(); ++i) EXPECT_EQ(rows[i].total, o.employer_totals.at(i).total);
  // Immutable.
  auto& sql = s.db->session();
  EXPECT_THROW(sql << "UPDATE pay_run_premium_totals SET total = total + 1", soci::soci_error);
  EXPECT_THROW(sql << "DELETE FROM pay_run_premium_totals", soci::soci_error);
  // Re-run: unchanged, nothing stored twice.
  auto again = s.run();
  EXPECT_TRUE(again.unchanged);
  long long n = 0;
  sql << "SELECT COUNT(*) FROM pay_run_premium_totals", soci::into(n);
  EXPECT_EQ(n, 4);
  // Reversal keeps the old run's rows (history); the new run stores its own four.
  {
    db::Transaction tx(*s.db);
    db::PayrollRepo(*s.db).reverse_run(o.run_id, "test");
    tx.commit();
  }
  auto fresh = s.run();
  EXPECT_NE(fresh.run_id, o.run_id);
  EXPECT_EQ(repo.employer_totals(o.run_id).size(), 4u);
  EXPECT_EQ(repo.employer_totals(fresh.run_id).at(0).total, 34675_yen);
  sql << "SELECT COUNT(*) FROM pay_run_premium_totals", soci::into(n);
  EXPECT_EQ(n, 8);
}

TEST(PayrollExtrasRepo, LeavesAndLumpRequestsAreUpsertedAndGuarded) {
  Shop s;
  db::PayrollExtrasRepo repo(*s.db);
  payroll::LeaveSpan l{payroll::LeaveKind::kChildcare, Date(2026, 6, 10), Date(2026, 7, 15)};
  EXPECT_EQ(repo.upsert_leave(s.er, s.b, l, "p.csv:2"), db::UpsertOutcome::kInserted);
  EXPECT_EQ(repo.upsert_leave(s.er, s.b, l, "p.csv:2"), db::UpsertOutcome::kUnchanged);
  l.end = Date(2026, 8, 20);  // extended: same kind and start → the end date is replaced
  EXPECT_EQ(repo.upsert_leave(s.er, s.b, l, "p.csv:3"), db::UpsertOutcome::kReplaced);
  auto all = repo.leaves(s.er);
  ASSERT_EQ(all.at(s.b.value()).size(), 1u);
  EXPECT_EQ(all.at(s.b.value())[0].end, Date(2026, 8, 20));
  // With the extended 育休, 0002's July premiums are exempt in the run: only 0001 is billed.
  s.import(s.a, 104000_yen, 100000_yen);
  s.import(s.b, 240000_yen, 240000_yen);
  auto o = s.run();
  EXPECT_EQ(o.employer_totals.at(0).total, 10483_yen);
  EXPECT_EQ(o.employer_totals.at(1).total, 19032_yen);
  // 住民税一括徴収 request: absent = no; a change against the final run is refused.
  EXPECT_EQ(repo.set_resident_lump_request(s.er, s.a, RunKind::kMonthly, "2026-08", false, "p.csv:2"),
            db::UpsertOutcome::kUnchanged);
  EXPECT_THROW(repo.set_resident_lump_request(s.er, s.a, RunKind::kMonthly, "2026-08", true, "p.csv:2"), KyuyoError);
  EXPECT_EQ(repo.set_resident_lump_request(s.er, s.a, RunKind::kMonthly, "2026-09", true, "p.csv:4"),
            db::UpsertOutcome::kInserted);
  EXPECT_EQ(repo.resident_lump_requests(s.er, RunKind::kMonthly, "2026-09").count(s.a.value()), 1u);
}
