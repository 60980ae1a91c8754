#pragma once
/// \brief Monthly and bonus premiums of one employee, and the employer's month totals.
///
/// Rounding (日本年金機構「保険料の計算方法について」; 子ども・子育て支援金に関するQ&A 2026-02-12):
///  * employee share = standard amount × rate ÷ 2 (or × the 健保組合's employee rate), rounded by
///    rounding::round_50sen_rule (50銭以下切捨て, 50銭超切上げ);
///  * 健保 一般 + 介護 (ages 40–64) + 支援金 are rounded ONCE, on their combined rate; the lines
///    shown separately are: care and support each rounded alone, health = combined − care − support;
///  * the company total is Σ(standard × rate) over the employer's employees for the month,
///    truncated once (rounding::truncate_to_yen) per category (健保+介護+支援金, 厚年,
///    子ども・子育て拠出金); employer share = total − Σ employee shares (employer_month_totals);
///  * 雇用保険 employee share = wages actually paid × employee rate, rounding::round_50sen_rule
///    (和歌山労働局: 源泉控除の場合 50銭以下切捨て). The employer part shown per month is
///    wages × employer rate truncated; the binding figure is the annual 確定保険料.
/// A PremiumResult of one employee also carries employer figures "as if alone" (the employer
/// month totals of a one-employee company); a pay run should call employer_month_totals.
#include <optional>
#include <string>
#include <vector>

#include "kyuyo/core/date.hpp"
#include "kyuyo/core/error.hpp"
#include "kyuyo/core/rate.hpp"
#include "kyuyo/core/yen.hpp"
#include "kyuyo/model/employer.hpp"
#include "kyuyo/rules/rule_file.hpp"
#include "kyuyo/social/eligibility.hpp"
#include "kyuyo/social/grades.hpp"
#include "kyuyo/social/rates.hpp"

namespace kyuyo::social {

/// Facts about the employer needed for premiums.
struct InsurerFacts {
  int prefecture = 13;                       ///< JIS code of the 事業所 (協会けんぽ 支部)
  const rules::RuleFile* kumiai = nullptr;   ///< 健保組合 rate file (id social.health.kumiai); null = 協会けんぽ
  model::EmploymentBusiness business = model::EmploymentBusiness::kGeneral;
};

/// Facts about the employee for the premium month.
struct PersonFacts {
  Date birth_date;
  bool social_insured = true;       ///< 健保・厚年 被保険者 at all
  bool employment_insured = true;   ///< 雇用保険 被保険者
  Date acquired;                    ///< 資格取得日 (健保・厚年)
  std::optional<Date> lost;         ///< 資格喪失日 (退職日の翌日); see loss_date_after_leaving
  std::optional<LeavePeriod> leave; ///< 産前産後休業 / 育児休業
};

struct PremiumInput {
  InsurerFacts insurer;
  PersonFacts person;
  YearMonth premium_month;          ///< …月分
  Grades standard;                  ///< 標準報酬月額 in force (from the determination); see grade_for
  Yen wages_paid;                   ///< 雇用保険: wages actually paid (通貨+現物, 通勤手当 included)
  Date wage_date;                   ///< 賃金締切日 of those wages (picks the 雇用保険 year);
                                    ///< default (not_a_date_time) → last day of premium_month
  bool trace = true;                ///< false: no explain lines (a pay run with --no-trace)
};

struct BonusInput {
  InsurerFacts insurer;
  PersonFacts person;
  Date payment_date;                ///< 賞与支払日: its month is the premium month
  Yen bonus;                        ///< 賞与額 (通貨+現物)
  Yen prior_health_fy;              ///< 標準賞与額 (健保) already counted this 年度 (April–March)
  Yen prior_pension_month;          ///< 標準賞与額 (厚年) already counted this month
  bool trace = true;                ///< false: no explain lines
};

/// One premium figure: employee share as deducted, employer share, and the exact total before the
/// company-level truncation (needed by employer_month_totals).
struct PremiumPart {
  Yen employee;
  Yen employer;
  ExactAmount exact_total;          ///< base × total rate, unrounded
  ExactAmount exact_employer;       ///< 雇用保険 only: base × employer rate, unrounded
  Rate rate;                        ///< total rate applied (0 when not charged)
  bool charged = false;
};

struct PremiumResult {
  YearMonth premium_month;
  bool bonus = false;
  Yen health_base;                  ///< 標準報酬月額 or 標準賞与額 (after the 573万 cap) for 健保/介護/支援金
  Yen pension_base;                 ///< 標準報酬月額 or 標準賞与額 (after the 150万 cap) for 厚年/拠出金
  Yen employment_base;              ///< wages / bonus for 雇用保険
  int health_grade = 0, pension_grade = 0;  ///< monthly only
  /// 健保 + 介護 + 支援金 rounded once on the combined rate; employee = amount deducted.
  PremiumPart health_combined;
  Yen health_employee_line;         ///< 健康保険料 line = combined − care − support lines
  Yen care_employee_line;           ///< 介護保険料 line (its own rounding, display only)
  Yen support_employee_line;        ///< 子ども・子育て支援金 line (its own rounding, display only)
  bool care_charged = false;
  PremiumPart pension;
  PremiumPart child_contribution;   ///< 子ども・子育て拠出金 (employee share always 0)
  PremiumPart employment;
  /// Bonus running totals after this bonus (feed the next bonus_premiums call).
  Yen health_fy_total_after;
  Yen pension_month_total_after;
  Yen social_employee() const { return health_combined.employee + pension.employee; }
  std::vector<std::string> trace;   ///< explain: grades, rates (file/table), rounding steps
};

/// Monthly premiums (…月分) of one employee. Not charged (zero, with a trace line): outside
/// coverage (acquisition month charged, loss month not), 厚年 from the month of 70, 健保 (and 介護,
/// 支援金) from the month of 75, months exempt by leave. 雇用保険 is due on wages whenever
/// employment_insured.
Result<PremiumResult> monthly_premiums(const rules::RuleLibrary& lib, const PremiumInput& in);
/// The same with the rates taken from (and remembered in) `rates`: what a pay run uses.
Result<PremiumResult> monthly_premiums(const RateSource& rates, const PremiumInput& in);

/// Bonus premiums: 標準賞与額 = bonus truncated to 1,000 yen (rounding::truncate_to_1000_yen),
/// 健保/介護/支援金 capped at 5,730,000 per 年度 given prior_health_fy, 厚年 (and 拠出金) capped
/// at 1,500,000 per month given prior_pension_month. A bonus in the loss month is free of
/// 健保/厚年 but not of 雇用保険. The result carries the new running totals.
Result<PremiumResult> bonus_premiums(const rules::RuleLibrary& lib, const BonusInput& in);
Result<PremiumResult> bonus_premiums(const RateSource& rates, const BonusInput& in);

/// The employer's totals for one premium month (or one bonus payment date) over all its employees'
/// results: each category's total truncated once, employer share = total − Σ employee shares.
struct EmployerTotals {
  Yen health_total, health_employee, health_employer;    ///< 健保+介護+支援金
  Yen pension_total, pension_employee, pension_employer; ///< 厚生年金
  Yen child_contribution_employer;                       ///< 子ども・子育て拠出金
  Yen employment_employee, employment_employer;          ///< 雇用保険 (employer part: estimate)
  std::vector<std::string> trace;
};
EmployerTotals employer_month_totals(const std::vector<PremiumResult>& employees);

}  // namespace kyuyo::social
