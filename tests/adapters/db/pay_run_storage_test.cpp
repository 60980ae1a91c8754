// Pay runs on SQLite and PostgreSQL through the CLI give the same figures: the sample company's
// June and July pay and the July bonus (the bonus run reads the previous month's pay and the
// 年度's earlier bonuses from stored slips: the run-row query with its employees-first join and
// three aggregates), an identical re-run leaves the final run unchanged, the immutability guard
// refuses a change, and reversal plus a new run works. The storage code is shared by both
// backends; this checks the run path on each.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <string>
#include <vector>

#include "kyuyo/adapters/db/database.hpp"
#include "support/helpers.hpp"
#include "support/pg_server.hpp"

using namespace kyuyo;

namespace {
// The lines of a run's report that carry figures (gross, deductions, net, employer totals).
std::string figures(const std::string& out) {
  std::string keep, line;
  for (char c : out + "\n") {
    if (c != '\n') {
      line += c;
      continue;
    }
    for (const char* k : {"gross\t", "deductions\t", "net\t", "employer_total\t", "notice_amount\t"})
      if (line.rfind(k, 0) == 0) keep += line + "\n";
    line.clear();
  }
  return keep;
}

// Runs the year's first steps on `url` and returns the figures of each run.
std::vector<std::string> run_sample(const std::string& url) {
  std::string s = test::test_dir() + "/../samples/company/";
  std::vector<std::vector<std::string>> steps = {{"init"},
                                                 {"import", "employers", s + "employers.csv"},
                                                 {"import", "employees", s + "employees.csv"},
                                                 {"import", "dependents", s + "dependents.csv"},
                                                 {"import", "payroll", s + "payroll-2026.csv"},
                                                 {"import", "resident-tax", s + "resident-tax-2026.csv"}};
  std::vector<std::vector<std::string>> runs = {{"payroll", "run", "--period", "2026-06", "--no-payslips"},
                                                {"payroll", "run", "--period", "2026-07", "--no-payslips"},
                                                {"bonus", "run", "--payment-date", "2026-07-10", "--no-payslips"}};
  for (auto a : steps) {
    a.insert(a.end(), {"--db", url});
    auto r = test::run_kyuyo(a);
    EXPECT_EQ(r.exit_code, 0) << a[0] << " " << a[1] << ": " << r.err;
  }
  std::vector<std::string> out;
  for (auto a : runs) {
    a.insert(a.end(), {"--db", url});
    auto r = test::run_kyuyo(a);
    EXPECT_EQ(r.exit_code, 0) << a[0] << " " << a[2] << ": " << r.err;
    out.push_back(figures(r.out));
    auto again = test::run_kyuyo(a);
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_NE(again.out.find("already final, unchanged"), std::string::npos) << again.out;
    EXPECT_EQ(figures(again.out), out.back());
  }
  return out;
}
}  // namespace

TEST(PayRunStorage, SqliteAndPostgresqlComputeAndStoreTheSameRuns) {
  auto* pg = test::PgServer::get();
  if (!pg && test::PgServer::binaries_missing()) GTEST_SKIP() << test::PgServer::skip_reason();
  ASSERT_TRUE(pg) << test::PgServer::skip_reason();
  test::TempDir dir;
  auto lite = run_sample(dir.str("pay.db"));
  std::string url = pg->create_database(/*migrated=*/false);
  auto post = run_sample(url);
  ASSERT_EQ(lite.size(), 3u);
  ASSERT_EQ(post.size(), 3u);
  for (std::size_t i = 0; i < lite.size(); ++i) {
    EXPECT_NE(lite[i].find("gross\t"), std::string::npos) << lite[i];
    EXPECT_EQ(post[i], lite[i]) << "run " << i;
  }
  // The bonus run stored one slip per employee with bonus data, and its slips are immutable.
  auto db = db::Database::open(url);
  long long slips = 0, inputs = 0;
  db->session() << "SELECT COUNT(*) FROM pay_slips s JOIN pay_runs r ON r.id = s.run_id WHERE r.kind = 'bonus'",
      soci::into(slips);
  db->session() << "SELECT COUNT(*) FROM payroll_inputs WHERE kind = 'bonus' AND run_key = '2026-07-10'",
      soci::into(inputs);
  EXPECT_GT(slips, 0);
  EXPECT_EQ(slips, inputs);
  // The guards are the migrations' (0202): this connection constructed no repository.
  EXPECT_ANY_THROW(db->session() << "UPDATE pay_slips SET net = net + 1");
  EXPECT_ANY_THROW(db->session() << "DELETE FROM pay_slips");
  EXPECT_ANY_THROW(db->session() << "DELETE FROM pay_runs");
  EXPECT_ANY_THROW(db->session() << "UPDATE pay_runs SET result_hash = 'x' WHERE result_hash <> ''");
  // Reversal, then the same data runs again into a new final run with the same figures.
  auto rev = test::run_kyuyo({"payroll", "reverse", "--bonus", "--payment-date", "2026-07-10", "--db", url});
  ASSERT_EQ(rev.exit_code, 0) << rev.err;
  auto rerun = test::run_kyuyo({"bonus", "run", "--payment-date", "2026-07-10", "--no-payslips", "--db", url});
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_NE(rerun.out.find(" final, "), std::string::npos) << rerun.out;
  EXPECT_EQ(figures(rerun.out), lite[2]);
}
