#pragma once
/// \brief The premium engine behind the pay run's seam (kyuyo/payroll/calculators.hpp): a
/// payroll::PremiumCalculator over monthly_premiums / bonus_premiums / grade_for, so that the
/// pay-run binding (adapters/payroll/engine_sources.cpp) is one line:
///
///   social::PayrollPremiums premiums(lib, kumiai_lookup);   // lib must outlive it
///
/// Facts taken from the query: employer prefecture, 雇用保険 事業の種類; employee birth date,
/// hire date (資格取得日), leave date (喪失日 = the day after), 健保・厚年 / 雇用保険 membership.
/// 雇用保険 rates are looked up by the payment date (standing in for the 賃金締切日). Leave
/// exemptions (産休/育休): the periods in the query (payroll CSV 休業種別/休業開始日/休業終了日); the
/// leave that exempts the premium month (or bonus) is passed to the engine, and the figures say so.
/// Lines: "health" 健康保険料, "care" 介護保険料, "kids_support" 子ども・子育て支援金 (the three sum to
/// the combined-rounded deduction), "pension" 厚生年金保険料, "employment" 雇用保険料.
#include <functional>

#include "kyuyo/payroll/calculators.hpp"
#include "kyuyo/rules/rule_file.hpp"
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
  /// kumiai: for an employer in a 健保組合 (HealthInsurer::kKumiai), the loaded rate file
  /// (id social.health.kumiai) for the month; null → refused with a clear error.
  using KumiaiLookup = std::function<const rules::RuleFile*(const model::Employer&, const YearMonth&)>;
  explicit PayrollPremiums(const rules::RuleLibrary& lib, KumiaiLookup kumiai = {})
      : lib_(lib), rates_(lib), kumiai_(std::move(kumiai)) {}

  Result<payroll::PremiumFigures> monthly(const payroll::MonthlyPremiumQuery& q) const override;
  Result<payroll::PremiumFigures> bonus(const payroll::BonusPremiumQuery& q) const override;
  Result<payroll::StandardAmounts> standard_for(Yen remuneration, const YearMonth& premium_month) const override;

 private:
  const rules::RuleLibrary& lib_;
  RateSource rates_;  ///< remembered rate lookups (one table scan per prefecture and month)
  KumiaiLookup kumiai_;
};

}  // namespace kyuyo::social
