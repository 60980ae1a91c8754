#pragma once
/// \brief The premium engine behind the pay run's seam (kyuyo/payroll/calculators.hpp): a
/// payroll::PremiumCalculator over monthly_premiums / bonus_premiums / the grade tables. It is the
/// one the pay run uses (adapters/payroll/engine_sources.cpp binds it with a loader of 健保組合
/// rate files) and the one the engine tests drive:
///
///   social::PayrollPremiums premiums(lib, kumiai_lookup);   // lib must outlive it
///
/// Facts taken from the query: employer prefecture, 雇用保険 事業の種類; employee birth date,
/// hire date (資格取得日), leave date (喪失日 = the day after), 健保・厚年 / 雇用保険 membership.
/// 雇用保険 rates are looked up by the query's 賃金締切日 (wage_date; the premium month's last day
/// when unset). Leave exemptions (産休/育休): the periods in the query (payroll CSV
/// 休業種別/休業開始日/休業終了日); the leave that exempts the premium month (or bonus) is passed to
/// the engine, and the figures say so. Lines: "health" 健康保険料, "care" 介護保険料, "kids_support"
/// 子ども・子育て支援金 (the three sum to the combined-rounded deduction), "pension" 厚生年金保険料,
/// "employment" 雇用保険料; zero lines are left out.
///
/// Not thread-safe beyond one caller at a time: standard_for remembers the last month's grade
/// tables (the pay run's worker is the only caller).
#include <functional>
#include <optional>
#include <vector>

#include "kyuyo/payroll/calculators.hpp"
#include "kyuyo/rules/rule_file.hpp"
#include "kyuyo/social/grades.hpp"
#include "kyuyo/social/premiums.hpp"

namespace kyuyo::social {

/// The leave (産休/育休 entered with the pay data) that exempts premium month m (bonus: the bonus
/// month), if any; the rule itself is leave_exempts_month / leave_exempts_bonus (eligibility.hpp).
/// Set it as PersonFacts::leave before calling monthly_premiums / bonus_premiums.
std::optional<LeavePeriod> exempting_leave(const std::vector<payroll::LeaveSpan>& leaves, const YearMonth& m,
                                           bool bonus);

/// Completes figures built from r for a pay run: the exact totals behind the employer's run totals
/// (payroll::PremiumExact) and, when p.leave exempts month m, the exemption (exempt_by_leave).
void add_run_facts(payroll::PremiumFigures& f, const PremiumResult& r, const PersonFacts& p, const YearMonth& m);

class PayrollPremiums : public payroll::PremiumCalculator {
 public:
  /// kumiai: for an employer in a 健保組合 (HealthInsurer::kKumiai), its rate file (id
  /// social.health.kumiai) for the month, or the error that kept it from loading. Without a
  /// lookup, or when it gives null, the employer is refused with an error naming it.
  using KumiaiLookup = std::function<Result<const rules::RuleFile*>(const model::Employer&, const YearMonth&)>;
  explicit PayrollPremiums(const rules::RuleLibrary& lib, KumiaiLookup kumiai = {})
      : lib_(lib), rates_(lib), kumiai_(std::move(kumiai)) {}

  Result<payroll::PremiumFigures> monthly(const payroll::MonthlyPremiumQuery& q) const override;
  Result<payroll::PremiumFigures> bonus(const payroll::BonusPremiumQuery& q) const override;
  /// The month's grade tables are fetched once and searched here (以上 lower, 未満 upper, as
  /// grade_for does); amounts outside the rows go to grade_for itself for its error.
  Result<payroll::StandardAmounts> standard_for(Yen remuneration, const YearMonth& premium_month) const override;

 private:
  Result<InsurerFacts> insurer(const model::Employer& er, const YearMonth& m) const;

  const rules::RuleLibrary& lib_;
  RateSource rates_;  ///< remembered rate lookups (one table scan per prefecture and month)
  KumiaiLookup kumiai_;
  mutable std::optional<YearMonth> tables_month_;  ///< the month of health_rows_ / pension_rows_
  mutable std::vector<GradeRow> health_rows_, pension_rows_;
};

}  // namespace kyuyo::social
