// kyuyo yearend run over leavers and the 国外居住親族 / ひとり親 rules, end to end: employees,
// dependents, pay runs January–July 2026 and declarations through the CLI, then the 年末調整.
// Leavers adjusted at leaving (所得税法190条; 所得税基本通達190-1; 国税庁 タックスアンサー No.2665,
// 令和7年4月1日現在法令等: 死亡退職, 著しい心身の障害, パートタイマー等 with 給与の総額 ≤ 123万円 and no
// other pay expected); other leavers are left out with the reason. Withholding: the 令和8年分 月額表
// 甲欄 (shared/reference withholding-and-year-end.md §1(a): 200,000 → 4,340, 300,000 → 7,930 with
// no dependents); year-end rules §2 (令和8年分). No social insurance, so A = the pay.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <sstream>

#include "support/helpers.hpp"

using kyuyo::test::run_kyuyo;
namespace fs = std::filesystem;

namespace {

std::map<std::string, std::string> ledger(const fs::path& p) {
  std::map<std::string, std::string> m;
  std::istringstream in(kyuyo::test::read_file(p));
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    auto comma = line.find(',');
    if (comma == std::string::npos) continue;
    std::string key = line.substr(0, comma);
    // key by the leading circled number (3 bytes) or the whole label
    if (!key.empty() && ((unsigned char)key[0] == 0xE2 || (unsigned char)key[0] == 0xE3)) key = key.substr(0, 3);
    m[key] = line.substr(comma + 1);
  }
  return m;
}

std::string summary_row(const std::string& summary, const std::string& code) {
  std::istringstream in(summary);
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(code + ",", 0) == 0) return line;
  return "";
}

class YearendLeavers : public ::testing::Test {
 protected:
  kyuyo::test::TempDir dir;
  std::string db = dir.str("k.db"), out = dir.str("out");
  std::string samples = kyuyo::test::test_dir() + "/../samples/company";

  void run_ok(std::vector<std::string> a) {
    a.push_back("--db");
    a.push_back(db);
    auto r = run_kyuyo(a);
    ASSERT_EQ(r.exit_code, 0) << a[0] << " " << a[1] << ": " << r.err << r.out;
  }

  void SetUp() override {
    std::string emp = dir.str("employees.csv"), deps = dir.str("dependents.csv"), pay = dir.str("payroll.csv"),
                decl = dir.str("decl.csv");
    kyuyo::test::write_file(
        emp,
        "事業所コード,社員番号,氏,名,生年月日,性別,入社日,退職日,退職事由,税額表区分,雇用形態,社会保険加入,雇用保険加入,"
        "寡婦・ひとり親\n"
        "SAKURA,2001,死亡,一郎,1970-01-01,男,2010-04-01,2026-06-30,死亡,甲,一般,いいえ,いいえ,なし\n"
        "SAKURA,2002,障害,二郎,1970-01-01,男,2010-04-01,2026-05-31,心身の障害,甲,一般,いいえ,いいえ,なし\n"
        "SAKURA,2003,短時,三子,1985-01-01,女,2020-04-01,2026-06-30,退職,甲,パート,いいえ,いいえ,なし\n"
        "SAKURA,2004,短時,四子,1985-01-01,女,2020-04-01,2026-07-31,退職,甲,パート,いいえ,いいえ,なし\n"
        "SAKURA,2005,普通,五郎,1980-01-01,男,2015-04-01,2026-06-30,退職,甲,一般,いいえ,いいえ,なし\n"
        "SAKURA,2006,短時,六子,1985-01-01,女,2020-04-01,2026-06-30,退職,甲,パート,いいえ,いいえ,なし\n"
        "SAKURA,2009,国外,九子,1975-01-01,女,2010-04-01,2026-06-30,死亡,甲,一般,いいえ,いいえ,ひとり親\n");
    // 2009's family: a son of 25 earning 700,000 (over the 62万円 limits: not a 扶養親族, and no
    // ひとり親控除), a father of 66 abroad with 送金38万円以上 (counts), a brother of 40 abroad with
    // none of the conditions (no 扶養控除), a mother of 66 abroad whose documents were not presented.
    kyuyo::test::write_file(deps,
                            "社員番号,連番,氏,名,続柄,生年月日,所得見積額,居住区分,国外居住親族の要件\n"
                            "2009,1,国外,太一,長男,2001-03-01,700000,居住者,\n"
                            "2009,2,国外,父男,父,1960-05-01,0,非居住者,送金38万円以上\n"
                            "2009,3,国外,兄男,兄,1986-05-01,0,非居住者,なし\n"
                            "2009,4,国外,母子,母,1960-05-01,0,非居住者,送金38万円以上\n");
    std::string rows = "社員番号,区分,対象年月,支給日,基本給\n";
    auto add = [&](const char* code, int months, int amount) {
      for (int m = 1; m <= months; ++m) {
        char line[96];
        std::snprintf(line, sizeof line, "%s,給与,2026-%02d,2026-%02d-25,%d\n", code, m, m, amount);
        rows += line;
      }
    };
    add("2001", 6, 300'000);
    add("2002", 5, 300'000);
    add("2003", 6, 200'000);  // 1,200,000 ≤ 1,230,000
    add("2004", 7, 180'000);  // 1,260,000 > 1,230,000
    add("2005", 6, 300'000);
    add("2006", 6, 200'000);  // small pay, but other pay expected after leaving
    add("2009", 6, 500'000);
    kyuyo::test::write_file(pay, rows);
    kyuyo::test::write_file(decl,
                            "社員番号,対象年,退職後の他の給与の見込み,国外居住親族書類未提出\n"
                            "2006,2026,はい,\n"
                            "2009,2026,いいえ,4\n");
    run_ok({"import", "employers", samples + "/employers.csv"});
    run_ok({"import", "employees", emp});
    run_ok({"import", "dependents", deps});
    run_ok({"import", "payroll", pay});
    run_ok({"import", "declarations", decl});
    for (int m = 1; m <= 7; ++m) {
      char p[8];
      std::snprintf(p, sizeof p, "2026-%02d", m);
      run_ok({"payroll", "run", "--period", p, "--no-payslips", "--out", out});
    }
  }
};

TEST_F(YearendLeavers, AdjustedAtLeavingOrLeftOutWithTheReason) {
  auto r = run_kyuyo({"yearend", "run", "--year", "2026", "--db", db, "--out", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* want : {"2001  死亡 一郎", "adjusted at leaving: 死亡退職", "adjusted at leaving: 著しい心身の障害",
                           "adjusted at leaving: パートタイマー等", "2004  短時 四子  left out: left on 2026-07-31",
                           "1,260,000 over 1,230,000", "2005  普通 五郎  left out: left on 2026-06-30",
                           "2006  短時 六子  left out: left on 2026-06-30", "other pay expected after leaving"})
    EXPECT_NE(r.out.find(want), std::string::npos) << want << "\n" << r.out;

  fs::path led = fs::path(out) / "2026" / "yearend" / "ledger";
  for (const char* code : {"2004", "2005", "2006"}) EXPECT_FALSE(fs::exists(led / (std::string(code) + ".csv"))) << code;

  // 2001 死亡退職: 300,000 × 6 = 1,800,000; withheld 7,930 × 6 = 47,580.
  //   ⑨ 1,800,000 − 740,000 = 1,060,000; ⑳ 1,040,000; ㉒ 20,000; ㉓ 1,000; ㉖ 1,021 → 1,000;
  //   excess 46,580: 7,930 offsets the tax on the last pay (2026-06-25), 38,650 refunded.
  auto m1 = ledger(led / "2001.csv");
  EXPECT_EQ(m1["退職時の年末調整"], "2026-06-30 死亡退職 (所得税基本通達190-1)");
  EXPECT_EQ(m1["⑦"], "1800000");
  EXPECT_EQ(m1["⑧"], "47580");
  EXPECT_EQ(m1["⑨"], "1060000");
  EXPECT_EQ(m1["㉒"], "20000");
  EXPECT_EQ(m1["㉖"], "1000");
  EXPECT_EQ(m1["差引超過額"], "46580");
  EXPECT_EQ(m1["超過額の充当額"], "7930");
  EXPECT_EQ(m1["還付する金額"], "38650");
  // 2002 心身の障害: 1,500,000 → ⑨ 760,000 < ⑳ → ㉖ 0; excess = withheld 39,650 (7,930 offset, 31,720 refunded)
  auto m2 = ledger(led / "2002.csv");
  EXPECT_NE(m2["退職時の年末調整"].find("著しい心身の障害"), std::string::npos);
  EXPECT_EQ(m2["㉖"], "0");
  EXPECT_EQ(m2["差引超過額"], "39650");
  EXPECT_EQ(m2["還付する金額"], "31720");
  // 2003 パート, 1,200,000 ≤ 1,230,000: withheld 4,340 × 6 = 26,040, ⑨ 460,000 → ㉖ 0; refund 26,040 − 4,340
  auto m3 = ledger(led / "2003.csv");
  EXPECT_NE(m3["退職時の年末調整"].find("パートタイマー等"), std::string::npos);
  EXPECT_EQ(m3["⑦"], "1200000");
  EXPECT_EQ(m3["⑧"], "26040");
  EXPECT_EQ(m3["⑨"], "460000");
  EXPECT_EQ(m3["㉖"], "0");
  EXPECT_EQ(m3["還付する金額"], "21700");
  // 2009 死亡退職 with the family above: 500,000 × 6 = 3,000,000 → ⑨ 3,000,000 × 70% − 80,000 = 2,020,000;
  //   ⑲ father abroad 66 with 送金 380,000 only (brother 40 without a condition: 0; mother: no documents: 0;
  //   son over 62万: not a 扶養親族, so no ひとり親控除 either); ⑳ 1,040,000; ㉑ 1,420,000; ㉒ 600,000;
  //   ㉓ 30,000; ㉖ 30,630 → 30,600.
  auto m9 = ledger(led / "2009.csv");
  EXPECT_EQ(m9["⑨"], "2020000");
  EXPECT_EQ(m9["⑲"], "380000");
  EXPECT_EQ(m9["㉑"], "1420000");
  EXPECT_EQ(m9["㉒"], "600000");
  EXPECT_EQ(m9["㉖"], "30600");

  std::string summary = kyuyo::test::read_file(fs::path(out) / "2026" / "yearend" / "summary.csv");
  EXPECT_NE(summary.find("退職時の年末調整"), std::string::npos);
  EXPECT_NE(summary_row(summary, "2001").find("2026-06-30 死亡退職"), std::string::npos) << summary;
  EXPECT_NE(summary_row(summary, "2004").find("対象外"), std::string::npos) << summary;
  EXPECT_NE(summary_row(summary, "2004").find("1,260,000 over 1,230,000"), std::string::npos) << summary;
  EXPECT_NE(summary.find("合計,4人"), std::string::npos) << summary;
  EXPECT_NE(summary.find("3人 対象外"), std::string::npos) << summary;
}

TEST_F(YearendLeavers, DeclarationColumnsAreChecked) {
  std::string bad = dir.str("bad.csv");
  kyuyo::test::write_file(bad,
                          "社員番号,対象年,退職後の他の給与の見込み,国外居住親族書類未提出\n"
                          "2009,2026,たぶん,1\n"   // line 2: not はい/いいえ; 連番 1 is a resident
                          "2009,2026,いいえ,9\n"   // line 3: no 連番 9 (and a duplicate row)
                          "2001,2026,いいえ,x\n");  // line 4: not a 連番
  auto r = run_kyuyo({"import", "declarations", bad, "--db", db});
  EXPECT_EQ(r.exit_code, 1);
  for (const char* want : {"line 2", "退職後の他の給与の見込み", "連番 1 is not a 非居住者", "line 3", "no dependent with 連番 9",
                           "line 4", "'x' is not a dependent 連番"})
    EXPECT_NE(r.err.find(want), std::string::npos) << want << "\n" << r.err;
}

// 令和7年分, end to end at the small-pay boundary (rule data leaver_small_pay_limit 1,230,000 in
// yearend-2025.xml): 6 × 205,000 = 1,230,000 is adjusted at leaving; one yen more is left out.
TEST(YearendLeavers2025, SmallPayBoundary) {
  kyuyo::test::TempDir dir;
  std::string db = dir.str("k.db"), out = dir.str("out");
  std::string samples = kyuyo::test::test_dir() + "/../samples/company";
  std::string emp = dir.str("employees.csv"), pay = dir.str("payroll.csv");
  kyuyo::test::write_file(
      emp,
      "事業所コード,社員番号,氏,名,生年月日,性別,入社日,退職日,退職事由,税額表区分,雇用形態,社会保険加入,雇用保険加入\n"
      "SAKURA,3001,短時,一子,1985-01-01,女,2020-04-01,2025-06-30,退職,甲,パート,いいえ,いいえ\n"
      "SAKURA,3002,短時,二子,1985-01-01,女,2020-04-01,2025-06-30,退職,甲,パート,いいえ,いいえ\n");
  std::string rows = "社員番号,区分,対象年月,支給日,基本給\n";
  for (int m = 1; m <= 6; ++m) {
    char line[96];
    std::snprintf(line, sizeof line, "3001,給与,2025-%02d,2025-%02d-25,205000\n", m, m);
    rows += line;
    std::snprintf(line, sizeof line, "3002,給与,2025-%02d,2025-%02d-25,%d\n", m, m, m == 6 ? 205'001 : 205'000);
    rows += line;
  }
  kyuyo::test::write_file(pay, rows);
  std::vector<std::vector<std::string>> steps = {{"import", "employers", samples + "/employers.csv"},
                                                 {"import", "employees", emp},
                                                 {"import", "payroll", pay}};
  for (int m = 1; m <= 6; ++m) {
    char p[8];
    std::snprintf(p, sizeof p, "2025-%02d", m);
    steps.push_back({"payroll", "run", "--period", p, "--no-payslips", "--out", out});
  }
  steps.push_back({"yearend", "run", "--year", "2025", "--out", out});
  kyuyo::test::RunResult r;
  for (auto a : steps) {
    a.push_back("--db");
    a.push_back(db);
    r = run_kyuyo(a);
    ASSERT_EQ(r.exit_code, 0) << a[0] << " " << a[1] << ": " << r.err;
  }
  EXPECT_NE(r.out.find("3001  短時 一子"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("adjusted at leaving: パートタイマー等"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("3002  短時 二子  left out: left on 2025-06-30 (中途退職者; pay 1,230,001 over 1,230,000"),
            std::string::npos)
      << r.out;
  auto m = ledger(fs::path(out) / "2025" / "yearend" / "ledger" / "3001.csv");
  EXPECT_EQ(m["⑦"], "1230000");
  EXPECT_EQ(m["退職時の年末調整"], "2025-06-30 パートタイマー等の退職・本年中の給与の総額が限度額以下 (所得税基本通達190-1)");
}

}  // namespace
