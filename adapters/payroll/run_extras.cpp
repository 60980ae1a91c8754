#include "kyuyo/adapters/payroll/run_extras.hpp"

namespace kyuyo::payroll_run {

RunExtras::RunExtras(db::Database& db, EmployerId er, payroll::RunKind kind, const std::string& key) : repo_(db) {
  leaves_ = repo_.leaves(er);
  lump_ = repo_.resident_lump_requests(er, kind, key);
}

void RunExtras::prepare(const model::Employee& ee, const payroll::PayInput& in, payroll::PayContext& ctx) {
  const std::int64_t id = ee.id.value();
  if (auto it = leaves_.find(id); it != leaves_.end()) ctx.leaves = it->second;
  ctx.resident_lump_requested = lump_.count(id) > 0;
}

void RunExtras::add(const payroll::PayslipResult& r) {
  sum_ += r.premium_exact;
  if (r.resident_transfer) transfers.push_back(*r.resident_transfer);
  if (r.warning) warnings.push_back(*r.warning);
}

void RunExtras::store(std::int64_t run_id) { repo_.store_employer_totals(run_id, totals()); }

}  // namespace kyuyo::payroll_run
