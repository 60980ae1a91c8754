// kyuyo import employees FILE: employees from CSV, upserted by (事業所, 社員番号) in one
// transaction.
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
  auto in = people_csv::read_import_file(ctx, true, "employees (docs/import-formats.md)", errors,
                                         people_csv::employee_columns(), vm);
  if (!vm) return 0;
  auto db = open_db(*vm);
  people_csv::EmployerResolver employers(*db, in.employer);
  std::vector<std::pair<int, model::Employee>> parsed;
  std::map<std::pair<std::int64_t, std::string>, int> seen;
  for (const auto& row : in.table.rows) {
    csv::Fields f(in.table, row, errors);
    auto employer = employers.resolve(f);
    auto e = people_csv::parse_employee(f);
    std::string code = f.raw("社員番号");
    if (employer && !code.empty()) {
      auto [it, fresh] = seen.emplace(std::make_pair(employer->value(), code), row.line);
      if (!fresh) {
        f.fail("社員番号", "社員番号 '" + csv::safe_value(code) +
                               "' appears again (first on line " + std::to_string(it->second) +
                               ")");
        continue;
      }
    }
    if (!e || !employer) continue;
    e->employer_id = *employer;
    parsed.emplace_back(row.line, *e);
  }
  if (!errors.empty()) {
    people_csv::sort_by_place(errors);
    throw KyuyoErrors(errors);
  }
  db::EmployeeRepo repo(*db);
  *ctx.out << people_csv::store_all(*db, in.file, parsed, "employee",
                                    [&](const auto& e) { return repo.upsert(e); });
  return 0;
}
Register reg({"import", "employees"},
             "Import employees from CSV (UTF-8 or Shift_JIS; all or nothing)", run);
}  // namespace
}  // namespace kyuyo::cli
