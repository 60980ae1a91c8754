#pragma once
/// \brief 源泉徴収税額 (所得税及び復興特別所得税) on monthly pay and bonuses, 令和7年分 and
/// 令和8年分 (and any later year for which rule data is added), chosen by the payment date
/// (支払日).
///
/// Rule data (numbers; this module holds only formulas), all on the payment-date axis:
///   withholding.monthly    schemas/rules/withholding/monthly-*.xml   給与所得の源泉徴収税額表
///   月額表 withholding.computer   schemas/rules/withholding/computer-*.xml
///   電子計算機等を使用して源泉徴収税額を
///                                                                   計算する方法 別表第一〜第四
///   withholding.bonus      schemas/rules/withholding/bonus-*.xml
///   賞与に対する源泉徴収税額の算出率の表 withholding.dependents
///   schemas/rules/withholding/dependents-*.xml 扶養親族等の数 income/age limits
///
/// Typical use (pay run):
///   const auto& lib = xml::default_rule_library();            // adapters
///   withholding::Engine eng(lib);                              // compiles the tables once
///   auto n = withholding::dependents_count(lib, {&employee, &dependents, payment_date});
///   auto t = eng.monthly({payment_date, amount_after_social, n->total, column, method});
///   if (!t) ... t->error().message names the rule file / the refused case
///   t->tax, t->trace (explain lines citing file and table)
///
/// Free functions monthly_tax()/bonus_tax() build an Engine per call (fine for one-off use; a
/// pay run or benchmark should keep one Engine). 日額表 (daily/weekly pay periods) is refused.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kyuyo/core/date.hpp"
#include "kyuyo/core/error.hpp"
#include "kyuyo/core/yen.hpp"
#include "kyuyo/model/employee.hpp"
#include "kyuyo/model/employer.hpp"
#include "kyuyo/rules/rule_file.hpp"

namespace kyuyo::withholding {

using model::TaxColumn;          ///< kKou 甲欄 / kOtsu 乙欄
using model::WithholdingMethod;  ///< kTable 月額表 / kComputer 電算機特例 (甲欄 only)

/// Pay period of the payment. Only monthly is supported; kDaily/kWeekly (日額表) are refused with
/// ErrorCode::kUnsupported.
enum class PayPeriod { kMonthly, kDaily, kWeekly };

struct TaxResult {
  Yen tax;  ///< 源泉徴収税額 (所得税及び復興特別所得税), ≥ 0
  std::vector<std::string> trace;  ///< explain lines: row, rates, rounding steps, rule file + table
};

struct MonthlyQuery {
  Date payment_date;  ///< 支払日: selects the year's table
  Yen amount_after_social;  ///< 社会保険料等控除後の給与等の金額 (非課税通勤手当 excluded)
  /// 甲欄: 扶養親族等の数 (see dependents_count). 乙欄: the number of persons declared on the
  /// 従たる給与についての扶養控除等申告書 (1,610 yen each is subtracted; 月額表 備考2).
  int dependents = 0;
  TaxColumn column = TaxColumn::kKou;
  WithholdingMethod method = WithholdingMethod::kTable;  ///< kComputer applies to 甲欄 only
  PayPeriod period = PayPeriod::kMonthly;
};

struct BonusQuery {
  Date payment_date;  ///< 支払日 of the bonus
  Yen bonus;          ///< 賞与の金額 (課税)
  Yen social;         ///< 賞与から控除する社会保険料等
  Yen prev_month_after_social;  ///< 前月の社会保険料等控除後の普通給与の金額 (0 when none was paid)
  bool prev_month_paid = true;  ///< false: no ordinary pay in the previous month (月額表 method)
  int dependents = 0;           ///< as MonthlyQuery::dependents
  TaxColumn column = TaxColumn::kKou;
  int period_months = 6;  ///< 賞与の計算期間: 6, or 12 when it exceeds 6 months (exceptions only)
};

/// Compiled withholding tables for every year present in a RuleLibrary. Construction reads the
/// rule data once (throws KyuyoError(kRuleData) naming file/table on malformed data); the
/// calculation methods are then allocation-free when trace is off. Thread-safe for const use.
class Engine {
 public:
  explicit Engine(const rules::RuleLibrary& lib);
  ~Engine();
  Engine(Engine&&) noexcept;
  Engine& operator=(Engine&&) noexcept;

  /// Monthly withholding. Errors: negative amount/dependents (kInvalidInput), 日額表 or 電算機特例
  /// with 乙欄 (kUnsupported), no rule data for the payment date (kRuleData).
  Result<TaxResult> monthly(const MonthlyQuery& q, bool trace = true) const;
  /// Bonus withholding: 算出率の表, or the 月額表 method when the previous month had no pay or the
  /// bonus after social insurance exceeds 10 × the previous month's pay (算出率の表 備考).
  Result<TaxResult> bonus(const BonusQuery& q, bool trace = true) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// One-off conveniences (compile the tables on each call).
Result<TaxResult> monthly_tax(const rules::RuleLibrary& lib, Date payment_date,
                              Yen amount_after_social, int dependents,
                              TaxColumn column = TaxColumn::kKou,
                              WithholdingMethod method = WithholdingMethod::kTable);
Result<TaxResult> bonus_tax(const rules::RuleLibrary& lib, const BonusQuery& q);

// ---- 扶養親族等の数
// ------------------------------------------------------------------------------

struct DependentsQuery {
  const model::Employee* employee = nullptr;
  const std::vector<model::Dependent>* dependents = nullptr;  ///< the employee's declared relatives
  Date as_of;  ///< payment date: selects the year's rules; ages are taken at 31 December of that
               ///< year
  /// 本人の合計所得金額の見積額 (源泉控除対象配偶者 needs ≤ 900万). Absent: taken as within the
  /// limit.
  std::optional<Yen> employee_estimated_income;
};

struct DependentsCount {
  int total = 0;      ///< 扶養親族等の数 for the 甲欄 (0 for a 乙欄 employee)
  int spouse = 0;     ///< 源泉控除対象配偶者 (0/1)
  int relatives = 0;  ///< 控除対象扶養親族 (16+) [+ 2026: 特定親族 with income ≤ 100万]
  int additions =
      0;  ///< +1 each: 本人 障害者/寡婦/ひとり親/勤労学生; disabled 同一生計配偶者/扶養親族
  std::vector<std::string> trace;
};

/// 扶養親族等の数 from the employee's own status and declared dependents (月額表の使い方;
/// 令和8年分: 源泉控除対象親族 incl. 特定親族 with 合計所得 ≤ 100万). Rules from
/// withholding.dependents.
Result<DependentsCount> dependents_count(const rules::RuleLibrary& lib, const DependentsQuery& q);

}  // namespace kyuyo::withholding
