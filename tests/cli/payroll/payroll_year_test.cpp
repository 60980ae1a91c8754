// A small company's whole year 2026 through the real commands (import, 12 monthly runs, 2 bonus
// runs, 賃金台帳, payslips), every employee-payment checked against a computation by hand.
//
// Company (fixtures/): 東京都, 協会けんぽ, 一般の事業, 翌月徴収 (the pay of month M deducts the
// premium of month M−1), 月額表.
// Rates used by hand:
//   健保 東京 R7 9.91% (premium months to 2026-02), R8 9.85% (from 2026-03); 介護 R7 1.59%, R8 1.62%
//   (協会けんぽ 東京 R7 11.50% / R8 11.47% incl. 介護); 子ども・子育て支援金 0.23% from the 2026-04
//   premium month, rounded once with 健保(+介護); 厚年 18.3%; employee half by the 50銭 rule
//   (shared/reference/social-insurance.md §1.1–1.5, §2.3).
//   雇用保険 一般 employee 5.5/1000 for wages of FY2025 (to 2026-03), 5/1000 from 2026-04 (§3.1).
//   源泉: 令和8年分 月額表 and 賞与の算出率の表 (国税庁 zeigakuhyo2026 01-07.pdf, 15-16.pdf; rows
//   as in shared/reference/data/withholding-*-r08.keiri.json).
//   通勤手当(交通用具) 15km: 非課税限度額 13,500円 (令和7年政令改正後, 国税庁 2025tsukin).
//
// A001 青山: 甲欄, 0 dependents, born 1990 (no 介護), 標準報酬月額 300,000 (報酬月額 290,000: 健保 22級,
//   厚年 19級); 基本給 280,000 + 通勤手当(交通機関) 10,000 (non-taxable); 時間外 20,000 in March.
// A002 石川: 甲欄, spouse with no income → 扶養親族等の数 1, born 1975 (介護), 標準報酬月額 410,000
//   (報酬月額 415,000: 健保 27級, 厚年 24級); 基本給 400,000 + 通勤手当(交通用具) 15,000 at 15km
//   (13,500 non-taxable, 1,500 taxable); 組合費 1,000; 住民税 R7 20,000/month, R8 June 22,000 then 21,100.
// A003 上田: 乙欄 part-timer, no 健保/厚年, 雇用保険 yes; 基本給 100,000.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <sstream>

#include "support/helpers.hpp"

namespace {
using kyuyo::test::run_kyuyo;

struct Expect {
  long taxable, social, employment, tax, resident, deductions, net;
};

// key: "<社員番号> <対象年月 or bonus date>"
std::map<std::string, Expect> expected() {
  std::map<std::string, Expect> e;
  for (int m = 1; m <= 12; ++m) {
    char p[8];
    std::snprintf(p, sizeof p, "2026-%02d", m);
    std::string P = p;
    // ---- A001 ----
    if (m <= 2) {
      // 健保 300,000 × 9.91% = 29,730 / 2 = 14,865; 厚年 300,000 × 18.3% / 2 = 27,450 → 42,315.
      // 雇用 290,000 × 5.5/1000 = 1,595. A = 280,000 − 42,315 − 1,595 = 236,090
      // → 月額表 236,000〜239,000 甲0 = 5,680. 控除 49,590; 差引 290,000 − 49,590 = 240,410.
      e["A001 " + P] = {280000, 42315, 1595, 5680, 0, 49590, 240410};
    } else if (m == 3) {
      // 時間外 20,000: 課税 300,000; 雇用 310,000 × 5.5/1000 = 1,705; A = 300,000 − 42,315 − 1,705
      // = 255,980 → 254,000〜257,000 甲0 = 6,320. 控除 50,340; 差引 310,000 − 50,340 = 259,660.
      e["A001 " + P] = {300000, 42315, 1705, 6320, 0, 50340, 259660};
    } else if (m == 4) {
      // premium month 2026-03 (R8): 健保 300,000 × 9.85% = 29,550 / 2 = 14,775 → 42,225.
      // 雇用 FY2026 290,000 × 5/1000 = 1,450. A = 280,000 − 42,225 − 1,450 = 236,325 → 5,680.
      // 控除 49,355; 差引 240,645.
      e["A001 " + P] = {280000, 42225, 1450, 5680, 0, 49355, 240645};
    } else {
      // premium months from 2026-04: 健保+支援金 10.08% → 30,240 / 2 = 15,120 → 42,570.
      // A = 280,000 − 42,570 − 1,450 = 235,980 → 233,000〜236,000 甲0 = 5,570. 控除 49,590; 差引 240,410.
      e["A001 " + P] = {280000, 42570, 1450, 5570, 0, 49590, 240410};
    }
    // ---- A002 ----
    if (m <= 3) {
      // 健保+介護 R7 11.50%: 410,000 × 11.50% = 47,150 / 2 = 23,575; 厚年 410,000 × 9.15% = 37,515
      // → 61,090. 雇用 415,000 × 5.5/1000 = 2,282.5 → 2,282 (50銭以下切捨て).
      // 課税 415,000 − 13,500 = 401,500; A = 401,500 − 61,090 − 2,282 = 338,128
      // → 338,000〜341,000 甲1 = 7,910. 住民税 R7 20,000; 組合費 1,000.
      // 控除 61,090 + 2,282 + 7,910 + 20,000 + 1,000 = 92,282; 差引 415,000 − 92,282 = 322,718.
      e["A002 " + P] = {401500, 61090, 2282, 7910, 20000, 92282, 322718};
    } else if (m == 4) {
      // R8 11.47%: 47,027 / 2 = 23,513.5 → 23,513 (50銭 → down) → 61,028. 雇用 415,000 × 5/1000 = 2,075.
      // A = 401,500 − 61,028 − 2,075 = 338,397 → 7,910. 控除 61,028+2,075+7,910+20,000+1,000 = 92,013;
      // 差引 322,987.
      e["A002 " + P] = {401500, 61028, 2075, 7910, 20000, 92013, 322987};
    } else {
      // 11.47% + 0.23% = 11.70%: 47,970 / 2 = 23,985 → 61,500. A = 401,500 − 61,500 − 2,075 = 337,925
      // → 335,000〜338,000 甲1 = 7,790. 住民税: May 20,000 (R7); June 22,000 (R8 6月分); then 21,100.
      long res = m == 5 ? 20000 : m == 6 ? 22000 : 21100;
      long ded = 61500 + 2075 + 7790 + res + 1000;  // 92,365 / 94,365 / 93,465
      e["A002 " + P] = {401500, 61500, 2075, 7790, res, ded, 415000 - ded};
    }
    // ---- A003 ---- 乙欄, 雇用 only; 令和8年分 乙欄 below 105,000: 3.063% (1円未満切捨て).
    if (m <= 3) {
      // 雇用 100,000 × 5.5/1000 = 550; A = 99,450 × 3.063% = 3,046.15… → 3,046; 差引 96,404.
      e["A003 " + P] = {100000, 0, 550, 3046, 0, 3596, 96404};
    } else {
      // 雇用 500; A = 99,500 × 3.063% = 3,047.68… → 3,047; 差引 96,453.
      e["A003 " + P] = {100000, 0, 500, 3047, 0, 3547, 96453};
    }
  }
  for (const char* d : {"2026-07-10", "2026-12-10"}) {
    // A001 賞与 500,000: 標準賞与額 500,000; 健保+支援金 10.08% = 50,400 / 2 = 25,200; 厚年 45,750
    // → 70,950; 雇用 2,500. 前月 A = 235,980 → 算出率の表 甲0 94千円以上260千円未満 4.084%;
    // (500,000 − 73,450) × 4.084% = 17,420.30 → 17,420. 控除 90,870; 差引 409,130.
    e[std::string("A001 ") + d] = {500000, 70950, 2500, 17420, 0, 90870, 409130};
    // A002 賞与 800,000: 健保+介護+支援金 11.70% = 93,600 / 2 = 46,800; 厚年 73,200 → 120,000;
    // 雇用 4,000. 前月 A = 337,925 → 甲1 289千円以上346千円未満 6.126%;
    // (800,000 − 124,000) × 6.126% = 41,411.76 → 41,411. 控除 165,411; 差引 634,589.
    e[std::string("A002 ") + d] = {800000, 120000, 4000, 41411, 0, 165411, 634589};
  }
  return e;
}

std::vector<std::string> split_csv_line(const std::string& line) {
  std::vector<std::string> f;
  std::string cur;
  bool q = false;
  for (char c : line) {
    if (c == '"') q = !q;
    else if (c == ',' && !q) {
      f.push_back(cur);
      cur.clear();
    } else if (c != '\r') cur += c;
  }
  f.push_back(cur);
  return f;
}

class PayrollYear : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new kyuyo::test::TempDir();
    db_ = dir_->str("t.db");
    out_ = dir_->str("out");
    std::string fx = kyuyo::test::test_dir() + "/cli/payroll/fixtures/";
    auto ok = [](const std::vector<std::string>& a) {
      std::vector<std::string> args = a;
      args.push_back("--db");
      args.push_back(db_);
      auto r = run_kyuyo(args);
      EXPECT_EQ(r.exit_code, 0) << a[0] << " " << a[1] << "\n" << r.out << r.err;
      return r;
    };
    ok({"import", "employers", fx + "employers.csv"});
    ok({"import", "employees", fx + "employees.csv"});
    ok({"import", "dependents", fx + "dependents.csv"});
    ok({"import", "payroll", fx + "payroll.csv"});
    ok({"import", "resident-tax", fx + "resident-tax.csv"});
    for (int m = 1; m <= 12; ++m) {
      char p[8];
      std::snprintf(p, sizeof p, "2026-%02d", m);
      ok({"payroll", "run", "--period", p, "--out", out_});
      if (m == 7) ok({"bonus", "run", "--payment-date", "2026-07-10", "--out", out_});
      if (m == 12) ok({"bonus", "run", "--payment-date", "2026-12-10", "--out", out_});
    }
    ledger_ = ok({"payroll", "ledger", "--year", "2026", "--out", out_}).out;
  }
  static void TearDownTestSuite() { delete dir_; }
  static kyuyo::test::TempDir* dir_;
  static std::string db_, out_, ledger_;
};
kyuyo::test::TempDir* PayrollYear::dir_ = nullptr;
std::string PayrollYear::db_, PayrollYear::out_, PayrollYear::ledger_;
}  // namespace

TEST_F(PayrollYear, EveryEmployeePaymentMatchesTheHandComputation) {
  std::string csv = kyuyo::test::read_file(out_ + "/2026/ledger/wage-ledger-2026.csv");
  ASSERT_FALSE(csv.empty()) << ledger_;
  std::istringstream in(csv.substr(3));  // after the BOM
  std::string line;
  std::getline(in, line);
  auto header = split_csv_line(line);
  std::map<std::string, std::size_t> col;
  for (std::size_t i = 0; i < header.size(); ++i) col[header[i]] = i;
  for (const char* c : {"社員番号", "区分", "賃金計算期間", "支給日", "課税支給額", "社会保険料計", "雇用保険料", "所得税",
                        "控除合計", "差引支給額"})
    ASSERT_TRUE(col.count(c)) << c << " missing in " << line;
  auto expect = expected();
  std::size_t seen = 0;
  while (std::getline(in, line)) {
    auto f = split_csv_line(line);
    std::string key = f[col["社員番号"]] + " " + (f[col["区分"]] == "賞与" ? f[col["支給日"]] : f[col["賃金計算期間"]]);
    auto it = expect.find(key);
    ASSERT_NE(it, expect.end()) << "unexpected ledger row " << key;
    const Expect& x = it->second;
    auto num = [&](const char* c) { return col.count(c) ? std::stol(f[col[c]]) : 0L; };
    EXPECT_EQ(num("課税支給額"), x.taxable) << key;
    EXPECT_EQ(num("社会保険料計"), x.social) << key;
    EXPECT_EQ(num("雇用保険料"), x.employment) << key;
    EXPECT_EQ(num("所得税"), x.tax) << key;
    EXPECT_EQ(num("住民税"), x.resident) << key;
    EXPECT_EQ(num("控除合計"), x.deductions) << key;
    EXPECT_EQ(num("差引支給額"), x.net) << key;
    ++seen;
  }
  EXPECT_EQ(seen, expect.size());  // 36 monthly + 4 bonus payments, no duplicates
}

TEST_F(PayrollYear, PayslipsShowTheAmountsAndNeverAMyNumber) {
  std::string pdf = out_ + "/payslips/2026-06/A002.pdf", txt = dir_->str("a002.txt");
  ASSERT_EQ(std::system(("pdftotext -enc UTF-8 -layout " + pdf + " " + txt + " 2>/dev/null").c_str()), 0);
  std::string t = kyuyo::test::read_file(txt);
  // June: 支給 415,000; 控除 94,365; 差引 320,635; 住民税 22,000 (R8 6月分); 所得税 7,790.
  for (const char* s : {"給与明細書", "令和8年6月分", "石川 二郎", "415,000", "94,365", "320,635", "22,000", "7,790",
                        "通勤手当(交通用具)", "15,000", "組合費"})
    EXPECT_NE(t.find(s), std::string::npos) << s << "\n" << t;
  EXPECT_TRUE(kyuyo::test::find_my_number_like(t).empty());
  // Stricter than the check-digit scan: no run of exactly 12 digits at all.
  static const std::regex twelve("(^|[^0-9])[0-9]{12}([^0-9]|$)");
  EXPECT_FALSE(std::regex_search(t, twelve)) << t;
  std::string bonus = out_ + "/payslips/bonus-2026-07-10/all-employees.pdf";
  ASSERT_EQ(std::system(("pdftotext -enc UTF-8 " + bonus + " " + dir_->str("b.txt") + " 2>/dev/null").c_str()), 0);
  std::string b = kyuyo::test::read_file(dir_->str("b.txt"));
  for (const char* s : {"賞与明細書", "634,589", "409,130"}) EXPECT_NE(b.find(s), std::string::npos) << s << "\n" << b;
  EXPECT_FALSE(std::regex_search(b, twelve)) << b;
  EXPECT_TRUE(kyuyo::test::files_with_my_numbers(out_).empty());
}

TEST_F(PayrollYear, RerunAndReimportChangeNothing) {
  auto r = run_kyuyo({"import", "payroll", kyuyo::test::test_dir() + "/cli/payroll/fixtures/payroll.csv", "--db", db_});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("0 added, 0 replaced, 40 unchanged"), std::string::npos) << r.out;
  r = run_kyuyo({"payroll", "run", "--period", "2026-05", "--db", db_, "--no-payslips"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("already final, unchanged"), std::string::npos) << r.out;
}

TEST_F(PayrollYear, AFinalRunIsCorrectedOnlyByReversalAndANewRun) {
  // A corrected row for A003 in October is refused while the October run is final.
  std::string fix = dir_->str("fix.csv");
  kyuyo::test::write_file(fix,
                          "社員番号,区分,対象年月,支給日,出勤日数,支払基礎日数,基本給\n"
                          "A003,給与,2026-10,2026-10-23,16,16,104000\n");
  auto r = run_kyuyo({"import", "payroll", fix, "--db", db_});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("reverse it first"), std::string::npos) << r.err;
  r = run_kyuyo({"payroll", "reverse", "--period", "2026-10", "--reason", "時給の訂正", "--db", db_});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = run_kyuyo({"import", "payroll", fix, "--db", db_});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = run_kyuyo({"payroll", "run", "--period", "2026-10", "--db", db_, "--no-payslips"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = run_kyuyo({"payroll", "slip", "--period", "2026-10", "--employee", "A003", "--db", db_});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // 104,000: 雇用 520; A = 103,480 × 3.063% = 3,169.59… → 3,169; 差引 104,000 − 3,689 = 100,311.
  EXPECT_NE(r.out.find("income_tax\t3169\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("net\t100311\n"), std::string::npos) << r.out;
  // The other employees of the new October run are unchanged.
  r = run_kyuyo({"payroll", "slip", "--period", "2026-10", "--employee", "A001", "--db", db_});
  EXPECT_NE(r.out.find("net\t240410\n"), std::string::npos) << r.out;
}

TEST_F(PayrollYear, ImportErrorsNameFileLineAndFieldAndWriteNothing) {
  std::string bad = dir_->str("bad.csv");
  kyuyo::test::write_file(bad,
                          "社員番号,区分,対象年月,支給日,基本給,通勤手当(交通用具)\n"
                          "A001,給与,2027-13,2027-01-25,abc,100\n"
                          "Z999,給与,2027-01,2027-01-25,1000,\n"
                          "A002,給与,2027-01,2027-01-25,1000,\n");
  auto r = run_kyuyo({"import", "payroll", bad, "--db", db_});
  EXPECT_EQ(r.exit_code, 1);
  for (const char* s : {"bad.csv line 2, column 3 (対象年月)", "bad.csv line 2, column 5 (基本給)",
                        "bad.csv line 2 (通勤距離(km))", "bad.csv line 3, column 1 (社員番号): no employee 'Z999'",
                        "nothing was written"})
    EXPECT_NE(r.err.find(s), std::string::npos) << s << "\n" << r.err;
  // The valid A002 row was not stored either (one transaction).
  r = run_kyuyo({"payroll", "run", "--period", "2027-01", "--db", db_, "--dry-run"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no monthly pay data for 2027-01"), std::string::npos) << r.err;
}
