// kyuyo yearend run over the sample company's real 2026 pay runs (samples/company: 12 monthly and
// 2 bonus runs through `payroll run` / `bonus run`, then the year-end declarations), checked
// employee by employee. The deductions ⑩ ⑮–⑳ follow from the master and the declarations and were
// worked by hand (comments); ⑦ ⑧ ⑫ come from the pay runs, and every employee's arithmetic chain
// ⑨ → ㉖ → excess/shortfall is re-checked from them. Rules: shared/reference §2 (令和8年分).
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <sstream>

#include "support/helpers.hpp"

using kyuyo::test::run_kyuyo;

namespace {

std::map<std::string, long long> ledger(const std::filesystem::path& p) {
  std::map<std::string, long long> m;
  std::istringstream in(kyuyo::test::read_file(p));
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    auto comma = line.find(',');
    if (comma == std::string::npos) continue;
    std::string key = line.substr(0, comma), v = line.substr(comma + 1);
    if (v.empty() || v.find_first_not_of("0123456789") != std::string::npos) continue;
    // key by the leading circled number (3 bytes) or the whole label
    std::string k = (key.size() >= 3 && (unsigned char)key[0] == 0xE2) ? key.substr(0, 3) : key;
    if ((unsigned char)key[0] == 0xE3) k = key.substr(0, 3);  // ㉑–㉖
    m[k] = std::stoll(v);
  }
  return m;
}

TEST(YearendRun, SampleCompany2026EmployeeByEmployee) {
  kyuyo::test::TempDir dir;
  std::string db = dir.str("k.db"), out = dir.str("out");
  std::string s = kyuyo::test::test_dir() + "/../samples/company";
  std::vector<std::vector<std::string>> steps = {
      {"import", "employers", s + "/employers.csv"},
      {"import", "employees", s + "/employees.csv"},
      {"import", "dependents", s + "/dependents.csv", "--encoding", "cp932"},
      {"import", "payroll", s + "/payroll-2026.csv"},
      {"import", "resident-tax", s + "/resident-tax-2026.csv"},
      {"import", "declarations", s + "/yearend-declarations-2026.csv"}};
  for (int m = 1; m <= 12; ++m) {
    char p[8];
    std::snprintf(p, sizeof p, "2026-%02d", m);
    steps.push_back({"payroll", "run", "--period", p, "--no-payslips", "--out", out});
  }
  steps.push_back({"bonus", "run", "--payment-date", "2026-07-10", "--no-payslips", "--out", out});
  steps.push_back({"bonus", "run", "--payment-date", "2026-12-10", "--no-payslips", "--out", out});
  for (auto a : steps) {
    a.push_back("--db");
    a.push_back(db);
    auto r = run_kyuyo(a);
    ASSERT_EQ(r.exit_code, 0) << a[0] << " " << a[1] << ": " << r.err;
  }
  auto r = run_kyuyo({"yearend", "run", "--year", "2026", "--db", db, "--out", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("1004  高橋 健  left out: 乙欄"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1006  伊藤 誠  left out: left on 2026-09-30"), std::string::npos) << r.out;

  std::filesystem::path dirp = std::filesystem::path(out) / "2026" / "yearend" / "ledger";
  EXPECT_FALSE(std::filesystem::exists(dirp / "1004.csv"));
  EXPECT_FALSE(std::filesystem::exists(dirp / "1006.csv"));
  // Hand-worked deductions per employee: {⑩, ⑮, ⑯, ⑰, ⑱, ⑲, ⑳}
  struct Want { const char* code; long long adj, life, quake, spouse, rel, dep, basic; };
  const Want wants[] = {
      // 1001: 新生命 100,000 with a child under 23 → 計算式Ⅱ 55,000 + 介護医療 50,000 → 32,500; 地震 30,000;
      //       spouse no income 380,000; 長男 21 特定 630,000, 長女 年少 0; 基礎 104万
      {"1001", 0, 87'500, 30'000, 380'000, 0, 630'000, 1'040'000},
      // 1002: 旧生命 60,000 → 60,000/4 + 25,000 = 40,000; 旧長期 14,800 → 12,400; husband 1,200,000 →
      //       配偶者特別控除 160,000; 長男 20, 所得 800,000 → 特定親族 630,000
      {"1002", 0, 40'000, 12'400, 160'000, 630'000, 0, 1'040'000},
      // 1003: 同居特別障害者 → ⑩ (⑦ − 8,500,000) × 10%; 旧個人年金 120,000 → 50,000; 地震 42,000; spouse 380,000;
      //       同居老親等 580,000 + 老人 480,000 + 長男 一般 380,000 + 同居特別障害者 750,000 = 2,190,000; 基礎 62万 (⑪ > 655万)
      {"1003", -1, 50'000, 42'000, 380'000, 0, 2'190'000, 620'000},
      // 1005: ひとり親 350,000 (child under 16: 0)
      {"1005", 0, 0, 0, 0, 0, 350'000, 1'040'000},
      // 1009: 勤労学生 270,000
      {"1009", 0, 0, 0, 0, 0, 270'000, 1'040'000},
      // 1011: wife 71 → 老人控除対象配偶者 480,000; 基礎 62万 (⑪ 7,890,000)
      {"1011", 0, 0, 0, 480'000, 0, 0, 620'000},
      // 1012: 介護医療 40,000 → 30,000; 本人 障害者 270,000
      {"1012", 0, 30'000, 0, 0, 0, 270'000, 1'040'000},
  };
  for (const auto& w : wants) {
    auto m = ledger(dirp / (std::string(w.code) + ".csv"));
    SCOPED_TRACE(w.code);
    if (w.adj >= 0) EXPECT_EQ(m["⑩"], w.adj);
    else EXPECT_EQ(m["⑩"], (m["⑦"] - 8'500'000) / 10);
    EXPECT_EQ(m["⑮"], w.life);
    EXPECT_EQ(m["⑯"], w.quake);
    EXPECT_EQ(m["⑰"], w.spouse);
    EXPECT_EQ(m["⑱"], w.rel);
    EXPECT_EQ(m["⑲"], w.dep);
    EXPECT_EQ(m["⑳"], w.basic);
  }
  // 1003 in full (hand-checked): ⑦ 8,710,000 → ⑨ 6,760,000; ⑩ 21,000; ㉒ 2,098,000; ㉓ 112,300;
  // 住宅借入金等特別控除 150,000 capped at ㉓ → ㉕ 0, ㉖ 0; the whole ⑧ is the excess.
  auto m3 = ledger(dirp / "1003.csv");
  EXPECT_EQ(m3["⑦"], 8'710'000);
  EXPECT_EQ(m3["⑨"], 6'760'000);
  EXPECT_EQ(m3["⑩"], 21'000);
  EXPECT_EQ(m3["㉓"], 112'300);
  EXPECT_EQ(m3["㉔"], 112'300);
  EXPECT_EQ(m3["㉖"], 0);
  EXPECT_EQ(m3["差引超過額"], m3["⑧"]);
  // 1005: ⑦ includes the 前職 1,800,000, ⑧ the 前職 45,000.
  auto m5 = ledger(dirp / "1005.csv");
  EXPECT_GT(m5["⑦"], 1'800'000);
  // Every computed employee: the arithmetic chain from the pay figures.
  for (const char* code : {"1001", "1002", "1003", "1005", "1007", "1008", "1009", "1010", "1011", "1012"}) {
    SCOPED_TRACE(code);
    auto m = ledger(dirp / (std::string(code) + ".csv"));
    ASSERT_FALSE(m.empty());
    EXPECT_EQ(m["⑪"], m["⑨"] - m["⑩"]);
    long long total = m["⑫"] + m["⑬"] + m["⑭"] + m["⑮"] + m["⑯"] + m["⑰"] + m["⑱"] + m["⑲"] + m["⑳"];
    EXPECT_EQ(m["㉑"], total);
    EXPECT_EQ(m["㉒"], std::max(0LL, m["⑪"] - total) / 1000 * 1000);
    EXPECT_EQ(m["㉕"], m["㉓"] - m["㉔"]);
    EXPECT_EQ(m["㉖"], m["㉕"] * 1021 / 1000 / 100 * 100);
    EXPECT_EQ(m["差引超過額"] - m["差引不足額"], m["⑧"] - m["㉖"]);
    EXPECT_EQ(m["超過額の充当額"] + m["還付する金額"], m["差引超過額"]);
  }
  std::string summary = kyuyo::test::read_file(std::filesystem::path(out) / "2026" / "yearend" / "summary.csv");
  EXPECT_NE(summary.find("合計,10人"), std::string::npos) << summary;
}

}  // namespace
