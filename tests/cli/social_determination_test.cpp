// kyuyo social teiji / social zuiji through the binary on a small company (東京, 協会けんぽ,
// 翌月徴収), every figure computed by hand:
//   rules: shared/reference/social-insurance.md §4.1 (定時決定: pay paid April–June, ≥ 17 days,
//   短時間労働者 ≥ 11, average with the yen fraction cut off, September–August; acquired on or after
//   1 June and 7–9月改定 excluded) and §4.2 (随時改定: a change of 固定的賃金, 3 months ≥ 17 days,
//   ≥ 2 grades in the direction of the change, from the 4th month);
//   grades: 標準報酬月額 table (rule data social.grades, schemas/rules/social/grades-2020-09-01.xml,
//   reference §2 [JP8]): 142,000 = 138,000–146,000; 150,000 = 146,000–155,000; 240,000 =
//   230,000–250,000; 260,000 (健保 20級 / 厚年 17級) = 250,000–270,000; 280,000 (21/18) =
//   270,000–290,000; 300,000 (22/19) = 290,000–310,000; 320,000 (23/20) = 310,000–330,000.
//   premiums: 厚生年金 18.3%, employee half (reference §1): 260,000 → 23,790; 300,000 → 27,450;
//   320,000 → 29,280.
// The reference transcribes no 日本年金機構 算定基礎届の記入例 figures, so the cases are ours.
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <sstream>

#include "support/helpers.hpp"

namespace {
using kyuyo::test::run_kyuyo;

const char* kBom = "\xEF\xBB\xBF";

struct Month {
  int base = 0, overtime = 0, absence = 0, commute = 0, days = 0;
};
// One employee's pay: base per month (from `raise_from` the raised base), overtime by month.
struct Pay {
  const char* code;
  int from = 1;  // first month paid
  int base = 0, raised = 0, raise_from = 13, commute = 0, declared = 0;
  std::map<int, int> overtime, absence, days;  // month → amount / 支払基礎日数 override
};

int days_in(int m) { return m == 2 ? 28 : (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31; }

std::string payroll_csv(const std::vector<Pay>& staff, int last_month) {
  std::ostringstream o;
  o << kBom << "社員番号,区分,対象年月,支給日,支払基礎日数,報酬月額,基本給,時間外手当,欠勤控除,通勤手当(交通機関)\r\n";
  for (const auto& p : staff)
    for (int m = p.from; m <= last_month; ++m) {
      char ym[8];
      std::snprintf(ym, sizeof ym, "2026-%02d", m);
      int base = m >= p.raise_from ? p.raised : p.base;
      auto at = [&](const std::map<int, int>& x, int d) { auto it = x.find(m); return it == x.end() ? d : it->second; };
      o << p.code << ",給与," << ym << "," << ym << "-25," << at(p.days, days_in(m)) << "," << p.declared << "," << base
        << "," << at(p.overtime, 0) << "," << -at(p.absence, 0) << "," << p.commute << "\r\n";
    }
  return o.str();
}

// The cases (see each comment for the hand computation).
std::vector<Pay> staff() {
  std::vector<Pay> s;
  // 2001 定時: (310,000 + 320,000 + 330,000) / 3 = 320,000 → 23級/20級 (従前 300,000 declared: 22/19).
  s.push_back({"2001", 1, 300000, 0, 13, 0, 300000, {{4, 10000}, {5, 20000}, {6, 30000}}});
  // 2002 定時, April 16 days (not counted): (270,000 + 260,000) / 2 = 265,000 → 260,000 (with April
  // it would be (200,000 + 270,000 + 260,000) / 3 = 243,333 → 240,000).
  s.push_back({"2002", 1, 260000, 0, 13, 0, 260000, {{5, 10000}}, {{4, 60000}}, {{4, 16}}});
  // 2003 acquired 2026-06-01: no 定時決定.
  s.push_back({"2003", 6, 280000, 0, 13, 0, 280000});
  // 2004 随時: 固定的賃金 260,000 → 310,000 (基本給 250,000 → 300,000 + 通勤 10,000) paid from July;
  // July–September average 310,000 → 23級: 3 grades above 20級 → from October.
  s.push_back({"2004", 1, 250000, 300000, 7, 10000, 260000});
  // 2005 随時, 2-grade boundary: 260,000 → 290,000 = the lower bound of 22級 → 2 grades → from October.
  s.push_back({"2005", 1, 260000, 290000, 7, 0, 260000});
  // 2006 not: 280,000 + 9,999 overtime = 289,999 → 21級, only 1 grade above 20級.
  s.push_back({"2006", 1, 260000, 280000, 7, 0, 260000, {{7, 9999}, {8, 9999}, {9, 9999}}});
  // 2007 not, direction: 基本給 250,000 → 255,000 (昇給) but overtime 60,000 stops: 定時 310,000 →
  // 23級, July–September 255,000 → 20級, 3 grades DOWN against a fixed-pay rise.
  {
    Pay p{"2007", 1, 250000, 255000, 7, 0, 310000};
    for (int m = 1; m <= 6; ++m) p.overtime[m] = 60000;
    s.push_back(p);
  }
  // 2008 not: raised 260,000 → 300,000 from July, but August has 16 支払基礎日数 (< 17).
  s.push_back({"2008", 1, 260000, 300000, 7, 0, 260000, {}, {{8, 20000}}, {{8, 16}}});
  // 2009 短時間労働者 定時: April 10 days (< 11, not counted): (154,000 + 150,000) / 2 = 152,000 →
  // 150,000 (with April (120,000 + 154,000 + 150,000) / 3 = 141,333 → 142,000).
  s.push_back({"2009", 1, 150000, 0, 13, 0, 150000, {{5, 4000}}, {{4, 30000}}, {{4, 10}, {5, 12}, {6, 12}}});
  // 2010 随時 from July (raise paid from April 260,000 → 320,000: 3 grades) → no 定時決定 2026.
  s.push_back({"2010", 1, 260000, 320000, 4, 0, 260000});
  // 2011 途中入社 2026-04-10: April's pay (140,000, 21 days) is not a whole month's → May and June
  // only: 200,000 → 健保 17級 / 厚年 14級 200,000 (with April 180,000 → 180,000).
  s.push_back({"2011", 4, 200000, 0, 13, 0, 200000, {}, {{4, 60000}}, {{4, 21}}});
  return s;
}

std::string employees_csv() {
  std::ostringstream o;
  o << kBom
    << "事業所コード,社員番号,氏,名,フリガナ(氏),フリガナ(名),生年月日,性別,郵便番号,住所,市区町村コード,入社日,退職日,"
       "税額表区分(甲/乙),雇用形態,基礎年金番号,雇用保険被保険者番号,健康保険被保険者整理番号,社会保険加入,雇用保険加入,"
       "障害者区分,寡婦・ひとり親,勤労学生,居住区分,備考\r\n";
  const char* kana[] = {"イチ", "ニ", "サン", "ヨン", "ゴ", "ロク", "ナナ", "ハチ", "キュウ", "ジュウ", "ジュウイチ"};
  for (int i = 1; i <= 11; ++i) {
    char code[8], pension[16], ei[20];
    std::snprintf(code, sizeof code, "20%02d", i);
    std::snprintf(pension, sizeof pension, "2001-0000%02d", i);
    std::snprintf(ei, sizeof ei, "5002-0000%02d-%d", i, i % 10);
    o << "SAKURA," << code << ",試験," << kana[i - 1] << ",シケン," << kana[i - 1] << ",1985/1/1,男,101-0047,"
      << "東京都千代田区内神田九丁目1番1号,131016," << (i == 3 ? "2026/6/1" : i == 11 ? "2026/4/10" : "2020/4/1")
      << ",,甲,"
      << (i == 9 ? "短時間労働者" : "一般") << "," << pension << "," << ei << "," << 100 + i
      << ",はい,はい,なし,なし,いいえ,居住者,\r\n";
  }
  return o.str();
}

class SocialDetermination : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new kyuyo::test::TempDir();
    db_ = dir_->str("t.db");
    kyuyo::test::write_file(dir_->path() / "employees.csv", employees_csv());
    kyuyo::test::write_file(dir_->path() / "payroll.csv", payroll_csv(staff(), 11));
    std::string s = kyuyo::test::test_dir() + "/../samples/company/";
    ok({"init"});
    ok({"import", "employers", s + "employers.csv"});
    ok({"import", "employees", dir_->str("employees.csv")});
    ok({"import", "payroll", dir_->str("payroll.csv")});
    for (int m = 1; m <= 6; ++m) run_month(m);
    // 定時決定 first (2010 gets one), then the July 随時改定 takes its place, then 定時 again.
    teiji1_ = kyuyo({"social", "teiji", "--year", "2026", "--format", "csv"});
    zuiji7_ = kyuyo({"social", "zuiji", "--month", "2026-07"});
    teiji2_ = kyuyo({"social", "teiji", "--year", "2026", "--format", "csv"});
    for (int m = 7; m <= 9; ++m) run_month(m);
    zuiji10_ = kyuyo({"social", "zuiji", "--month", "2026-10", "--format", "csv"});
    for (int m = 10; m <= 11; ++m) run_month(m);
  }
  static void TearDownTestSuite() { delete dir_; }

  static kyuyo::test::RunResult kyuyo(std::vector<std::string> a) {
    a.insert(a.end(), {"--db", db_});
    return run_kyuyo(a, {"KYUYO_OPERATOR="}, dir_->str());
  }
  static void ok(const std::vector<std::string>& a) {
    auto r = kyuyo(a);
    ASSERT_EQ(r.exit_code, 0) << a[0] << " " << a[1] << ": " << r.err << r.out;
  }
  static void run_month(int m) {
    char ym[8];
    std::snprintf(ym, sizeof ym, "2026-%02d", m);
    ok({"payroll", "run", "--period", ym, "--no-payslips"});
  }
  // The CSV line of one employee ("" when absent).
  static std::string line(const std::string& csv, const std::string& code) {
    std::istringstream in(csv);
    for (std::string l; std::getline(in, l);)
      if (l.rfind(code + ",", 0) == 0) return l.substr(0, l.find('\r'));
    return "";
  }
  // key<TAB>value of a stored payslip.
  static std::string slip(const std::string& period, const std::string& code, const std::string& key) {
    auto r = kyuyo({"payroll", "slip", "--period", period, "--employee", code});
    std::istringstream in(r.out);
    for (std::string l; std::getline(in, l);)
      if (l.rfind(key + "\t", 0) == 0) return l.substr(key.size() + 1);
    return "?";
  }

  static kyuyo::test::TempDir* dir_;
  static std::string db_;
  static kyuyo::test::RunResult teiji1_, zuiji7_, teiji2_, zuiji10_;
};
kyuyo::test::TempDir* SocialDetermination::dir_ = nullptr;
std::string SocialDetermination::db_;
kyuyo::test::RunResult SocialDetermination::teiji1_, SocialDetermination::zuiji7_, SocialDetermination::teiji2_,
    SocialDetermination::zuiji10_;

TEST_F(SocialDetermination, TeijiFromAprilToJunePay) {
  ASSERT_EQ(teiji2_.exit_code, 0) << teiji2_.err;
  const std::string& o = teiji2_.out;
  // 社員番号,氏名,結果,従前 健保等級/額, 厚年等級/額, 報酬月額, 新 健保等級/額, 厚年等級/額, 備考
  EXPECT_EQ(line(o, "2001"), "2001,試験 イチ,stored,22,300000,19,300000,320000,23,320000,20,320000,");
  EXPECT_EQ(line(o, "2002"), "2002,試験 ニ,stored,20,260000,17,260000,265000,20,260000,17,260000,"
                             "not counted: 2026-04 (16日)");
  EXPECT_EQ(line(o, "2009"), "2009,試験 キュウ,stored,12,150000,9,150000,152000,12,150000,9,150000,"
                             "not counted: 2026-04 (10日)");
  EXPECT_NE(line(o, "2003").find("excluded"), std::string::npos);
  EXPECT_NE(line(o, "2003").find("資格取得 2026-06-01"), std::string::npos);
  // 2011: April (途中入社月) left out although it has 21 days; 従前 from the pay slips (200,000).
  EXPECT_EQ(line(o, "2011"), "2011,試験 ジュウイチ,stored,17,200000,14,200000,200000,17,200000,14,200000,"
                             "\"not counted: 2026-04 (21日, 途中入社月)\"");
  // The July 随時改定 excludes 2010 (7–9月改定).
  EXPECT_NE(line(o, "2010").find("対象外: 随時改定 from 2026-07"), std::string::npos) << line(o, "2010");
  // The first run had stored a 定時決定 for 2010; the July 随時改定 removed it.
  EXPECT_NE(line(teiji1_.out, "2010").find("stored"), std::string::npos);
  EXPECT_NE(zuiji7_.out.find("2010 試験 ジュウ: the stored 定時決定 from 2026-09 was removed"), std::string::npos)
      << zuiji7_.out;
  // Idempotent: the first and second runs agree for everyone else.
  for (const char* c : {"2001", "2002", "2004", "2005", "2007", "2009"}) EXPECT_EQ(line(teiji1_.out, c), line(o, c));
}

TEST_F(SocialDetermination, ZuijiOnlyWhereEveryRuleHolds) {
  ASSERT_EQ(zuiji10_.exit_code, 0) << zuiji10_.err;
  const std::string& o = zuiji10_.out;
  EXPECT_EQ(line(o, "2004"), "2004,試験 ヨン,stored,20,260000,17,260000,310000,23,320000,20,320000,"
                             "固定的賃金 260000 → 310000 (昇給 2026-07)");
  EXPECT_EQ(line(o, "2005"), "2005,試験 ゴ,stored,20,260000,17,260000,290000,22,300000,19,300000,"
                             "固定的賃金 260000 → 290000 (昇給 2026-07)");
  EXPECT_NE(line(o, "2006").find("excluded"), std::string::npos);
  EXPECT_NE(line(o, "2006").find("健保 20級 → 21級: only 1 grade"), std::string::npos) << line(o, "2006");
  EXPECT_NE(line(o, "2007").find("moves against the direction of the fixed-pay change"), std::string::npos)
      << line(o, "2007");
  EXPECT_NE(line(o, "2008").find("2026-08: 16 支払基礎日数 < 17"), std::string::npos) << line(o, "2008");
  EXPECT_NE(line(o, "2001").find("no change of 固定的賃金 (300000)"), std::string::npos) << line(o, "2001");
  // July 随時改定 of 2010: 260,000 → 320,000 paid from April.
  EXPECT_NE(zuiji7_.out.find("2010\t試験 ジュウ\t従前 健保 20級 260000 / 厚年 17級 260000\t報酬月額 320000 → 健保 23級 "
                             "320000 / 厚年 20級 320000"),
            std::string::npos)
      << zuiji7_.out;
}

TEST_F(SocialDetermination, PayRunsApplyTheDeterminationFromItsPremiumMonth) {
  // 翌月徴収: the pay of month M deducts the premium of month M−1.
  // 定時決定 2001 from the September premium month: September pay (premium August) at 300,000,
  // October pay (premium September) at 320,000.
  EXPECT_EQ(slip("2026-09", "2001", "deduct:pension"), "27450");
  EXPECT_EQ(slip("2026-10", "2001", "deduct:pension"), "29280");
  // 随時改定 2004 from October: October pay (premium September, 定時 260,000), November pay 320,000.
  EXPECT_EQ(slip("2026-10", "2004", "deduct:pension"), "23790");
  EXPECT_EQ(slip("2026-11", "2004", "deduct:pension"), "29280");
  // 随時改定 2010 from July: the July pay (premium June) still 260,000, the August pay 320,000.
  EXPECT_EQ(slip("2026-07", "2010", "deduct:pension"), "23790");
  EXPECT_EQ(slip("2026-08", "2010", "deduct:pension"), "29280");
}

TEST_F(SocialDetermination, SanteiTakesTheStoredTeijiWithPreviousAmounts) {
  std::string out = dir_->str("o");
  auto r = kyuyo({"filing", "shaho", "santei", "--year", "2026", "--created", "2026-07-10", "--out", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string b = kyuyo::test::read_file(out + "/2026/shaho/santei/SHFD0006.CSV");
  // 2001: 従前 300 (千円) / 300, 従前改定月 R7.09 (assumed), April–June 310,000 / 320,000 / 330,000,
  // 総計 960,000, 平均 320,000.
  EXPECT_NE(b.find(",0300,0300,9,07,09,"), std::string::npos);
  EXPECT_NE(b.find(",0310000,0320000,0330000,0000000,0000000,0000000,0310000,0320000,0330000,0960000,0320000,"),
            std::string::npos);
  // 2002: April (16 days) outside the total: 総計 530,000, 平均 265,000.
  EXPECT_NE(b.find(",16,31,30,"), std::string::npos);
  EXPECT_NE(b.find(",0530000,0265000,"), std::string::npos);
  // 2011 (途中入社 2026-04-10): 総計 and 平均額 by the days (540,000 / 180,000), 修正平均額 200,000
  // (項番39) from the 定時決定, 途中入社 (項番47) = 1; 従前の改定月 = the acquisition month R8.04.
  // (the file is CP932: the record is found by its April–June days and pay)
  auto p = b.find(",21,31,30,0140000,");
  ASSERT_NE(p, std::string::npos);
  p = b.rfind("\r\n", p) + 2;
  std::string rec = b.substr(p, b.find("\r\n", p) - p);
  EXPECT_NE(rec.find(",0200,0200,9,08,04,"), std::string::npos) << rec;
  EXPECT_NE(rec.find(",21,31,30,0140000,0200000,0200000,"), std::string::npos) << rec;
  EXPECT_NE(rec.find(",0540000,0180000,0200000,"), std::string::npos) << rec;
  auto c = run_kyuyo({"filing", "shaho", "check", out + "/2026/shaho/santei/SHFD0006.CSV", "--as-of", "2026-11-23"});
  EXPECT_EQ(c.exit_code, 0) << c.out;
}

TEST_F(SocialDetermination, GekkakuFromTheStoredZuiji) {
  std::string out = dir_->str("g");
  auto r = kyuyo({"filing", "shaho", "gekkaku", "--month", "2026-10", "--created", "2026-10-05", "--out", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string f = out + "/2026/shaho/gekkaku/2026-10/SHFD0006.CSV";
  std::string b = kyuyo::test::read_file(f);
  // Two records (2004, 2005), 従前 260 (千円) from the 定時決定 of 2026-09.
  EXPECT_NE(b.find(",9,08,10,0260,0260,9,08,09,07,1,"), std::string::npos);
  EXPECT_NE(b.find(",0310000,0310000,0310000,0930000,0310000,"), std::string::npos);
  EXPECT_NE(b.find(",0290000,0290000,0290000,0870000,0290000,"), std::string::npos);
  EXPECT_EQ(b.find("2221700", b.find("2221700", b.find("2221700") + 1) + 1), std::string::npos);  // exactly two
  auto c = run_kyuyo({"filing", "shaho", "check", f, "--as-of", "2026-11-23"});
  EXPECT_EQ(c.exit_code, 0) << c.out;
}

TEST_F(SocialDetermination, UsageErrors) {
  EXPECT_EQ(kyuyo({"social", "zuiji", "--month", "2026-13"}).exit_code, 2);
  EXPECT_EQ(kyuyo({"social", "teiji"}).exit_code, 2);
  EXPECT_EQ(kyuyo({"social", "teiji", "--year", "2026", "--format", "xml"}).exit_code, 2);
  EXPECT_EQ(kyuyo({"social", "teiji", "--year", "2026", "--employer", "NOPE"}).exit_code, 1);
  auto h = run_kyuyo({"social", "zuiji", "--help"});
  EXPECT_EQ(h.exit_code, 0);
  EXPECT_NE(h.out.find("--month"), std::string::npos);
}

// Last (it changes the company's September pay): a stored 随時改定 that a pay run has used is
// never changed or removed silently.
TEST_F(SocialDetermination, ZzReRunThatWouldChangeAUsedResultIsRefused) {
  auto same = kyuyo({"social", "zuiji", "--month", "2026-10"});
  EXPECT_EQ(same.exit_code, 0) << same.err;  // unchanged results: fine
  // 2005's September base goes back to 260,000: the 固定的賃金 is no longer one new amount, so the
  // 随時改定 from October would go — but the November pay (premium October) used it.
  ok({"payroll", "reverse", "--period", "2026-09", "--reason", "test: corrected September pay"});
  std::vector<Pay> s = staff();
  for (auto& p : s)
    if (std::string(p.code) == "2005") p.raise_from = 7, p.raised = 290000;
  std::string csv = payroll_csv(s, 11);
  // replace 2005's September row
  auto pos = csv.find("2005,給与,2026-09,");
  auto eol = csv.find("\r\n", pos);
  csv.replace(pos, eol - pos, "2005,給与,2026-09,2026-09-25,30,260000,260000,0,0,0");
  kyuyo::test::write_file(dir_->path() / "payroll2.csv", csv);
  ok({"import", "payroll", dir_->str("payroll2.csv")});
  run_month(9);
  auto r = kyuyo({"social", "zuiji", "--month", "2026-10"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("社員 2005 試験 ゴ"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("reverse the pay runs from premium month 2026-10 first"), std::string::npos) << r.err;
  // Nothing changed: the 月額変更届 still has both records.
  std::string out = dir_->str("g2");
  ASSERT_EQ(kyuyo({"filing", "shaho", "gekkaku", "--month", "2026-10", "--created", "2026-10-05", "--out", out}).exit_code,
            0);
  std::string b = kyuyo::test::read_file(out + "/2026/shaho/gekkaku/2026-10/SHFD0006.CSV");
  EXPECT_NE(b.find(",0290000,0290000,0290000,0870000,0290000,"), std::string::npos);
}

}  // namespace
