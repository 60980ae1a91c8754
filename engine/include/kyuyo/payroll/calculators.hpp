#pragma once
/// \brief The seams through which a pay computation asks the premium and withholding engines
/// (kyuyo::social, kyuyo::withholding) for their figures. The payroll module never computes a
/// premium or a tax itself; engine_calculators.hpp binds these to the real engines, and tests
/// can substitute fixed figures.
#include <optional>
#include <string>
#include <vector>

#include "kyuyo/core/date.hpp"
#include "kyuyo/core/error.hpp"
#include "kyuyo/core/yen.hpp"
#include "kyuyo/model/employee.hpp"
#include "kyuyo/model/employer.hpp"
#include "kyuyo/payroll/employer_totals.hpp"
#include "kyuyo/payroll/leave.hpp"

namespace kyuyo::payroll {

/// 標準報酬月額 in force for a premium month (from the determination; see social module).
struct StandardAmounts {
  Yen health;    ///< 健康保険 標準報酬月額
  Yen pension;   ///< 厚生年金 標準報酬月額
  int health_grade = 0;
  int pension_grade = 0;
};

/// One premium deducted from the employee, shown as its own line on the payslip.
struct PremiumLine {
  std::string code;  ///< "health", "care", "kids_support", "pension", "employment"
  std::string name;  ///< 健康保険料, 介護保険料, 子ども・子育て支援金, 厚生年金保険料, 雇用保険料
  Yen amount;
};

struct PremiumFigures {
  std::vector<PremiumLine> lines;  ///< employee shares, as deducted (zero lines omitted)
  Yen social_insurance;            ///< 健保+介護+支援金+厚年 deducted
  Yen employment;                  ///< 雇用保険 deducted
  Yen standard_bonus_health;       ///< bonus: 標準賞与額 used for 健保 (after the fiscal-year cap)
  Yen standard_bonus_pension;      ///< bonus: 標準賞与額 used for 厚年 (after the monthly cap)
  PremiumExact exact;              ///< unrounded totals for the employer's run totals (employer_totals.hpp)
  /// Set when 健保・厚年 are exempt for the month or bonus because of a leave: the kind of leave.
  std::optional<LeaveKind> exempt_by_leave;
  std::vector<std::string> trace;
};

struct MonthlyPremiumQuery {
  const model::Employer* employer = nullptr;
  const model::Employee* employee = nullptr;
  YearMonth premium_month;        ///< …月分 charged on this payment (翌月徴収: the previous month)
  Date payment_date;
  std::optional<StandardAmounts> standard;  ///< none → no 健保/厚年 (not insured)
  Yen wages_paid;                 ///< 雇用保険: wages actually paid (通貨+現物, commuting included)
  Date wage_date;                 ///< 賃金締切日 of those wages (the pay period's last day): 雇用保険 year
  std::vector<LeaveSpan> leaves;  ///< 産休/育休 periods of the employee (exemption by the social engine)
  bool trace = true;              ///< false: figures without explain lines
};

struct BonusPremiumQuery {
  const model::Employer* employer = nullptr;
  const model::Employee* employee = nullptr;
  YearMonth premium_month;        ///< the month the bonus is paid
  Date payment_date;
  Yen bonus;                      ///< 賞与額 (通貨+現物)
  Yen prior_standard_bonus_health_fy;    ///< 標準賞与額 already counted this 年度 (573万 cap)
  Yen prior_standard_bonus_pension_month;///< 標準賞与額 already counted this month (150万 cap)
  bool insured = true;            ///< 健保・厚年 in the month
  std::vector<LeaveSpan> leaves;  ///< 産休/育休 periods of the employee (bonus exemption)
  bool trace = true;              ///< false: figures without explain lines
};

class PremiumCalculator {
 public:
  virtual ~PremiumCalculator() = default;
  virtual Result<PremiumFigures> monthly(const MonthlyPremiumQuery& q) const = 0;
  virtual Result<PremiumFigures> bonus(const BonusPremiumQuery& q) const = 0;
  /// 標準報酬月額 (健保 and 厚年 grades) for a 報酬月額 under the grade tables of the premium month.
  virtual Result<StandardAmounts> standard_for(Yen remuneration, const YearMonth& premium_month) const = 0;
};

struct TaxFigure {
  Yen tax;
  std::vector<std::string> trace;
};

struct MonthlyTaxQuery {
  Date payment_date;
  Yen amount_after_social;  ///< 社会保険料等控除後の給与等の金額
  int dependents = 0;       ///< 扶養親族等の数
  model::TaxColumn column = model::TaxColumn::kKou;
  model::WithholdingMethod method = model::WithholdingMethod::kTable;
  bool trace = true;  ///< false: the explain lines are not needed
};

struct BonusTaxQuery {
  Date payment_date;
  Yen bonus;                ///< 賞与の金額 (課税)
  Yen social;               ///< 賞与から控除する社会保険料等
  Yen prev_month_after_social;  ///< 前月の社会保険料等控除後の給与等 (0 when none was paid)
  bool prev_month_paid = true;  ///< false: 前月中に普通給与の支払がない (月額表 method)
  int dependents = 0;
  model::TaxColumn column = model::TaxColumn::kKou;
  bool trace = true;
};

class WithholdingCalculator {
 public:
  virtual ~WithholdingCalculator() = default;
  virtual Result<TaxFigure> monthly(const MonthlyTaxQuery& q) const = 0;
  virtual Result<TaxFigure> bonus(const BonusTaxQuery& q) const = 0;
};

}  // namespace kyuyo::payroll
