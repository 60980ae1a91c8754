#pragma once
/// \brief The employer's premium totals of one pay run (事業主負担), accumulated slip by slip so that
/// a run of any size keeps only these sums in memory.
///
/// Same arithmetic as social::employer_month_totals (日本年金機構「保険料の計算方法について」:
/// the 納入告知書 amount is Σ over the insured persons of 標準報酬月額 (or 標準賞与額) × rate, the
/// yen fraction cut once on the company total; the employer share is that total minus the employee
/// shares deducted, so the 50銭-rule 端数 of every employee falls to the employer):
///   * 健康保険 (一般 + 介護 + 子ども・子育て支援金, rounded as one rate like the deductions):
///     total = truncate_to_yen(Σ exact), employer = total − Σ employee;
///   * 厚生年金: the same;
///   * 子ども・子育て拠出金: employer only, truncate_to_yen(Σ 厚年 base × 0.36%);
///   * 雇用保険: employee = Σ deducted; employer = truncate_to_yen(Σ wages × employer rate), an
///     estimate (the binding figure is the annual 確定保険料, not billed monthly).
/// The 納入告知書 (年金機構, 協会けんぽ) covers health + pension + 拠出金; 雇用保険 is paid through
/// the 労働保険 年度更新 and is shown for the employer's cost only.
#include <string>
#include <vector>

#include "kyuyo/core/rate.hpp"
#include "kyuyo/core/yen.hpp"

namespace kyuyo::payroll {

/// One employee's (or a sum of employees') unrounded premium totals and the shares deducted.
struct PremiumExact {
  ExactAmount health_total;     ///< base × (健保 + 介護 + 支援金) total rate
  Yen health_employee;          ///< deducted (健保 + 介護 + 支援金, one rounding)
  ExactAmount pension_total;    ///< base × 厚年 total rate
  Yen pension_employee;
  ExactAmount child_contribution;  ///< base × 拠出金 rate (employer only)
  ExactAmount employment_employer; ///< wages × 雇用保険 employer rate
  Yen employment_employee;
  PremiumExact& operator+=(const PremiumExact& o);
};

/// One row per premium kind, as stored with the run (table pay_run_premium_totals).
struct EmployerPremiumTotal {
  std::string premium;  ///< "health", "pension", "child_contribution", "employment"
  std::string name;     ///< 健康保険料(介護・支援金を含む), 厚生年金保険料, 子ども・子育て拠出金, 雇用保険料
  Yen total;            ///< billed total (雇用保険: employee + employer estimate)
  Yen employee;         ///< Σ employee shares deducted on the run's slips
  Yen employer;         ///< 事業主負担 = total − employee
};

/// The four rows of a run from the summed exact figures (see file comment for each rounding).
std::vector<EmployerPremiumTotal> employer_premium_totals(const PremiumExact& sum);

/// 納入告知書 amount of the rows (health + pension + child_contribution totals; not 雇用保険).
Yen notice_amount(const std::vector<EmployerPremiumTotal>& rows);

}  // namespace kyuyo::payroll
