// Eligibility, assembly and settlement for the 年末調整 batch.
#include "kyuyo/yearend/declarations.hpp"

#include "kyuyo/core/error.hpp"
#include "kyuyo/yearend/components.hpp"

namespace kyuyo::yearend {
namespace {

Disability disability_of(model::Disability d, bool cohabiting) {
  switch (d) {
    case model::Disability::kNone: return Disability::kNone;
    case model::Disability::kGeneral: return Disability::kDisabled;
    case model::Disability::kSpecial:
      return cohabiting ? Disability::kCohabitingSpecialDisabled : Disability::kSpecialDisabled;
  }
  return Disability::kNone;
}

Date year_end(int year) { return Date(static_cast<unsigned short>(year), 12, 31); }

}  // namespace

std::optional<std::string> exclusion_reason(const rules::RuleLibrary& lib, int year, const model::Employee& e,
                                            const std::vector<payroll::PaymentRecord>& payments,
                                            const Declarations& d) {
  if (payments.empty()) return "no pay in " + std::to_string(year);
  if (!e.resident) return "非居住者 (non-resident)";
  bool otsu = e.tax_column == model::TaxColumn::kOtsu;
  for (const auto& p : payments)
    if (!p.kou) otsu = true;
  if (otsu) return "乙欄 (no 扶養控除等申告書 filed with this employer)";
  Yen salary = d.previous.salary;
  for (const auto& p : payments) salary += p.taxable;
  Yen limit = year_rules(lib, year).deductions.param_yen("yearend_salary_limit");
  if (salary > limit) return "pay " + salary.with_commas() + " over " + limit.with_commas() + " (所得税法190条)";
  if (e.leave_date && *e.leave_date <= year_end(year)) {
    Date last = payments.back().payment_date;
    for (const auto& p : payments) last = std::max(last, p.payment_date);
    bool december_after_last_pay = e.leave_date->year() == year && e.leave_date->month() == 12 && *e.leave_date >= last &&
                                   last.month() == 12;
    if (!december_after_last_pay) return "left on " + iso(*e.leave_date) + " (中途退職者)";
  }
  return std::nullopt;
}

YearEndInput assemble(const rules::RuleLibrary& lib, int year, const model::Employee& e,
                      const std::vector<model::Dependent>& dependents, const Declarations& d,
                      const std::vector<payroll::PaymentRecord>& payments) {
  YearEndInput in;
  in.year = year;
  for (const auto& p : payments) {
    in.salary += p.taxable;
    in.withheld += p.income_tax;
    in.social_insurance_payroll += p.social_insurance + p.employment_insurance;
  }
  in.salary += d.previous.salary;
  in.withheld += d.previous.withheld;
  in.social_insurance_payroll += d.previous.social;
  in.social_insurance_declared = d.social_declared;
  in.small_business_mutual = d.small_business_mutual;
  in.other_income = d.other_income;
  in.life = d.life;
  in.quake = d.quake;
  in.housing_credit = d.housing_credit;
  in.adjustment_dependent_claimed_by_spouse = d.adjustment_by_other;
  in.self_disability = e.disability == model::Disability::kGeneral   ? Disability::kDisabled
                       : e.disability == model::Disability::kSpecial ? Disability::kSpecialDisabled
                                                                     : Disability::kNone;
  in.widow = e.widow == model::WidowStatus::kWidow          ? WidowStatus::kWidow
             : e.widow == model::WidowStatus::kSingleParent ? WidowStatus::kSingleParent
                                                            : WidowStatus::kNone;
  in.working_student = e.working_student;

  Yen dep_limit = year_rules(lib, year).deductions.param_yen("dependent_income_limit");
  // Age "as of 31 December" (所得税法85条3項). Under 年齢計算ニ関スル法律 one reaches an age at the
  // end of the day before the birthday, so a person born on 1 January has the new age on 31 December
  // (NTA cut-offs, ref §2.5: under 16 = born 2011-01-02 or later for 2026). age_at counts from the
  // start of a day, hence the age taken on 1 January of the next year.
  Date after_dec31(static_cast<unsigned short>(year + 1), 1, 1);
  for (const auto& dp : dependents) {
    int age = age_at(dp.birth_date, after_dec31);
    if (dp.relation == model::Relation::kSpouse) {
      in.spouse = Spouse{d.spouse_income.value_or(dp.estimated_income), age >= 70,
                         disability_of(dp.disability, dp.cohabiting)};
      continue;
    }
    if (age >= 19 && age <= 22 && dp.estimated_income > dep_limit) {
      in.specific_relatives.push_back(dp.estimated_income);  // 特定親族 (所得税法84条の2)
      continue;
    }
    DependentKind k = age < 16                     ? DependentKind::kUnder16
                      : age <= 18                  ? DependentKind::kGeneralTeen
                      : age <= 22                  ? DependentKind::kSpecific
                      : age < 70                   ? DependentKind::kGeneral
                      : (dp.cohabiting && model::is_lineal_ascendant(dp.relation)) ? DependentKind::kCohabitingElderly
                                                                                     : DependentKind::kElderly;
    in.dependents.push_back(Dependent{k, disability_of(dp.disability, dp.cohabiting), dp.estimated_income});
  }
  if (!in.spouse && d.spouse_income)
    in.spouse = Spouse{*d.spouse_income, false, Disability::kNone};
  return in;
}

Settlement settle(const YearEndResult& r, const std::vector<payroll::PaymentRecord>& payments) {
  Settlement s;
  if (payments.empty()) return s;
  const payroll::PaymentRecord* last = &payments.front();
  for (const auto& p : payments)
    if (p.payment_date >= last->payment_date) last = &p;
  s.last_pay_date = last->payment_date;
  s.last_pay_tax = last->income_tax;
  if (r.excess > Yen(0)) {
    s.offset_on_last_pay = min(r.excess, s.last_pay_tax);
    s.refund = r.excess - s.offset_on_last_pay;
  }
  s.collect = r.shortfall;
  return s;
}

}  // namespace kyuyo::yearend
