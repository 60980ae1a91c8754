// Eligibility, assembly and settlement for the 年末調整 batch.
#include "kyuyo/yearend/declarations.hpp"

#include <algorithm>

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

std::string leaver_case_label(LeaverCase c) {
  switch (c) {
    case LeaverCase::kNone: return "";
    case LeaverCase::kDeath: return "死亡退職 (所得税基本通達190-1)";
    case LeaverCase::kDisability: return "著しい心身の障害による退職 (所得税基本通達190-1)";
    case LeaverCase::kDecemberAfterLastPay: return "12月の給与の支払後に退職 (所得税基本通達190-1)";
    case LeaverCase::kSmallPay: return "パートタイマー等の退職・本年中の給与の総額が限度額以下 (所得税基本通達190-1)";
  }
  return "";
}

Eligibility eligibility(const rules::RuleLibrary& lib, int year, const model::Employee& e,
                        const std::vector<payroll::PaymentRecord>& payments, const Declarations& d) {
  Eligibility el;
  if (payments.empty()) {
    el.excluded = "no pay in " + std::to_string(year);
    return el;
  }
  if (e.leave_date && e.leave_date->year() < year) {
    const Date& left = *e.leave_date;
    // Left in an earlier year and paid this year (e.g. the last month's pay paid in January): not
    // an employee this year, so no 年末調整 (pay after leaving is taxed under 乙欄; after a death it
    // is not 給与所得 at all, 所得税基本通達 9-17).
    el.excluded = "left on " + iso(left) + ", before " + std::to_string(year) +
                  (e.leave_reason == model::LeaveReason::kDeath ? " (死亡: pay after the death is not 給与所得)"
                                                                : " (pay after leaving: 乙欄, no 年末調整)");
    return el;
  }
  if (!e.resident) {
    el.excluded = "非居住者 (non-resident)";
    return el;
  }
  bool otsu = e.tax_column == model::TaxColumn::kOtsu;
  for (const auto& p : payments)
    if (!p.kou) otsu = true;
  if (otsu) {
    el.excluded = "乙欄 (no 扶養控除等申告書 filed with this employer)";
    return el;
  }
  Yen salary = d.previous.salary;
  for (const auto& p : payments) salary += p.taxable;
  const auto& rules = year_rules(lib, year).deductions;
  Yen limit = rules.param_yen("yearend_salary_limit");
  if (salary > limit) {
    el.excluded = "pay " + salary.with_commas() + " over " + limit.with_commas() + " (所得税法190条)";
    return el;
  }
  if (!e.leave_date || *e.leave_date > year_end(year)) return el;
  const Date& left = *e.leave_date;

  // A leaver in the year: adjusted at leaving only in the cases of 所得税基本通達190-1.
  Date last = payments.back().payment_date;
  for (const auto& p : payments) last = std::max(last, p.payment_date);
  bool december_after_last_pay = left.year() == year && left.month() == 12 && left >= last && last.month() == 12;
  Yen small_limit = rules.param_yen("leaver_small_pay_limit");
  if (e.leave_reason == model::LeaveReason::kDeath) {
    el.leaver = LeaverCase::kDeath;
  } else if (december_after_last_pay) {
    el.leaver = LeaverCase::kDecemberAfterLastPay;
  } else if (e.leave_reason == model::LeaveReason::kDisability && !d.other_pay_after_leaving) {
    el.leaver = LeaverCase::kDisability;
  } else if (salary <= small_limit && !d.other_pay_after_leaving) {
    el.leaver = LeaverCase::kSmallPay;
  } else {
    std::string why;
    if (d.other_pay_after_leaving)
      why = "other pay expected after leaving";
    else
      why = "pay " + salary.with_commas() + " over " + small_limit.with_commas();
    el.excluded = "left on " + iso(left) + " (中途退職者; " + why + "; not a case of 所得税基本通達190-1)";
  }
  return el;
}

std::optional<std::string> exclusion_reason(const rules::RuleLibrary& lib, int year, const model::Employee& e,
                                            const std::vector<payroll::PaymentRecord>& payments,
                                            const Declarations& d) {
  return eligibility(lib, year, e, payments, d).excluded;
}

YearEndInput assemble(const rules::RuleLibrary& lib, int year, const model::Employee& e,
                      const std::vector<model::Dependent>& dependents, const Declarations& d,
                      const std::vector<payroll::PaymentRecord>& payments) {
  YearEndInput in;
  in.year = year;
  // 死亡退職 within the year: pay whose 支給期 comes after the death is not 給与所得 (it belongs to
  // the estate: 所得税基本通達 9-17), and people are judged as they stood at the death rather than
  // on 31 December (所得税法85条3項).
  const bool died_this_year = e.leave_date && e.leave_reason == model::LeaveReason::kDeath &&
                              e.leave_date->year() == year;
  for (const auto& p : payments) {
    if (died_this_year && p.payment_date > *e.leave_date) continue;
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
  const Date judged_after = died_this_year ? *e.leave_date + boost::gregorian::days(1) : after_dec31;
  for (const auto& dp : dependents) {
    int age = age_at(dp.birth_date, judged_after);
    if (dp.relation == model::Relation::kSpouse) {
      in.spouse = Spouse{d.spouse_income.value_or(dp.estimated_income), age >= 70,
                         disability_of(dp.disability, dp.cohabiting)};
      continue;
    }
    if (age >= 19 && age <= 22 && dp.estimated_income > dep_limit) {
      in.specific_relatives.push_back(dp.estimated_income);  // 特定親族 (所得税法84条の2)
      continue;
    }
    bool cohabiting = dp.cohabiting && !dp.non_resident;  // a 非居住者 does not live with the employee
    DependentKind k = age < 16                     ? DependentKind::kUnder16
                      : age <= 18                  ? DependentKind::kGeneralTeen
                      : age <= 22                  ? DependentKind::kSpecific
                      : age < 70                   ? DependentKind::kGeneral
                      : (cohabiting && model::is_lineal_ascendant(dp.relation)) ? DependentKind::kCohabitingElderly
                                                                                 : DependentKind::kElderly;
    Dependent x{k, disability_of(dp.disability, cohabiting), dp.estimated_income};
    if (dp.non_resident) {
      x.non_resident = true;
      x.age = age;
      x.overseas = dp.overseas_condition == model::OverseasCondition::kStudent        ? OverseasCondition::kStudent
                   : dp.overseas_condition == model::OverseasCondition::kRemittance38 ? OverseasCondition::kRemittance
                                                                                     : OverseasCondition::kNone;
      x.documents = std::find(d.overseas_documents_missing.begin(), d.overseas_documents_missing.end(), dp.seq) ==
                    d.overseas_documents_missing.end();
    }
    in.dependents.push_back(x);
  }
  if (e.widow == model::WidowStatus::kSingleParent) {
    // ひとり親: the children in the master (所得見積額 as their 総所得金額等).
    std::vector<Yen> children;
    for (const auto& dp : dependents)
      if (dp.relation == model::Relation::kChild) children.push_back(dp.estimated_income);
    in.single_parent_children = children;
  }
  if (!in.spouse && d.spouse_income)
    in.spouse = Spouse{*d.spouse_income, false, Disability::kNone};
  return in;
}

std::vector<payroll::PaymentRecord> salary_payments(const model::Employee& e,
                                                    const std::vector<payroll::PaymentRecord>& payments) {
  if (!e.leave_date || e.leave_reason != model::LeaveReason::kDeath) return payments;
  std::vector<payroll::PaymentRecord> out;
  for (const auto& p : payments)
    if (p.payment_date <= *e.leave_date) out.push_back(p);
  return out;
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
