#include "kyuyo/social/payroll_premiums.hpp"

namespace kyuyo::social {
namespace {

PersonFacts person_of(const model::Employee& e, bool social) {
  PersonFacts p;
  p.birth_date = e.birth_date;
  p.social_insured = social && e.social_insurance;
  p.employment_insured = e.employment_insurance;
  p.acquired = e.hire_date;
  if (e.leave_date) p.lost = loss_date_after_leaving(*e.leave_date);
  return p;
}

payroll::PremiumFigures figures(const PremiumResult& r) {
  payroll::PremiumFigures f;
  auto add = [&](const char* code, const char* name, Yen y) {
    if (y != Yen(0)) f.lines.push_back({code, name, y});
  };
  add("health", "健康保険料", r.health_employee_line);
  add("care", "介護保険料", r.care_employee_line);
  add("kids_support", "子ども・子育て支援金", r.support_employee_line);
  add("pension", "厚生年金保険料", r.pension.employee);
  add("employment", "雇用保険料", r.employment.employee);
  f.social_insurance = r.social_employee();
  f.employment = r.employment.employee;
  f.trace = r.trace;
  return f;
}

const GradeRow* row_for(const std::vector<GradeRow>& rows, Yen remuneration) {
  for (const auto& r : rows)
    if ((!r.lower || remuneration >= *r.lower) && (!r.upper || remuneration < *r.upper)) return &r;
  return nullptr;
}

}  // namespace

std::optional<LeavePeriod> exempting_leave(const std::vector<payroll::LeaveSpan>& leaves, const YearMonth& m,
                                           bool bonus) {
  for (const auto& l : leaves) {
    LeavePeriod p{l.kind == payroll::LeaveKind::kMaternity ? LeaveKind::kMaternity : LeaveKind::kChildcare, l.start,
                  l.end};
    if (bonus ? leave_exempts_bonus(p, m) : leave_exempts_month(p, m)) return p;
  }
  return std::nullopt;
}

void add_run_facts(payroll::PremiumFigures& f, const PremiumResult& r, const PersonFacts& p, const YearMonth& m) {
  f.exact.health_total = r.health_combined.exact_total;
  f.exact.health_employee = r.health_combined.employee;
  f.exact.pension_total = r.pension.exact_total;
  f.exact.pension_employee = r.pension.employee;
  f.exact.child_contribution = r.child_contribution.exact_total;
  f.exact.employment_employer = r.employment.exact_employer;
  f.exact.employment_employee = r.employment.employee;
  if (p.leave && p.social_insured && covered_in(m, p.acquired, p.lost))
    f.exempt_by_leave =
        p.leave->kind == LeaveKind::kMaternity ? payroll::LeaveKind::kMaternity : payroll::LeaveKind::kChildcare;
}

Result<InsurerFacts> PayrollPremiums::insurer(const model::Employer& er, const YearMonth& m) const {
  InsurerFacts f;
  f.prefecture = er.prefecture;
  f.business = er.employment_business;
  if (er.health_insurer == model::HealthInsurer::kKumiai) {
    if (kumiai_) {
      auto k = kumiai_(er, m);
      if (!k) return std::unexpected(k.error());
      f.kumiai = *k;
    }
    if (!f.kumiai)
      return fail(ErrorCode::kRuleData, "employer " + er.code + " is in a 健康保険組合 (" + er.kumiai_name +
                                            ") but no rate file for " + m.str() + " was supplied (kumiai_rate_file '" +
                                            er.kumiai_rate_file + "')");
  }
  return f;
}

Result<payroll::PremiumFigures> PayrollPremiums::monthly(const payroll::MonthlyPremiumQuery& q) const {
  if (!q.employer || !q.employee) return fail(ErrorCode::kInternal, "premium query without employer/employee");
  auto ins = insurer(*q.employer, q.premium_month);
  if (!ins) return std::unexpected(ins.error());
  PremiumInput in;
  in.insurer = *ins;
  in.person = person_of(*q.employee, q.standard.has_value());
  in.person.leave = exempting_leave(q.leaves, q.premium_month, false);  // 産休/育休
  in.premium_month = q.premium_month;
  if (q.standard)
    in.standard = Grades{q.standard->health_grade, q.standard->health, q.standard->pension_grade, q.standard->pension};
  in.wages_paid = q.wages_paid;
  in.wage_date = q.wage_date;  // 賃金締切日: the 雇用保険 year (unset: the premium month's last day)
  in.trace = q.trace;
  auto r = monthly_premiums(rates_, in);
  if (!r) return std::unexpected(r.error());
  auto f = figures(*r);
  add_run_facts(f, *r, in.person, q.premium_month);  // employer totals, leave exemption
  return f;
}

Result<payroll::PremiumFigures> PayrollPremiums::bonus(const payroll::BonusPremiumQuery& q) const {
  if (!q.employer || !q.employee) return fail(ErrorCode::kInternal, "premium query without employer/employee");
  const YearMonth m = YearMonth::of(q.payment_date);
  auto ins = insurer(*q.employer, m);
  if (!ins) return std::unexpected(ins.error());
  BonusInput in;
  in.insurer = *ins;
  in.person = person_of(*q.employee, q.insured);
  in.person.leave = exempting_leave(q.leaves, m, true);  // 産休/育休
  in.payment_date = q.payment_date;
  in.bonus = q.bonus;
  in.prior_health_fy = q.prior_standard_bonus_health_fy;
  in.prior_pension_month = q.prior_standard_bonus_pension_month;
  in.trace = q.trace;
  auto r = bonus_premiums(rates_, in);
  if (!r) return std::unexpected(r.error());
  auto f = figures(*r);
  // 標準賞与額 whenever insured in the month, charged or not: a bonus exempted under 産休/育休 still
  // counts towards the 健保 年度 573万 total (and is reported on the 賞与支払届).
  f.standard_bonus_health = r->health_base;
  f.standard_bonus_pension = r->pension_base;
  add_run_facts(f, *r, in.person, m);
  return f;
}

Result<payroll::StandardAmounts> PayrollPremiums::standard_for(Yen remuneration, const YearMonth& m) const {
  const GradeRow* h = nullptr;
  const GradeRow* p = nullptr;
  if (!tables_month_ || *tables_month_ != m) {
    auto ht = grade_table(lib_, GradeTable::kHealth, m);
    auto pt = grade_table(lib_, GradeTable::kPension, m);
    if (ht && pt) {
      health_rows_ = std::move(*ht);
      pension_rows_ = std::move(*pt);
      tables_month_ = m;
    } else {
      tables_month_.reset();
    }
  }
  if (tables_month_ && remuneration >= Yen()) {
    h = row_for(health_rows_, remuneration);
    p = row_for(pension_rows_, remuneration);
  }
  if (h && p) return payroll::StandardAmounts{h->standard, p->standard, h->grade, p->grade};
  auto g = grade_for(lib_, remuneration, m);  // its error names the amount and the month
  if (!g) return std::unexpected(g.error());
  return payroll::StandardAmounts{g->health_standard, g->pension_standard, g->health_grade, g->pension_grade};
}

}  // namespace kyuyo::social
