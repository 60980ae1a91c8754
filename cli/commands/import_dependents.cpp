// kyuyo import dependents FILE: dependents (扶養親族等) from CSV, upserted by (社員番号, 連番) in
// one transaction. The employees must be imported first.
#include <soci/soci.h>

#include <map>

#include "command.hpp"
#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/adapters/db/employee_repo.hpp"
#include "kyuyo/core/error.hpp"
#include "people_csv.hpp"

namespace kyuyo::cli {
namespace {
int run(Context& ctx) {
  std::vector<Error> errors;
  std::optional<po::variables_map> vm;
  auto in = people_csv::read_import_file(ctx, true, "dependents (docs/import-formats.md)", errors,
                                         people_csv::dependent_columns(), vm);
  if (!vm) return 0;
  auto db = open_db(*vm);
  people_csv::EmployerResolver employers(*db, in.employer);
  db::EmployeeRepo repo(*db);
  std::vector<std::pair<int, model::Dependent>> parsed;
  std::map<std::pair<std::int64_t, int>, int> seen;
  std::map<std::int64_t, int> spouse_line;
  for (const auto& row : in.table.rows) {
    csv::Fields f(in.table, row, errors);
    auto employer = employers.resolve(f);
    std::optional<EmployeeId> employee;
    std::string code = f.text("社員番号", csv::kRequired);
    if (employer && !code.empty()) {
      if (auto e = repo.find_by_code(*employer, code))
        employee = e->id;
      else
        f.fail("社員番号", "no employee '" + csv::safe_value(code) +
                               "' at this employer (import employees first)");
    }
    auto d = people_csv::parse_dependent(f);
    if (d && employee) {
      auto [it, fresh] = seen.emplace(std::make_pair(employee->value(), d->seq), row.line);
      if (!fresh) {
        f.fail("連番", "社員番号 " + csv::safe_value(code) + " 連番 " + std::to_string(d->seq) +
                           " appears again (first on line " + std::to_string(it->second) + ")");
        continue;
      }
    }
    if (!d || !employee) continue;
    d->employee_id = *employee;
    if (d->relation == model::Relation::kSpouse) {
      auto [sp, first] = spouse_line.emplace(employee->value(), row.line);
      if (!first) {
        f.fail("続柄", "a second spouse for 社員番号 " + csv::safe_value(code) +
                           " (first on line " + std::to_string(sp->second) + ")");
        continue;
      }
    }
    parsed.emplace_back(row.line, *d);
  }
  if (!errors.empty()) {
    people_csv::sort_by_place(errors);
    throw KyuyoErrors(errors);
  }
  *ctx.out << people_csv::store_all(*db, in.file, parsed, "dependent",
                                    [&](const auto& d) { return repo.upsert_dependent(d); });
  return 0;
}
Register reg({"import", "dependents"},
             "Import dependents (扶養親族等) from CSV (UTF-8 or Shift_JIS; all or nothing)", run);
}  // namespace
}  // namespace kyuyo::cli
