#include "kyuyo/adapters/payroll/run_extras.hpp"

#include <soci/soci.h>

#include "kyuyo/social/eligibility.hpp"
#include "kyuyo/social/payroll_premiums.hpp"

namespace kyuyo::payroll_run {

RunExtras::RunExtras(db::Database& db, EmployerId er, payroll::RunKind kind, const std::string& key) : repo_(db) {
  leaves_ = repo_.leaves(er);
  lump_ = repo_.resident_lump_requests(er, kind, key);
}

void RunExtras::prepare(const model::Employee& ee, payroll::PayContext& ctx) {
  const std::int64_t id = ee.id.value();
  if (auto it = leaves_.find(id); it != leaves_.end()) ctx.leaves = it->second;
  ctx.resident_lump_requested = lump_.count(id) > 0;
}

void RunExtras::add(const payroll::PayslipResult& r) {
  sum_ += r.premium_exact;
  if (r.resident_transfer) transfers.push_back(*r.resident_transfer);
  if (r.warning) warnings.push_back(*r.warning);
}

std::vector<std::string> RunExtras::insured_without_pay(db::Database& db, EmployerId er, const std::string& key,
                                                      const YearMonth& m) const {
  std::vector<std::string> out;
  long long erid = er.value();
  std::string k = "monthly";
  long long id = 0;
  std::string code, hire, birth, leave;
  soci::indicator leave_ind = soci::i_null;
  soci::statement st =
      (db.session().prepare << "SELECT e.id, e.code, e.hire_date, e.birth_date, e.leave_date FROM employees e "
                               "WHERE e.employer_id = :er AND e.social_insurance = 1 AND NOT EXISTS (SELECT 1 FROM "
                               "payroll_inputs i WHERE i.employee_id = e.id AND i.kind = :k AND i.run_key = :r) "
                               "ORDER BY e.code",
       soci::use(erid), soci::use(k), soci::use(key), soci::into(id), soci::into(code), soci::into(hire),
       soci::into(birth), soci::into(leave, leave_ind));
  st.execute();
  while (st.fetch()) {
    auto h = parse_date(hire);
    auto b = parse_date(birth);
    if (!h || !b) continue;  // incomplete master data: the employee import reports it
    std::optional<Date> lost;
    if (leave_ind == soci::i_ok && !leave.empty())
      if (auto l = parse_date(leave)) lost = social::loss_date_after_leaving(*l);
    leave_ind = soci::i_null;
    if (!social::covered_in(m, *h, lost)) continue;
    if (!(m < social::health_end_month(*b)) && !(m < social::pension_end_month(*b))) continue;
    if (auto it = leaves_.find(id); it != leaves_.end() && social::exempting_leave(it->second, m, false)) continue;
    out.push_back(code);
  }
  return out;
}

void RunExtras::store(std::int64_t run_id) { repo_.store_employer_totals(run_id, totals()); }

}  // namespace kyuyo::payroll_run
