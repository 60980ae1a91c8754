// Issue 6 (c)–(e) through the real commands on a small company of its own (fixtures_extras/):
// the employer's premium totals of each run against the 年金機構 way of billing, 産休/育休 premium
// exemption from the pay import, and 住民税 for leavers (一括徴収 / 普通徴収), with reversal,
// idempotent re-run and re-import. Every figure is computed by hand below.
//
// Company EXT: 東京都, 協会けんぽ, 一般の事業, 翌月徴収 (the pay of period M deducts premium month
// M−1), 月額表. Rates (shared/reference/social-insurance.md §1.1–1.5, §3.1):
//   premium months from 2026-04: 健保 東京 9.85% + 子ども・子育て支援金 0.23% = 10.08%, +介護 1.62%
//   = 11.70% (ages 40–64), rounded once on the combined rate; 厚年 18.3%; 子ども・子育て拠出金 0.36%
//   (employer only); employee half by the 50銭 rule (50銭以下切捨て, 超切上げ).
//   雇用保険 一般 R8 (wages of 2026-04 onward): employee 5/1000, employer 8.5/1000.
//   納入告知額 (年金機構「保険料の計算方法について」, reference §1.5): Σ(標準報酬 × rate) over the
//   company, yen fraction cut once per kind; 事業主負担 = total − Σ employee shares.
// Employees (all 甲欄, no dependents):
//   E01 born 1992 (no 介護), 標準報酬 300,000; 産休 2026-04-20〜2026-07-25.
//   E02 born 1985-07-01 (介護), 410,000; 育休 2026-06-01〜2026-06-14 (14 days in one month).
//   E03 born 1995 (no 介護), 104,000; 育休 2026-06-01〜2026-06-13 (13 days: no exemption).
//   E04 born 1990 (no 介護), 240,000; 育休 2026-06-10〜2026-07-15 (more than one month).
//   L01–L05 part-timers without 社保/雇用 who leave in 2026 (pay under 88,000円 → 所得税 0).
#include <gtest/gtest.h>

#include <cstdlib>

#include "kyuyo/vault/my_number.hpp"
#include "support/helpers.hpp"

namespace {
using kyuyo::test::run_kyuyo;

class PayrollExtras : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new kyuyo::test::TempDir();
    db_ = dir_->str("t.db");
    out_ = dir_->str("out");
    fx_ = kyuyo::test::test_dir() + "/cli/payroll/fixtures_extras/";
    for (const char* f : {"employers", "employees"}) ok({"import", f, fx_ + f + ".csv"});
    // E02 and E04 have My Numbers in the vault (synthetic, valid check digits), so the payslip
    // tests below can tell whether one ever reaches a payslip.
    {
      std::vector<std::string> env = {"KYUYO_KEY_FILE=" + dir_->str("k.key"), "KYUYO_PASSPHRASE=extras test passphrase",
                                      "KYUYO_NEW_PASSPHRASE=extras test passphrase"};
      std::string csv = "対象者,個人番号,利用目的,本人確認方法,番号確認書類,身元確認書類,確認者,確認日,扶養親族の確認者,代理権確認書類\n";
      for (const char* base : {"00009120002", "00009140004"}) {
        std::string n = std::string(base) + static_cast<char>('0' + kyuyo::vault::MyNumber::check_digit(base));
        numbers_.push_back(n);
        csv += std::string(numbers_.size() == 1 ? "E02," : "E04,") + n + ",gensen;shaho;koyo,card,,,事務担当 江藤,2026-01-05,,\n";
      }
      kyuyo::test::write_file(dir_->str("mynumbers.csv"), csv);
      for (auto a : std::vector<std::vector<std::string>>{{"keys", "init"},
                                                          {"operator", "add", "kanri", "--role", "責任者"},
                                                          {"operator", "add", "tanto", "--role", "事務取扱担当者", "--operator", "kanri"},
                                                          {"mynumber", "import", dir_->str("mynumbers.csv"), "--operator", "tanto"}}) {
        a.push_back("--db");
        a.push_back(db_);
        auto r = run_kyuyo(a, env);
        EXPECT_EQ(r.exit_code, 0) << a[0] << " " << a[1] << " failed";  // no output: it could hold a number
      }
    }
    ok({"import", "payroll", fx_ + "payroll.csv"});
    ok({"import", "resident-tax", fx_ + "resident-tax.csv"});
    for (const char* p : {"2026-03", "2026-04", "2026-05"}) runs_[p] = ok({"payroll", "run", "--period", p, "--out", out_});
    runs_["bonus"] = ok({"bonus", "run", "--payment-date", "2026-06-30", "--out", out_});
    for (const char* p : {"2026-07", "2026-08", "2026-09"})
      runs_[p] = ok({"payroll", "run", "--period", p, "--out", out_, "--employer-totals"});
  }
  static void TearDownTestSuite() { delete dir_; }
  static kyuyo::test::RunResult ok(std::vector<std::string> a) {
    a.push_back("--db");
    a.push_back(db_);
    auto r = run_kyuyo(a);
    EXPECT_EQ(r.exit_code, 0) << a[0] << " " << a[1] << "\n" << r.out << r.err;
    return r;
  }
  static kyuyo::test::RunResult kyuyo(std::vector<std::string> a) {
    a.push_back("--db");
    a.push_back(db_);
    return run_kyuyo(a);
  }
  static std::string slip(const std::string& period, const std::string& code) {
    return ok({"payroll", "slip", "--period", period, "--employee", code}).out;
  }
  static bool has(const std::string& text, const std::string& s) { return text.find(s) != std::string::npos; }
  static kyuyo::test::TempDir* dir_;
  static std::string db_, out_, fx_;
  static std::map<std::string, kyuyo::test::RunResult> runs_;
  static std::vector<std::string> numbers_;  // the vault's plaintext numbers: never printed
};
kyuyo::test::TempDir* PayrollExtras::dir_ = nullptr;
std::string PayrollExtras::db_, PayrollExtras::out_, PayrollExtras::fx_;
std::map<std::string, kyuyo::test::RunResult> PayrollExtras::runs_;
std::vector<std::string> PayrollExtras::numbers_;
}  // namespace

// ---- (c) employer totals ------------------------------------------------------------------------

TEST_F(PayrollExtras, EmployerTotalsOfAMonthMatchTheNoticeComputedByHand) {
  // Run 2026-08 = premium month 2026-07, all four charged:
  //   E01 300,000 × 10.08% = 30,240 (employee 15,120); 厚年 54,900 (27,450); 拠出金 1,080
  //   E02 410,000 × 11.70% = 47,970 (23,985);          厚年 75,030 (37,515); 拠出金 1,476
  //   E03 104,000 × 10.08% = 10,483.2 (5,241.6 → 5,242); 厚年 19,032 (9,516); 拠出金 374.4
  //   E04 240,000 × 10.08% = 24,192 (12,096);          厚年 43,920 (21,960); 拠出金 864
  //   健保 Σ 112,885.2 → 112,885; employees 56,443 → 事業主 56,442 (E03's 0.4円 端数 rounded up
  //   for the employee is borne by the employer's side of the same total).
  //   厚年 Σ 192,882; employees 96,441 → 事業主 96,441. 拠出金 Σ 3,794.4 → 3,794.
  //   納入告知額 = 112,885 + 192,882 + 3,794 = 309,561.
  //   雇用保険: wages 280,000 + 400,000 + 100,000 + 240,000 + 80,000 (L03, not insured: 0) →
  //   employees 1,400 + 2,000 + 500 + 1,200 = 5,100; employer (280+400+100+240)千 × 8.5/1000 = 8,670.
  const std::string& o = runs_["2026-08"].out;
  EXPECT_TRUE(has(o, "employer_total\thealth\t112885\t56443\t56442\n")) << o;
  EXPECT_TRUE(has(o, "employer_total\tpension\t192882\t96441\t96441\n")) << o;
  EXPECT_TRUE(has(o, "employer_total\tchild_contribution\t3794\t0\t3794\n")) << o;
  EXPECT_TRUE(has(o, "employer_total\temployment\t13770\t5100\t8670\n")) << o;
  EXPECT_TRUE(has(o, "notice_amount\t309561\n")) << o;
  // The 納入告知額 = stored 事業主負担 + the employees' deductions on the slips:
  //   slips: E01 42,570, E02 61,500, E03 14,758, E04 34,056 → 152,884; 事業主 56,442 + 96,441 + 3,794
  //   = 156,677; 152,884 + 156,677 = 309,561.
  long social = 0;
  for (const char* e : {"E01", "E02", "E03", "E04"}) {
    std::string s = slip("2026-08", e);
    auto p = s.find("\nsocial_insurance\t");
    ASSERT_NE(p, std::string::npos) << s;
    social += std::stol(s.substr(p + 18));
  }
  EXPECT_EQ(social, 152884);
  EXPECT_EQ(social + 56442 + 96441 + 3794, 309561);
  // The CSV under the run's output folder (--employer-totals).
  std::string csv = kyuyo::test::read_file(out_ + "/2026/premiums/employer-totals-2026-08.csv");
  EXPECT_TRUE(has(csv, "健康保険料(介護・支援金を含む),health,112885,56443,56442\r\n")) << csv;
  EXPECT_TRUE(has(csv, "納入告知額(健康保険・厚生年金・拠出金),notice,309561,152884,156677\r\n")) << csv;
}

TEST_F(PayrollExtras, BonusRunTotalsLeaveOutTheExemptBonuses) {
  // Bonus 2026-06-30 (premium month June): E01 100,000 (産休: exempt), E02 200,000 (育休 of 14 days
  // — not more than one month — so NOT exempt), E04 300,000 (育休 6/10〜7/15, more than a month:
  // exempt). Only E02: 200,000 × 11.70% = 23,400 (11,700); 厚年 36,600 (18,300); 拠出金 720.
  // 雇用保険 on all three bonuses: 600,000 × 5/1000 = 3,000; employer 600,000 × 8.5/1000 = 5,100.
  const std::string& o = runs_["bonus"].out;
  EXPECT_TRUE(has(o, "employer_total\thealth\t23400\t11700\t11700\n")) << o;
  EXPECT_TRUE(has(o, "employer_total\tpension\t36600\t18300\t18300\n")) << o;
  EXPECT_TRUE(has(o, "employer_total\tchild_contribution\t720\t0\t720\n")) << o;
  EXPECT_TRUE(has(o, "employer_total\temployment\t8100\t3000\t5100\n")) << o;
  EXPECT_TRUE(has(o, "notice_amount\t60720\n")) << o;
  std::string e01 = ok({"payroll", "slip", "--bonus-date", "2026-06-30", "--employee", "E01"}).out;
  EXPECT_TRUE(has(e01, "social_insurance\t0\n")) << e01;
  EXPECT_TRUE(has(e01, "employment_insurance\t500\n")) << e01;
  EXPECT_TRUE(has(e01, "remark\t産休免除 (賞与 健保・厚年 0円)\n")) << e01;
  std::string e02 = ok({"payroll", "slip", "--bonus-date", "2026-06-30", "--employee", "E02"}).out;
  EXPECT_TRUE(has(e02, "social_insurance\t30000\n")) << e02;
  EXPECT_FALSE(has(e02, "remark\t")) << e02;
  std::string e04 = ok({"payroll", "slip", "--bonus-date", "2026-06-30", "--employee", "E04"}).out;
  EXPECT_TRUE(has(e04, "social_insurance\t0\n")) << e04;
  EXPECT_TRUE(has(e04, "remark\t育休免除 (賞与 健保・厚年 0円)\n")) << e04;
  // The exempt bonuses still have their 標準賞与額 (they count towards the 健保 年度 573万 total
  // and go on the 賞与支払届): 100,000 and 300,000 (review finding B5: they used to be stored as 0).
  EXPECT_TRUE(has(e01, "standard_bonus_health\t100000\nstandard_bonus_pension\t100000\n")) << e01;
  EXPECT_TRUE(has(e04, "standard_bonus_health\t300000\nstandard_bonus_pension\t300000\n")) << e04;
  EXPECT_TRUE(has(e02, "standard_bonus_health\t200000\n")) << e02;
}

// ---- idempotent re-import and re-run (before the tests below change any data) ------------------

TEST_F(PayrollExtras, ReimportAndRerunChangeNothing) {
  auto i = ok({"import", "payroll", fx_ + "payroll.csv"});
  EXPECT_TRUE(has(i.out, "18 rows: 0 added, 0 replaced, 18 unchanged")) << i.out;
  EXPECT_FALSE(has(i.out, "休業")) << i.out;  // the leaves are unchanged too
  auto r = ok({"payroll", "run", "--period", "2026-08", "--no-payslips"});
  EXPECT_TRUE(has(r.out, "already final, unchanged")) << r.out;
  EXPECT_TRUE(has(r.out, "notice_amount\t309561\n")) << r.out;
}

// ---- (e) 産休/育休 -----------------------------------------------------------------------------------

TEST_F(PayrollExtras, LeaveMonthsAreExemptAndEmploymentInsuranceStays) {
  // Run 2026-05 (premium April): E01's 産休 starts 4/20 → April exempt; no pay → 雇用保険 0 too.
  // E02 charged: 23,985 + 37,515 = 61,500; 雇用 400,000 × 5/1000 = 2,000. Totals: E02 alone.
  std::string e01 = slip("2026-05", "E01");
  EXPECT_TRUE(has(e01, "social_insurance\t0\n") && has(e01, "employment_insurance\t0\n")) << e01;
  EXPECT_TRUE(has(e01, "remark\t産休免除 (2026-04分 健保・厚年 0円)\n")) << e01;
  EXPECT_TRUE(has(slip("2026-05", "E02"), "social_insurance\t61500\n"));
  EXPECT_TRUE(has(runs_["2026-05"].out, "notice_amount\t124476\n")) << runs_["2026-05"].out;  // 47,970+75,030+1,476

  // Run 2026-07 (premium June):
  //   E01 産休 (through June: the month before the month of 7/26) → exempt.
  //   E02 育休 6/1〜6/14: starts and ends in June, 14 days → exempt (2022-10 rule); paid 400,000, so
  //       雇用保険 2,000 stays.
  //   E03 育休 6/1〜6/13: 13 days → charged: 5,242 + 9,516 = 14,758; 雇用 500.
  //   E04 育休 6/10〜7/15 → June exempt.
  std::string e02 = slip("2026-07", "E02");
  EXPECT_TRUE(has(e02, "social_insurance\t0\n") && has(e02, "employment_insurance\t2000\n")) << e02;
  EXPECT_TRUE(has(e02, "remark\t育休免除 (2026-06分 健保・厚年 0円)\n")) << e02;
  std::string e03 = slip("2026-07", "E03");
  EXPECT_TRUE(has(e03, "social_insurance\t14758\n") && has(e03, "employment_insurance\t500\n")) << e03;
  EXPECT_FALSE(has(e03, "remark\t")) << e03;
  EXPECT_TRUE(has(slip("2026-07", "E04"), "remark\t育休免除 (2026-06分 健保・厚年 0円)\n"));
  // Totals: E03 alone: 10,483.2 → 10,483 (employee 5,242, 事業主 5,241); 19,032; 374.4 → 374.
  const std::string& o = runs_["2026-07"].out;
  EXPECT_TRUE(has(o, "employer_total\thealth\t10483\t5242\t5241\n")) << o;
  EXPECT_TRUE(has(o, "notice_amount\t29889\n")) << o;
  // 2026-08 (premium July): E01's 産休 ended 7/25 and E04's 育休 7/15 → both charged again.
  EXPECT_TRUE(has(slip("2026-08", "E01"), "social_insurance\t42570\n"));
  EXPECT_TRUE(has(slip("2026-08", "E04"), "social_insurance\t34056\n"));
}

TEST_F(PayrollExtras, PayslipShowsTheExemptionAndNeverAMyNumber) {
  std::string txt = dir_->str("e02.txt");
  ASSERT_EQ(std::system(("pdftotext -enc UTF-8 " + out_ + "/payslips/2026-07/E02.pdf " + txt + " 2>/dev/null").c_str()), 0);
  std::string t = kyuyo::test::read_file(txt);
  EXPECT_TRUE(has(t, "育休免除")) << t;
  EXPECT_TRUE(has(t, "雇用保険料")) << t;
  EXPECT_FALSE(has(t, "厚生年金保険料")) << t;  // 0 lines are not printed
  EXPECT_TRUE(kyuyo::test::find_my_number_like(t).empty());
  // Every payslip of the year, as text (the PDFs are compressed, so their bytes prove nothing):
  // neither E02's nor E04's registered number, nor any 12 digits with a valid check digit.
  ASSERT_EQ(numbers_.size(), 2u);
  int pdfs = 0;
  for (const auto& f : std::filesystem::recursive_directory_iterator(out_)) {
    if (f.path().extension() != ".pdf") continue;
    ++pdfs;
    ASSERT_EQ(std::system(("pdftotext -enc UTF-8 '" + f.path().string() + "' " + txt + " 2>/dev/null").c_str()), 0);
    std::string page = kyuyo::test::read_file(txt);
    for (const auto& n : numbers_) EXPECT_TRUE(page.find(n) == std::string::npos) << f.path() << " shows a registered number";
    EXPECT_TRUE(kyuyo::test::find_my_number_like(page).empty()) << f.path();
  }
  EXPECT_GT(pdfs, 20);
  EXPECT_TRUE(kyuyo::test::files_with_my_numbers(out_).empty());
}

// ---- (d) 住民税 of leavers ----------------------------------------------------------------------

TEST_F(PayrollExtras, LeaverInJanuaryToAprilPaysTheRestInALumpSum) {
  // L01 退職 2026-03-31, 令和7年度 122,000 (6月 12,000, 7月〜 10,000). Last pay 2026-03-25, 80,000:
  // 未徴収税額 = March 10,000 + April, May 20,000 = 30,000 < 80,000 → 一括徴収 (地方税法321条の5②):
  // 住民税 10,000 + 住民税一括徴収 20,000; 差引 50,000.
  std::string s = slip("2026-03", "L01");
  EXPECT_TRUE(has(s, "deduct:resident_tax\t10000\n") && has(s, "deduct:resident_tax_lump\t20000\n")) << s;
  EXPECT_TRUE(has(s, "resident_tax\t30000\n") && has(s, "net\t50000\n")) << s;
  EXPECT_TRUE(has(s, "remark\t住民税一括徴収 20,000円 (退職 2026-03-31)\n")) << s;
  std::string txt = dir_->str("l01.txt");
  ASSERT_EQ(std::system(("pdftotext -enc UTF-8 " + out_ + "/payslips/2026-03/L01.pdf " + txt + " 2>/dev/null").c_str()), 0);
  EXPECT_TRUE(has(kyuyo::test::read_file(txt), "住民税一括徴収"));
}

TEST_F(PayrollExtras, LumpSumNotCoveredByTheLastPayGoesToOrdinaryCollectionWithAWarning) {
  // L02 退職 2026-04-15; last pay 15,000 does not exceed 未徴収 20,000 (April + May): April's 10,000
  // is deducted, May's 10,000 goes to 普通徴収; 特別徴収済額 122,000 − 10,000 = 112,000.
  std::string s = slip("2026-04", "L02");
  EXPECT_TRUE(has(s, "resident_tax\t10000\n") && has(s, "net\t5000\n")) << s;
  const auto& r = runs_["2026-04"];
  EXPECT_TRUE(has(r.err, "warning: L02: 退職 2026-04-15")) << r.err;
  EXPECT_TRUE(has(r.out, "resident_tax_ordinary\tL02\t131016\t千代田区\t2025\t122000\t112000\t10000\n")) << r.out;
  std::string csv = kyuyo::test::read_file(out_ + "/2026/resident-tax/ordinary-collection-2026-04.csv");
  EXPECT_TRUE(has(csv, "市区町村コード,市区町村名,年度,社員番号,氏名,退職日,年税額,特別徴収済額,未徴収税額,理由")) << csv;
  EXPECT_TRUE(has(csv, "131016,千代田区,2025,L02,小川 二葉,2026-04-15,122000,112000,10000,")) << csv;
}

TEST_F(PayrollExtras, LeaverInJuneToDecemberPaysALumpSumOnlyOnRequest) {
  // 令和8年度 25,000 (6月 3,000, 7月〜 2,000).
  // L03 退職 8/31, asked (住民税一括徴収 はい): 未徴収 = Aug 2,000 + Sep〜May 9 × 2,000 = 20,000 ≤ 80,000
  //   → 2,000 + 18,000; 差引 60,000.
  std::string s = slip("2026-08", "L03");
  EXPECT_TRUE(has(s, "deduct:resident_tax_lump\t18000\n") && has(s, "net\t60000\n")) << s;
  // L04 退職 9/30, no request: September's 2,000, then Oct〜May 8 × 2,000 = 16,000 → 普通徴収;
  //   特別徴収済額 25,000 − 16,000 = 9,000 (June 3,000 + July〜September 6,000).
  std::string s4 = slip("2026-09", "L04");
  EXPECT_TRUE(has(s4, "resident_tax\t2000\n")) << s4;
  EXPECT_FALSE(has(s4, "resident_tax_lump")) << s4;
  EXPECT_TRUE(has(runs_["2026-09"].out, "resident_tax_ordinary\tL04\t131016\t千代田区\t2026\t25000\t9000\t16000\n"))
      << runs_["2026-09"].out;
  EXPECT_TRUE(kyuyo::test::read_file(out_ + "/2026/resident-tax/ordinary-collection-2026-09.csv").find("L04") !=
              std::string::npos);
}

TEST_F(PayrollExtras, RequestedLumpSumThePayCannotCoverIsRefusedUntilCorrected) {
  // L05 退職 10/31, asked, but the last pay 10,000 < 未徴収 Oct〜May 8 × 2,000 = 16,000.
  auto r = kyuyo({"payroll", "run", "--period", "2026-10", "--no-payslips"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(has(r.err, "payroll.csv:19: L05 2026-10: 住民税一括徴収")) << r.err;
  EXPECT_TRUE(has(r.err, "does not cover the 未徴収税額 16,000円")) << r.err;
  // Corrected to いいえ (a replacement: no final run yet): October's 2,000, then 7 × 2,000 = 14,000
  // to 普通徴収; 済額 25,000 − 14,000 = 11,000; 差引 8,000.
  std::string fix = dir_->str("l05.csv");
  kyuyo::test::write_file(fix, "社員番号,区分,対象年月,支給日,出勤日数,支払基礎日数,基本給,住民税一括徴収\n"
                               "L05,給与,2026-10,2026-10-23,3,3,10000,いいえ\n");
  auto i = ok({"import", "payroll", fix});
  EXPECT_TRUE(has(i.out, "0 added, 1 replaced, 0 unchanged")) << i.out;
  auto o = ok({"payroll", "run", "--period", "2026-10", "--no-payslips"});
  EXPECT_TRUE(has(o.out, "resident_tax_ordinary\tL05\t131016\t千代田区\t2026\t25000\t11000\t14000\n")) << o.out;
  EXPECT_TRUE(has(slip("2026-10", "L05"), "net\t8000\n"));
  // Asking again now that the run is final is refused at import.
  kyuyo::test::write_file(fix, "社員番号,区分,対象年月,支給日,出勤日数,支払基礎日数,基本給,住民税一括徴収\n"
                               "L05,給与,2026-10,2026-10-23,3,3,10000,はい\n");
  auto again = kyuyo({"import", "payroll", fix});
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_TRUE(has(again.err, "reverse it first")) << again.err;
}

TEST_F(PayrollExtras, ImportRefusesBadLeaveAndLumpColumns) {
  std::string bad = dir_->str("bad.csv");
  kyuyo::test::write_file(bad,
                          "社員番号,区分,対象年月,支給日,基本給,賞与,住民税一括徴収,休業種別,休業開始日,休業終了日\n"
                          "E01,給与,2026-11,2026-11-25,1000,,たぶん,,,\n"
                          "E02,給与,2026-11,2026-11-25,1000,,,介護休業,2026-11-01,2026-11-30\n"
                          "E03,給与,2026-11,2026-11-25,1000,,,育休,2026-11-20,2026-11-01\n"
                          "E04,給与,2026-11,2026-11-25,1000,,,育休,2026-11-01,\n"
                          "E04,賞与,,2026-12-10,,1000,はい,,,\n");
  auto r = kyuyo({"import", "payroll", bad});
  EXPECT_EQ(r.exit_code, 1);
  for (const char* s : {"bad.csv line 2, column 7 (住民税一括徴収)", "bad.csv line 3, column 8 (休業種別)",
                        "bad.csv line 4, column 10 (休業終了日): is before the 休業開始日",
                        "bad.csv line 5, column 10 (休業終了日)", "bad.csv line 6, column 7 (住民税一括徴収)",
                        "nothing was written"})
    EXPECT_TRUE(has(r.err, s)) << s << "\n" << r.err;
}

// ---- reversal ---------------------------------------------------------------------------------

TEST_F(PayrollExtras, ALongerLeaveIsAppliedByReversalAndANewRun) {
  // E04's 育休 is extended to 2026-08-20 (same kind and start: the end date is replaced). July
  // (premium month of run 2026-08) becomes exempt; the final run 2026-08 now differs → refused.
  std::string ext = dir_->str("ext.csv");
  kyuyo::test::write_file(ext, "社員番号,区分,対象年月,支給日,出勤日数,支払基礎日数,報酬月額,基本給,休業種別,休業開始日,休業終了日\n"
                               "E04,給与,2026-08,2026-08-25,20,31,240000,240000,育休,2026-06-10,2026-08-20\n");
  auto i = ok({"import", "payroll", ext});
  EXPECT_TRUE(has(i.out, "1 休業 (産休/育休) periods added or changed")) << i.out;
  auto r = kyuyo({"payroll", "run", "--period", "2026-08", "--no-payslips"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(has(r.err, "reverse it first")) << r.err;
  auto rev = ok({"payroll", "reverse", "--period", "2026-08", "--reason", "育休延長"});
  EXPECT_TRUE(has(rev.out, "reversed_notice_amount\t309561\n")) << rev.out;
  // New totals without E04: 健保 112,885.2 − 24,192 = 88,693.2 → 88,693, employees 56,443 − 12,096 =
  // 44,347, 事業主 44,346; 厚年 192,882 − 43,920 = 148,962 (74,481 each); 拠出金 3,794.4 − 864 =
  // 2,930.4 → 2,930. 納入告知額 88,693 + 148,962 + 2,930 = 240,585.
  auto o = ok({"payroll", "run", "--period", "2026-08", "--no-payslips"});
  EXPECT_TRUE(has(o.out, " final, 5 employees")) << o.out;
  EXPECT_TRUE(has(o.out, "employer_total\thealth\t88693\t44347\t44346\n")) << o.out;
  EXPECT_TRUE(has(o.out, "employer_total\tpension\t148962\t74481\t74481\n")) << o.out;
  EXPECT_TRUE(has(o.out, "notice_amount\t240585\n")) << o.out;
  std::string e04 = slip("2026-08", "E04");
  EXPECT_TRUE(has(e04, "social_insurance\t0\n") && has(e04, "employment_insurance\t1200\n")) << e04;
  EXPECT_TRUE(has(e04, "remark\t育休免除 (2026-07分 健保・厚年 0円)\n")) << e04;
  // Running again is a no-op.
  EXPECT_TRUE(has(ok({"payroll", "run", "--period", "2026-08", "--no-payslips"}).out, "already final, unchanged"));
}
