// kyuyo import employers FILE: employers (事業所) from CSV, upserted by 事業所コード in one
// transaction.
#include <soci/soci.h>

#include <map>

#include "command.hpp"
#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/adapters/db/employer_repo.hpp"
#include "kyuyo/core/error.hpp"
#include "people_csv.hpp"

namespace kyuyo::cli {
namespace {
int run(Context& ctx) {
  std::vector<Error> errors;
  std::optional<po::variables_map> vm;
  auto in = people_csv::read_import_file(ctx, false, "employers (docs/import-formats.md)", errors,
                                         people_csv::employer_columns(), vm);
  if (!vm) return 0;
  std::vector<std::pair<int, model::Employer>> parsed;
  std::map<std::string, int> seen;
  for (const auto& row : in.table.rows) {
    csv::Fields f(in.table, row, errors);
    auto e = people_csv::parse_employer(f);
    std::string code = f.raw("事業所コード");
    if (!code.empty()) {
      auto [it, fresh] = seen.emplace(code, row.line);
      if (!fresh) {
        f.fail("事業所コード", "事業所コード '" + csv::safe_value(code) +
                                   "' appears again (first on line " + std::to_string(it->second) +
                                   ")");
        continue;
      }
    }
    if (!e) continue;
    parsed.emplace_back(row.line, *e);
  }
  if (!errors.empty()) {
    people_csv::sort_by_place(errors);
    throw KyuyoErrors(errors);
  }
  auto db = open_db(*vm);
  db::EmployerRepo repo(*db);
  *ctx.out << people_csv::store_all(*db, in.file, parsed, "employer",
                                    [&](const auto& e) { return repo.upsert(e); });
  return 0;
}
Register reg({"import", "employers"},
             "Import employers (事業所) from CSV (UTF-8 or Shift_JIS; all or nothing)", run);
}  // namespace
}  // namespace kyuyo::cli
