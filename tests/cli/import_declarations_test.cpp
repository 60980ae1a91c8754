// kyuyo import declarations: the sample file imports; bad rows are all reported with file, line
// and column, and nothing is stored then (docs/yearend-declarations.md).
#include <gtest/gtest.h>

#include <filesystem>

#include "support/helpers.hpp"

using kyuyo::test::run_kyuyo;

namespace {

class ImportDeclarations : public ::testing::Test {
 protected:
  kyuyo::test::TempDir dir;
  std::string db = dir.str("k.db");
  std::string samples = kyuyo::test::test_dir() + "/../samples/company";
  void SetUp() override {
    for (auto args : std::vector<std::vector<std::string>>{
             {"import", "employers", samples + "/employers.csv"},
             {"import", "employees", samples + "/employees.csv"},
             {"import", "dependents", samples + "/dependents.csv", "--encoding", "cp932"}}) {
      args.push_back("--db");
      args.push_back(db);
      auto r = run_kyuyo(args);
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
  }
};

const char* kHeader =
    "社員番号,対象年,配偶者の合計所得金額,新生命保険料,地震保険料,住宅借入金等特別控除額,前職支払者,前職支払金額,"
    "前職源泉徴収税額\n";

TEST_F(ImportDeclarations, SampleFileImportsAndReimportIsUnchanged) {
  auto r = run_kyuyo({"import", "declarations", samples + "/yearend-declarations-2026.csv", "--db", db});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("7 added"), std::string::npos) << r.out;
  auto again = run_kyuyo({"import", "declarations", samples + "/yearend-declarations-2026.csv", "--db", db});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("7 unchanged"), std::string::npos) << again.out;
}

TEST_F(ImportDeclarations, EveryErrorIsReportedAndNothingIsStored) {
  std::string f = dir.str("bad.csv");
  kyuyo::test::write_file(f, std::string(kHeader) +
                                 "1001,2026,0,100000,30000,0,,0,0\n"        // line 2: fine
                                 "9999,2026,0,0,0,0,,0,0\n"                 // line 3: unknown employee
                                 "1002,2027,0,0,0,0,,0,0\n"                 // line 4: no rule data for 2027
                                 "1003,2026,0,-5,0,0,,0,0\n"                // line 5: negative premium
                                 "1005,2026,,0,0,0,,1800000,45000\n"        // line 6: 前職 without payer
                                 "1001,2026,0,0,0,0,,0,0\n");               // line 7: duplicate of line 2
  auto r = run_kyuyo({"import", "declarations", f, "--db", db});
  EXPECT_EQ(r.exit_code, 1);
  for (const char* want : {"line 3", "社員番号", "line 4", "2027", "line 5", "新生命保険料", "line 6", "前職支払者",
                           "line 7", "first on line 2"})
    EXPECT_NE(r.err.find(want), std::string::npos) << want << "\n" << r.err;
  // nothing stored: a correct file then imports everything as new
  std::string ok = dir.str("ok.csv");
  kyuyo::test::write_file(ok, std::string(kHeader) + "1001,2026,0,100000,30000,0,,0,0\n");
  auto r2 = run_kyuyo({"import", "declarations", ok, "--db", db});
  ASSERT_EQ(r2.exit_code, 0) << r2.err;
  EXPECT_NE(r2.out.find("1 added"), std::string::npos) << r2.out;
}

TEST_F(ImportDeclarations, YearendRunListsEveryoneLeftOutWithoutPay) {
  auto r = run_kyuyo({"yearend", "run", "--year", "2026", "--db", db, "--out", dir.str("out")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("no pay in 2026"), std::string::npos) << r.out;
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "out" / "2026" / "yearend" / "summary.csv"));
  auto bad = run_kyuyo({"yearend", "run", "--year", "2027", "--db", db, "--out", dir.str("out")});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("2027-01-01"), std::string::npos) << bad.err;
}

}  // namespace
