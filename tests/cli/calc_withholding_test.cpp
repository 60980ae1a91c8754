// kyuyo calc withholding / calc bonus-withholding: bare integer output, --explain, --help, exit
// codes. Expected figures: withholding-and-year-end.md §3.4 (NTA 令和8年分 denshi_01.pdf 計算例 via
// S3; R8 賞与 税額表の使い方 example and TaxAnswer No.2523 R7 examples via S4) and §1(a) sample
// values (S1/S2).
#include <gtest/gtest.h>

#include "support/helpers.hpp"

using kyuyo::test::run_kyuyo;

namespace {

std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

TEST(CalcWithholding, BareIntegerTableAndComputer) {
  struct C {
    std::string amount, deps, table, computer;
  };
  for (const auto& c : std::vector<C>{{"175000", "2", "250", "210"},
                                      {"446000", "8", "1010", "940"},
                                      {"775200", "3", "59477", "59470"}}) {
    auto t = run_kyuyo(
        {"calc", "withholding", "--year", "2026", "--amount", c.amount, "--dependents", c.deps});
    ASSERT_EQ(t.exit_code, 0) << t.err;
    EXPECT_EQ(t.out, c.table + "\n");
    auto m = run_kyuyo({"calc", "withholding", "--year", "2026", "--amount", c.amount,
                        "--dependents", c.deps, "--method", "computer"});
    ASSERT_EQ(m.exit_code, 0) << m.err;
    EXPECT_EQ(m.out, c.computer + "\n");
  }
}

TEST(CalcWithholding, YearsAndOtsuColumn) {
  EXPECT_EQ(run_kyuyo({"calc", "withholding", "--year", "2025", "--amount", "300,000",
                       "--dependents", "0"})
                .out,
            "8420\n");
  EXPECT_EQ(run_kyuyo({"calc", "withholding", "--year", "2026", "--amount", "300000",
                       "--dependents", "0"})
                .out,
            "7930\n");
  EXPECT_EQ(run_kyuyo({"calc", "withholding", "--year", "2026", "--amount", "300000",
                       "--dependents", "0", "--column", "otsu"})
                .out,
            "53600\n");
  EXPECT_EQ(run_kyuyo({"calc", "withholding", "--year", "2025", "--amount", "300000",
                       "--dependents", "0", "--column", "otsu"})
                .out,
            "53700\n");
}

TEST(CalcWithholding, ExplainCitesRuleData) {
  auto r = run_kyuyo({"calc", "withholding", "--year", "2026", "--amount", "775200", "--dependents",
                      "3", "--explain"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(first_line(r.out), "59477");
  EXPECT_NE(
      r.out.find("月額表 (令和8年分) 甲欄: schemas/rules/withholding/monthly-2026-01-01.xml:"),
      std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("20.42%"), std::string::npos);
  EXPECT_NE(r.out.find("1円未満切捨て"), std::string::npos);
}

TEST(CalcWithholding, UsageAndDataErrors) {
  auto help = run_kyuyo({"calc", "withholding", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--dependents"), std::string::npos);
  EXPECT_NE(help.out.find("--method"), std::string::npos);
  // usage errors → 2
  EXPECT_EQ(
      run_kyuyo({"calc", "withholding", "--year", "2026", "--amount", "12x", "--dependents", "0"})
          .exit_code,
      2);
  EXPECT_EQ(
      run_kyuyo({"calc", "withholding", "--year", "2026", "--amount", "-5", "--dependents", "0"})
          .exit_code,
      2);
  EXPECT_EQ(run_kyuyo({"calc", "withholding", "--year", "2026", "--dependents", "0"}).exit_code, 2);
  EXPECT_EQ(run_kyuyo({"calc", "withholding", "--year", "2026", "--amount", "1", "--dependents",
                       "0", "--column", "hei"})
                .exit_code,
            2);
  EXPECT_EQ(run_kyuyo({"calc", "withholding", "--year", "2026", "--amount", "1", "--dependents",
                       "0", "--method", "x"})
                .exit_code,
            2);
  EXPECT_EQ(
      run_kyuyo({"calc", "withholding", "--year", "2026", "--amount", "1", "--dependents", "-1"})
          .exit_code,
      2);
  // data errors → 1, with a clear message
  auto y = run_kyuyo(
      {"calc", "withholding", "--year", "2027", "--amount", "300000", "--dependents", "0"});
  EXPECT_EQ(y.exit_code, 1);
  EXPECT_NE(y.err.find("2027-01-01"), std::string::npos) << y.err;
  EXPECT_TRUE(y.out.empty());
  auto daily = run_kyuyo({"calc", "withholding", "--year", "2026", "--amount", "10000",
                          "--dependents", "0", "--period", "daily"});
  EXPECT_EQ(daily.exit_code, 1);
  EXPECT_NE(daily.err.find("日額表"), std::string::npos) << daily.err;
  auto otsu_computer = run_kyuyo({"calc", "withholding", "--year", "2026", "--amount", "300000",
                                  "--dependents", "0", "--column", "otsu", "--method", "computer"});
  EXPECT_EQ(otsu_computer.exit_code, 1);
  EXPECT_NE(otsu_computer.err.find("甲欄"), std::string::npos) << otsu_computer.err;
}

TEST(CalcBonusWithholding, ReferenceExamples) {
  auto a = run_kyuyo({"calc", "bonus-withholding", "--year", "2026", "--bonus", "554000",
                      "--social", "85593", "--prev-month", "196616", "--dependents", "2"});
  ASSERT_EQ(a.exit_code, 0) << a.err;
  EXPECT_EQ(a.out, "9564\n");
  auto b = run_kyuyo({"calc", "bonus-withholding", "--year", "2025", "--bonus", "1668062",
                      "--social", "0", "--prev-month", "166531", "--dependents", "1"});
  EXPECT_EQ(b.out, "90120\n");
  auto c =
      run_kyuyo({"calc", "bonus-withholding", "--year", "2025", "--bonus", "769300", "--social",
                 "0", "--prev-month", "0", "--dependents", "1", "--period-months", "6"});
  EXPECT_EQ(c.out, "3180\n");
  // 12-month period: 769,300 ÷ 12 = 64,108 → 月額表 R7 n=1: 0 → 0
  auto d =
      run_kyuyo({"calc", "bonus-withholding", "--year", "2025", "--bonus", "769300", "--social",
                 "0", "--prev-month", "0", "--dependents", "1", "--period-months", "12"});
  EXPECT_EQ(d.out, "0\n");
}

TEST(CalcBonusWithholding, ExplainAndErrors) {
  auto e =
      run_kyuyo({"calc", "bonus-withholding", "--year", "2026", "--bonus", "554000", "--social",
                 "85593", "--prev-month", "196616", "--dependents", "2", "--explain"});
  ASSERT_EQ(e.exit_code, 0) << e.err;
  EXPECT_EQ(first_line(e.out), "9564");
  EXPECT_NE(e.out.find("bonus-2026-01-01.xml"), std::string::npos) << e.out;
  EXPECT_NE(e.out.find("2.042%"), std::string::npos) << e.out;
  EXPECT_EQ(run_kyuyo({"calc", "bonus-withholding", "--help"}).exit_code, 0);
  EXPECT_EQ(run_kyuyo({"calc", "bonus-withholding", "--year", "2026", "--bonus", "1", "--social",
                       "0", "--prev-month", "1", "--dependents", "0", "--period-months", "7"})
                .exit_code,
            2);
  EXPECT_EQ(run_kyuyo({"calc", "bonus-withholding", "--year", "2026", "--bonus", "1", "--social",
                       "0", "--dependents", "0"})
                .exit_code,
            2);
  EXPECT_EQ(run_kyuyo({"calc", "bonus-withholding", "--year", "2024", "--bonus", "1", "--social",
                       "0", "--prev-month", "1", "--dependents", "0"})
                .exit_code,
            0);  // 令和2年分〜 tables also cover 2024
  EXPECT_EQ(run_kyuyo({"calc", "bonus-withholding", "--year", "2019", "--bonus", "1", "--social",
                       "0", "--prev-month", "1", "--dependents", "0"})
                .exit_code,
            1);
}

}  // namespace
