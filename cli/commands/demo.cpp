// kyuyo demo: the bundled sample company's year, run end to end through the real commands
// (design.md: "not a separate code path"). Each step below is an ordinary kyuyo command line;
// modules append their steps here as they land.
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <unistd.h>

#include "command.hpp"
#include "kyuyo/adapters/resources.hpp"
#include "kyuyo/core/error.hpp"

namespace kyuyo::cli {
namespace {
namespace fs = std::filesystem;

struct Step {
  const char* what;
  std::vector<std::string> args;  // {db} {out} {samples} {key} are replaced
  bool needs_db = true;
  int expect_exit = 0;         // a step that shows a refusal expects exit 1
  bool terminal_only = false;  // skipped when stdout is not a terminal (mynumber show)
};

// The sample company's year. Order matters: data first, then the vault, then runs and filings.
std::vector<Step> demo_steps() {
  return {
      {"create the database", {"init"}},
      {"check the rule data", {"rules", "check"}, false},
      // DEMO-STEPS (modules add their steps below this line, in dependency order)
      {"import the sample employer (UTF-8 with BOM)", {"import", "employers", "{samples}/company/employers.csv"}},
      {"import the sample employees (UTF-8 with BOM)", {"import", "employees", "{samples}/company/employees.csv"}},
      {"import the sample dependents (Shift_JIS)",
       {"import", "dependents", "{samples}/company/dependents.csv", "--encoding", "cp932"}},
      {"list the employees", {"employees", "list"}},
      {"export the employee list as CSV",
       {"employees", "list", "--format", "csv", "--output", "{out}/employees/employees.csv"}},
      // My Number vault (docs/vault.md): key, operators, collection, reveals, refusals, purge, audit
      {"import a long-gone leaver (退職 2016-03-31)", {"import", "employees", "{samples}/company/former_employees.csv"}},
      {"vault: create the data key file (mode 0600)", {"keys", "init"}},
      {"vault: first operator, a 責任者 (bootstrap)", {"operator", "add", "kanri", "--role", "責任者"}},
      {"vault: add a 事務取扱担当者", {"operator", "add", "tanto", "--role", "事務取扱担当者", "--operator", "kanri"}},
      {"vault: add an ordinary user", {"operator", "add", "ippan", "--role", "一般", "--operator", "kanri"}},
      {"vault: collection round (取得 with 利用目的 and 本人確認)",
       {"mynumber", "import", "{samples}/company/mynumbers.csv", "--operator", "tanto"}},
      {"vault: the leaver's 扶養控除等申告書 2015 (from the old system)",
       {"mynumber", "document", "0901", "--kind", "fuyo-kojo-shinkokusho", "--year", "2015", "--file",
        "紙: 2015年 扶養控除等申告書綴り", "--operator", "tanto"}},
      {"vault: the leaver's 雇用保険 資格喪失届 (完結 2016-04-05)",
       {"mynumber", "document", "0901", "--kind", "koyo-shikaku-soshitsu", "--completed", "2016-04-05", "--operator",
        "tanto"}},
      {"vault: reveal a number on the terminal (閲覧, recorded)",
       {"mynumber", "show", "1001", "--purpose", "gensen", "--operator", "tanto"}, true, 0, true},
      {"vault: reveal a spouse's number for 第3号 (閲覧, recorded)",
       {"mynumber", "show", "1001:1", "--purpose", "shaho", "--operator", "tanto"}, true, 0, true},
      {"vault: REFUSED off-purpose use (collected for 源泉徴収票作成事務 only)",
       {"mynumber", "show", "1009", "--purpose", "shaho", "--operator", "tanto"}, true, 1},
      {"vault: REFUSED reveal by an ordinary user",
       {"mynumber", "show", "1001", "--purpose", "gensen", "--operator", "ippan"}, true, 1},
      {"vault: numbers past retention", {"mynumber", "due", "--as-of", "2026-04-01"}},
      {"vault: purge the long-gone leaver (削除・廃棄 + certificate)",
       {"mynumber", "purge", "--as-of", "2026-04-01", "--reason", "保存期間経過による年度末の定期削除", "--operator",
        "kanri", "--out", "{out}"}},
      {"vault: 特定個人情報ファイル register", {"mynumber", "files"}},
      {"vault: verify the audit chain", {"audit", "verify"}},
      {"vault: export the audit log as CSV",
       {"audit", "log", "--format", "csv", "--output", "{out}/vault/audit-log.csv", "--operator", "kanri"}},
      // Premiums (issue 5): one employee's 健保+介護+支援金, 厚年, 雇用保険 and the employer's figures
      {"premiums: 2026年4月分, 東京, 報酬月額 300,000, age 45, with the rounding trace",
       {"calc", "premiums", "--month", "2026-04", "--prefecture", "東京都", "--remuneration", "300000",
        "--birth-date", "1981-01-15", "--explain"}, false},
      {"premiums: 2026年3月分 (before 支援金), 大阪, construction, with a bonus",
       {"calc", "premiums", "--month", "2026-03", "--prefecture", "27", "--remuneration", "450000",
        "--birth-date", "1990-05-10", "--business", "construction", "--bonus", "800000"}, false},
      // Withholding (issue 4): 月額表 / 電算機特例 / 賞与, 令和7年分 and 令和8年分, with the explain trace
      {"withholding: 令和8年分 月額表 甲欄, 446,000 yen, 8 dependents (7人超 rule)",
       {"calc", "withholding", "--year", "2026", "--amount", "446000", "--dependents", "8", "--explain"}, false},
      {"withholding: the same by the 電算機特例 (別表第一〜第四)",
       {"calc", "withholding", "--year", "2026", "--amount", "446000", "--dependents", "8", "--method", "computer",
        "--explain"}, false},
      {"withholding: 令和7年分 乙欄, 300,000 yen",
       {"calc", "withholding", "--year", "2025", "--amount", "300000", "--dependents", "0", "--column", "otsu"}, false},
      {"bonus withholding: 令和8年分 算出率の表 (税額表の使い方の例)",
       {"calc", "bonus-withholding", "--year", "2026", "--bonus", "554000", "--social", "85593", "--prev-month",
        "196616", "--dependents", "2", "--explain"}, false},
      {"bonus withholding: 令和7年分, bonus over 10 × the previous month (月額表 method, TaxAnswer No.2523)",
       {"calc", "bonus-withholding", "--year", "2025", "--bonus", "1668062", "--social", "0", "--prev-month", "166531",
        "--dependents", "1", "--explain"}, false},
      // Pay runs 2026 (docs/payroll.md): 12 monthly and 2 bonus runs, payslips under {out}/payslips/
      {"payroll: import the 2026 pay data (monthly rows and the July/December bonuses)",
       {"import", "payroll", "{samples}/company/payroll-2026.csv"}},
      {"payroll: import the 住民税 特別徴収 notices (令和7年度 and 令和8年度)",
       {"import", "resident-tax", "{samples}/company/resident-tax-2026.csv"}},
      {"payroll: 1月 pay run and payslips", {"payroll", "run", "--period", "2026-01", "--out", "{out}"}},
      {"payroll: 2月 pay run and payslips", {"payroll", "run", "--period", "2026-02", "--out", "{out}"}},
      {"payroll: 3月 pay run and payslips", {"payroll", "run", "--period", "2026-03", "--out", "{out}"}},
      {"payroll: 4月 pay run and payslips", {"payroll", "run", "--period", "2026-04", "--out", "{out}"}},
      {"payroll: 5月 pay run and payslips", {"payroll", "run", "--period", "2026-05", "--out", "{out}"}},
      {"payroll: 6月 pay run and payslips", {"payroll", "run", "--period", "2026-06", "--out", "{out}"}},
      {"social: 定時決定 2026 from the pay paid April–June (stored; premiums from the September premium month)",
       {"social", "teiji", "--year", "2026"}},
      {"payroll: 7月 pay run and payslips", {"payroll", "run", "--period", "2026-07", "--out", "{out}"}},
      {"bonus: summer bonus run and payslips", {"bonus", "run", "--payment-date", "2026-07-10", "--out", "{out}"}},
      {"payroll: 8月 pay run and payslips", {"payroll", "run", "--period", "2026-08", "--out", "{out}"}},
      {"payroll: 9月 pay run and payslips", {"payroll", "run", "--period", "2026-09", "--out", "{out}"}},
      {"social: 随時改定 from October (1004's July raise; stored, deducted from the November pay)",
       {"social", "zuiji", "--month", "2026-10"}},
      {"payroll: 10月 pay run and payslips", {"payroll", "run", "--period", "2026-10", "--out", "{out}"}},
      {"payroll: 11月 pay run and payslips", {"payroll", "run", "--period", "2026-11", "--out", "{out}"}},
      {"payroll: 12月 pay run and payslips", {"payroll", "run", "--period", "2026-12", "--out", "{out}"}},
      {"bonus: winter bonus run and payslips", {"bonus", "run", "--payment-date", "2026-12-10", "--out", "{out}"}},
      {"payroll: running December again changes nothing (idempotent)",
       {"payroll", "run", "--period", "2026-12", "--no-payslips"}},
      {"payroll: one payslip with its computation (--explain)",
       {"payroll", "slip", "--period", "2026-05", "--employee", "1012", "--explain"}},
      {"payroll: 賃金台帳 2026 (UTF-8 with BOM)", {"payroll", "ledger", "--year", "2026", "--out", "{out}"}},
      {"payroll: 賃金台帳 2026 (CP932)", {"payroll", "ledger", "--year", "2026", "--encoding", "cp932", "--out", "{out}"}},
      // 社会保険 filings as SHFD0006.CSV (日本年金機構 CSV形式届書): from the stored runs, hires and leavers
      {"shaho: 資格取得届 for the July hire (個人番号 via the vault's 提供)",
       {"filing", "shaho", "shutoku", "--from", "2026-07-01", "--to", "2026-07-31", "--created", "2026-07-03",
        "--operator", "tanto", "--out", "{out}"}},
      {"shaho: 算定基礎届 2026 (from the stored 定時決定, 従前 filled; 70歳以上被用者 with 個人番号)",
       {"filing", "shaho", "santei", "--year", "2026", "--created", "2026-07-10", "--operator", "tanto", "--out", "{out}"}},
      {"shaho: 賞与支払届 for the summer bonus",
       {"filing", "shaho", "shoyo", "--payment-date", "2026-07-10", "--created", "2026-07-14", "--operator", "tanto",
        "--out", "{out}"}},
      {"shaho: 月額変更届 for the October 随時改定 (from the stored determination)",
       {"filing", "shaho", "gekkaku", "--month", "2026-10", "--created", "2026-10-05", "--operator", "tanto", "--out",
        "{out}"}},
      {"shaho: 資格喪失届 for the September leaver (喪失 = 退職日の翌日)",
       {"filing", "shaho", "soshitsu", "--from", "2026-10-01", "--to", "2026-10-31", "--created", "2026-10-05",
        "--operator", "tanto", "--out", "{out}"}},
      {"shaho: 賞与支払届 for the winter bonus, written by an ordinary user (numbers left out, said so)",
       {"filing", "shaho", "shoyo", "--payment-date", "2026-12-10", "--created", "2026-12-14", "--operator", "ippan",
        "--out", "{out}"}},
      {"shaho: check the 算定基礎届 file against the 仕様チェック item rules",
       {"filing", "shaho", "check", "{out}/2026/shaho/santei/SHFD0006.CSV", "--as-of", "2026-07-10"}, false},
      {"shaho: check the 月額変更届 file against the 仕様チェック item rules",
       {"filing", "shaho", "check", "{out}/2026/shaho/gekkaku/2026-10/SHFD0006.CSV", "--as-of", "2026-10-05"}, false},
      // 年末調整 (docs/yearend-declarations.md): after the year's pay runs, before the filings
      {"year-end: import the 2026 declarations (保険料控除・配偶者控除等・住宅借入金等・前職分)",
       {"import", "declarations", "{samples}/company/yearend-declarations-2026.csv"}},
      {"year-end: 2026 年末調整 of every eligible employee (源泉徴収簿 PDF/CSV, summary)",
       {"yearend", "run", "--year", "2026", "--out", "{out}"}},
      {"year-end: one employee by hand (令和8年分, with --explain)",
       {"calc", "yearend", "--year", "2026", "--salary", "4944000", "--withheld", "96000", "--social", "720000",
        "--life-general-new", "100000", "--life-care", "50000", "--quake", "30000", "--spouse-income", "0",
        "--dependent", "specific", "--dependent", "under16", "--explain"},
       false},
      // 源泉徴収票・給与支払報告書・e-Tax (docs/etax.md, docs/eltax.md): from the stored 年末調整 run
      {"filings: 源泉徴収票 受給者交付用 (A6 each, 電子交付, and four per A4; never a 個人番号)",
       {"filing", "slips", "--year", "2026", "--copy", "employee", "--electronic", "--out", "{out}"}},
      {"filings: 源泉徴収票 税務署提出用 (提出範囲; 個人番号 via the vault's 提供)",
       {"filing", "slips", "--year", "2026", "--copy", "tax-office", "--operator", "tanto", "--out", "{out}"}},
      {"filings: 源泉徴収票 市区町村提出用 per municipality",
       {"filing", "slips", "--year", "2026", "--copy", "municipality", "--operator", "tanto", "--out", "{out}"}},
      {"filings: REFUSED numbers for an ordinary user (written without them, and said so)",
       {"filing", "slips", "--year", "2026", "--copy", "tax-office", "--operator", "ippan", "--out", "{out}/ippan"}},
      {"filings: 給与支払報告書 (315 CSV, 総括表・個人別明細書 PDF) per municipality",
       {"filing", "eltax", "--year", "2026", "--operator", "tanto", "--out", "{out}"}},
      {"filings: e-Tax XML of the 源泉徴収票 and 合計表 (validated before writing)",
       {"filing", "etax", "--year", "2026", "--date", "2027-01-29", "--operator", "tanto", "--out", "{out}"}},
      {"filings: 法定調書合計表 totals and 提出範囲", {"filing", "summary", "--year", "2026", "--out", "{out}"}},
  };
}

std::string substitute(std::string s, const std::map<std::string, std::string>& vars) {
  for (const auto& [k, v] : vars) {
    for (std::size_t pos = 0; (pos = s.find(k, pos)) != std::string::npos; pos += v.size()) s.replace(pos, k.size(), v);
  }
  return s;
}

int run(Context& ctx) {
  po::options_description d("options");
  d.add_options()("out", po::value<std::string>()->default_value("out"), "output directory")(
      "db", po::value<std::string>(), "database (default: OUT/demo.db, recreated on every run)");
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  std::string out = (*vm)["out"].as<std::string>();
  fs::create_directories(out);
  std::string db = vm->count("db") ? (*vm)["db"].as<std::string>() : out + "/demo.db";
  if (!vm->count("db")) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db + suffix);
    fs::remove(out + "/demo.key");  // the vault key belongs to the database it was made for
  }
  std::map<std::string, std::string> vars{{"{db}", db},
                                          {"{out}", out},
                                          {"{samples}", resources::samples_dir()},
                                          {"{key}", out + "/demo.key"}};
  // The demo's operators authenticate non-interactively (see README: batch runs).
  setenv("KYUYO_KEY_FILE", vars["{key}"].c_str(), 1);
  setenv("KYUYO_PASSPHRASE", "demo passphrase (sample company only)", 0);
  setenv("KYUYO_NEW_PASSPHRASE", getenv("KYUYO_PASSPHRASE"), 0);
  auto steps = demo_steps();
  int n = 0;
  for (const auto& s : steps) {
    ++n;
    std::vector<std::string> args;
    for (const auto& a : s.args) args.push_back(substitute(a, vars));
    if (s.needs_db) {
      args.push_back("--db");
      args.push_back(db);
    }
    if (s.terminal_only && !(ctx.out == &std::cout && isatty(STDOUT_FILENO))) {
      *ctx.err << "[demo " << n << "/" << steps.size() << "] " << s.what << ": skipped (stdout is not a terminal)\n";
      continue;
    }
    *ctx.err << "[demo " << n << "/" << steps.size() << "] " << s.what << ": kyuyo";
    for (const auto& a : args) *ctx.err << " " << a;
    *ctx.err << "\n";
    int rc = dispatch(args, *ctx.out, *ctx.err);
    if (rc != s.expect_exit) {
      *ctx.err << "demo: step '" << s.what << "' failed (exit " << rc << ", expected " << s.expect_exit << ")\n";
      return rc != 0 ? rc : 1;
    }
    if (s.expect_exit != 0) *ctx.err << "[demo] refused as expected\n";
  }
  *ctx.err << "demo: done; outputs under " << out << "/\n";
  return 0;
}
Register reg({"demo"}, "Run the bundled sample company's year end to end (outputs under out/)", run);
}  // namespace
}  // namespace kyuyo::cli
