// --all-employers on batch commands (issue 2 §6): an accounting office keeps several clients in one
// database; a batch runs per employer (own transaction, own output folder OUT/<code>/), reports
// each, and a failing employer is reported while the others still run (exit code 1).
#include <gtest/gtest.h>

#include <filesystem>

#include "support/helpers.hpp"

namespace {
using kyuyo::test::run_kyuyo;
namespace fs = std::filesystem;

const char* kBom = "\xEF\xBB\xBF";

class AllEmployers : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = dir_.str("office.db");
    std::string s = kyuyo::test::test_dir() + "/../samples/company/";
    kyuyo::test::write_file(dir_.path() / "ume-employers.csv",
                            std::string(kBom) +
                                "事業所コード,名称,名称カナ,法人番号,事業所整理記号,事業所番号,都道府県,郵便番号,所在地,"
                                "電話番号,代表者氏名,健康保険,雇用保険事業区分,雇用保険適用事業所番号,社会保険料徴収,"
                                "源泉徴収税額計算\n"
                                "UME,合同会社うめ商店,ゴウドウガイシャウメショウテン,,22-ウメ,54321,大阪府,530-0001,"
                                "大阪府大阪市北区梅田九丁目9番9号,06-0000-0000,梅田 一郎,協会けんぽ,一般の事業,"
                                "2701-654321-0,当月徴収,月額表\n");
    // Same 社員番号 1001 as the sample company's first employee: employers are kept apart.
    kyuyo::test::write_file(dir_.path() / "ume-employees.csv",
                            std::string(kBom) +
                                "事業所コード,社員番号,氏,名,フリガナ(氏),フリガナ(名),生年月日,性別,郵便番号,住所,"
                                "市区町村コード,入社日,退職日,税額表区分(甲/乙),雇用形態,基礎年金番号,雇用保険被保険者番号,"
                                "健康保険被保険者整理番号,社会保険加入,雇用保険加入,障害者区分,寡婦・ひとり親,勤労学生,"
                                "居住区分,備考\n"
                                "UME,1001,梅田,花子,ウメダ,ハナコ,1990/1/15,女,530-0001,大阪府大阪市北区梅田九丁目1番1号,"
                                "271004,2020/4/1,,甲,一般,2701-000011,2701-000011-1,1,はい,はい,なし,なし,いいえ,居住者,\n");
    kyuyo::test::write_file(dir_.path() / "ume-payroll.csv",
                            std::string(kBom) +
                                "社員番号,区分,対象年月,支給日,出勤日数,有給休暇日数,欠勤日数,支払基礎日数,報酬月額,基本給,"
                                "時間外手当,家族手当,役職手当,通勤手当(交通機関),通勤手当(交通用具),通勤距離(km),駐車場料金,"
                                "現物給与,賞与,財形貯蓄,組合費\n"
                                "1001,給与,2026-01,2026-01-25,20,0,0,31,300000,300000,,,,,,,,,,,\n");
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"import", "employers", s + "employers.csv"},
             {"import", "employees", s + "employees.csv"},
             {"import", "employers", dir_.str("ume-employers.csv")},
             {"import", "employees", dir_.str("ume-employees.csv")},
             {"import", "payroll", s + "payroll-2026.csv", "--employer", "SAKURA"},
             {"import", "payroll", dir_.str("ume-payroll.csv"), "--employer", "UME"}}) {
      auto a = args;
      a.insert(a.end(), {"--db", db_});
      auto r = run_kyuyo(a);
      ASSERT_EQ(r.exit_code, 0) << args[1] << ": " << r.err;
    }
  }
  kyuyo::test::TempDir dir_;
  std::string db_;
};

TEST_F(AllEmployers, PayrollRunCoversEveryEmployerWithItsOwnOutputFolder) {
  auto r = run_kyuyo({"payroll", "run", "--period", "2026-01", "--all-employers", "--db", db_, "--out", dir_.str("out")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("== SAKURA"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("== UME"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2 of 2 employers done"), std::string::npos) << r.out;
  EXPECT_TRUE(fs::exists(dir_.path() / "out/SAKURA/payslips/2026-01/1001.pdf"));
  EXPECT_TRUE(fs::exists(dir_.path() / "out/UME/payslips/2026-01/1001.pdf"));
  // Without a choice, a database with two employers is refused.
  auto ambiguous = run_kyuyo({"payroll", "run", "--period", "2026-01", "--db", db_, "--out", dir_.str("out2")});
  EXPECT_EQ(ambiguous.exit_code, 1);
  EXPECT_NE(ambiguous.err.find("--all-employers"), std::string::npos) << ambiguous.err;
  auto both = run_kyuyo({"payroll", "run", "--period", "2026-01", "--employer", "UME", "--all-employers", "--db", db_});
  EXPECT_EQ(both.exit_code, 2);
}

TEST_F(AllEmployers, AFailingEmployerIsReportedAndTheOthersStillRun) {
  // UME has no pay data for February: its run fails, SAKURA's is stored.
  auto r = run_kyuyo({"payroll", "run", "--period", "2026-02", "--all-employers", "--no-payslips", "--db", db_});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("1 of 2 employers done, 1 failed"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("[UME]"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("nothing was written for this employer"), std::string::npos) << r.err;
  // SAKURA's February run is final: running it again is "unchanged", not a new run.
  auto again = run_kyuyo({"payroll", "run", "--period", "2026-02", "--employer", "SAKURA", "--no-payslips", "--db", db_});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("already final, unchanged"), std::string::npos) << again.out;
}

TEST_F(AllEmployers, YearEndRunsPerEmployer) {
  ASSERT_EQ(run_kyuyo({"payroll", "run", "--period", "2026-01", "--all-employers", "--no-payslips", "--db", db_}).exit_code, 0);
  auto r = run_kyuyo({"yearend", "run", "--year", "2026", "--all-employers", "--combined-only", "--db", db_, "--out",
                      dir_.str("out")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("== UME"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2 of 2 employers done"), std::string::npos) << r.out;
  EXPECT_TRUE(fs::exists(dir_.path() / "out/UME/2026/yearend/summary.csv"));
  EXPECT_TRUE(fs::exists(dir_.path() / "out/SAKURA/2026/yearend/summary.csv"));
}
}  // namespace
