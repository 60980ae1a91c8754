// A monthly run lists the employees insured for 健保・厚年 in its premium month who have no pay data
// in the run (key insured_without_pay, and a warning): the 年金事務所's 納入告知 bills their premiums
// all the same (健康保険法156条/161条, 厚生年金保険法81条/82条: the premium is owed for every month
// of insurance, paid or not), so the run's notice_amount, which sums the run's slips, leaves them out.
// Premium month of the 2026-05 run: 2026-04 (翌月徴収).
#include <gtest/gtest.h>

#include "support/helpers.hpp"

namespace {
using kyuyo::test::run_kyuyo;

std::string employee(const std::string& code, const std::string& hire, const std::string& leave, bool insured) {
  return "EXT," + code + ",試験," + code + ",シケン,タロウ,1990-01-01,男,100-0001,東京都千代田区千代田九丁目5番1号,131016," +
         hire + "," + leave + ",甲,一般,,,," + (insured ? "はい" : "いいえ") + ",はい,なし,なし,いいえ,居住者\n";
}
}  // namespace

TEST(PayrollRun, InsuredEmployeesWithoutPayAreListed) {
  kyuyo::test::TempDir dir;
  const std::string db = dir.str("t.db");
  const std::string fx = kyuyo::test::test_dir() + "/cli/payroll/fixtures_extras/";
  auto ok = [&](std::vector<std::string> a) {
    a.push_back("--db");
    a.push_back(db);
    auto r = run_kyuyo(a);
    EXPECT_EQ(r.exit_code, 0) << a[0] << " " << a[1] << "\n" << r.out << r.err;
    return r;
  };
  ok({"import", "employers", fx + "employers.csv"});
  std::string header;
  {
    std::string all = kyuyo::test::read_file(fx + "employees.csv");
    header = all.substr(0, all.find('\n') + 1);
  }
  kyuyo::test::write_file(dir.str("employees.csv"),
                          header + employee("A01", "2018-04-01", "", true) +  // paid in May
                              employee("A02", "2018-04-01", "", true) +       // insured, no May pay: listed
                              employee("A03", "2018-04-01", "2026-03-31", true) +  // lost 4/1: not insured in April
                              employee("A04", "2026-05-01", "", true) +       // acquired in May: not in April
                              employee("A05", "2018-04-01", "", true) +       // 育休 over April: exempt
                              employee("A06", "2018-04-01", "", false));      // not insured
  ok({"import", "employees", dir.str("employees.csv")});
  kyuyo::test::write_file(dir.str("payroll.csv"),
                          "社員番号,区分,対象年月,支給日,出勤日数,支払基礎日数,報酬月額,基本給,賞与,住民税一括徴収,休業種別,休業開始日,休業終了日\n"
                          "A05,給与,2026-03,2026-03-25,20,20,300000,300000,,,育児休業,2026-03-20,2026-07-31\n"
                          "A01,給与,2026-05,2026-05-25,20,20,300000,300000,,,,,\n");
  ok({"import", "payroll", dir.str("payroll.csv")});
  auto r = ok({"payroll", "run", "--period", "2026-05", "--out", dir.str("out"), "--no-payslips"});
  EXPECT_NE(r.out.find("insured_without_pay\tA02\n"), std::string::npos) << r.out;
  for (const char* other : {"A01", "A03", "A04", "A05", "A06"})
    EXPECT_EQ(r.out.find(std::string("insured_without_pay\t") + other + "\n"), std::string::npos) << other << "\n" << r.out;
  EXPECT_NE(r.err.find("employee A02 is insured for 健保・厚年 in 2026-04分 but has no pay data in this run"),
            std::string::npos)
      << r.err;
  // notice_amount is A01's alone: 300,000 × (9.85% + 0.23%) = 30,240 + 厚年 54,900 + 拠出金 1,080.
  EXPECT_NE(r.out.find("notice_amount\t86220\n"), std::string::npos) << r.out;
}
