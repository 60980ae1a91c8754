// kyuyo import resident-tax FILE: each municipality's 特別徴収税額の決定(変更)通知書 per employee:
// 年度, 市区町村, 年税額, 6月分, 7月分以降 (each of July–May). Upserted in one transaction; a
// changed notice (税額変更通知書) applies to runs not yet finalised.
#include <map>

#include "command.hpp"
#include "kyuyo/adapters/csv/field_parser.hpp"
#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/adapters/db/employee_repo.hpp"
#include "kyuyo/adapters/db/employer_repo.hpp"
#include "kyuyo/adapters/db/payroll_repo.hpp"

namespace kyuyo::cli {
namespace {

/// 2026, "令和8", "令和8年度", "R8" → 2026.
std::optional<int> parse_fiscal_year(const std::string& raw) {
  std::string s = csv::to_ascii(raw);
  int era_base = 0;
  for (const char* p : {"令和", "R", "r"}) {
    if (s.rfind(p, 0) == 0) {
      s = s.substr(std::string(p).size());
      era_base = 2018;
      break;
    }
  }
  for (const char* suf : {"年度", "年"}) {
    auto pos = s.find(suf);
    if (pos != std::string::npos) s = s.substr(0, pos);
  }
  if (s == "元") s = "1";
  if (s.empty() || s.size() > 4) return std::nullopt;
  for (char c : s)
    if (c < '0' || c > '9') return std::nullopt;
  int v = std::stoi(s) + era_base;
  if (v < 2000 || v > 2100) return std::nullopt;
  return v;
}

int run(Context& ctx) {
  po::options_description d("options");
  d.add_options()("file", po::value<std::string>()->required(), "resident-tax notice CSV")(
      "encoding", po::value<std::string>()->default_value("auto"), "auto, utf-8 or cp932");
  add_db_option(d);
  add_employer_options(d, false);
  po::positional_options_description pos;
  pos.add("file", 1);
  auto vm = ctx.parse(d, &pos, "FILE [options]");
  if (!vm) return 0;
  std::string file = (*vm)["file"].as<std::string>();
  auto enc = csv::parse_encoding((*vm)["encoding"].as<std::string>());
  if (!enc) throw UsageError(enc.error().message);
  std::vector<Error> errors;
  csv::Table t = csv::read_file(file, *enc, errors);
  csv::check_headers(t,
                     {{"事業所コード", false, {"employer"}},
                      {"社員番号", true, {"employee"}},
                      {"年度", true, {"fiscal_year"}},
                      {"市区町村コード", false, {"municipality_code"}},
                      {"市区町村名", false, {"municipality"}},
                      {"年税額", true, {"annual"}},
                      {"6月分", true, {"june"}},
                      {"7月分以降", true, {"monthly", "7月分〜5月分"}}},
                     errors, {"備考", "氏名"});
  if (!errors.empty()) throw KyuyoErrors(errors);
  auto db = open_db(*vm);
  db::EmployerRepo employers(*db);
  db::EmployeeRepo employees(*db);
  std::optional<EmployerId> default_employer;
  if (vm->count("employer") || !t.has_column("事業所コード")) default_employer = EmployerId(resolve_employer(*db, *vm));
  struct Parsed {
    EmployerId er;
    EmployeeId ee;
    payroll::ResidentTaxNotice n;
    std::string source;
  };
  std::vector<Parsed> parsed;
  std::map<std::pair<long long, int>, int> seen;
  for (const auto& row : t.rows) {
    csv::Fields f(t, row, errors);
    std::optional<EmployerId> er = default_employer;
    std::string er_code = f.text("事業所コード");
    if (!er_code.empty()) {
      auto e = employers.find_by_code(er_code);
      if (!e) f.fail("事業所コード", "no employer with code '" + csv::safe_value(er_code) + "'");
      else er = e->id;
    }
    std::string code = f.text("社員番号", csv::kRequired);
    payroll::ResidentTaxNotice n;
    auto fy = parse_fiscal_year(f.raw("年度"));
    if (!fy) f.fail("年度", "expected a 年度 such as 2026 or 令和8");
    else n.fiscal_year = *fy;
    n.municipality_code = f.text("市区町村コード");
    n.municipality_name = f.text("市区町村名");
    auto annual = f.yen("年税額", csv::kRequired), june = f.yen("6月分", csv::kRequired),
         monthly = f.yen("7月分以降", csv::kRequired);
    if (annual && june && monthly) {
      n.annual = *annual;
      n.june = *june;
      n.monthly = *monthly;
      if (auto c = payroll::check_notice(n); !c)
        f.fail(c.error().where == "annual" ? "年税額" : "6月分", c.error().message);
    }
    if (f.failed() || !er) continue;
    auto ee = employees.find_by_code(*er, code);
    if (!ee) {
      f.fail("社員番号", "no employee '" + csv::safe_value(code) + "'");
      continue;
    }
    auto [it, fresh] = seen.emplace(std::make_pair(ee->id.value(), n.fiscal_year), row.line);
    if (!fresh) {
      f.fail("社員番号", "a second notice for " + code + " and 年度 " + std::to_string(n.fiscal_year) +
                             " (first on line " + std::to_string(it->second) + ")");
      continue;
    }
    parsed.push_back({*er, ee->id, n, file + ":" + std::to_string(row.line)});
  }
  if (!errors.empty()) throw KyuyoErrors(errors);
  db::Transaction tx(*db);
  db::PayrollRepo repo(*db);
  int added = 0, replaced = 0, unchanged = 0;
  for (const auto& p : parsed) {
    auto o = repo.upsert_resident_tax(p.er, p.ee, p.n, p.source);
    (o == db::UpsertOutcome::kInserted ? added : o == db::UpsertOutcome::kReplaced ? replaced : unchanged)++;
  }
  tx.commit();
  *ctx.out << file << ": " << parsed.size() << " notices: " << added << " added, " << replaced << " replaced, "
           << unchanged << " unchanged\n";
  return 0;
}
Register reg({"import", "resident-tax"}, "Import 住民税 特別徴収税額 notices (June and July–May amounts)", run);
}  // namespace
}  // namespace kyuyo::cli
