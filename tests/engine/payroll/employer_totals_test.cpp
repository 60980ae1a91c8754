// The employer's run totals accumulated slip by slip (payroll::PremiumExact / employer_premium_totals)
// against the social engine's employer_month_totals over the same employees, and by hand
// (日本年金機構「保険料の計算方法について」: company total truncated once; 事業主負担 = total − Σ
// employee shares; shared/reference/social-insurance.md §1.5), and the leave exemption as carried
// through social::PayrollPremiums (産休/育休 periods in the pay run's query).
#include "kyuyo/payroll/employer_totals.hpp"

#include "engine/social/social_fixture.hpp"
#include "kyuyo/social/payroll_premiums.hpp"

namespace kyuyo::social::test {
namespace {

payroll::PremiumExact exact_of(const PremiumResult& r) {
  payroll::PremiumFigures f;
  add_run_facts(f, r, PersonFacts{}, r.premium_month);
  return f.exact;
}

TEST(PayrollEmployerTotals, SameAsTheSocialEnginesMonthTotalsAndByHand) {
  // Tokyo, premium month 2026-07 (健保 9.85% + 支援金 0.23% = 10.08%; 介護 1.62%; 厚年 18.3%; 拠出金 0.36%):
  //   300,000 under 40: 30,240 (15,120); 54,900 (27,450); 1,080
  //   410,000 age 41:   47,970 (23,985); 75,030 (37,515); 1,476
  //   104,000 under 40: 10,483.2 (5,241.6 → 5,242); 19,032 (9,516); 374.4
  //   240,000 under 40: 24,192 (12,096); 43,920 (21,960); 864
  // 健保 Σ 112,885.2 → 112,885, 事業主 112,885 − 56,443 = 56,442; 厚年 192,882, 事業主 96,441;
  // 拠出金 3,794.4 → 3,794 (per employee truncation would give 1,080+1,476+374+864 = 3,794 too, but
  // the 健保 total shows the point: halves rounded per employee would make the employer pay 56,443).
  std::vector<PremiumResult> rs = {
      monthly(monthly_input(2026, 7, 300'000, Date(1992, 5, 1))), monthly(monthly_input(2026, 7, 410'000, Date(1985, 7, 1))),
      monthly(monthly_input(2026, 7, 104'000, Date(1995, 1, 10))), monthly(monthly_input(2026, 7, 240'000, Date(1990, 3, 3)))};
  payroll::PremiumExact sum;
  for (const auto& r : rs) sum += exact_of(r);
  auto rows = payroll::employer_premium_totals(sum);
  ASSERT_EQ(rows.size(), 4u);
  const auto t = employer_month_totals(rs);
  EXPECT_EQ(rows[0].premium, "health");
  EXPECT_EQ(rows[0].total, Yen(112'885));
  EXPECT_EQ(rows[0].employee, Yen(56'443));
  EXPECT_EQ(rows[0].employer, Yen(56'442));
  EXPECT_EQ(rows[0].total, t.health_total);
  EXPECT_EQ(rows[0].employer, t.health_employer);
  EXPECT_EQ(rows[1].total, Yen(192'882));
  EXPECT_EQ(rows[1].employer, Yen(96'441));
  EXPECT_EQ(rows[1].employer, t.pension_employer);
  EXPECT_EQ(rows[2].total, Yen(3'794));
  EXPECT_EQ(rows[2].employer, t.child_contribution_employer);
  EXPECT_EQ(rows[2].employee, Yen(0));
  // 雇用保険 (wages = 報酬月額 here): (300+410+104+240)千 × 5/1000 = 5,270 employee;
  // × 8.5/1000 = 8,959 employer (truncated; estimate).
  EXPECT_EQ(rows[3].employee, Yen(5'270));
  EXPECT_EQ(rows[3].employer, Yen(8'959));
  EXPECT_EQ(rows[3].employer, t.employment_employer);
  EXPECT_EQ(payroll::notice_amount(rows), Yen(112'885 + 192'882 + 3'794));
}

TEST(PayrollEmployerTotals, TruncatedOnceOnTheTotalNotPerEmployee) {
  // 104,000 × 10.08% = 10,483.2 five times: Σ 52,416 exactly; per-employee truncation would give
  // 5 × 10,483 = 52,415. Employees 5 × 5,242 = 26,210 → 事業主 26,206.
  payroll::PremiumExact sum;
  const auto r = monthly(monthly_input(2026, 7, 104'000, Date(1995, 1, 10)));
  for (int i = 0; i < 5; ++i) sum += exact_of(r);
  auto rows = payroll::employer_premium_totals(sum);
  EXPECT_EQ(rows[0].total, Yen(52'416));
  EXPECT_EQ(rows[0].employer, Yen(52'416 - 26'210));
  // 拠出金 374.4 × 5 = 1,872 (per employee: 5 × 374 = 1,870).
  EXPECT_EQ(rows[2].total, Yen(1'872));
}

payroll::PremiumFigures run_monthly(const std::vector<payroll::LeaveSpan>& leaves, int y, int m) {
  PayrollPremiums p(lib());
  model::Employer er;
  er.prefecture = 13;
  model::Employee ee;
  ee.code = "X";
  ee.birth_date = Date(1990, 3, 3);
  ee.hire_date = Date(2016, 4, 1);
  payroll::MonthlyPremiumQuery q;
  q.employer = &er;
  q.employee = &ee;
  q.premium_month = YearMonth{y, m};
  q.payment_date = Date(y, m, 25);
  q.standard = payroll::StandardAmounts{Yen(240'000), Yen(240'000), 19, 16};
  q.wages_paid = Yen(100'000);
  q.wage_date = Date(y, m, 28);
  q.leaves = leaves;
  auto f = p.monthly(q);
  EXPECT_TRUE(f.has_value());
  return f ? *f : payroll::PremiumFigures{};
}

TEST(PayrollLeaveExemption, MonthsFollowFromTheDatesAndThe14DayRule) {
  using payroll::LeaveKind;
  // 産休 2026-04-20〜2026-07-25: April (month of the start) to June (the month before the month of
  // 7/26) exempt; July charged. 雇用保険 stays: 100,000 × 5/1000 = 500.
  std::vector<payroll::LeaveSpan> sanq{{LeaveKind::kMaternity, Date(2026, 4, 20), Date(2026, 7, 25)}};
  for (int m : {4, 5, 6}) {
    auto f = run_monthly(sanq, 2026, m);
    EXPECT_EQ(f.social_insurance, Yen(0)) << m;
    EXPECT_EQ(f.employment, Yen(500)) << m;
    ASSERT_TRUE(f.exempt_by_leave.has_value()) << m;
    EXPECT_EQ(*f.exempt_by_leave, LeaveKind::kMaternity);
  }
  // March (R8 9.85%, 支援金 not yet): 240,000 × 9.85% / 2 = 11,820 + 厚年 21,960. July (10.08%):
  // 12,096 + 21,960.
  EXPECT_EQ(run_monthly(sanq, 2026, 3).social_insurance, Yen(11'820 + 21'960));
  EXPECT_EQ(run_monthly(sanq, 2026, 7).social_insurance, Yen(12'096 + 21'960));
  EXPECT_FALSE(run_monthly(sanq, 2026, 7).exempt_by_leave.has_value());
  // 育休 within one month: 14 days exempt, 13 not (2022-10 rule). Ending on the last day of a month
  // exempts that month by the main rule (end + 1 falls in the next month).
  EXPECT_TRUE(run_monthly({{LeaveKind::kChildcare, Date(2026, 6, 1), Date(2026, 6, 14)}}, 2026, 6).exempt_by_leave);
  EXPECT_FALSE(run_monthly({{LeaveKind::kChildcare, Date(2026, 6, 1), Date(2026, 6, 13)}}, 2026, 6).exempt_by_leave);
  EXPECT_TRUE(run_monthly({{LeaveKind::kChildcare, Date(2026, 6, 20), Date(2026, 6, 30)}}, 2026, 6).exempt_by_leave);
  // 産休 followed by 育休: each month exempt by whichever leave covers it.
  std::vector<payroll::LeaveSpan> both{{LeaveKind::kMaternity, Date(2026, 4, 20), Date(2026, 7, 25)},
                                       {LeaveKind::kChildcare, Date(2026, 7, 26), Date(2027, 1, 31)}};
  EXPECT_EQ(*run_monthly(both, 2026, 6).exempt_by_leave, LeaveKind::kMaternity);
  EXPECT_EQ(*run_monthly(both, 2026, 7).exempt_by_leave, LeaveKind::kChildcare);
  EXPECT_EQ(*run_monthly(both, 2027, 1).exempt_by_leave, LeaveKind::kChildcare);
  EXPECT_FALSE(run_monthly(both, 2027, 2).exempt_by_leave.has_value());
  // An exempt month adds nothing to the employer's totals except 雇用保険.
  auto f = run_monthly(sanq, 2026, 5);
  auto rows = payroll::employer_premium_totals(f.exact);
  EXPECT_EQ(payroll::notice_amount(rows), Yen(0));
  EXPECT_EQ(rows[3].employee, Yen(500));
}

}  // namespace
}  // namespace kyuyo::social::test
