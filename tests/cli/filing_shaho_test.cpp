// kyuyo filing shaho santei|shoyo|shutoku|soshitsu|gekkaku|check through the binary, on the sample
// company (samples/company/*.csv) after its April–September pay runs, the summer bonus run, the
// 2026 定時決定 (kyuyo social teiji) and the October 随時改定 (kyuyo social zuiji: 1004's July
// raise, 126,000 → 156,000, 健保 9級 → 13級). Golden
// files tests/cli/fixtures/shaho/*_SHFD0006.CSV are compared byte for byte (written without an
// operator, so without 個人番号; the 70歳以上被用者 records then carry the 基礎年金番号, as
// reference §4.5 allows). Item rules: shared/reference/social-insurance.md §4–5.
#include <gtest/gtest.h>

#include <filesystem>

#include "kyuyo/adapters/shaho/shfd_check.hpp"
#include "support/helpers.hpp"

namespace {
namespace fs = std::filesystem;
using kyuyo::test::read_file;
using kyuyo::test::run_kyuyo;

class FilingShaho : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new kyuyo::test::TempDir();
    db_ = dir_->str("t.db");
    std::string s = kyuyo::test::test_dir() + "/../samples/company/";
    std::vector<std::vector<std::string>> steps = {
        {"init"},
        {"import", "employers", s + "employers.csv"},
        {"import", "employees", s + "employees.csv"},
        {"import", "dependents", s + "dependents.csv", "--encoding", "cp932"},
        {"import", "payroll", s + "payroll-2026.csv"},
        {"import", "resident-tax", s + "resident-tax-2026.csv"},
    };
    for (const char* p : {"2026-04", "2026-05", "2026-06", "2026-07"})
      steps.push_back({"payroll", "run", "--period", p, "--no-payslips"});
    steps.push_back({"bonus", "run", "--payment-date", "2026-07-10", "--no-payslips"});
    for (const char* p : {"2026-08", "2026-09"}) steps.push_back({"payroll", "run", "--period", p, "--no-payslips"});
    steps.push_back({"social", "teiji", "--year", "2026"});
    steps.push_back({"social", "zuiji", "--month", "2026-10"});
    for (auto& a : steps) {
      a.push_back("--db");
      a.push_back(db_);
      auto r = run_kyuyo(a, {}, dir_->str());
      ASSERT_EQ(r.exit_code, 0) << a[0] << " " << a[1] << ": " << r.err;
    }
  }
  static void TearDownTestSuite() { delete dir_; }

  static kyuyo::test::RunResult shaho(std::vector<std::string> args, const std::string& out) {
    args.insert(args.begin(), {"filing", "shaho"});
    for (const std::string& a : {std::string("--db"), db_, std::string("--out"), out}) args.push_back(a);
    return run_kyuyo(args, {"KYUYO_OPERATOR="}, dir_->str());
  }

  static void golden(const std::string& file, const std::string& name) {
    std::string got = read_file(file);
    std::string path = kyuyo::test::test_dir() + "/cli/fixtures/shaho/" + name;
    if (std::getenv("KYUYO_UPDATE_GOLDEN")) kyuyo::test::write_file(path, got);  // review the diff by hand
    EXPECT_EQ(got, read_file(path)) << name;
    auto c = run_kyuyo({"filing", "shaho", "check", file, "--as-of", "2026-11-23"});
    EXPECT_EQ(c.exit_code, 0) << c.out;
    EXPECT_TRUE(kyuyo::test::find_my_number_like(got).empty());
  }

  static kyuyo::test::TempDir* dir_;
  static std::string db_;
};
kyuyo::test::TempDir* FilingShaho::dir_ = nullptr;
std::string FilingShaho::db_;

TEST_F(FilingShaho, SanteiGoldenForTheSampleCompany) {
  std::string out = dir_->str("o1");
  auto r = shaho({"santei", "--year", "2026", "--created", "2026-07-10"}, out);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string f = out + "/2026/shaho/santei/SHFD0006.CSV";
  golden(f, "santei-2026_SHFD0006.CSV");
  std::string b = read_file(f);
  // Insured on 1 July: not the July hire (1005), not the non-insured part-timers.
  EXPECT_EQ(b.find("\xC0\xC5\xB6"), std::string::npos);  // ﾀﾅｶ (1005) absent
  // 70歳以上被用者 (1007, born 1954): flag and 基礎年金番号 when no 個人番号 is provided.
  EXPECT_NE(b.find(",,1001,000077,1,"), std::string::npos);
  EXPECT_NE(r.err.find("個人番号なしで作成"), std::string::npos);
}

TEST_F(FilingShaho, ShoyoGoldenForTheSummerBonus) {
  std::string out = dir_->str("o2");
  auto r = shaho({"shoyo", "--payment-date", "2026-07-10", "--created", "2026-07-14"}, out);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  golden(out + "/2026/shaho/shoyo/2026-07-10/SHFD0006.CSV", "shoyo-2026-07-10_SHFD0006.CSV");
  // No bonus run in August: a clear error, nothing written.
  auto none = shaho({"shoyo", "--payment-date", "2026-08-10", "--created", "2026-08-14"}, out);
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_NE(none.err.find("no finalised bonus run"), std::string::npos);
  EXPECT_FALSE(fs::exists(out + "/2026/shaho/shoyo/2026-08-10/SHFD0006.CSV"));
}

TEST_F(FilingShaho, ShutokuAndSoshitsuGolden) {
  std::string out = dir_->str("o3");
  // Without a 個人番号 the 資格取得届 carries the address: 郵便番号 222-0033, the 住所(フリガナ) of
  // employees.csv in 半角カナ (full-width digits and hyphens made ASCII) and the 漢字 address.
  auto r = shaho({"shutoku", "--from", "2026-07-01", "--to", "2026-07-31", "--created", "2026-07-03"}, out);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  golden(out + "/2026/shaho/shutoku/SHFD0006.CSV", "shutoku-2026-07_SHFD0006.CSV");
  std::string t = read_file(out + "/2026/shaho/shutoku/SHFD0006.CSV");
  EXPECT_NE(t.find(",222,0033,\xB6\xC5\xB6\xDE\xDC\xB9\xDD"), std::string::npos);  // ,222,0033,ｶﾅｶﾞﾜｹﾝ
  EXPECT_NE(t.find("9-5-5,"), std::string::npos);
  // An August hire whose record holds no 住所(フリガナ): refused, naming the person and the item.
  std::string extra = dir_->str("hire.csv");
  kyuyo::test::write_file(extra, std::string("\xEF\xBB\xBF") +
      "事業所コード,社員番号,氏,名,フリガナ(氏),フリガナ(名),生年月日,性別,郵便番号,住所,市区町村コード,入社日,"
      "退職日,税額表区分(甲/乙),雇用形態,基礎年金番号,雇用保険被保険者番号,健康保険被保険者整理番号,社会保険加入,"
      "雇用保険加入,障害者区分,寡婦・ひとり親,勤労学生,居住区分,備考\r\n"
      "SAKURA,1099,森,新,モリ,アラタ,1999/9/9,男,101-0047,東京都千代田区内神田九丁目99番99号,131016,2026/8/1,,甲,"
      "一般,1001-000999,5001-000999-9,99,はい,はい,なし,なし,いいえ,居住者,\r\n");
  ASSERT_EQ(run_kyuyo({"import", "employees", extra, "--db", db_}).exit_code, 0);
  auto no = shaho({"shutoku", "--from", "2026-08-01", "--to", "2026-08-31", "--created", "2026-08-03", "--remuneration",
                   "1099=220000"},
                  out + "/aug");
  EXPECT_EQ(no.exit_code, 1);
  EXPECT_NE(no.err.find("社員 1099 森 新"), std::string::npos) << no.err;
  EXPECT_NE(no.err.find("項番31 被保険者住所(カナ)"), std::string::npos) << no.err;
  EXPECT_FALSE(fs::exists(out + "/aug/2026/shaho/shutoku/SHFD0006.CSV"));
  auto l = shaho({"soshitsu", "--from", "2026-10-01", "--to", "2026-10-31", "--created", "2026-10-05"}, out);
  ASSERT_EQ(l.exit_code, 0) << l.err;
  golden(out + "/2026/shaho/soshitsu/SHFD0006.CSV", "soshitsu-2026-10_SHFD0006.CSV");
  std::string b = read_file(out + "/2026/shaho/soshitsu/SHFD0006.CSV");
  EXPECT_NE(b.find(",9,081001,4,9,080930,"), std::string::npos);  // 喪失 = 退職日 2026-09-30 + 1
}

TEST_F(FilingShaho, SharoushiVariantAndSerial) {
  std::string out = dir_->str("o4");
  auto r = shaho({"soshitsu", "--from", "2026-10-01", "--to", "2026-10-31", "--created", "2026-10-05", "--serial", "7",
                  "--sharoushi-code", "00000007", "--sharoushi-name", "社労 花子"},
                 out);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string b = read_file(out + "/2026/shaho/soshitsu/SHFD0006.CSV");
  EXPECT_EQ(b.substr(0, b.find("\r\n")), ",,00000007,007,20261005,22223");
  auto c = run_kyuyo({"filing", "shaho", "check", out + "/2026/shaho/soshitsu/SHFD0006.CSV", "--as-of", "2026-11-23"});
  EXPECT_EQ(c.exit_code, 0) << c.out;
}

TEST_F(FilingShaho, GekkakuGoldenForTheOctoberRevision) {
  std::string out = dir_->str("o8");
  auto r = shaho({"gekkaku", "--month", "2026-10", "--created", "2026-10-05"}, out);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string f = out + "/2026/shaho/gekkaku/2026-10/SHFD0006.CSV";
  golden(f, "gekkaku-2026-10_SHFD0006.CSV");
  std::string b = read_file(f);
  // 1004 only: 改定 R8.10, 従前 126 / 126 (千円) from the 定時決定 of R8.09, 昇給 in July,
  // July–September 156,000 × 3 (days 31/31/30), 総計 468,000, 平均 156,000, 備考 昇給.
  EXPECT_NE(b.find(",9,08,10,0126,0126,9,08,09,07,1,,,07,08,09,31,31,30,0156000,0156000,0156000,"),
            std::string::npos);
  EXPECT_NE(b.find(",0468000,0156000,"), std::string::npos);
  EXPECT_EQ(b.find("2221700"), b.rfind("2221700"));  // one record
}

TEST_F(FilingShaho, GekkakuWithoutStoredRevisionIsAClearError) {
  auto r = shaho({"gekkaku", "--month", "2026-11", "--created", "2026-11-05"}, dir_->str("o5"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no stored 随時改定"), std::string::npos) << r.err;
  EXPECT_EQ(shaho({"gekkaku", "--month", "2026-13"}, dir_->str("o5")).exit_code, 2);
}

TEST_F(FilingShaho, CheckListsEveryProblemWithLineAndItem) {
  std::string out = dir_->str("o6");
  ASSERT_EQ(shaho({"santei", "--year", "2026", "--created", "2026-07-10"}, out).exit_code, 0);
  std::string b = read_file(out + "/2026/shaho/santei/SHFD0006.CSV");
  // Break the 総計 of the first record and the line end of the second.
  auto p = b.find("2225700");
  auto comma37 = p;
  for (int i = 0; i < 36; ++i) comma37 = b.find(',', comma37) + 1;
  b[comma37 + 6] = b[comma37 + 6] == '9' ? '8' : '9';
  auto second = b.find("\r\n2225700", p);
  auto end2 = b.find("\r\n", second + 2);
  b.erase(end2, 1);
  std::string broken = dir_->str("broken.CSV");
  kyuyo::test::write_file(broken, b);
  auto c = run_kyuyo({"filing", "shaho", "check", broken, "--as-of", "2026-11-23"});
  EXPECT_EQ(c.exit_code, 1);
  EXPECT_NE(c.out.find("line 6, item 37: "), std::string::npos) << c.out;
  EXPECT_NE(c.out.find("line 7: line ends in LF only"), std::string::npos) << c.out;
  EXPECT_NE(c.err.find("2 problem(s)"), std::string::npos) << c.err;
  EXPECT_EQ(run_kyuyo({"filing", "shaho", "check", dir_->str("missing.CSV")}).exit_code, 1);
}

TEST_F(FilingShaho, MyNumbersOnlyThroughTheVaultAndOnlyWhereAllowed) {
  // A vault with the sample numbers (synthetic, valid check digits), then 算定 and 喪失 by a
  // 事務取扱担当者: the 70歳以上被用者 (1007) and the leaver (1006) get a number; nobody else.
  std::vector<std::string> env = {"KYUYO_KEY_FILE=" + dir_->str("v.key"), "KYUYO_PASSPHRASE=test passphrase only",
                                  "KYUYO_NEW_PASSPHRASE=test passphrase only", "KYUYO_OPERATOR="};
  std::string s = kyuyo::test::test_dir() + "/../samples/company/";
  for (auto a : std::vector<std::vector<std::string>>{
           {"import", "employees", s + "former_employees.csv"},
           {"keys", "init"},
           {"operator", "add", "kanri", "--role", "責任者"},
           {"operator", "add", "tanto", "--role", "事務取扱担当者", "--operator", "kanri"},
           {"mynumber", "import", s + "mynumbers.csv", "--operator", "tanto"}}) {
    a.push_back("--db");
    a.push_back(db_);
    auto r = run_kyuyo(a, env, dir_->str());
    ASSERT_EQ(r.exit_code, 0) << a[0] << ": " << r.err;
  }
  std::string out = dir_->str("o7");
  for (auto a : std::vector<std::vector<std::string>>{
           {"filing", "shaho", "santei", "--year", "2026", "--created", "2026-07-10", "--operator", "tanto"},
           {"filing", "shaho", "soshitsu", "--from", "2026-10-01", "--to", "2026-10-31", "--created", "2026-10-05",
            "--operator", "tanto"}}) {
    for (const std::string& x : {std::string("--db"), db_, std::string("--out"), out}) a.push_back(x);
    auto r = run_kyuyo(a, env, dir_->str());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(kyuyo::test::find_my_number_like(r.out + r.err).empty()) << "a number was printed";
  }
  std::string santei = read_file(out + "/2026/shaho/santei/SHFD0006.CSV");
  auto nums = kyuyo::test::find_my_number_like(santei);
  ASSERT_EQ(nums.size(), 1u) << "only the 70歳以上被用者 carries a 個人番号 on the 算定基礎届";
  auto line = santei.substr(santei.rfind("\r\n", santei.find(nums[0])) + 2);
  line = line.substr(0, line.find("\r\n"));
  EXPECT_NE(line.find("2225700,21,01,"), std::string::npos);
  EXPECT_NE(line.find("," + nums[0] + ",1001,000077,1,"), std::string::npos);  // item 40, then 41–43
  std::string soshitsu = read_file(out + "/2026/shaho/soshitsu/SHFD0006.CSV");
  EXPECT_EQ(kyuyo::test::find_my_number_like(soshitsu).size(), 1u);
  for (const auto& f : {out + "/2026/shaho/santei/SHFD0006.CSV", out + "/2026/shaho/soshitsu/SHFD0006.CSV"}) {
    auto c = run_kyuyo({"filing", "shaho", "check", f, "--as-of", "2026-11-23"});
    EXPECT_EQ(c.exit_code, 0) << c.out;
    EXPECT_TRUE(kyuyo::test::find_my_number_like(c.out + c.err).empty());
  }
}

}  // namespace
