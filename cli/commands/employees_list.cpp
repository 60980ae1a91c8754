// kyuyo employees list: the employees of one employer (or all), as text or as CSV in the
// employees import format (so a listing can be edited and imported again).
#include <iostream>

#include "command.hpp"
#include "kyuyo/adapters/csv/csv_writer.hpp"
#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/adapters/db/employee_repo.hpp"
#include "kyuyo/core/error.hpp"
#include "people_csv.hpp"

namespace kyuyo::cli {
namespace {
int run(Context& ctx) {
  po::options_description d("options");
  add_db_option(d);
  add_employer_options(d, true);
  d.add_options()("format", po::value<std::string>()->default_value("text"),
                  "text, or csv (UTF-8, the columns of the employees import file)")(
      "output", po::value<std::string>(),
      "with --format csv: write this file (UTF-8 with BOM, for Excel) instead of stdout");
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  std::string format = (*vm)["format"].as<std::string>();
  if (format != "text" && format != "csv") throw UsageError("--format must be text or csv");
  if (vm->count("output") && format != "csv") throw UsageError("--output needs --format csv");
  auto db = open_db(*vm);
  auto ids = resolve_employers(*db, *vm);
  db::EmployerRepo employers(*db);
  db::EmployeeRepo repo(*db);
  csv::Writer w(vm->count("output") ? csv::OutputEncoding::kUtf8Bom : csv::OutputEncoding::kUtf8);
  if (format == "csv") w.row(people_csv::employee_header());
  for (auto id : ids) {
    auto er = employers.find(EmployerId(id));
    if (!er) continue;
    auto list = repo.list_by_employer(er->id);
    if (format == "text")
      *ctx.out << er->code << " " << er->name << ": " << list.size() << " employee(s)\n";
    for (const auto& e : list) {
      if (format == "csv") {
        w.row(people_csv::employee_row(er->code, e));
        continue;
      }
      auto row = people_csv::employee_row(er->code, e);
      *ctx.out << "  " << e.code << "  " << e.family_name << " " << e.given_name << "  "
               << iso(e.birth_date) << "  " << row[7] << "  入社 " << iso(e.hire_date);
      if (e.leave_date) *ctx.out << "  退職 " << iso(*e.leave_date);
      *ctx.out << "  " << row[13] << "欄  " << row[14] << "  扶養等 "
               << repo.dependents_of(e.id).size() << "\n";
    }
  }
  if (format == "csv" && vm->count("output")) {
    w.save((*vm)["output"].as<std::string>());
    *ctx.err << "wrote " << (*vm)["output"].as<std::string>() << "\n";
  } else if (format == "csv") {
    *ctx.out << w.bytes();
  }
  return 0;
}
Register reg({"employees", "list"}, "List employees (--format text|csv; csv re-imports as is)",
             run);
}  // namespace
}  // namespace kyuyo::cli
