#pragma once
/// \brief Storage for the pay-run additions of issue 6 (c)–(e), migration 0201:
///  * the employer's premium totals of each run (pay_run_premium_totals: one row per premium kind,
///    written in the run's transaction; immutable; a reversed run keeps them as history and every
///    read below skips reversed runs unless asked by run id);
///  * 産休/育休 periods (employee_leaves), entered with the pay data: one row per employee, kind and
///    start date; entering the same leave again with another end date replaces the end date;
///  * the 住民税一括徴収 request of a pay row (payroll_input_requests).
/// Kept apart from PayrollRepo so that the run storage path stays as it is.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/adapters/db/payroll_repo.hpp"
#include "kyuyo/core/strong_id.hpp"
#include "kyuyo/payroll/employer_totals.hpp"
#include "kyuyo/payroll/leave.hpp"

namespace kyuyo::db {

class PayrollExtrasRepo {
 public:
  explicit PayrollExtrasRepo(Database& db);  ///< installs the immutability guard (idempotent)

  // ---- employer premium totals ------------------------------------------------------------
  /// Stores the rows of run_id (inside the run's transaction).
  void store_employer_totals(std::int64_t run_id, const std::vector<payroll::EmployerPremiumTotal>& rows);
  /// The rows of a run (any status), in the order health, pension, child_contribution, employment;
  /// empty for runs stored before migration 0201.
  std::vector<payroll::EmployerPremiumTotal> employer_totals(std::int64_t run_id);

  // ---- 産休/育休 ---------------------------------------------------------------------------------
  UpsertOutcome upsert_leave(EmployerId er, EmployeeId ee, const payroll::LeaveSpan& leave, const std::string& source);
  /// Every leave of the employer's employees, by employee id (leaves are few: read once per run).
  std::map<std::int64_t, std::vector<payroll::LeaveSpan>> leaves(EmployerId er);

  // ---- 住民税一括徴収 ------------------------------------------------------------------------------
  /// Records the request (true) or its absence (false) for one input row. Throws
  /// KyuyoError(kConflict) when it differs from what a final run of that key used.
  UpsertOutcome set_resident_lump_request(EmployerId er, EmployeeId ee, payroll::RunKind kind, const std::string& key,
                                          bool requested, const std::string& source);
  /// Employees of the run key who asked for 一括徴収.
  std::set<std::int64_t> resident_lump_requests(EmployerId er, payroll::RunKind kind, const std::string& key);

 private:
  Database& db_;
};

}  // namespace kyuyo::db
