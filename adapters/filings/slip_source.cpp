#include "kyuyo/adapters/filings/slip_source.hpp"

#include <map>

#include "kyuyo/adapters/db/employee_repo.hpp"
#include "kyuyo/adapters/db/employer_repo.hpp"
#include "kyuyo/adapters/db/payroll_repo.hpp"
#include "kyuyo/adapters/db/yearend_repo.hpp"
#include "kyuyo/core/error.hpp"
#include "kyuyo/forms/slip_builder.hpp"
#include "kyuyo/yearend/declarations.hpp"

namespace kyuyo::filings {

YearSlips load_slips(db::Database& db, const rules::RuleLibrary& lib, EmployerId employer, int year) {
  YearSlips out;
  auto er = db::EmployerRepo(db).find(employer);
  if (!er) throw KyuyoError(ErrorCode::kNotFound, "employer not found");
  out.employer = *er;
  db::EmployeeRepo employees(db);
  db::PayrollRepo payroll(db);
  db::YearEndRepo yearend(db);
  std::map<std::int64_t, db::StoredYearEnd> results;
  if (auto run = yearend.final_run(employer, year)) {
    out.year_end_run = true;
    for (auto& r : yearend.results(run->id)) results.emplace(r.employee_id.value(), std::move(r));
  }
  for (const auto& e : employees.list_by_employer(employer)) {
    forms::SlipInputs in;
    in.year = year;
    in.employer = *er;
    in.employee = e;
    in.payments = yearend::salary_payments(e, payroll.payments_for_year(e.id, year));
    auto r = results.find(e.id.value());
    if (in.payments.empty() && r == results.end()) continue;  // not paid in the year
    in.dependents = employees.dependents_of(e.id);
    in.declarations = yearend.declaration(e.id, year);
    if (r != results.end()) in.result = r->second.result;
    out.slips.push_back(forms::build_withholding_slip(lib, in));
  }
  if (out.slips.empty())
    throw KyuyoError(ErrorCode::kNotFound, "nobody was paid in " + std::to_string(year) + " by employer " + er->code +
                                               " (run the year's pay runs first: kyuyo payroll run)");
  return out;
}

}  // namespace kyuyo::filings
