#pragma once
/// \brief One employee's pay for one payment: gross items, 通勤手当 split, premiums (from the
/// social engine), withholding (from the withholding engine), 住民税 特別徴収 and other
/// deductions, composed into a PayslipResult with a trace. Pure: every fact is an argument.
#include <optional>

#include "kyuyo/model/employee.hpp"
#include "kyuyo/model/employer.hpp"
#include "kyuyo/payroll/calculators.hpp"
#include "kyuyo/payroll/pay_input.hpp"
#include "kyuyo/payroll/payslip.hpp"
#include "kyuyo/payroll/resident_tax.hpp"
#include "kyuyo/rules/rule_file.hpp"

namespace kyuyo::payroll {

struct PayContext {
  const model::Employer* employer = nullptr;
  const model::Employee* employee = nullptr;
  int dependents = 0;  ///< 扶養親族等の数 on the payment date (withholding engine's count)
  const rules::RuleFile* commute_rules = nullptr;     ///< payroll.commute on the payment date
  std::optional<ResidentTaxNotice> resident_notice;   ///< for resident_tax_fiscal_year(payment)
  std::optional<StandardAmounts> standard;            ///< monthly: 標準報酬月額 for the premium month
  // bonus only
  Yen prev_month_after_social;       ///< 前月の社会保険料等控除後の給与等
  bool prev_month_paid = true;
  Yen prior_standard_bonus_health_fy;
  Yen prior_standard_bonus_pension_month;
  /// 産休/育休 periods of the employee (payroll CSV); the social engine decides the exempt months.
  std::vector<LeaveSpan> leaves;
  /// 住民税 on a leaver's last pay (the monthly pay whose period is the month of the 退職日):
  /// whether the employee asked for 一括徴収 (payroll CSV 住民税一括徴収). See leaver_resident_tax.
  bool resident_lump_requested = false;
  /// false: no trace is kept (bulk runs that store figures only; `kyuyo payroll run --no-trace`).
  bool trace = true;
};

/// 翌月徴収 (default): the premium month is the month before the pay period; 当月徴収: the period.
YearMonth premium_month_for(const model::Employer& er, const YearMonth& period);

/// True when the monthly pay of `period` is a leaver's last pay for 住民税 (period = the month of
/// the 退職日).
bool is_leavers_last_pay(const model::Employee& ee, const PayInput& in);
/// True for a monthly pay whose period is after the month of the 退職日 (no 住民税 特別徴収).
bool is_pay_after_leaving(const model::Employee& ee, const PayInput& in);

/// Computes one payslip. Errors name the employee code and period.
Result<PayslipResult> compute_pay(const PayInput& in, const PayContext& ctx, const PremiumCalculator& premiums,
                                  const WithholdingCalculator& withholding);

}  // namespace kyuyo::payroll
