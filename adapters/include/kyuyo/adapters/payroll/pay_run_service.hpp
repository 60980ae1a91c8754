#pragma once
/// \brief A monthly or bonus pay run over the store: streams the period's inputs employee by
/// employee, computes each payslip through payroll::compute_pay (premiums and withholding from
/// their engines; a pipeline of bounded batches: rows read on a reader thread, computed on a
/// worker, stored on the caller's thread), and
/// stores the run in one transaction (final or absent). Re-running a period
/// whose final run gives the same result is a no-op; a different result is refused until the
/// run is reversed. Used by `kyuyo payroll run`, `kyuyo bonus run` and `kyuyo bench payroll`.
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/core/strong_id.hpp"
#include "kyuyo/model/employee.hpp"
#include "kyuyo/model/employer.hpp"
#include "kyuyo/payroll/calculators.hpp"
#include "kyuyo/payroll/employer_totals.hpp"
#include "kyuyo/payroll/pay_input.hpp"
#include "kyuyo/payroll/resident_tax.hpp"
#include "kyuyo/rules/rule_file.hpp"

namespace kyuyo::payroll_run {

/// The facts the pay computation needs from other modules, looked up per employee.
/// Threads: run() calls `standard` on the thread that reads the rows (a reader thread with its own
/// read-only connection, passed as the Database argument, when the store allows one; otherwise
/// the run's own thread with the run's connection), and dependents, premiums and withholding (all
/// of premiums' members, through payroll::compute_pay) on one worker thread. `standard` must not
/// share mutable state with the others (engine_sources' do not).
struct Sources {
  std::shared_ptr<void> keep_alive;  ///< owns the calculators below when bound by engine_sources
  const payroll::PremiumCalculator* premiums = nullptr;
  const payroll::WithholdingCalculator* withholding = nullptr;
  /// 扶養親族等の数 on the payment date (withholding module's count).
  std::function<int(const model::Employee&, const std::vector<model::Dependent>&, const Date&)> dependents;
  /// 標準報酬月額 in force for the premium month (social module's determination); nullopt when
  /// the employee is not insured that month.
  std::function<std::optional<payroll::StandardAmounts>(db::Database&, const model::Employee&, const YearMonth&)>
      standard;
};

struct RunRequest {
  EmployerId employer;
  payroll::RunKind kind = payroll::RunKind::kMonthly;
  YearMonth period;                   ///< monthly runs
  std::optional<Date> payment_date;   ///< overrides the inputs' date (monthly); the key (bonus)
  bool dry_run = false;               ///< compute and report, store nothing
  bool keep_trace = true;             ///< store each slip's trace (explain); off for bulk figures-only runs
  std::ostream* progress = nullptr;   ///< stderr progress ("123/1000 employees")
};

struct RunOutcome {
  std::int64_t run_id = 0;
  bool unchanged = false;  ///< a final run with the same result already existed
  int employees = 0;
  Yen gross, deductions, net;
  std::string key;
  /// The employer's premium totals of the run (stored with it; see run_extras.hpp).
  std::vector<payroll::EmployerPremiumTotal> employer_totals;
  /// Leavers of this run whose remaining 住民税 switches to 普通徴収 (給与所得者異動届出書 data).
  std::vector<payroll::ResidentTaxTransfer> resident_transfers;
  std::vector<std::string> warnings;  ///< e.g. a mandatory 一括徴収 the last pay could not cover
  /// Monthly runs: 社員番号 of employees insured in the premium month without pay data in the run
  /// (RunExtras::insured_without_pay): their premiums are not in employer_totals / notice_amount.
  std::vector<std::string> insured_without_pay;
};

/// Engine version recorded with every run.
std::string engine_version();

/// Runs one period (see file comment). Throws KyuyoErrors listing every employee that failed
/// (nothing is stored then), KyuyoError(kConflict) when a different final run exists.
RunOutcome run(db::Database& db, const rules::RuleLibrary& lib, const Sources& src, const RunRequest& req);

}  // namespace kyuyo::payroll_run
