#pragma once
/// \brief The parts of a pay run added for issue 6 (c)–(e), kept beside the run loop
/// (pay_run_service.cpp) so that the storage path stays as it is:
///  * before each employee's computation: the employee's 産休/育休 periods, the 住民税一括徴収
///    request of the row (PayContext fields);
///  * after it: the employer's premium totals (summed exactly, rounded once at the end), the
///    leavers whose remaining 住民税 switches to 普通徴収, and warnings;
///  * at commit: the totals stored with the run (PayrollExtrasRepo).
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/adapters/db/payroll_extras_repo.hpp"
#include "kyuyo/core/strong_id.hpp"
#include "kyuyo/model/employee.hpp"
#include "kyuyo/payroll/employer_totals.hpp"
#include "kyuyo/payroll/pay_computation.hpp"

namespace kyuyo::payroll_run {

class RunExtras {
 public:
  RunExtras(db::Database& db, EmployerId er, payroll::RunKind kind, const std::string& key);
  /// Fills ctx.leaves and ctx.resident_lump_requested.
  void prepare(const model::Employee& ee, payroll::PayContext& ctx);
  /// Adds one computed slip.
  void add(const payroll::PayslipResult& r);
  std::vector<payroll::EmployerPremiumTotal> totals() const { return payroll::employer_premium_totals(sum_); }
  /// Stores the totals with run_id (inside the run's transaction).
  void store(std::int64_t run_id);
  /// 社員番号 of the employees insured for 健保・厚年 in premium month m (資格 in force, not past
  /// the age limits, no exempting 産休/育休) who have no pay data under this monthly run's key: their
  /// premiums are owed (the 納入告知 bills them) but are in neither the run nor its totals.
  std::vector<std::string> insured_without_pay(db::Database& db, EmployerId er, const std::string& key,
                                               const YearMonth& m) const;

  std::vector<payroll::ResidentTaxTransfer> transfers;  ///< leavers → 普通徴収
  std::vector<std::string> warnings;

 private:
  db::PayrollExtrasRepo repo_;
  std::map<std::int64_t, std::vector<payroll::LeaveSpan>> leaves_;
  std::set<std::int64_t> lump_;
  payroll::PremiumExact sum_;
};

}  // namespace kyuyo::payroll_run
