#pragma once
/// \brief The building blocks of the 年末調整, each reading one rule set (the "yearend" or
/// "yearend.employment_income" RuleFile for the year) and returning an amount plus a trace line.
/// compute() (year_end.hpp) chains them; declarations imports and tests call them directly.
#include "kyuyo/core/rate.hpp"
#include "kyuyo/rules/rule_file.hpp"
#include "kyuyo/yearend/input.hpp"
#include "kyuyo/yearend/result.hpp"

namespace kyuyo::yearend {

/// The rule sets for a tax year (looked up by 1 January of year).
struct YearRules {
  const rules::RuleFile& deductions;  ///< id "yearend"
  const rules::RuleFile& table5;      ///< id "yearend.employment_income"
};
YearRules year_rules(const rules::RuleLibrary& lib, int year);

/// ⑨ 給与所得控除後の給与等の金額: 別表第五 below 6,600,000, the formulas above (所得税法28条).
Yen employment_income(const YearRules& r, Yen salary, TraceStep* trace = nullptr);

/// ⑩ 所得金額調整控除 (措法41条の3の11第1項): (min(salary, 1,000万) − 850万) × 10%, 1円未満切上げ,
/// when `eligible` (employee 特別障害者, a dependent under 23, or a 特別障害者 spouse/dependent).
Yen income_adjustment(const YearRules& r, Yen salary, bool eligible, TraceStep* trace = nullptr);

/// ⑳ 基礎控除 by 合計所得金額.
Yen basic_deduction(const YearRules& r, Yen total_income, TraceStep* trace = nullptr);

/// ⑰ 配偶者控除 or 配偶者特別控除 (0 when not eligible). claim receives which one applied.
Yen spouse_deduction(const YearRules& r, Yen employee_income, const Spouse& spouse, SpouseClaim* claim = nullptr,
                     TraceStep* trace = nullptr);

/// ⑱ 特定親族特別控除 for one 特定親族 with this 合計所得金額 (0 outside the band).
Yen specific_relative_deduction(const YearRules& r, Yen relative_income, TraceStep* trace = nullptr);

/// One insurance formula row set of table "life_insurance" ("new" 計算式Ⅰ, "old" 計算式Ⅲ,
/// "special" 計算式Ⅱ), 1円未満切上げ. 0 for 0 paid.
Yen life_formula(const YearRules& r, const std::string& formula, Yen paid);

/// ⑮ 生命保険料控除 from the premiums. special: the employee has a 扶養親族 under 23 (only where
/// the year's rule data has the "special" formula, i.e. 令和8年分).
struct LifeInsuranceDeduction {
  Yen general{0}, care{0}, pension{0}, total{0};
  bool special_applied = false;
};
LifeInsuranceDeduction life_insurance_deduction(const YearRules& r, const LifeInsurancePremiums& p, bool special,
                                                std::vector<TraceStep>* trace = nullptr);

/// ⑯ 地震保険料控除 (地震保険料 + 旧長期損害保険料, cap 5万円).
Yen earthquake_deduction(const YearRules& r, const EarthquakePremiums& p, TraceStep* trace = nullptr);

/// ㉓ 算出所得税額 from ㉒ (速算表).
Yen computed_tax(const YearRules& r, Yen taxable_income, TraceStep* trace = nullptr);

/// 住宅借入金等特別控除額 from the declared balance: balance (capped at limit) × rate,
/// 100円未満切捨て (措法41条; e.g. 0.7% for homes occupied 令和4年以後).
Yen housing_credit_from_balance(Yen year_end_balance, Yen balance_limit, Rate rate);

}  // namespace kyuyo::yearend
