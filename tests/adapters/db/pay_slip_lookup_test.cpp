// Finalised payments are found through their runs (migration 0203): pay_runs keeps the span of its
// slips' payment dates (paid_from … paid_to), and an employee's slip is looked up in each run
// whose span overlaps the range asked for. Checked on SQLite and PostgreSQL: slips paid on other
// dates than their run's own payment date are found, other employers' runs and reversed runs are
// not, the span is immutable once the run is finished, and a store made before 0203 gets its
// spans filled in from its slips (and loses the index the runs used to rewrite).
#include <gtest/gtest.h>
#include <soci/soci.h>

#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/adapters/db/employee_repo.hpp"
#include "kyuyo/adapters/db/employer_repo.hpp"
#include "kyuyo/adapters/db/payroll_repo.hpp"
#include "support/helpers.hpp"
#include "support/pg_server.hpp"

using namespace kyuyo;

namespace {

Date d(int y, int m, int dd) {
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(dd));
}

class PaySlipLookup : public ::testing::TestWithParam<std::string> {
 protected:
  test::TempDir dir;
  std::unique_ptr<db::Database> db;

  void SetUp() override {
    if (GetParam() == "postgresql") {
      auto* pg = test::PgServer::get();
      if (!pg && test::PgServer::binaries_missing()) GTEST_SKIP() << test::PgServer::skip_reason();
      ASSERT_TRUE(pg) << test::PgServer::skip_reason();
      db = db::Database::open(pg->create_database());
    } else {
      db = db::Database::open(dir.str("k.db"));
    }
  }
  EmployerId employer(const std::string& code) {
    model::Employer e;
    e.code = code;
    e.name = "テスト" + code;
    return db::EmployerRepo(*db).upsert(e).id;
  }
  EmployeeId employee(EmployerId er, const std::string& code) {
    model::Employee e;
    e.employer_id = er;
    e.code = code;
    e.family_name = "社員";
    e.given_name = code;
    e.family_kana = "シャイン";
    e.given_kana = "イチ";
    e.birth_date = d(1980, 1, 1);
    e.hire_date = d(2020, 4, 1);
    return db::EmployeeRepo(*db).upsert(e).id;
  }
  struct Paid {
    EmployeeId ee;
    std::string code;
    Date pay;
    Yen taxable;
  };
  // One finished run (slips added by `repo`, or by another repository when `other_repo`).
  std::int64_t run(EmployerId er, payroll::RunKind kind, const std::string& key, YearMonth ym, Date run_date,
                   const std::vector<Paid>& slips, bool other_repo = false) {
    db::PayrollRepo repo(*db), adder(*db);
    db::Transaction tx(*db);
    auto id = repo.create_run(er, kind, key, ym, run_date, "test", "test");
    for (const auto& s : slips) {
      payroll::PayslipResult r;
      r.kind = kind;
      r.period = ym;
      r.payment_date = s.pay;
      r.premium_month = ym;
      r.gross = r.taxable = s.taxable;
      r.net = s.taxable;
      if (kind == payroll::RunKind::kBonus) r.standard_bonus_health = r.standard_bonus_pension = s.taxable;
      (other_repo ? adder : repo).add_slip(id, s.ee, s.code, "社員 " + s.code, r);
    }
    repo.finish_run(id, static_cast<int>(slips.size()), "h" + key);
    tx.commit();
    return id;
  }
  std::pair<std::string, std::string> span(std::int64_t id) {
    std::string f, t;
    long long i = id;
    db->session() << "SELECT paid_from, paid_to FROM pay_runs WHERE id = :i", soci::use(i), soci::into(f),
        soci::into(t);
    return {f, t};
  }
};

TEST_P(PaySlipLookup, FindsSlipsPaidOnOtherDatesThanTheirRunAndOnlyTheEmployersFinalOnes) {
  auto a = employer("A"), b = employer("B");
  auto a1 = employee(a, "A1"), a2 = employee(a, "A2"), b1 = employee(b, "B1");
  using K = payroll::RunKind;
  // June pay: A1 on 2026-06-25 (the run's date, the earliest), A2 late, on 2026-07-01.
  auto june = run(a, K::kMonthly, "2026-06", {2026, 6}, d(2026, 6, 25),
                  {{a1, "A1", d(2026, 6, 25), Yen(300000)}, {a2, "A2", d(2026, 7, 1), Yen(280000)}});
  EXPECT_EQ(span(june), std::make_pair(std::string("2026-06-25"), std::string("2026-07-01")));
  // Added by another repository instance: finish_run reads the span from the slips.
  auto july = run(a, K::kMonthly, "2026-07", {2026, 7}, d(2026, 7, 24),
                  {{a1, "A1", d(2026, 7, 24), Yen(310000)}, {a2, "A2", d(2026, 7, 31), Yen(290000)}}, true);
  EXPECT_EQ(span(july), std::make_pair(std::string("2026-07-24"), std::string("2026-07-31")));
  auto bonus = run(a, K::kBonus, "2026-07-10", {2026, 7}, d(2026, 7, 10), {{a2, "A2", d(2026, 7, 10), Yen(500000)}});
  // Employer B pays on the same days; a reversed A run must not count either.
  run(b, K::kMonthly, "2026-07", {2026, 7}, d(2026, 7, 1), {{b1, "B1", d(2026, 7, 1), Yen(999000)}});
  auto old = run(a, K::kMonthly, "2026-05", {2026, 5}, d(2026, 5, 25), {{a2, "A2", d(2026, 5, 25), Yen(1)}});
  db::PayrollRepo repo(*db);
  repo.reverse_run(old, "test");

  // A2's payments paid in July: the June run's late slip (run dated 06-25), the bonus and July's.
  auto in_july = repo.payments_paid_in(a2, {2026, 7}, {2026, 7});
  ASSERT_EQ(in_july.size(), 3u);
  EXPECT_EQ(in_july[0].payment_date, d(2026, 7, 1));
  EXPECT_EQ(in_july[0].taxable, Yen(280000));
  EXPECT_EQ(in_july[1].payment_date, d(2026, 7, 10));
  EXPECT_EQ(in_july[2].payment_date, d(2026, 7, 31));
  // The year: no reversed May, nothing of employer B.
  auto year = repo.payments_for_year(a2, 2026);
  ASSERT_EQ(year.size(), 3u);
  EXPECT_EQ(repo.payments_for_year(b1, 2026).size(), 1u);
  EXPECT_TRUE(repo.payments_paid_in(a1, {2026, 5}, {2026, 5}).empty());
  // The latest monthly payment paid in July is July's own (the bonus is not monthly).
  auto m = repo.monthly_payment_in(a2, {2026, 7});
  ASSERT_TRUE(m);
  EXPECT_EQ(m->payment_date, d(2026, 7, 31));
  // Bonuses before a date, strictly.
  EXPECT_EQ(repo.standard_bonus_health_in_fiscal_year(a2, d(2026, 7, 10)), Yen(0));
  EXPECT_EQ(repo.standard_bonus_health_in_fiscal_year(a2, d(2026, 7, 11)), Yen(500000));
  EXPECT_EQ(repo.standard_bonus_pension_in_month(a2, d(2026, 12, 10)), Yen(0));
  // The employer's year, by employee code then date.
  std::vector<std::string> seen;
  repo.for_each_payment(a, 2026, [&](const payroll::PaymentRecord& p) { seen.push_back(iso(p.payment_date)); });
  EXPECT_EQ(seen, (std::vector<std::string>{"2026-06-25", "2026-07-24", "2026-07-01", "2026-07-10", "2026-07-31"}));
  (void)bonus;
}

TEST_P(PaySlipLookup, ASpanIsImmutableOnceTheRunIsFinished) {
  auto a = employer("A");
  auto a1 = employee(a, "A1");
  auto id = run(a, payroll::RunKind::kMonthly, "2026-06", {2026, 6}, d(2026, 6, 25),
                {{a1, "A1", d(2026, 6, 25), Yen(300000)}});
  long long i = id;
  EXPECT_ANY_THROW((db->session() << "UPDATE pay_runs SET paid_to = '2099-12-31' WHERE id = :i", soci::use(i)));
  EXPECT_ANY_THROW((db->session() << "UPDATE pay_runs SET paid_from = '2000-01-01' WHERE id = :i", soci::use(i)));
  EXPECT_EQ(span(id), std::make_pair(std::string("2026-06-25"), std::string("2026-06-25")));
  db::PayrollRepo(*db).reverse_run(id, "test");  // reversal still works
  EXPECT_EQ(db::PayrollRepo(*db).run(id)->status, "reversed");
}

INSTANTIATE_TEST_SUITE_P(Backends, PaySlipLookup, ::testing::Values("sqlite", "postgresql"));

// A store made before migration 0203 (simulated: its columns, index and guard taken back) gets the
// spans from its slips, loses pay_slips_employee, and keeps its finalised runs immutable.
TEST(PaySlipLookupMigration, FillsTheSpansOfAnEarlierStoreFromItsSlips) {
  test::TempDir dir;
  std::string path = dir.str("old.db");
  std::int64_t id = 0;
  {
    auto db = db::Database::open(path);
    model::Employer e;
    e.code = "A";
    e.name = "テストA";
    auto er = db::EmployerRepo(*db).upsert(e).id;
    model::Employee x;
    x.employer_id = er;
    x.code = "A1";
    x.family_name = "社員";
    x.given_name = "A1";
    x.family_kana = "シャイン";
    x.given_kana = "イチ";
    x.birth_date = d(1980, 1, 1);
    x.hire_date = d(2020, 4, 1);
    auto ee = db::EmployeeRepo(*db).upsert(x).id;
    x.code = "A2";
    auto ee2 = db::EmployeeRepo(*db).upsert(x).id;
    db::PayrollRepo repo(*db);
    db::Transaction tx(*db);
    id = repo.create_run(er, payroll::RunKind::kMonthly, "2026-06", {2026, 6}, d(2026, 6, 25), "test", "test");
    for (auto [who, pay] : {std::pair{ee, d(2026, 6, 25)}, std::pair{ee2, d(2026, 7, 3)}}) {
      payroll::PayslipResult r;
      r.period = {2026, 6};
      r.payment_date = pay;
      r.premium_month = {2026, 6};
      repo.add_slip(id, who, "A", "社員", r);
    }
    repo.finish_run(id, 2, "h");
    tx.commit();
    auto& s = db->session();
    s << "DROP TRIGGER pay_runs_only_reverse";
    s << "DROP INDEX pay_runs_employer_paid";
    s << "ALTER TABLE pay_runs DROP COLUMN paid_from";
    s << "ALTER TABLE pay_runs DROP COLUMN paid_to";
    s << "CREATE INDEX pay_slips_employee ON pay_slips(employee_id, payment_date)";
    s << "CREATE TRIGGER pay_runs_only_reverse BEFORE UPDATE ON pay_runs WHEN OLD.result_hash <> '' AND "
         "NEW.status = OLD.status BEGIN SELECT RAISE(ABORT, 'immutable'); END";
    s << "DELETE FROM schema_migrations WHERE version = 203";
  }
  auto db = db::Database::open(path);  // migrates
  std::string f, t;
  long long i = id, idx = -1;
  db->session() << "SELECT paid_from, paid_to FROM pay_runs WHERE id = :i", soci::use(i), soci::into(f), soci::into(t);
  EXPECT_EQ(f, "2026-06-25");
  EXPECT_EQ(t, "2026-07-03");
  db->session() << "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'pay_slips_employee'",
      soci::into(idx);
  EXPECT_EQ(idx, 0);
  EXPECT_ANY_THROW((db->session() << "UPDATE pay_runs SET paid_to = '2099-12-31' WHERE id = :i", soci::use(i)));
  EXPECT_ANY_THROW((db->session() << "UPDATE pay_runs SET result_hash = 'x' WHERE id = :i", soci::use(i)));
}

}  // namespace
