#include "kyuyo/social/premiums.hpp"

#include "kyuyo/core/rounding.hpp"
#include "kyuyo/social/rates.hpp"

namespace kyuyo::social {
namespace {

std::string yen(Yen y) { return y.with_commas() + "円"; }

// 健保 一般 + 介護 + 支援金 on one base, rounded once on the combined employee rate
// (子ども・子育て支援金に関するQ&A 2026-02-12: 一般保険料率と支援金率とを合算した率; 介護 joins the
// same combined rate as in the 協会けんぽ 保険料額表 "介護保険第2号被保険者に該当する場合" column).
void health_part(PremiumResult& r, Yen base, const HealthRates& h, bool care, bool t) {
  const Rate total = h.health + (care ? h.care : Rate()) + h.support;
  const Rate emp = h.health_employee + (care ? h.care_employee : Rate()) + h.support_employee;
  auto& p = r.health_combined;
  p.charged = true;
  p.rate = total;
  p.exact_total = base * total;
  const ExactAmount exact_emp = base * emp;
  p.employee = rounding::round_50sen_rule(exact_emp);
  p.employer = rounding::truncate_to_yen(p.exact_total) - p.employee;
  r.care_charged = care;
  r.care_employee_line = care ? rounding::round_50sen_rule(base * h.care_employee) : Yen(0);
  r.support_employee_line = rounding::round_50sen_rule(base * h.support_employee);
  r.health_employee_line = p.employee - r.care_employee_line - r.support_employee_line;
  if (t) r.trace.push_back("health rates: " + h.source);
  if (t) r.trace.push_back("health: 一般 " + h.health.percent_str() + (care ? " + 介護 " + h.care.percent_str() : std::string(" (介護 not due)")) +
                    " + 支援金 " + h.support.percent_str() + " = " + total.percent_str() + " on " + yen(base));
  if (t) r.trace.push_back("health employee: " + base.str() + " × " + emp.percent_str() + " = " + exact_emp.str() +
                    " → " + p.employee.str() + " (round_50sen_rule: 50銭以下切捨て/50銭超切上げ, once on the combined rate)");
  if (t) r.trace.push_back("health lines: 介護 " + r.care_employee_line.str() + ", 支援金 " + r.support_employee_line.str() +
                    " (each round_50sen_rule, display only), 健康保険 = " + p.employee.str() + " − those = " +
                    r.health_employee_line.str());
  if (t) r.trace.push_back("health total " + p.exact_total.str() + " → " + rounding::truncate_to_yen(p.exact_total).str() +
                    " (truncate_to_yen, company total); employer = total − employee = " + p.employer.str());
}

void pension_part(PremiumResult& r, Yen base, const PensionRates& pr, bool t) {
  auto& p = r.pension;
  p.charged = true;
  p.rate = pr.pension;
  p.exact_total = base * pr.pension;
  const ExactAmount exact_emp = base * (pr.pension / 2);
  p.employee = rounding::round_50sen_rule(exact_emp);
  p.employer = rounding::truncate_to_yen(p.exact_total) - p.employee;
  auto& c = r.child_contribution;
  c.charged = true;
  c.rate = pr.child_contribution;
  c.exact_total = base * pr.child_contribution;
  c.employer = rounding::truncate_to_yen(c.exact_total);
  if (t) r.trace.push_back("pension rates: " + pr.source);
  if (t) r.trace.push_back("pension employee: " + base.str() + " × " + (pr.pension / 2).percent_str() + " = " +
                    exact_emp.str() + " → " + p.employee.str() + " (round_50sen_rule)");
  if (t) r.trace.push_back("pension total " + p.exact_total.str() + " → truncate_to_yen; employer = " + p.employer.str());
  if (t) r.trace.push_back("子ども・子育て拠出金 (employer only): " + base.str() + " × " + pr.child_contribution.percent_str() +
                    " = " + c.exact_total.str() + " → " + c.employer.str() + " (truncate_to_yen)");
}

Result<bool> employment_part(const RateSource& rates, PremiumResult& r, Yen wages, model::EmploymentBusiness b,
                             const Date& wage_date, bool t) {
  auto found = rates.employment(b, wage_date);
  if (!found) return std::unexpected(found.error());
  const EmploymentRates* er = *found;
  auto& p = r.employment;
  p.charged = true;
  p.rate = er->total;
  p.exact_total = wages * er->total;
  p.exact_employer = wages * er->employer;
  const ExactAmount exact_emp = wages * er->employee;
  p.employee = rounding::round_50sen_rule(exact_emp);
  p.employer = rounding::truncate_to_yen(p.exact_employer);
  r.employment_base = wages;
  if (t) r.trace.push_back("employment rates (賃金締切日 " + iso(wage_date) + "): " + er->source);
  if (t) r.trace.push_back("employment employee: " + wages.str() + " × " + er->employee.percent_str() + " = " + exact_emp.str() +
                    " → " + p.employee.str() + " (round_50sen_rule: 源泉控除 50銭以下切捨て, 和歌山労働局)");
  if (t) r.trace.push_back("employment employer: " + wages.str() + " × " + er->employer.percent_str() + " = " +
                    p.exact_employer.str() + " → " + p.employer.str() +
                    " (truncate_to_yen; estimate — settled by the annual 確定保険料)");
  return true;
}

struct Status {
  bool covered = false, exempt = false, health = false, pension = false, care = false;
};

Status status_for(const PersonFacts& pf, const YearMonth& m, bool bonus, std::vector<std::string>& trace, bool t) {
  Status s;
  if (!pf.social_insured) {
    if (t) trace.push_back("健保・厚年: not insured");
    return s;
  }
  s.covered = covered_in(m, pf.acquired, pf.lost);
  if (!s.covered) {
    if (t) trace.push_back("健保・厚年: " + m.str() + " outside coverage (取得 " +
                    (pf.acquired.is_special() ? std::string("?") : iso(pf.acquired)) + ", 喪失 " +
                    (pf.lost ? iso(*pf.lost) : std::string("-")) + "; the acquisition month is charged, the loss month is not)");
    return s;
  }
  if (pf.leave) {
    s.exempt = bonus ? leave_exempts_bonus(*pf.leave, m) : leave_exempts_month(*pf.leave, m);
    if (s.exempt) {
      if (t) trace.push_back(std::string("健保・厚年: exempt in ") + m.str() + " (" +
                      (pf.leave->kind == LeaveKind::kMaternity ? "産前産後休業" : "育児休業等") + " " +
                      iso(pf.leave->start) + "〜" + iso(pf.leave->end) + ")");
      return s;
    }
  }
  s.health = m < health_end_month(pf.birth_date);
  s.pension = m < pension_end_month(pf.birth_date);
  s.care = s.health && care_applies(pf.birth_date, m);
  if (t && !s.health) trace.push_back("健保: not charged from " + health_end_month(pf.birth_date).str() + " (75歳)");
  if (t && !s.pension) trace.push_back("厚年: not charged from " + pension_end_month(pf.birth_date).str() + " (70歳)");
  if (t) trace.push_back("介護: " + std::string(s.care ? "due" : "not due") + " (ages 40–64: " + care_first_month(pf.birth_date).str() +
                  " to the month before " + care_end_month(pf.birth_date).str() + ")");
  return s;
}

}  // namespace

Result<PremiumResult> monthly_premiums(const rules::RuleLibrary& lib, const PremiumInput& in) {
  const RateSource rates(lib);
  return monthly_premiums(rates, in);
}

Result<PremiumResult> monthly_premiums(const RateSource& rates, const PremiumInput& in) {
  const bool t = in.trace;
  PremiumResult r;
  const auto m = in.premium_month;
  r.premium_month = m;
  if (m.month < 1 || m.month > 12) return fail(ErrorCode::kInvalidInput, "premium month must be YYYY-MM");
  try {
    auto st = status_for(in.person, m, false, r.trace, t);
    if (st.health || st.pension) {
      if ((st.health && in.standard.health_standard <= Yen(0)) || (st.pension && in.standard.pension_standard <= Yen(0)))
        return fail(ErrorCode::kInvalidInput, "no 標準報酬月額 for " + m.str() + " (determine the grades first)");
      r.health_grade = in.standard.health_grade;
      r.pension_grade = in.standard.pension_grade;
      if (t) r.trace.push_back("標準報酬月額: 健保 " + std::to_string(in.standard.health_grade) + "級 " +
                        yen(in.standard.health_standard) + ", 厚年 " + std::to_string(in.standard.pension_grade) +
                        "級 " + yen(in.standard.pension_standard));
    }
    if (st.health) {
      auto h = rates.health(in.insurer.prefecture, m, in.insurer.kumiai);
      if (!h) return std::unexpected(h.error());
      r.health_base = in.standard.health_standard;
      health_part(r, r.health_base, **h, st.care, t);
    }
    if (st.pension) {
      auto p = rates.pension(m);
      if (!p) return std::unexpected(p.error());
      r.pension_base = in.standard.pension_standard;
      pension_part(r, r.pension_base, **p, t);
    }
    if (in.person.employment_insured) {
      if (in.wages_paid < Yen(0)) return fail(ErrorCode::kInvalidInput, "wages paid must not be negative");
      const Date wd = in.wage_date.is_special() ? m.last_day() : in.wage_date;
      auto e = employment_part(rates, r, in.wages_paid, in.insurer.business, wd, t);
      if (!e) return std::unexpected(e.error());
    } else {
      if (t) r.trace.push_back("雇用保険: not insured");
    }
  } catch (const KyuyoError& e) {
    return std::unexpected(e.error());
  }
  return r;
}

Result<PremiumResult> bonus_premiums(const rules::RuleLibrary& lib, const BonusInput& in) {
  const RateSource rates(lib);
  return bonus_premiums(rates, in);
}

Result<PremiumResult> bonus_premiums(const RateSource& rates, const BonusInput& in) {
  const bool t = in.trace;
  PremiumResult r;
  r.bonus = true;
  if (in.payment_date.is_special()) return fail(ErrorCode::kInvalidInput, "bonus payment date missing");
  if (in.bonus < Yen(0)) return fail(ErrorCode::kInvalidInput, "bonus must not be negative");
  const auto m = YearMonth::of(in.payment_date);
  r.premium_month = m;
  r.health_fy_total_after = in.prior_health_fy;
  r.pension_month_total_after = in.prior_pension_month;
  try {
    auto st = status_for(in.person, m, true, r.trace, t);
    const Yen standard = rounding::truncate_to_1000_yen(in.bonus);
    if (st.covered) {
      auto caps_r = rates.caps(m);
      if (!caps_r) return std::unexpected(caps_r.error());
      const BonusCaps* caps = *caps_r;
      if (t) r.trace.push_back("標準賞与額: " + in.bonus.str() + " → " + standard.str() +
                        " (truncate_to_1000_yen: 1,000円未満切捨て); caps from " + caps->source);
      // 健保 (介護, 支援金): 573万 per 年度 running total; 厚年: 150万 per month (same-month bonuses added).
      const bool health_age = m < health_end_month(in.person.birth_date);
      const bool pension_age = m < pension_end_month(in.person.birth_date);
      if (health_age) {
        const Yen room = max(Yen(0), caps->health_fiscal_year - in.prior_health_fy);
        r.health_base = min(standard, room);
        r.health_fy_total_after = in.prior_health_fy + r.health_base;
        if (t) r.trace.push_back("健保 標準賞与額: min(" + standard.str() + ", " + caps->health_fiscal_year.str() + " − " +
                          in.prior_health_fy.str() + " already this 年度 " + std::to_string(m.fiscal_year()) +
                          ") = " + r.health_base.str());
      }
      if (pension_age) {
        const Yen room = max(Yen(0), caps->pension_month - in.prior_pension_month);
        r.pension_base = min(standard, room);
        r.pension_month_total_after = in.prior_pension_month + r.pension_base;
        if (t) r.trace.push_back("厚年 標準賞与額: min(" + standard.str() + ", " + caps->pension_month.str() + " − " +
                          in.prior_pension_month.str() + " already in " + m.str() + ") = " + r.pension_base.str());
      }
    }
    if (st.health && r.health_base > Yen(0)) {
      auto h = rates.health(in.insurer.prefecture, m, in.insurer.kumiai);
      if (!h) return std::unexpected(h.error());
      health_part(r, r.health_base, **h, st.care, t);
    }
    if (st.pension && r.pension_base > Yen(0)) {
      auto p = rates.pension(m);
      if (!p) return std::unexpected(p.error());
      pension_part(r, r.pension_base, **p, t);
    }
    if (in.person.employment_insured) {
      auto e = employment_part(rates, r, in.bonus, in.insurer.business, in.payment_date, t);
      if (!e) return std::unexpected(e.error());
    }
  } catch (const KyuyoError& e) {
    return std::unexpected(e.error());
  }
  return r;
}

EmployerTotals employer_month_totals(const std::vector<PremiumResult>& employees) {
  EmployerTotals t;
  ExactAmount health, pension, child, employment_employer;
  for (const auto& r : employees) {
    health = health + r.health_combined.exact_total;
    t.health_employee += r.health_combined.employee;
    pension = pension + r.pension.exact_total;
    t.pension_employee += r.pension.employee;
    child = child + r.child_contribution.exact_total;
    employment_employer = employment_employer + r.employment.exact_employer;
    t.employment_employee += r.employment.employee;
  }
  t.health_total = rounding::truncate_to_yen(health);
  t.health_employer = t.health_total - t.health_employee;
  t.pension_total = rounding::truncate_to_yen(pension);
  t.pension_employer = t.pension_total - t.pension_employee;
  t.child_contribution_employer = rounding::truncate_to_yen(child);
  t.employment_employer = rounding::truncate_to_yen(employment_employer);
  t.trace.push_back(std::to_string(employees.size()) + " employees; 健保+介護+支援金 Σ " + health.str() + " → " +
                    t.health_total.str() + " (truncate_to_yen once), employer = " + t.health_total.str() + " − " +
                    t.health_employee.str() + " = " + t.health_employer.str());
  t.trace.push_back("厚年 Σ " + pension.str() + " → " + t.pension_total.str() + ", employer = " +
                    t.pension_employer.str());
  t.trace.push_back("拠出金 Σ " + child.str() + " → " + t.child_contribution_employer.str());
  return t;
}

}  // namespace kyuyo::social
