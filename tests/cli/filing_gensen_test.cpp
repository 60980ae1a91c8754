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
  ASSERT_EQ(std::system(("xmllint --noout --schema " + test_dir() + "/../schemas/etax/gensen.xsd " + f +
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
  EXPECT_NE(schema.err.find("no .xsd"), std::string::npos) << schema.err;
}

}  // namespace
}  // namespace kyuyo::test
