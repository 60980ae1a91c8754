// kyuyo filing slips|etax|eltax|summary over the sample company's real 2026 year (imports, the
// vault's collection round, 12 monthly + 2 bonus pay runs, declarations, yearend run), built once
// for the suite. Golden outputs: the 1001 employee slip by extracted text, the eLTAX CSV byte for
// byte, the e-Tax XML canonically (xmllint --c14n), the summary lines. Leak checks: employee copies
// and every non-submission output hold no 12-digit number with a valid check digit; submission
// copies hold exactly the numbers of the people on them (samples/company/mynumbers.csv).
// Facts: shared/reference/filing-formats.md (§3 form and copies, §4 提出範囲 and 合計表).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "forms/slip_fixture.hpp"
#include "support/helpers.hpp"

namespace kyuyo::test {
namespace {
namespace fs = std::filesystem;

std::string redact(const std::string& s) { return std::regex_replace(s, std::regex("[0-9]{12}"), "<12 digits>"); }

std::string pdf_text(const fs::path& pdf) {
  std::string txt = pdf.string() + ".txt";
  EXPECT_EQ(std::system(("pdftotext -enc UTF-8 -layout '" + pdf.string() + "' '" + txt + "' 2>/dev/null").c_str()), 0);
  return read_file(txt);
}

void expect_golden(const std::string& name, const std::string& actual) {
  std::string path = test_dir() + "/cli/golden/" + name;
  if (std::getenv("KYUYO_UPDATE_GOLDEN")) write_file(path, actual);
  bool same = actual == read_file(path);
  EXPECT_TRUE(same) << "differs from golden " << path << " (KYUYO_UPDATE_GOLDEN=1 rewrites it after review)";
}

/// person ("1001" or "1001:2") → number, from the sample collection round.
std::map<std::string, std::string> sample_numbers() {
  std::map<std::string, std::string> m;
  std::istringstream in(read_file(test_dir() + "/../samples/company/mynumbers.csv"));
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    auto a = line.find(','), b = line.find(',', a + 1);
    if (a == std::string::npos || b == std::string::npos) continue;
    m[line.substr(0, a)] = line.substr(a + 1, b - a - 1);
  }
  return m;
}

class FilingGensen : public ::testing::Test {
 protected:
  static inline TempDir* dir = nullptr;
  static inline std::string db, out, key;
  static inline std::vector<std::string> env;

  static void SetUpTestSuite() {
    dir = new TempDir();
    db = dir->str("k.db");
    out = dir->str("out");
    key = dir->str("k.key");
    env = {"KYUYO_KEY_FILE=" + key, "KYUYO_PASSPHRASE=filing test passphrase", "KYUYO_NEW_PASSPHRASE=filing test passphrase"};
    std::string s = test_dir() + "/../samples/company";
    std::vector<std::vector<std::string>> steps = {
        {"import", "employers", s + "/employers.csv"},
        {"import", "employees", s + "/employees.csv"},
        {"import", "dependents", s + "/dependents.csv", "--encoding", "cp932"},
        {"import", "employees", s + "/former_employees.csv"},
        {"keys", "init"},
        {"operator", "add", "kanri", "--role", "責任者"},
        {"operator", "add", "tanto", "--role", "事務取扱担当者", "--operator", "kanri"},
        {"operator", "add", "ippan", "--role", "一般", "--operator", "kanri"},
        {"mynumber", "import", s + "/mynumbers.csv", "--operator", "tanto"},
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
    steps.push_back({"yearend", "run", "--year", "2026", "--out", out});
    steps.push_back({"filing", "slips", "--year", "2026", "--copy", "employee", "--electronic", "--out", out});
    steps.push_back({"filing", "slips", "--year", "2026", "--copy", "tax-office", "--operator", "tanto", "--out", out});
    steps.push_back({"filing", "slips", "--year", "2026", "--copy", "municipality", "--operator", "tanto", "--out", out});
    steps.push_back({"filing", "eltax", "--year", "2026", "--operator", "tanto", "--out", out});
    steps.push_back({"filing", "etax", "--year", "2026", "--date", "2027-01-29", "--operator", "tanto", "--out", out});
    for (auto a : steps) {
      a.push_back("--db");
      a.push_back(db);
      auto r = run_kyuyo(a, env);
      ASSERT_EQ(r.exit_code, 0) << a[0] << " " << a[1] << ": " << redact(r.err);
    }
  }
  static void TearDownTestSuite() {
    delete dir;
    dir = nullptr;
  }
  static std::string y(const std::string& rel) { return out + "/2026/" + rel; }
};

TEST_F(FilingGensen, EmployeeSlipMatchesTheGoldenTextAndCarriesTheYearEndFigures) {
  std::string t = pdf_text(y("gensen/1001-employee.pdf"));
  EXPECT_NE(t.find("給与所得の源泉徴収票"), std::string::npos);
  EXPECT_NE(t.find("(受給者交付用)"), std::string::npos);
  EXPECT_NE(t.find("電子交付"), std::string::npos) << "--electronic marks 摘要";
  EXPECT_NE(t.find("1,040,000"), std::string::npos) << "基礎控除の額 令和8年分";
  expect_golden("gensen-1001-employee.txt", t);
}

TEST_F(FilingGensen, EmployeeCopiesAndNonSubmissionOutputsHoldNoMyNumber) {
  for (const auto& e : fs::directory_iterator(y("gensen"))) {
    std::string name = e.path().filename().string();
    if (e.path().extension() != ".pdf" || name.find("-employee") == std::string::npos) continue;
    EXPECT_TRUE(find_my_number_like(pdf_text(e.path())).empty()) << name;
    EXPECT_TRUE(find_my_number_like(read_file(e.path())).empty()) << name;
  }
  for (const auto& e : fs::directory_iterator(y("eltax")))
    if (e.path().filename().string().find("-sokatsu.pdf") != std::string::npos)
      EXPECT_TRUE(find_my_number_like(pdf_text(e.path())).empty()) << e.path();
  auto r = run_kyuyo({"filing", "summary", "--year", "2026", "--db", db, "--out", out}, env);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(find_my_number_like(r.out).empty());
  EXPECT_TRUE(files_with_my_numbers(y("summary")).empty());
}

TEST_F(FilingGensen, TaxOfficeCopyHoldsOnlyVaultNumbersAndEveryEmployeesOwn) {
  auto nums = sample_numbers();
  std::set<std::string> known;
  for (const auto& [k, v] : nums) known.insert(v);
  auto found = find_my_number_like(pdf_text(y("gensen/gensen-2026-tax-office.pdf")));
  std::set<std::string> f(found.begin(), found.end());
  for (const auto& n : f) EXPECT_TRUE(known.count(n)) << "a number not from the vault";
  // every employee paid in 2026 is in the 令和8年分 scope (みなし提出): each own number is there
  for (const char* e : {"1001", "1002", "1003", "1005", "1011", "1012"})
    EXPECT_TRUE(f.count(nums[e])) << "employee " << e;
  EXPECT_TRUE(f.count(nums["1001:1"])) << "spouse of 1001";
  // the same people in the e-Tax document, which is built from the same slips
  auto x = find_my_number_like(read_file(y("etax/gensen-2026-tax-office.xtx")));
  EXPECT_TRUE(f == std::set<std::string>(x.begin(), x.end())) << "PDF and e-Tax XML name different people";
  EXPECT_EQ(x.size(), f.size()) << "each number once in the XML";
  // 乙欄 (1004): no 扶養控除等申告書, so none of the employee's relatives is on the slip
  for (const auto& [who, n] : nums)
    if (who.rfind("1004:", 0) == 0) EXPECT_FALSE(f.count(n)) << who;
}

TEST_F(FilingGensen, EltaxCsvIsTheGoldenRecordSetByteForByte) {
  std::string csv = read_file(y("eltax/kyuyo-shiharai-hokokusho-2026-municipality.csv"));
  ASSERT_FALSE(csv.empty());
  EXPECT_EQ(csv.rfind("315,", 0), 0u) << "法定資料の種類 315 first, no header";
  EXPECT_NE(csv.find("\r\n"), std::string::npos);
  expect_golden("eltax-2026.csv", csv);
}

TEST_F(FilingGensen, EtaxXmlIsValidAndMatchesTheGoldenCanonically) {
  std::string f = y("etax/gensen-2026-tax-office.xtx");
  ASSERT_EQ(std::system(("xmllint --noout --schema " + test_dir() + "/../schemas/etax/hoteishiryo.xsd " + f +
                         " 2>/dev/null").c_str()),
            0);
  std::string c14n = dir->str("x.c14n");
  ASSERT_EQ(std::system(("xmllint --c14n " + f + " > " + c14n).c_str()), 0);
  expect_golden("etax-2026.c14n.xml", read_file(c14n));
}

TEST_F(FilingGensen, SummaryTotalsMatchTheSlips) {
  auto r = run_kyuyo({"filing", "summary", "--year", "2026", "--db", db, "--out", out}, env);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("deemed_submission\tyes\n"), std::string::npos) << "令和8年分 みなし提出";
  EXPECT_NE(r.out.find("electronic_filing_threshold\t30\n"), std::string::npos) << "令和9年1月から30枚";
  std::string lines = r.out.substr(0, r.out.find("wrote\t"));  // the path of the temporary directory differs
  expect_golden("summary-2026.txt", lines);
}

TEST_F(FilingGensen, OrdinaryUserGetsTheSubmissionCopyWithoutNumbersAndIsTold) {
  TempDir o;
  auto r = run_kyuyo({"filing", "slips", "--year", "2026", "--copy", "tax-office", "--operator", "ippan", "--db", db,
                      "--out", o.str()},
                     env);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("個人番号なしで作成しました"), std::string::npos) << r.err;
  EXPECT_TRUE(find_my_number_like(pdf_text(o.path() / "2026/gensen/gensen-2026-tax-office.pdf")).empty());
}

TEST_F(FilingGensen, UsageAndDataErrors) {
  auto bad = run_kyuyo({"filing", "slips", "--year", "2026", "--copy", "everyone", "--db", db, "--out", out}, env);
  EXPECT_EQ(bad.exit_code, 2) << bad.err;
  auto none = run_kyuyo({"filing", "summary", "--year", "2025", "--db", db, "--out", out}, env);
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_NE(none.err.find("nobody was paid in 2025"), std::string::npos) << none.err;
  TempDir empty;
  auto schema = run_kyuyo({"filing", "etax", "--year", "2026", "--schema-dir", empty.str(), "--db", db, "--out", out}, env);
  EXPECT_EQ(schema.exit_code, 1);
  EXPECT_NE(schema.err.find("no PHS0051-250.xsd"), std::string::npos) << schema.err;
}


// A 個人事業主 employer (no 法人番号): the owner's 個人番号 is registered in the vault as the subject
// "@owner" (kyuyo mynumber register/import) and goes, through the vault's 提供 call only, into the
// payer's 個人番号又は法人番号 box of the 税務署 and 市区町村 copies, the e-Tax document (IT
// NOZEISHA_BANGO kojinbango and each slip's payer) and the eLTAX record (item 94). The employee
// copy and the non-submission outputs never carry it (filing-formats.md §3.1: 受給者交付用 shows no
// 個人番号, payer's included).
class FilingSoleProprietor : public ::testing::Test {
 protected:
  static inline TempDir* dir = nullptr;
  static inline std::string db, out, owner, employee;
  static inline std::vector<std::string> env;
  static inline RunResult refused_corporate, refused_purpose;

  static void SetUpTestSuite() {
    dir = new TempDir();
    db = dir->str("k.db");
    out = dir->str("out");
    env = {"KYUYO_KEY_FILE=" + dir->str("k.key"), "KYUYO_PASSPHRASE=sole proprietor test",
           "KYUYO_NEW_PASSPHRASE=sole proprietor test"};
    owner = test_my_number("98000000001");
    employee = test_my_number("98000000002");
    const std::string bom = "\xEF\xBB\xBF";
    write_file(dir->path() / "employers.csv",
               bom + "事業所コード,名称,名称カナ,法人番号,事業所整理記号,事業所番号,都道府県,郵便番号,所在地,電話番号,代表者氏名,"
                     "健康保険,雇用保険事業区分,雇用保険適用事業所番号,社会保険料徴収,源泉徴収税額計算,利用者識別番号,税務署番号,税務署名\n"
                     "KOJIN,青葉食堂,アオバショクドウ,,01-アオハ,23456,東京都,160-0022,東京都新宿区新宿九丁目5番5号,03-1111-2222,"
                     "青葉 一郎,協会けんぽ,一般の事業,1301-654321-0,翌月徴収,月額表,0000222233334444,01143,新宿\n"
                     "HOJIN,株式会社さくら精機,カブシキガイシャサクラセイキ,7030001099997,01-サクラ,12345,東京都,101-0047,"
                     "東京都千代田区内神田九丁目9番9号,03-0000-0000,加藤 大輔,協会けんぽ,一般の事業,1301-123456-7,翌月徴収,月額表,"
                     "0000111122223333,01103,神田\n");
    write_file(dir->path() / "employees.csv",
               bom + "事業所コード,社員番号,氏,名,フリガナ(氏),フリガナ(名),生年月日,性別,郵便番号,住所,住所(フリガナ),市区町村コード,"
                     "入社日,退職日,税額表区分(甲/乙),雇用形態,基礎年金番号,雇用保険被保険者番号,健康保険被保険者整理番号,社会保険加入,"
                     "雇用保険加入,障害者区分,寡婦・ひとり親,勤労学生,居住区分,備考\n"
                     "KOJIN,2001,川村,直子,カワムラ,ナオコ,1990/4/10,女,160-0022,東京都新宿区新宿九丁目6番6号,"
                     "トウキョウトシンジュククシンジュク９－６－６,131041,2024/4/1,,甲,一般,2001-000011,5001-000099-1,1,はい,はい,"
                     "なし,なし,いいえ,居住者,\n");
    write_file(dir->path() / "mynumbers.csv",
               bom + "対象者,個人番号,利用目的,本人確認方法,番号確認書類,身元確認書類,確認者,確認日,扶養親族の確認者,代理権確認書類\n"
                     "2001," + employee + ",gensen,card,,,事務担当 田村,2026-01-05,,\n"
                     "@owner," + owner + ",gensen,card,,,事務担当 田村,2026-01-05,,\n");
    std::string pay = bom + "社員番号,区分,対象年月,支給日,出勤日数,有給休暇日数,欠勤日数,支払基礎日数,報酬月額,基本給,時間外手当,"
                            "家族手当,役職手当,通勤手当(交通機関),通勤手当(交通用具),通勤距離(km),駐車場料金,現物給与,賞与,財形貯蓄,組合費\n";
    for (int m = 1; m <= 3; ++m)
      pay += "2001,給与,2026-0" + std::to_string(m) + ",2026-0" + std::to_string(m) + "-25,20,0,0,28,260000,260000,,,,,,,,,,,\n";
    write_file(dir->path() / "payroll.csv", pay);
    std::vector<std::vector<std::string>> steps = {
        {"import", "employers", dir->str("employers.csv")},
        {"import", "employees", dir->str("employees.csv")},
        {"keys", "init"},
        {"operator", "add", "kanri", "--role", "責任者"},
        {"operator", "add", "tanto", "--role", "事務取扱担当者", "--operator", "kanri"},
        {"mynumber", "import", dir->str("mynumbers.csv"), "--employer", "KOJIN", "--operator", "tanto"},
        {"import", "payroll", dir->str("payroll.csv"), "--employer", "KOJIN"}};
    for (const char* p : {"2026-01", "2026-02", "2026-03"})
      steps.push_back({"payroll", "run", "--period", p, "--employer", "KOJIN", "--no-payslips", "--out", out});
    for (const char* c : {"employee", "tax-office", "municipality"})
      steps.push_back({"filing", "slips", "--year", "2026", "--copy", c, "--employer", "KOJIN", "--operator", "tanto", "--out", out});
    steps.push_back({"filing", "eltax", "--year", "2026", "--employer", "KOJIN", "--operator", "tanto", "--out", out});
    steps.push_back({"filing", "etax", "--year", "2026", "--date", "2027-01-29", "--employer", "KOJIN", "--operator", "tanto",
                     "--out", out});
    steps.push_back({"filing", "summary", "--year", "2026", "--employer", "KOJIN", "--out", out});
    for (auto a : steps) {
      a.push_back("--db");
      a.push_back(db);
      auto r = run_kyuyo(a, env);
      ASSERT_EQ(r.exit_code, 0) << a[0] << " " << a[1] << ": " << redact(r.err) << redact(r.out);
    }
    // a 法人 has no owner's number to hold; only 源泉徴収票作成事務 is a purpose for it
    write_file(dir->path() / "corp.csv",
               bom + "対象者,個人番号,利用目的,本人確認方法,番号確認書類,身元確認書類,確認者,確認日,扶養親族の確認者,代理権確認書類\n"
                     "@owner," + test_my_number("98000000003") + ",gensen,card,,,事務担当 田村,2026-01-05,,\n");
    refused_corporate = run_kyuyo({"mynumber", "import", dir->str("corp.csv"), "--employer", "HOJIN", "--operator", "tanto",
                                   "--db", db}, env);
    write_file(dir->path() / "shaho.csv",
               bom + "対象者,個人番号,利用目的,本人確認方法,番号確認書類,身元確認書類,確認者,確認日,扶養親族の確認者,代理権確認書類\n"
                     "@owner," + owner + ",gensen;shaho,card,,,事務担当 田村,2026-01-05,,\n");
    refused_purpose = run_kyuyo({"mynumber", "import", dir->str("shaho.csv"), "--employer", "KOJIN", "--operator", "tanto",
                                 "--db", db}, env);
  }
  static void TearDownTestSuite() {
    delete dir;
    dir = nullptr;
  }
  static std::string y(const std::string& rel) { return out + "/2026/" + rel; }
  static std::multiset<std::string> numbers_in(const std::string& text) {
    auto f = find_my_number_like(text);
    return {f.begin(), f.end()};
  }
};

TEST_F(FilingSoleProprietor, SubmissionCopiesCarryTheOwnersNumberInThePayerBox) {
  // 税務署提出用 and 市区町村提出用 PDF: the employee's number and the payer's (the owner's), once each
  for (const std::string f : {"gensen/gensen-2026-tax-office.pdf", "gensen/131041-municipality.pdf"}) {
    auto n = numbers_in(pdf_text(y(f)));
    EXPECT_TRUE(n == (std::multiset<std::string>{employee, owner})) << f << ": not the employee's and the owner's, once each";
  }
  // e-Tax: the owner's number once, in the IT part's NOZEISHA_BANGO (kojinbango); the slip's 支払者
  // points at it (HSZ062 DID10010 IDREF); no 法人番号
  std::string x = read_file(y("etax/gensen-2026-tax-office.xtx"));
  EXPECT_TRUE(numbers_in(x) == (std::multiset<std::string>{employee, owner})) << "the employee's and the owner's, once each";
  EXPECT_NE(x.find("<gen:kojinbango>" + owner + "</gen:kojinbango>\n        </NOZEISHA_BANGO>"), std::string::npos)
      << "IT 納税者番号";
  EXPECT_NE(x.find("<DID10010 IDREF=\"NOZEISHA_BANGO\"/>"), std::string::npos) << "支払者 個人番号又は法人番号";
  EXPECT_EQ(x.find("hojinbango"), std::string::npos);
  // eLTAX 315 record: item 94 (支払者 個人番号又は法人番号) and item 95 (受給者)
  std::string csv = read_file(y("eltax/kyuyo-shiharai-hokokusho-2026-municipality.csv"));
  std::vector<std::string> items;
  std::stringstream ss(csv.substr(0, csv.find("\r\n")));
  for (std::string it; std::getline(ss, it, ',');) items.push_back(it);
  ASSERT_GE(items.size(), 95u);
  EXPECT_TRUE(items[93] == owner) << "item 94: not the owner's number";
  EXPECT_TRUE(items[94] == employee) << "item 95: not the employee's number";
  EXPECT_TRUE(numbers_in(csv) == (std::multiset<std::string>{employee, owner})) << "315 record";
  // 総括表 (市区町村提出用): the payer's 個人番号又は法人番号 row, nobody else
  EXPECT_TRUE(numbers_in(pdf_text(y("eltax/131041-sokatsu.pdf"))) == (std::multiset<std::string>{owner})) << "総括表";
}

TEST_F(FilingSoleProprietor, EmployeeCopyAndNonSubmissionOutputsCarryNoNumber) {
  for (const auto& e : fs::recursive_directory_iterator(out)) {
    if (!e.is_regular_file()) continue;
    std::string name = e.path().filename().string();
    bool submission = name.find("tax-office") != std::string::npos || name.find("municipality") != std::string::npos ||
                      name.find("-sokatsu") != std::string::npos;
    if (submission) continue;
    std::string content = e.path().extension() == ".pdf" ? pdf_text(e.path()) + read_file(e.path()) : read_file(e.path());
    EXPECT_TRUE(find_my_number_like(content).empty()) << name;
  }
  EXPECT_TRUE(fs::exists(y("gensen/2001-employee.pdf")));
}

TEST_F(FilingSoleProprietor, EveryProvisionOfTheOwnersNumberIsAudited) {
  auto r = run_kyuyo({"audit", "log", "--format", "csv", "--person", "@owner", "--action", "provide", "--operator", "kanri",
                      "--db", db}, env);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* f : {"gensen-2026-tax-office.pdf", "131041-municipality.pdf", "kyuyo-shiharai-hokokusho-2026-municipality.csv",
                        "gensen-2026-tax-office.xtx", "131041-sokatsu.pdf"})
    EXPECT_NE(r.out.find(f), std::string::npos) << f << "\n" << r.out;
  EXPECT_EQ(r.out.find("employee.pdf"), std::string::npos) << "the employee copy never asks";
  EXPECT_TRUE(find_my_number_like(r.out).empty());
  auto v = run_kyuyo({"audit", "verify", "--db", db}, env);
  EXPECT_EQ(v.exit_code, 0) << v.err;
}

TEST_F(FilingSoleProprietor, AnOwnersNumberIsRefusedForACorporationAndForOtherPurposes) {
  EXPECT_EQ(refused_corporate.exit_code, 1);
  EXPECT_NE(refused_corporate.err.find("法人番号"), std::string::npos) << refused_corporate.err;
  EXPECT_EQ(refused_purpose.exit_code, 1);
  EXPECT_NE(refused_purpose.err.find("gensen"), std::string::npos) << refused_purpose.err;
  EXPECT_TRUE(find_my_number_like(refused_corporate.err + refused_purpose.err).empty());
}

}  // namespace
}  // namespace kyuyo::test
