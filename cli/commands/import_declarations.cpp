// kyuyo import declarations FILE: the yearly 年末調整 declarations (保険料控除申告書, 基礎控除申告書兼
// 配偶者控除等申告書兼所得金額調整控除申告書兼特定親族特別控除申告書, 住宅借入金等特別控除申告書, 前職分),
// one row per employee and year, upserted in one transaction (docs/yearend-declarations.md).
// The 扶養控除等(異動)申告書 itself is the employee and dependent master (import employees/dependents).
#include <algorithm>
#include <cstring>
#include <map>
#include <sstream>
#include <soci/soci.h>

#include "command.hpp"
#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/adapters/db/employee_repo.hpp"
#include "kyuyo/adapters/db/yearend_repo.hpp"
#include "kyuyo/adapters/xml/rule_loader.hpp"
#include "kyuyo/core/error.hpp"
#include "people_csv.hpp"

namespace kyuyo::cli {
namespace {

const std::vector<csv::Column>& columns() {
  static const std::vector<csv::Column> c = {
      {"事業所コード"},
      {"社員番号", true},
      {"対象年", true, {"年"}},
      {"給与所得以外の所得の合計額"},
      {"配偶者の合計所得金額"},
      {"所得金額調整控除(他の者の扶養親族)"},
      {"社会保険料(申告分)"},
      {"小規模企業共済等掛金"},
      {"新生命保険料"},
      {"旧生命保険料"},
      {"介護医療保険料"},
      {"新個人年金保険料"},
      {"旧個人年金保険料"},
      {"地震保険料"},
      {"旧長期損害保険料"},
      {"住宅借入金等特別控除額"},
      {"前職支払者"},
      {"前職支払金額"},
      {"前職社会保険料等"},
      {"前職源泉徴収税額"},
      {"退職後の他の給与の見込み"},
      {"国外居住親族書類未提出"},
  };
  return c;
}

Yen amount(csv::Fields& f, const char* col) {
  auto v = f.yen(col);
  if (!v) return Yen(0);
  if (*v < Yen(0)) {
    f.fail(col, "must not be negative");
    return Yen(0);
  }
  return *v;
}

// 国外居住親族書類未提出: 連番 of non-resident dependents without 親族関係書類・送金関係書類, separated
// by spaces, "・", "、", ";" or "/". Each must be a non-resident dependent of the employee.
std::vector<int> missing_documents(csv::Fields& f, const std::vector<model::Dependent>& deps) {
  const char* col = "国外居住親族書類未提出";
  std::string text = f.text(col);
  for (const char* sep : {"・", "、", ";", "/"})
    for (auto p = text.find(sep); p != std::string::npos; p = text.find(sep)) text.replace(p, std::strlen(sep), " ");
  std::vector<int> out;
  std::istringstream in(text);
  std::string tok;
  while (in >> tok) {
    if (tok.find_first_not_of("0123456789") != std::string::npos || tok.size() > 4) {
      f.fail(col, "'" + csv::safe_value(tok) + "' is not a dependent 連番 (list the 連番 of non-resident dependents)");
      continue;
    }
    int seq = std::stoi(tok);
    auto it = std::find_if(deps.begin(), deps.end(), [&](const model::Dependent& x) { return x.seq == seq; });
    if (it == deps.end())
      f.fail(col, "no dependent with 連番 " + tok + " (import dependents first)");
    else if (!it->non_resident)
      f.fail(col, "dependent 連番 " + tok + " is not a 非居住者 (居住区分)");
    else
      out.push_back(seq);
  }
  return out;
}

int run(Context& ctx) {
  std::vector<Error> errors;
  std::optional<po::variables_map> vm;
  auto in = people_csv::read_import_file(ctx, true, "year-end declarations (docs/yearend-declarations.md)", errors,
                                         columns(), vm);
  if (!vm) return 0;
  auto db = open_db(*vm);
  people_csv::EmployerResolver employers(*db, in.employer);
  db::EmployeeRepo people(*db);
  const auto& lib = xml::default_rule_library();
  struct Parsed {
    int line;
    EmployerId er;
    EmployeeId ee;
    int year;
    yearend::Declarations d;
  };
  std::vector<Parsed> parsed;
  std::map<std::pair<std::int64_t, int>, int> seen;
  for (const auto& row : in.table.rows) {
    csv::Fields f(in.table, row, errors);
    auto employer = employers.resolve(f);
    std::string code = f.text("社員番号", csv::kRequired);
    std::optional<EmployeeId> employee;
    if (employer && !code.empty()) {
      if (auto e = people.find_by_code(*employer, code)) employee = e->id;
      else f.fail("社員番号", "no employee '" + csv::safe_value(code) + "' at this employer (import employees first)");
    }
    auto year = f.integer("対象年", 1989, 2200, csv::kRequired);
    if (year && !lib.find("yearend", Date(static_cast<unsigned short>(*year), 1, 1)))
      f.fail("対象年", "no 年末調整 rule data for " + std::to_string(*year) + " (schemas/rules/yearend/)");
    yearend::Declarations d;
    d.other_income = amount(f, "給与所得以外の所得の合計額");
    if (!f.empty("配偶者の合計所得金額")) d.spouse_income = amount(f, "配偶者の合計所得金額");
    d.adjustment_by_other = f.yes_no("所得金額調整控除(他の者の扶養親族)").value_or(false);
    d.social_declared = amount(f, "社会保険料(申告分)");
    d.small_business_mutual = amount(f, "小規模企業共済等掛金");
    d.life.general_new = amount(f, "新生命保険料");
    d.life.general_old = amount(f, "旧生命保険料");
    d.life.care = amount(f, "介護医療保険料");
    d.life.pension_new = amount(f, "新個人年金保険料");
    d.life.pension_old = amount(f, "旧個人年金保険料");
    d.quake.quake = amount(f, "地震保険料");
    d.quake.old_long = amount(f, "旧長期損害保険料");
    d.housing_credit = amount(f, "住宅借入金等特別控除額");
    d.previous.payer = f.text("前職支払者");
    d.previous.salary = amount(f, "前職支払金額");
    d.previous.social = amount(f, "前職社会保険料等");
    d.previous.withheld = amount(f, "前職源泉徴収税額");
    if ((d.previous.salary > Yen(0) || d.previous.withheld > Yen(0)) && d.previous.payer.empty())
      f.fail("前職支払者", "required when 前職支払金額 or 前職源泉徴収税額 is given");
    d.other_pay_after_leaving = f.yes_no("退職後の他の給与の見込み").value_or(false);
    if (employee) d.overseas_documents_missing = missing_documents(f, people.dependents_of(*employee));
    if (f.failed() || !employer || !employee || !year) continue;
    auto [it, fresh] = seen.emplace(std::make_pair(employee->value(), *year), row.line);
    if (!fresh) {
      f.fail("社員番号", "社員番号 " + code + " 対象年 " + std::to_string(*year) + " appears again (first on line " +
                             std::to_string(it->second) + ")");
      continue;
    }
    parsed.push_back({row.line, *employer, *employee, static_cast<int>(*year), d});
  }
  if (!errors.empty()) throw KyuyoErrors(errors);
  db::YearEndRepo repo(*db);
  db::Transaction tx(*db);
  int added = 0, updated = 0, unchanged = 0;
  for (const auto& p : parsed) {
    try {
      auto c = repo.upsert_declaration(p.er, p.ee, p.year, p.d, in.file + ":" + std::to_string(p.line));
      (c == db::Change::kInserted ? added : c == db::Change::kUpdated ? updated : unchanged)++;
    } catch (const soci::soci_error& x) {
      throw KyuyoError(ErrorCode::kConflict, std::string("cannot store the declarations: ") + x.get_error_message(),
                       in.file + " line " + std::to_string(p.line));
    }
  }
  tx.commit();
  *ctx.out << people_csv::summary(in.file, parsed.size(), added, updated, unchanged);
  return 0;
}
Register reg({"import", "declarations"},
             "Import year-end declarations (保険料控除・基礎控除/配偶者控除等・住宅借入金等・前職分) from CSV (all or nothing)", run);
}  // namespace
}  // namespace kyuyo::cli
