// Storage of 標準報酬月額 determinations (migration 0300): round trip of every input the filings
// need, the determination in force per premium month, replacement, listing for the 算定基礎届,
// and a rolled-back batch leaving nothing — on SQLite and a throwaway PostgreSQL server.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/adapters/db/determination_repo.hpp"
#include "kyuyo/adapters/db/employee_repo.hpp"
#include "kyuyo/adapters/db/employer_repo.hpp"
#include "kyuyo/adapters/resources.hpp"
#include "kyuyo/adapters/xml/rule_loader.hpp"
#include "support/helpers.hpp"
#include "support/pg_server.hpp"

using namespace kyuyo;
using db::Backend;

namespace {

const rules::RuleLibrary& social_rules() {
  static const rules::RuleLibrary l = xml::load_rule_library(resources::rules_dir() + "/social");
  return l;
}

class DeterminationStore : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::kPostgresql) {
      auto* pg = test::PgServer::get();
      if (!pg && test::PgServer::binaries_missing()) GTEST_SKIP() << test::PgServer::skip_reason();
      if (!pg) FAIL() << test::PgServer::skip_reason();
      url_ = pg->create_database(true);
    } else {
      url_ = tmp_.str("kyuyo.db");
    }
    db_ = db::Database::open(url_);
    model::Employer er;
    er.code = "E1";
    er.name = "テスト商事";
    employer_ = db::EmployerRepo(*db_).upsert(er).id;
    for (const char* code : {"001", "002"}) {
      model::Employee e;
      e.employer_id = employer_;
      e.code = code;
      e.family_name = "山田";
      e.given_name = "太郎";
      e.family_kana = "ヤマダ";
      e.given_kana = "タロウ";
      e.birth_date = Date(1985, 4, 1);
      e.hire_date = Date(2020, 4, 1);
      employees_.push_back(db::EmployeeRepo(*db_).upsert(e).id);
    }
  }
  social::Determination teiji(std::int64_t apr, int may_days = 20) {
    social::TeijiInput in;
    in.year = 2026;
    in.months = {social::PayMonth{{2026, 4}, 30, Yen(apr), Yen(1'000), social::WorkerCategory::kRegular},
                 social::PayMonth{{2026, 5}, may_days, Yen(300'000), Yen(0), social::WorkerCategory::kRegular},
                 social::PayMonth{{2026, 6}, 11, Yen(310'000), Yen(0), social::WorkerCategory::kShortTime}};
    in.previous = social::Grades{20, Yen(260'000), 17, Yen(260'000)};
    in.previous_from = YearMonth{2025, 9};
    return value_or_throw(social::teiji_kettei(social_rules(), in));
  }
  test::TempDir tmp_;
  std::string url_;
  std::unique_ptr<db::Database> db_;
  EmployerId employer_;
  std::vector<EmployeeId> employees_;
};

TEST_P(DeterminationStore, RoundTripKeepsEveryInput) {
  auto d = teiji(299'000, 16);
  db::DeterminationRepo repo(*db_);
  {
    db::Transaction tx(*db_);
    repo.save(employer_, employees_[0], d);
    tx.commit();
  }
  auto all = repo.for_employee(employees_[0]);
  ASSERT_EQ(all.size(), 1u);
  const auto& s = all[0].determination;
  EXPECT_EQ(s.kind, social::DeterminationKind::kTeiji);
  EXPECT_EQ(s.effective_from, (YearMonth{2026, 9}));
  EXPECT_EQ(*s.effective_until, (YearMonth{2027, 8}));
  EXPECT_EQ(s.grades.health_grade, d.grades.health_grade);
  EXPECT_EQ(s.grades.pension_standard, d.grades.pension_standard);
  EXPECT_EQ(s.average, Yen(305'000));  // (300,000 + 310,000) ÷ 2: May (16 days) left out
  ASSERT_EQ(s.months.size(), 3u);
  EXPECT_EQ(s.months[0].in_kind, Yen(1'000));
  EXPECT_EQ(s.months[1].base_days, 16);
  EXPECT_EQ(s.months[2].category, social::WorkerCategory::kShortTime);
  EXPECT_EQ(s.qualifying, (std::vector<bool>{true, false, true}));
  ASSERT_TRUE(s.previous);
  EXPECT_EQ(s.previous->health_standard, Yen(260'000));
  EXPECT_EQ(*s.previous_from, (YearMonth{2025, 9}));
  EXPECT_EQ(s.trace, d.trace);
}

TEST_P(DeterminationStore, InForceAndReplacement) {
  db::DeterminationRepo repo(*db_);
  auto shutoku = value_or_throw(social::shutoku_kettei(social_rules(), {Date(2026, 4, 1), Yen(250'000), Yen(0)}));
  social::ZuijiInput z;
  z.change_month = {2026, 10};
  z.direction = +1;
  z.months = {social::PayMonth{{2026, 10}, 20, Yen(400'000), Yen(0)}, social::PayMonth{{2026, 11}, 20, Yen(400'000), Yen(0)},
              social::PayMonth{{2026, 12}, 20, Yen(400'000), Yen(0)}};
  z.current = teiji(300'000).grades;
  auto zr = value_or_throw(social::zuiji_kaitei(social_rules(), z));
  ASSERT_TRUE(zr.triggered);
  db::Transaction tx(*db_);
  repo.save(employer_, employees_[0], shutoku);
  repo.save(employer_, employees_[0], teiji(300'000));
  repo.save(employer_, employees_[0], *zr.determination);
  repo.save(employer_, employees_[1], teiji(500'000));
  tx.commit();
  EXPECT_FALSE(repo.in_force(employees_[0], {2026, 3}));
  EXPECT_EQ(repo.in_force(employees_[0], {2026, 8})->determination.kind, social::DeterminationKind::kShutoku);
  EXPECT_EQ(repo.in_force(employees_[0], {2026, 9})->determination.kind, social::DeterminationKind::kTeiji);
  auto jan = repo.in_force(employees_[0], {2027, 1});
  EXPECT_EQ(jan->determination.kind, social::DeterminationKind::kZuiji);
  EXPECT_EQ(jan->determination.grades.health_standard, Yen(410'000));
  EXPECT_EQ(*jan->determination.change_month, (YearMonth{2026, 10}));
  // The 算定基礎届 list for 2026-09: both employees.
  EXPECT_EQ(repo.list(employer_, social::DeterminationKind::kTeiji, {2026, 9}).size(), 2u);
  // Saving the same kind and month again replaces it (months too).
  db::Transaction tx2(*db_);
  repo.save(employer_, employees_[1], teiji(200'000));
  tx2.commit();
  auto again = repo.for_employee(employees_[1]);
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0].determination.months.size(), 3u);
  EXPECT_EQ(again[0].determination.months[0].cash, Yen(200'000));
}

TEST_P(DeterminationStore, RemoveDeletesOneDeterminationWithItsMonths) {
  db::DeterminationRepo repo(*db_);
  db::Transaction tx(*db_);
  repo.save(employer_, employees_[0], teiji(300'000));
  repo.save(employer_, employees_[1], teiji(300'000));
  EXPECT_TRUE(repo.remove(employees_[0], social::DeterminationKind::kTeiji, {2026, 9}));
  EXPECT_FALSE(repo.remove(employees_[0], social::DeterminationKind::kTeiji, {2026, 9}));  // already gone
  EXPECT_FALSE(repo.remove(employees_[1], social::DeterminationKind::kZuiji, {2026, 9}));  // other kind
  tx.commit();
  EXPECT_TRUE(repo.for_employee(employees_[0]).empty());
  ASSERT_EQ(repo.for_employee(employees_[1]).size(), 1u);
  long long n = -1;
  db_->session() << "SELECT COUNT(*) FROM social_determination_months", soci::into(n);
  EXPECT_EQ(n, 3);  // only employee 002's three months remain
}

TEST_P(DeterminationStore, RolledBackBatchLeavesNothing) {
  db::DeterminationRepo repo(*db_);
  {
    db::Transaction tx(*db_);
    repo.save(employer_, employees_[0], teiji(300'000));
    repo.save(employer_, employees_[1], teiji(300'000));
  }  // no commit
  EXPECT_TRUE(repo.for_employee(employees_[0]).empty());
  long long n = -1;
  db_->session() << "SELECT COUNT(*) FROM social_determination_months", soci::into(n);
  EXPECT_EQ(n, 0);
}

// The batches on PostgreSQL through the CLI: the sample company's April–September pay, then
// kyuyo social teiji / social zuiji (1004's July raise → 随時改定 from October) and a re-run.
TEST(DeterminationBatchPostgresql, TeijiAndZuijiThroughAConnectionUrl) {
  auto* pg = test::PgServer::get();
  if (!pg && test::PgServer::binaries_missing()) GTEST_SKIP() << test::PgServer::skip_reason();
  ASSERT_TRUE(pg) << test::PgServer::skip_reason();
  std::string url = pg->create_database(/*migrated=*/false);
  std::string s = test::test_dir() + "/../samples/company/";
  std::vector<std::vector<std::string>> steps = {{"init"},
                                                 {"import", "employers", s + "employers.csv"},
                                                 {"import", "employees", s + "employees.csv"},
                                                 {"import", "payroll", s + "payroll-2026.csv"}};
  for (const char* m : {"2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09"})
    steps.push_back({"payroll", "run", "--period", m, "--no-payslips"});
  for (auto a : steps) {
    a.insert(a.end(), {"--db", url});
    auto r = test::run_kyuyo(a);
    ASSERT_EQ(r.exit_code, 0) << a[0] << " " << a[1] << ": " << r.err;
  }
  auto t = test::run_kyuyo({"social", "teiji", "--year", "2026", "--format", "csv", "--db", url});
  ASSERT_EQ(t.exit_code, 0) << t.err;
  // 1001: April–June 407,000 / 412,000 / 409,000 → 409,333 → 健保 27級 410,000 (as on SQLite).
  EXPECT_NE(t.out.find("1001,山田 太郎,stored,27,410000,24,410000,409333,27,410000,24,410000,"), std::string::npos)
      << t.out;
  auto z = test::run_kyuyo({"social", "zuiji", "--month", "2026-10", "--format", "csv", "--db", url});
  ASSERT_EQ(z.exit_code, 0) << z.err;
  EXPECT_NE(z.out.find("1004,高橋 健,stored,9,126000,6,126000,156000,13,160000,10,160000,"), std::string::npos)
      << z.out;
  auto again = test::run_kyuyo({"social", "zuiji", "--month", "2026-10", "--format", "csv", "--db", url});
  EXPECT_EQ(again.out, z.out);
  auto db = db::Database::open(url);
  long long n = -1;
  db->session() << "SELECT COUNT(*) FROM social_determinations", soci::into(n);
  EXPECT_EQ(n, 10);  // 9 定時決定 + 1 随時改定
}

INSTANTIATE_TEST_SUITE_P(Backends, DeterminationStore, ::testing::Values(Backend::kSqlite, Backend::kPostgresql),
                         [](const auto& i) { return i.param == Backend::kSqlite ? "sqlite" : "postgresql"; });

}  // namespace
