// kyuyo import employers|employees|dependents and kyuyo employees list: the sample company in
// UTF-8 (with and without BOM) and CP932, every error kind named with file, line and column,
// nothing written on error, idempotent re-import.
#include <gtest/gtest.h>

#include "kyuyo/adapters/csv/encoding.hpp"
#include "support/helpers.hpp"

using kyuyo::test::read_file;
using kyuyo::test::run_kyuyo;
using kyuyo::test::TempDir;
using kyuyo::test::write_file;

namespace {
std::string samples() { return kyuyo::test::test_dir() + "/../samples/company"; }

const std::string kEmployersHeader =
    "事業所コード,名称,名称カナ,法人番号,都道府県,健康保険,雇用保険事業区分,社会保険料徴収\n";
const std::string kEmployeesHeader =
    "社員番号,氏,名,フリガナ(氏),フリガナ(名),生年月日,性別,入社日,退職日,税額表区分(甲/"
    "乙),雇用形態,市区町村コード,"
    "基礎年金番号\n";

class Import : public ::testing::Test {
 protected:
  std::string db() const { return dir_.str("k.db"); }
  kyuyo::test::RunResult kyuyo(std::vector<std::string> args) {
    args.push_back("--db");
    args.push_back(db());
    return run_kyuyo(args);
  }
  std::string file(const std::string& name, const std::string& content) {
    write_file(dir_.path() / name, content);
    return dir_.str(name);
  }
  void employer() {
    auto r =
        kyuyo({"import", "employers",
               file("er.csv", kEmployersHeader +
                                  "E1,テスト株式会社,テストカブシキガイシャ,7000012050002,東京都,"
                                  "協会けんぽ,一般の事業,翌月徴収\n")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  int employee_count() {
    auto r = kyuyo({"employees", "list", "--format", "csv"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    int lines = 0;
    for (char c : r.out) lines += c == '\n';
    return lines - 1;  // minus the header
  }
  TempDir dir_;
};
}  // namespace

TEST_F(Import, SampleCompanyImportsInUtf8BomAndCp932) {
  // employers.csv and employees.csv are UTF-8 with BOM; dependents.csv is Shift_JIS (auto-detected)
  ASSERT_EQ(read_file(samples() + "/employees.csv").substr(0, 3), "\xEF\xBB\xBF");
  ASSERT_TRUE(kyuyo::csv::first_invalid_utf8(read_file(samples() + "/dependents.csv")).has_value());
  auto a = kyuyo({"import", "employers", samples() + "/employers.csv"});
  ASSERT_EQ(a.exit_code, 0) << a.err;
  EXPECT_NE(a.out.find("1 added"), std::string::npos) << a.out;
  auto b = kyuyo({"import", "employees", samples() + "/employees.csv"});
  ASSERT_EQ(b.exit_code, 0) << b.err;
  EXPECT_NE(b.out.find("12 row(s): 12 added"), std::string::npos) << b.out;
  auto c = kyuyo({"import", "dependents", samples() + "/dependents.csv"});
  ASSERT_EQ(c.exit_code, 0) << c.err;
  EXPECT_NE(c.out.find("11 row(s): 11 added"), std::string::npos) << c.out;
  auto list = kyuyo({"employees", "list"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_NE(list.out.find("SAKURA 株式会社さくら精機: 12 employee(s)"), std::string::npos)
      << list.out;
  EXPECT_NE(list.out.find("1003  鈴木 一郎"), std::string::npos);
  EXPECT_NE(list.out.find("扶養等 4"),
            std::string::npos);  // 鈴木's four dependents from the CP932 file
  EXPECT_NE(list.out.find("退職 2026-09-30"), std::string::npos);
  EXPECT_TRUE(kyuyo::test::find_my_number_like(list.out + a.out + b.out + c.out).empty());
}

TEST_F(Import, ReimportChangesNothingAndUpdatesWhatChanged) {
  employer();
  std::string rows = kEmployeesHeader +
                     "1,山田,太郎,ヤマダ,タロウ,1980/5/12,男,2005/4/1,,甲,一般,131016,1234-567890\n"
                     "2,佐藤,花子,サトウ,ハナコ,1990-01-31,女,2020-04-01,,乙,パート,,\n";
  auto path = file("e.csv", rows);  // UTF-8 without BOM
  auto first = kyuyo({"import", "employees", path});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.out.find("2 added, 0 updated, 0 unchanged"), std::string::npos) << first.out;
  auto before = kyuyo({"employees", "list", "--format", "csv"}).out;
  auto again = kyuyo({"import", "employees", path});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("0 added, 0 updated, 2 unchanged"), std::string::npos) << again.out;
  EXPECT_EQ(kyuyo({"employees", "list", "--format", "csv"}).out, before);
  // 佐藤 leaves: one row changes
  auto changed = file(
      "e2.csv", kEmployeesHeader +
                    "1,山田,太郎,ヤマダ,タロウ,1980/5/12,男,2005/4/1,,甲,一般,131016,1234-567890\n"
                    "2,佐藤,花子,サトウ,ハナコ,1990-01-31,女,2020-04-01,2026-09-30,乙,パート,,\n");
  auto upd = kyuyo({"import", "employees", changed});
  ASSERT_EQ(upd.exit_code, 0) << upd.err;
  EXPECT_NE(upd.out.find("0 added, 1 updated, 1 unchanged"), std::string::npos) << upd.out;
  EXPECT_EQ(employee_count(), 2);
}

TEST_F(Import, Cp932EmployeesFileWithEncodingOptions) {
  employer();
  std::string utf8 =
      kEmployeesHeader + "1,髙橋,ソウ,タカハシ,ソウ,1980/5/12,男,2005/4/1,,甲,一般,,\n";
  auto sjis = file("sjis.csv", kyuyo::value_or_throw(kyuyo::csv::utf8_to_cp932(utf8)));
  // forced UTF-8 on a Shift_JIS file: every bad field named, nothing imported
  auto wrong = kyuyo({"import", "employees", sjis, "--encoding", "utf-8"});
  EXPECT_EQ(wrong.exit_code, 1);
  EXPECT_NE(wrong.err.find("sjis.csv line 2, column 2"), std::string::npos) << wrong.err;
  EXPECT_NE(wrong.err.find("not valid UTF-8"), std::string::npos);
  EXPECT_EQ(employee_count(), 0);
  auto forced = kyuyo({"import", "employees", sjis, "--encoding", "cp932"});
  ASSERT_EQ(forced.exit_code, 0) << forced.err;
  auto list = kyuyo({"employees", "list"});
  EXPECT_NE(list.out.find("髙橋 ソウ"), std::string::npos) << list.out;
  auto bogus = kyuyo({"import", "employees", sjis, "--encoding", "latin1"});
  EXPECT_EQ(bogus.exit_code, 2);
}

TEST_F(Import, EveryErrorKindIsReportedWithLineAndColumnAndNothingIsWritten) {
  employer();
  std::string rows =
      kEmployeesHeader +
      "1,山田,太郎,ヤマダ,タロウ,1980/5/12,男,2005/4/1,,甲,一般,131016,\n"           // line 2: good
      "2,,花子,さとう,ハナコ,1990-02-30,X,2020-04-01,,丙,社長,131017,12345\n"        // line 3
      "1,鈴木,一郎,スズキ,イチロウ,1970-01-01,男,2020-04-01,2019-03-31,甲,一般,,\n"  // line 4
      "3,\"未完,次郎,ミカン,ジロウ,1970-01-01,男,2020-04-01,,甲,一般,,\n";           // line 5
  auto r = kyuyo({"import", "employees", file("bad.csv", rows)});
  EXPECT_EQ(r.exit_code, 1);
  const std::vector<std::string> expected = {
      "bad.csv line 3, column 2 (氏): a value is required",
      "bad.csv line 3, column 4 (フリガナ(氏)): 'さとう' must be written in full-width katakana",
      "bad.csv line 3, column 6 (生年月日): '1990-02-30' is not a date",
      "bad.csv line 3, column 7 (性別): 'X' is not one of: 男, 男性, 女, 女性",
      "bad.csv line 3, column 10 (税額表区分): '丙' is not one of",
      "bad.csv line 3, column 11 (雇用形態): '社長' is not one of",
      "bad.csv line 3, column 12 (市区町村コード): '131017' has a wrong check digit",
      "bad.csv line 3, column 13 (基礎年金番号): '12345' must be 10 digits",
      "bad.csv line 4, column 1 (社員番号): 社員番号 '1' appears again (first on line 2)",
      "bad.csv line 5, column 2: quoted field is never closed",
  };
  for (const auto& e : expected)
    EXPECT_NE(r.err.find(e), std::string::npos) << "missing: " << e << "\n" << r.err;
  EXPECT_NE(r.err.find("nothing was written"), std::string::npos);
  EXPECT_EQ(employee_count(), 0);  // the good row 1 was not imported either

  // a 退職日 before the 入社日 (on a row by itself, since line 4 was a duplicate)
  auto r2 =
      kyuyo({"import", "employees",
             file("bad2.csv", kEmployeesHeader +
                                  "9,鈴木,一郎,スズキ,イチロウ,1970-01-01,男,2020-04-01,2019-03-31,"
                                  "甲,一般,,\n")});
  EXPECT_EQ(r2.exit_code, 1);
  EXPECT_NE(
      r2.err.find("bad2.csv line 2, column 9 (退職日): 退職日 2019-03-31 is before the 入社日"),
      std::string::npos)
      << r2.err;
}

TEST_F(Import, HeaderErrorsNameTheColumn) {
  employer();
  auto r = kyuyo(
      {"import", "employees",
       file("h.csv",
            "社員番号,氏,名,生年月日,入社日,部署,個人番号\n1,a,b,1990-01-01,2020-01-01,x,\n")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("h.csv line 1: required column '性別' is missing"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("h.csv line 1, column 6 (部署): unknown column"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("h.csv line 1, column 7 (個人番号): My Numbers are not imported here"),
            std::string::npos);
}

TEST_F(Import, AMyNumberInAWrongColumnIsNotEchoed) {
  employer();
  // 123456789018 has a valid 個人番号 check digit (my-number.md §3.1 worked example)
  auto r =
      kyuyo({"import", "employees",
             file("m.csv",
                  kEmployeesHeader +
                      "1,山田,太郎,ヤマダ,タロウ,1980/5/12,男,2005/4/1,,甲,一般,,123456789018\n")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(
      r.err.find("m.csv line 2, column 13 (基礎年金番号): '(value withheld)' must be 10 digits"),
      std::string::npos)
      << r.err;
  EXPECT_TRUE(kyuyo::test::find_my_number_like(r.out + r.err).empty());
}

TEST_F(Import, EmployerFileChecksTheCorporateNumber) {
  auto r = kyuyo(
      {"import", "employers",
       file("er.csv",
            kEmployersHeader +
                "E1,テスト株式会社,テスト,6000012050002,東京都,協会けんぽ,一般の事業,翌月徴収\n"
                "E2,別会社,ベツ,7000012050002,関東,協会けんぽ,一般の事業,翌々月\n")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("er.csv line 2, column 4 (法人番号): the check digit (first digit) of the "
                       "法人番号 is wrong: expected 7"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("er.csv line 3, column 5 (都道府県): '関東' is not a 都道府県"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("er.csv line 3, column 8 (社会保険料徴収): '翌々月' is not one of"),
            std::string::npos)
      << r.err;
  auto list = kyuyo({"employees", "list"});
  EXPECT_EQ(list.exit_code, 1);  // no employer was written
  EXPECT_NE(list.err.find("no employer"), std::string::npos) << list.err;
}

TEST_F(Import, DependentsNeedTheirEmployeeAndOneSpouse) {
  employer();
  ASSERT_EQ(
      kyuyo({"import", "employees",
             file("e.csv", kEmployeesHeader +
                               "1,山田,太郎,ヤマダ,タロウ,1980/5/12,男,2005/4/1,,甲,一般,,\n")})
          .exit_code,
      0);
  std::string header = "社員番号,連番,氏,名,続柄,生年月日,所得見積額,障害者区分,同居\n";
  auto r = kyuyo({"import", "dependents",
                  file("d.csv", header + "1,1,山田,花子,妻,1982/8/21,0,なし,同居\n"
                                         "1,2,山田,桃子,配偶者,1983/1/1,0,なし,同居\n"
                                         "9,1,誰か,さん,子,2010/1/1,0,なし,同居\n"
                                         "1,3,山田,次郎,甥,2010/1/1,1.5万,重度,たまに\n"
                                         "1,1,山田,花子,妻,1982/8/21,0,なし,同居\n")});
  EXPECT_EQ(r.exit_code, 1);
  for (const char* e :
       {"d.csv line 3, column 5 (続柄): a second spouse for 社員番号 1 (first on line 2)",
        "d.csv line 4, column 1 (社員番号): no employee '9'",
        "d.csv line 5, column 5 (続柄): '甥' is not one of",
        "d.csv line 5, column 7 (所得見積額): '1.5万' is not an amount in yen",
        "d.csv line 5, column 8 (障害者区分): '重度' is not one of",
        "d.csv line 5, column 9 (同居): 'たまに' is not a yes/no value",
        "d.csv line 6, column 2 (連番): 社員番号 1 連番 1 appears again (first on line 2)"})
    EXPECT_NE(r.err.find(e), std::string::npos) << "missing: " << e << "\n" << r.err;
  auto ok = kyuyo({"import", "dependents",
                   file("d2.csv", header + "1,1,山田,花子,妻,1982/8/21,\"1,000\",なし,別居\n")});
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  auto again = kyuyo({"import", "dependents", dir_.str("d2.csv")});
  EXPECT_NE(again.out.find("0 added, 0 updated, 1 unchanged"), std::string::npos) << again.out;
}

TEST_F(Import, EmployerCodeOptionAndColumn) {
  employer();
  ASSERT_EQ(kyuyo({"import", "employers",
                   file("er2.csv",
                        kEmployersHeader +
                            "E2,第二株式会社,ダイニ,,大阪府,協会けんぽ,建設の事業,当月徴収\n")})
                .exit_code,
            0);
  std::string row = "1,山田,太郎,ヤマダ,タロウ,1980/5/12,男,2005/4/1,,甲,一般,,\n";
  // two employers, no 事業所コード column and no --employer: ambiguous
  auto amb = kyuyo({"import", "employees", file("e.csv", kEmployeesHeader + row)});
  EXPECT_EQ(amb.exit_code, 1);
  EXPECT_NE(amb.err.find("several employers"), std::string::npos) << amb.err;
  auto to_e2 = kyuyo({"import", "employees", dir_.str("e.csv"), "--employer", "E2"});
  ASSERT_EQ(to_e2.exit_code, 0) << to_e2.err;
  auto e2 = kyuyo({"employees", "list", "--employer", "E2"});
  EXPECT_NE(e2.out.find("E2 第二株式会社: 1 employee(s)"), std::string::npos) << e2.out;
  auto e1 = kyuyo({"employees", "list", "--employer", "E1"});
  EXPECT_NE(e1.out.find("E1 テスト株式会社: 0 employee(s)"), std::string::npos) << e1.out;
  // a 事業所コード column that disagrees with --employer
  auto clash =
      kyuyo({"import", "employees", file("c.csv", "事業所コード," + kEmployeesHeader + "E1," + row),
             "--employer", "E2"});
  EXPECT_EQ(clash.exit_code, 1);
  EXPECT_NE(clash.err.find("c.csv line 2, column 1 (事業所コード): the row is for employer 'E1'"),
            std::string::npos)
      << clash.err;
  auto unknown = kyuyo({"import", "employees", dir_.str("e.csv"), "--employer", "NOPE"});
  EXPECT_EQ(unknown.exit_code, 1);
}

TEST_F(Import, CsvListingReimportsUnchanged) {
  ASSERT_EQ(kyuyo({"import", "employers", samples() + "/employers.csv"}).exit_code, 0);
  ASSERT_EQ(kyuyo({"import", "employees", samples() + "/employees.csv"}).exit_code, 0);
  auto out = kyuyo({"employees", "list", "--format", "csv", "--output", dir_.str("list.csv")});
  ASSERT_EQ(out.exit_code, 0) << out.err;
  EXPECT_EQ(read_file(dir_.path() / "list.csv").substr(0, 3), "\xEF\xBB\xBF");
  auto re = kyuyo({"import", "employees", dir_.str("list.csv")});
  ASSERT_EQ(re.exit_code, 0) << re.err;
  EXPECT_NE(re.out.find("0 added, 0 updated, 12 unchanged"), std::string::npos) << re.out;
  EXPECT_EQ(kyuyo({"employees", "list", "--format", "json"}).exit_code, 2);
}

TEST_F(Import, AddedColumnsKanaAddressLeaveReasonProfessionalAndOverseasCondition) {
  employer();
  const std::string header =
      "社員番号,氏,名,生年月日,性別,入社日,退職日,退職事由,住所カナ,弁護士等\n";
  auto bad = kyuyo({"import", "employees",
                    file("bad.csv", header + "1,山田,太郎,1980/5/12,男,2005/4/1,,死亡,,\n"
                                             "2,佐藤,一郎,1980/5/12,男,2005/4/1,2026/3/31,転職,,\n"
                                             "3,鈴木,次郎,1980/5/12,男,2005/4/1,,,東京都新宿区,\n")});
  EXPECT_EQ(bad.exit_code, 1);
  for (const char* e : {"bad.csv line 2, column 8 (退職事由): a 退職事由 other than 退職 needs a 退職日",
                        "bad.csv line 3, column 8 (退職事由): '転職' is not one of",
                        "bad.csv line 4, column 9 (住所(フリガナ)): '東京都新宿区' must be full-width katakana"})
    EXPECT_NE(bad.err.find(e), std::string::npos) << "missing: " << e << "\n" << bad.err;
  EXPECT_EQ(employee_count(), 0);

  auto ok = kyuyo({"import", "employees",
                   file("ok.csv", header +
                                      "1,山田,太郎,1980/5/12,男,2005/4/1,2026/3/31,死亡,トウキョウトシンジュクク１－２－３,いいえ\n"
                                      "2,佐藤,一郎,1970/1/1,男,2005/4/1,,,,はい\n")});
  ASSERT_EQ(ok.exit_code, 0) << ok.err;
  auto csv = kyuyo({"employees", "list", "--format", "csv", "--output", dir_.str("list.csv")});
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  std::string listed = read_file(dir_.path() / "list.csv");
  EXPECT_NE(listed.find("住所(フリガナ)"), std::string::npos);
  EXPECT_NE(listed.find("トウキョウトシンジュクク１－２－３"), std::string::npos);
  EXPECT_NE(listed.find(",死亡,"), std::string::npos) << listed;
  auto re = kyuyo({"import", "employees", dir_.str("list.csv")});
  EXPECT_NE(re.out.find("0 added, 0 updated, 2 unchanged"), std::string::npos) << re.out;

  const std::string dheader = "社員番号,連番,氏,名,続柄,生年月日,居住区分,国外居住親族の要件\n";
  auto dbad = kyuyo({"import", "dependents",
                     file("db.csv", dheader + "2,1,佐藤,花子,妻,1975/1/1,居住者,留学\n"
                                              "2,2,佐藤,一太,子,1995/1/1,非居住者,出稼ぎ\n")});
  EXPECT_EQ(dbad.exit_code, 1);
  EXPECT_NE(dbad.err.find("db.csv line 2, column 8 (国外居住親族の要件): applies only to a 非居住者"),
            std::string::npos)
      << dbad.err;
  EXPECT_NE(dbad.err.find("db.csv line 3, column 8 (国外居住親族の要件): '出稼ぎ' is not one of"),
            std::string::npos)
      << dbad.err;
  auto dok = kyuyo({"import", "dependents",
                    file("dok.csv", dheader + "2,1,佐藤,一太,子,1995/1/1,非居住者,送金38万円以上\n")});
  ASSERT_EQ(dok.exit_code, 0) << dok.err;
  auto dagain = kyuyo({"import", "dependents", dir_.str("dok.csv")});
  EXPECT_NE(dagain.out.find("0 added, 0 updated, 1 unchanged"), std::string::npos) << dagain.out;
}

TEST(ImportCli, MissingFileIsADataErrorAndMissingArgumentAUsageError) {
  TempDir dir;
  auto r = run_kyuyo({"import", "employees", dir.str("nope.csv"), "--db", dir.str("k.db")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("cannot read the file"), std::string::npos) << r.err;
  EXPECT_EQ(run_kyuyo({"import", "employees", "--db", dir.str("k.db")}).exit_code, 2);
}
