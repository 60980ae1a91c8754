#pragma once
/// \brief The result of one employee's pay computation (給与明細 / 賞与明細): every line paid and
/// deducted, the totals and the trace. This is what a run stores and what payslips and the
/// 賃金台帳 print; nothing downstream recomputes it.
#include <string>
#include <vector>

#include "kyuyo/core/yen.hpp"
#include "kyuyo/payroll/calculators.hpp"
#include "kyuyo/payroll/employer_totals.hpp"
#include "kyuyo/payroll/pay_input.hpp"
#include "kyuyo/payroll/resident_tax.hpp"

namespace kyuyo::payroll {

enum class LineSection { kEarning, kDeduction };

struct PayslipLine {
  LineSection section = LineSection::kEarning;
  std::string code;  ///< item code, or premium/tax code ("health", "income_tax", "resident_tax")
  std::string name;
  Yen amount;
};

struct PayslipResult {
  RunKind kind = RunKind::kMonthly;
  YearMonth period;
  Date payment_date;
  Attendance days;
  std::vector<PayslipLine> lines;

  // totals (all derived from lines; kept for queries and the year-end read API)
  Yen gross;              ///< 支給合計 (cash + 現物)
  Yen in_kind;            ///< 現物給与 (included in gross, not paid in cash)
  Yen non_taxable;        ///< 非課税支給 (通勤手当の非課税分 and other non-taxable items)
  Yen taxable;            ///< 課税支給額 = gross − non_taxable
  Yen social_insurance;   ///< 健保+介護+支援金+厚年
  Yen employment_insurance;
  Yen income_tax;         ///< 源泉所得税 (所得税及び復興特別所得税)
  Yen resident_tax;       ///< 住民税 特別徴収
  Yen other_deductions;   ///< 財形, 組合費 …
  Yen total_deductions;   ///< 控除合計
  Yen net;                ///< 差引支給額 = gross − in_kind − total_deductions (paid in cash)
  Yen remuneration;       ///< 社会保険の報酬 (通貨+現物, 通勤手当 included) of this payment
  Yen wages;              ///< 雇用保険の賃金 of this payment

  // inputs used (stored with the run)
  int dependents = 0;
  model::TaxColumn column = model::TaxColumn::kKou;
  YearMonth premium_month;
  std::optional<StandardAmounts> standard;  ///< monthly runs
  Yen standard_bonus_health, standard_bonus_pension;  ///< bonus runs

  std::vector<std::string> trace;

  /// Remarks printed on the payslip (stored with the lines): 「産休免除 …」/「育休免除 …」 when 健保・厚年
  /// are exempt, 「住民税一括徴収 …」 on a leaver's last pay.
  std::vector<std::string> remarks;

  // computed by the run, not stored with the slip
  PremiumExact premium_exact;  ///< feeds the run's employer totals (employer_totals.hpp)
  std::optional<ResidentTaxTransfer> resident_transfer;  ///< a leaver whose rest goes to 普通徴収
  std::optional<std::string> warning;                    ///< e.g. 一括徴収 not possible (stderr)

  Yen taxable_after_social() const { return taxable - social_insurance - employment_insurance; }
};

}  // namespace kyuyo::payroll
