// Monthly and bonus premiums: rounding, combined rate, employer totals, ages, coverage, leave.
#include "social_fixture.hpp"

#include <filesystem>

#include "support/helpers.hpp"

namespace kyuyo::social::test {
namespace {

const Date kUnder40(1990, 5, 10);
const Date kAge45(1981, 1, 15);

TEST(SocialPremiums, TokyoR8Examples) {
  // social-insurance.md §2.3 (Tokyo R8, 標準報酬月額 300,000): 健保 9.85% → 14,775; 健保+介護
  // 11.47% → 17,205; 健保+支援金 10.08% → 15,120 with 支援金 345 ([SCK] 300,000 × 0.23% = 690 → 345);
  // 厚年 18.3% → 27,450.
  EXPECT_EQ(monthly(monthly_input(2026, 3, 300'000, kUnder40)).health_combined.employee, Yen(14'775));
  EXPECT_EQ(monthly(monthly_input(2026, 3, 300'000, kAge45)).health_combined.employee, Yen(17'205));
  auto apr = monthly(monthly_input(2026, 4, 300'000, kUnder40));
  EXPECT_EQ(apr.health_combined.employee, Yen(15'120));
  EXPECT_EQ(apr.support_employee_line, Yen(345));
  EXPECT_EQ(apr.health_employee_line, Yen(14'775));
  EXPECT_EQ(apr.pension.employee, Yen(27'450));
  EXPECT_EQ(apr.health_combined.employer, Yen(15'120));
  EXPECT_EQ(apr.pension.employer, Yen(27'450));
  EXPECT_EQ(apr.child_contribution.employer, Yen(1'080));  // 300,000 × 0.36%
  // 雇用保険 R8 一般 5/1000 on wages 300,000 = 1,500 (§3.1).
  EXPECT_EQ(apr.employment.employee, Yen(1'500));
  // R7 Tokyo 9.91% in 2025-06: 300,000 × 4.955% = 14,865.
  EXPECT_EQ(monthly(monthly_input(2025, 6, 300'000, kUnder40)).health_combined.employee, Yen(14'865));
}

TEST(SocialPremiums, CombinedRoundingDiffersFromSeparate) {
  // social-insurance.md §1.4 worked example ([QA] 子ども・子育て支援金に関するQ&A 2026-02-12):
  // Tokyo R8, 1,390,000, under 40: separately 68,457 + 1,598 = 70,055; combined 10.08% → 70,056.
  auto r = monthly(monthly_input(2026, 4, 1'390'000, kUnder40));
  EXPECT_EQ(r.health_combined.employee, Yen(70'056));
  EXPECT_EQ(r.support_employee_line, Yen(1'598));             // 1,598.5 → 1,598 on its own
  EXPECT_EQ(r.health_employee_line, Yen(70'056 - 1'598));     // the line absorbs the combined rounding
  EXPECT_NE(r.health_combined.employee, Yen(68'457 + 1'598));
}

TEST(SocialPremiums, FiftySenRuleAtPoint50AndPoint51) {
  // 50銭以下切捨て, 50銭超切上げ (§1.5 [NK-CALC]; 雇用保険 [WAK]).
  // 厚年 on 標準賞与額 501,000: 91,683 → half 45,841.5 → 45,841 (§1.3 example).
  auto b = bonus(bonus_input(Date(2026, 7, 10), 501'000));
  EXPECT_EQ(b.pension.employee, Yen(45'841));
  EXPECT_EQ(b.pension.employer, Yen(91'683 - 45'841));
  // 健保 Tokyo R8 age 45 with 支援金: 501,000 × 5.85% = 29,308.5 → 29,308.
  EXPECT_EQ(bonus(bonus_input(Date(2026, 7, 10), 501'000, kAge45)).health_combined.employee, Yen(29'308));
  // 雇用保険 5/1000: 243,100 → 1,215.50 → 1,215; 243,102 → 1,215.51 → 1,216; [WAK] 243,088 → 1,215.
  for (auto [w, want] : {std::pair{243'100, 1'215}, {243'102, 1'216}, {243'088, 1'215}}) {
    auto in = monthly_input(2026, 5, 300'000, kUnder40);
    in.wages_paid = Yen(w);
    EXPECT_EQ(monthly(in).employment.employee, Yen(want)) << w;
  }
}

TEST(SocialPremiums, EmployerTotalTruncatedOncePerMonth) {
  // §1.5 [NK-CALC][GLS]: company total truncated once; employer = total − Σ employee shares.
  // Three bonuses of 501,000 in Tokyo 2026-07 (under 40): 厚年 91,683 each, employee 45,841 each →
  // total 275,049, employer 275,049 − 137,523. 拠出金 1,803.6 each: Σ 5,410.8 → 5,410, whereas
  // truncating per employee would give 3 × 1,803 = 5,409. 健保 10.08%: 50,500.8 each → Σ 151,502.4
  // → 151,502; employee 25,250 each (25,250.4) → employer 151,502 − 75,750 = 75,752.
  std::vector<PremiumResult> rs(3, bonus(bonus_input(Date(2026, 7, 10), 501'000)));
  auto t = employer_month_totals(rs);
  EXPECT_EQ(t.pension_total, Yen(275'049));
  EXPECT_EQ(t.pension_employer, Yen(275'049 - 3 * 45'841));
  EXPECT_EQ(t.child_contribution_employer, Yen(5'410));
  EXPECT_EQ(rs[0].health_combined.employee, Yen(25'250));
  EXPECT_EQ(t.health_total, Yen(151'502));
  EXPECT_EQ(t.health_employer, Yen(75'752));
  EXPECT_EQ(t.health_employee, Yen(75'750));
}

TEST(SocialPremiums, CareMonthsForBirthdaysOnThe1stAnd2nd) {
  // 介護 from the month containing the day before the 40th birthday, to the month before the one
  // containing the day before the 65th ([KAIGO] 協会けんぽ茨城支部; §1.2).
  // Born 1986-06-01: 40 reached 2026-05-31 → from 2026-05. Born 1986-06-02: reached 2026-06-01 → 06.
  auto care = [](Date b, int y, int m) { return monthly(monthly_input(y, m, 300'000, b)).care_charged; };
  EXPECT_FALSE(care(Date(1986, 6, 1), 2026, 4));
  EXPECT_TRUE(care(Date(1986, 6, 1), 2026, 5));
  EXPECT_FALSE(care(Date(1986, 6, 2), 2026, 5));
  EXPECT_TRUE(care(Date(1986, 6, 2), 2026, 6));
  // 65: born 1961-06-01 → reached 2026-05-31 → May not charged; born 1961-06-02 → June not charged.
  EXPECT_TRUE(care(Date(1961, 6, 1), 2026, 4));
  EXPECT_FALSE(care(Date(1961, 6, 1), 2026, 5));
  EXPECT_TRUE(care(Date(1961, 6, 2), 2026, 5));
  EXPECT_FALSE(care(Date(1961, 6, 2), 2026, 6));
  // The amount: 2026-05, born 1986-06-01, Tokyo 300,000: 11.70% → 17,550; born 06-02: 10.08% → 15,120.
  EXPECT_EQ(monthly(monthly_input(2026, 5, 300'000, Date(1986, 6, 1))).health_combined.employee, Yen(17'550));
  EXPECT_EQ(monthly(monthly_input(2026, 5, 300'000, Date(1986, 6, 2))).health_combined.employee, Yen(15'120));
}

TEST(SocialPremiums, PensionStopsAt70HealthAt75) {
  // 厚年: loss on reaching 70 (the day before the birthday, 厚生年金保険法14条5号); 健保: the 75th
  // birthday itself (§4.4 [SOSHITSU]); the loss month is not charged (§1.5).
  auto p = [](Date b, int y, int m) { return monthly(monthly_input(y, m, 300'000, b)).pension.charged; };
  EXPECT_TRUE(p(Date(1956, 6, 1), 2026, 4));
  EXPECT_FALSE(p(Date(1956, 6, 1), 2026, 5));  // 70 reached 2026-05-31
  EXPECT_TRUE(p(Date(1956, 6, 2), 2026, 5));
  EXPECT_FALSE(p(Date(1956, 6, 2), 2026, 6));  // 70 reached 2026-06-01
  auto h = [](Date b, int y, int m) { return monthly(monthly_input(y, m, 300'000, b)).health_combined.charged; };
  EXPECT_TRUE(h(Date(1951, 6, 1), 2026, 5));
  EXPECT_FALSE(h(Date(1951, 6, 1), 2026, 6));  // 75th birthday 2026-06-01
  EXPECT_TRUE(h(Date(1951, 6, 2), 2026, 5));
  EXPECT_FALSE(h(Date(1951, 6, 2), 2026, 6));  // 75th birthday 2026-06-02
  // Between 70 and 75: 健保 and 支援金 only (no 介護, no 厚年, no 拠出金).
  auto r = monthly(monthly_input(2026, 7, 300'000, Date(1954, 3, 3)));
  EXPECT_EQ(r.health_combined.employee, Yen(15'120));
  EXPECT_EQ(r.pension.employee, Yen(0));
  EXPECT_EQ(r.child_contribution.employer, Yen(0));
  EXPECT_EQ(r.employment.employee, Yen(1'500));  // 雇用保険 has no upper age (§3.1)
}

TEST(SocialPremiums, AcquisitionMonthChargedLossMonthNot) {
  // §1.5: the acquisition month is charged; the month of loss (退職日の翌日) is not.
  auto in = monthly_input(2026, 4, 300'000, kUnder40);
  in.person.acquired = Date(2026, 4, 30);
  EXPECT_TRUE(monthly(in).pension.charged);
  in.premium_month = ym(2026, 5);
  in.person.lost = loss_date_after_leaving(Date(2026, 5, 31));  // 2026-06-01
  EXPECT_TRUE(monthly(in).pension.charged);
  in.person.lost = loss_date_after_leaving(Date(2026, 5, 30));  // 2026-05-31
  auto r = monthly(in);
  EXPECT_FALSE(r.pension.charged);
  EXPECT_FALSE(r.health_combined.charged);
  EXPECT_EQ(r.employment.employee, Yen(1'500));  // 雇用保険 still due on wages paid
  in.premium_month = ym(2026, 3);
  in.person.lost.reset();
  EXPECT_FALSE(monthly(in).pension.charged);  // before acquisition
}

// "More than one month" is counted by the calendar (民法143条2項; 日本年金機構 / 厚生労働省
// 育児休業等期間中の保険料免除 2022-10: exactly one month, e.g. N月15日〜N+1月14日, is not enough).
TEST(SocialPremiums, BonusLeaveMustExceedOneCalendarMonth) {
  struct Case {
    Date start, end;
    bool exempt;
  };
  const Case cases[] = {
      {Date(2025, 12, 15), Date(2026, 1, 14), false},  // exactly one month
      {Date(2025, 12, 15), Date(2026, 1, 15), true},
      {Date(2025, 12, 1), Date(2025, 12, 31), false},  // a whole month from its first day
      {Date(2025, 12, 1), Date(2026, 1, 1), true},
      {Date(2026, 1, 31), Date(2026, 2, 28), false},   // February has no 31st: the month ends 2/28
      {Date(2026, 1, 31), Date(2026, 3, 1), true},
      {Date(2026, 4, 30), Date(2026, 5, 29), false},   // not May 31: the 応当日 is 5/30
      {Date(2026, 4, 30), Date(2026, 5, 30), true},
  };
  for (const auto& c : cases) {
    LeavePeriod p{LeaveKind::kChildcare, c.start, c.end};
    EXPECT_EQ(leave_exempts_bonus(p, YearMonth::of(c.start)), c.exempt) << iso(c.start) << "〜" << iso(c.end);
  }
  EXPECT_EQ(first_day_beyond_one_month(Date(2026, 1, 31)), Date(2026, 3, 1));
  EXPECT_EQ(first_day_beyond_one_month(Date(2024, 1, 29)), Date(2024, 2, 29));  // 2024 is a leap year
  EXPECT_EQ(first_day_beyond_one_month(Date(2024, 1, 30)), Date(2024, 3, 1));
  EXPECT_EQ(first_day_beyond_one_month(Date(2026, 12, 20)), Date(2027, 1, 20));
}

TEST(SocialPremiums, LeaveExemption) {
  // 産前産後休業 2026-04-10〜2026-07-20: April–June exempt, July charged (健康保険法159条の3).
  auto in = monthly_input(2026, 4, 300'000, kUnder40);
  in.person.leave = LeavePeriod{LeaveKind::kMaternity, Date(2026, 4, 10), Date(2026, 7, 20)};
  EXPECT_FALSE(monthly(in).health_combined.charged);
  in.premium_month = ym(2026, 6);
  EXPECT_FALSE(monthly(in).pension.charged);
  in.premium_month = ym(2026, 7);
  EXPECT_TRUE(monthly(in).pension.charged);
  // 育児休業 within one month: 14 days exempt, 13 not (2022-10 rule, 健康保険法159条1項2号).
  LeavePeriod c14{LeaveKind::kChildcare, Date(2026, 5, 1), Date(2026, 5, 14)};
  LeavePeriod c13{LeaveKind::kChildcare, Date(2026, 5, 1), Date(2026, 5, 13)};
  EXPECT_TRUE(leave_exempts_month(c14, ym(2026, 5)));
  EXPECT_FALSE(leave_exempts_month(c13, ym(2026, 5)));
  // Bonus: 育児休業 must last more than one month.
  LeavePeriod shortc{LeaveKind::kChildcare, Date(2026, 6, 20), Date(2026, 7, 10)};
  LeavePeriod longc{LeaveKind::kChildcare, Date(2026, 6, 20), Date(2026, 8, 31)};
  EXPECT_FALSE(leave_exempts_bonus(shortc, ym(2026, 6)));
  EXPECT_TRUE(leave_exempts_bonus(longc, ym(2026, 6)));
  auto b = bonus_input(Date(2026, 6, 30), 500'000);
  b.person.leave = longc;
  auto br = bonus(b);
  EXPECT_FALSE(br.health_combined.charged);
  EXPECT_EQ(br.employment.employee, Yen(2'500));
}

TEST(SocialPremiums, BonusCapsAcrossAFiscalYear) {
  // 標準賞与額: 1,000円未満切捨て; 健保 573万 per 年度 (April–March) running total; 厚年 150万 per
  // month, same-month payments added (§2.2 [HRS][JP8]).
  Yen fy(0);
  auto pay = [&](Date d, std::int64_t amount, Yen prior_month) {
    auto in = bonus_input(d, amount);
    in.prior_health_fy = fy;
    in.prior_pension_month = prior_month;
    auto r = bonus(in);
    fy = r.health_fy_total_after;
    return r;
  };
  auto b1 = pay(Date(2025, 7, 10), 3'000'999, Yen(0));
  EXPECT_EQ(b1.health_base, Yen(3'000'000));
  EXPECT_EQ(b1.pension_base, Yen(1'500'000));
  auto b2 = pay(Date(2025, 12, 10), 1'000'000, Yen(0));
  EXPECT_EQ(b2.health_base, Yen(1'000'000));
  auto b3 = pay(Date(2025, 12, 25), 800'000, b2.pension_month_total_after);  // same month
  EXPECT_EQ(b3.pension_base, Yen(500'000));
  EXPECT_EQ(b3.health_base, Yen(800'000));
  EXPECT_EQ(fy, Yen(4'800'000));
  auto b4 = pay(Date(2026, 3, 15), 1'200'000, Yen(0));
  EXPECT_EQ(b4.health_base, Yen(930'000));  // 5,730,000 − 4,800,000
  EXPECT_EQ(b4.pension_base, Yen(1'200'000));
  EXPECT_EQ(fy, Yen(5'730'000));
  auto b5 = pay(Date(2026, 3, 31), 100'000, Yen(1'200'000));
  EXPECT_EQ(b5.health_base, Yen(0));
  EXPECT_FALSE(b5.health_combined.charged);
  EXPECT_EQ(b5.pension_base, Yen(100'000));
  EXPECT_EQ(b5.employment.employee, Yen(550));  // R7 5.5/1000 on the bonus itself
  // New 年度: the running total restarts at 0.
  fy = Yen(0);
  auto b6 = pay(Date(2026, 6, 30), 6'000'000, Yen(0));
  EXPECT_EQ(b6.health_base, Yen(5'730'000));
  EXPECT_EQ(b6.pension_base, Yen(1'500'000));
  EXPECT_EQ(b6.employment.employee, Yen(30'000));  // 雇用保険: the whole bonus, no cap
}

TEST(SocialPremiums, BonusInTheLossMonth) {
  // Left 2026-06-30 → 喪失 2026-07-01; a bonus paid 2026-07-05: no 健保/厚年, 雇用保険 due (§1.5).
  auto in = bonus_input(Date(2026, 7, 5), 400'000);
  in.person.lost = loss_date_after_leaving(Date(2026, 6, 30));
  auto r = bonus(in);
  EXPECT_FALSE(r.health_combined.charged);
  EXPECT_FALSE(r.pension.charged);
  EXPECT_EQ(r.employment.employee, Yen(2'000));
}

TEST(SocialPremiums, PremiumMonthForPay) {
  using model::PremiumCollection;
  EXPECT_EQ(premium_month_for_pay(Date(2026, 5, 25), PremiumCollection::kNextMonth), ym(2026, 4));
  EXPECT_EQ(premium_month_for_pay(Date(2026, 5, 25), PremiumCollection::kCurrentMonth), ym(2026, 5));
  EXPECT_EQ(premium_month_for_pay(Date(2026, 1, 10), PremiumCollection::kNextMonth), ym(2025, 12));
  // [WI]: 支援金 starts with April pay (当月徴収) or May pay (翌月徴収).
  auto s = [](YearMonth m) { return health_rates(lib(), 13, m)->support.is_zero(); };
  EXPECT_TRUE(s(premium_month_for_pay(Date(2026, 4, 25), PremiumCollection::kNextMonth)));
  EXPECT_FALSE(s(premium_month_for_pay(Date(2026, 4, 25), PremiumCollection::kCurrentMonth)));
  EXPECT_FALSE(s(premium_month_for_pay(Date(2026, 5, 25), PremiumCollection::kNextMonth)));
}

TEST(SocialPremiums, MissingStandardAmountIsAnError) {
  auto in = monthly_input(2026, 4, 300'000, kUnder40);
  in.standard = Grades{};
  auto r = monthly_premiums(lib(), in);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidInput);
}

}  // namespace
}  // namespace kyuyo::social::test

// The pay-run seam (kyuyo/payroll/calculators.hpp) over the engine.
#include "kyuyo/social/payroll_premiums.hpp"

namespace kyuyo::social::test {
namespace {

TEST(SocialPayrollSeam, MonthlyLinesSumToTheCombinedDeduction) {
  model::Employer er;
  er.code = "E1";
  er.prefecture = 13;
  model::Employee ee;
  ee.code = "001";
  ee.birth_date = Date(1981, 1, 15);
  ee.hire_date = Date(2020, 4, 1);
  PayrollPremiums p(lib());
  auto s = p.standard_for(Yen(300'000), ym(2026, 4));
  ASSERT_TRUE(s);
  payroll::MonthlyPremiumQuery q{&er, &ee, ym(2026, 4), Date(2026, 5, 25), *s, Yen(300'000)};
  auto f = p.monthly(q);
  ASSERT_TRUE(f) << f.error().to_string();
  // Tokyo R8 age 45 from 2026-04: 11.70% → 17,550 (健康保険 14,775 + 介護 2,430 + 支援金 345); 厚年 27,450.
  ASSERT_EQ(f->lines.size(), 5u);
  EXPECT_EQ(f->lines[0].code, "health");
  EXPECT_EQ(f->lines[0].amount, Yen(14'775));
  EXPECT_EQ(f->lines[1].amount, Yen(2'430));
  EXPECT_EQ(f->lines[2].amount, Yen(345));
  EXPECT_EQ(f->social_insurance, Yen(17'550 + 27'450));
  EXPECT_EQ(f->employment, Yen(1'500));
  // Not insured that month (no standard amounts): 雇用保険 only.
  q.standard.reset();
  EXPECT_EQ(p.monthly(q)->social_insurance, Yen(0));
  // A 健保組合 employer without its rate file: refused, naming the employer.
  er.health_insurer = model::HealthInsurer::kKumiai;
  q.standard = *s;
  auto k = p.monthly(q);
  ASSERT_FALSE(k);
  EXPECT_NE(k.error().message.find("E1"), std::string::npos);
}

// The fixture of the seam tests below: a Tokyo 一般の事業 employer and an employee aged 45 in 2026.
struct Seam {
  model::Employer er;
  model::Employee ee;
  Seam() {
    er.code = "E1";
    er.prefecture = 13;
    ee.code = "001";
    ee.birth_date = Date(1981, 1, 15);
    ee.hire_date = Date(2020, 4, 1);
  }
  payroll::MonthlyPremiumQuery query(const PayrollPremiums& p, YearMonth m, Date paid, Yen wages) const {
    auto s = p.standard_for(wages, m);
    EXPECT_TRUE(s.has_value());
    payroll::MonthlyPremiumQuery q{&er, &ee, m, paid, *s, wages};
    return q;
  }
};

TEST(SocialPayrollSeam, EmploymentRateFollowsTheWageClosingDateNotThePaymentDate) {
  // 雇用保険料率 by the 賃金締切日 (schemas/rules/social/employment-*.xml, 労働保険徴収法11条): March
  // wages closed 2026-03-31 and paid 2026-04-25 take 令和7年度 一般 5.5/1000 → 300,000 × 5.5/1000 =
  // 1,650; wages closed 2026-04-30 take 令和8年度 5/1000 → 1,500.
  Seam f;
  PayrollPremiums p(lib());
  auto q = f.query(p, ym(2026, 3), Date(2026, 4, 25), Yen(300'000));
  q.wage_date = Date(2026, 3, 31);
  EXPECT_EQ(p.monthly(q)->employment, Yen(1'650));
  q.wage_date = Date(2026, 4, 30);
  EXPECT_EQ(p.monthly(q)->employment, Yen(1'500));
  // No 賃金締切日 given: the premium month's last day (2026-03-31).
  q.wage_date = Date();
  EXPECT_EQ(p.monthly(q)->employment, Yen(1'650));
}

TEST(SocialPayrollSeam, StandardForAgreesWithTheGradeTablesAtEveryBoundary) {
  // standard_for searches the month's tables itself; at every row edge (下限, 下限 − 1 yen) and
  // across a change of month it must give what grade_for gives (標準報酬月額表, grades-*.xml).
  PayrollPremiums p(lib());
  for (YearMonth m : {ym(2026, 4), ym(2025, 9), ym(2026, 4), ym(2026, 10)}) {
    std::vector<Yen> amounts{Yen(0), Yen(1), Yen(99'999'999)};
    auto t = grade_table(lib(), GradeTable::kHealth, m);
    ASSERT_TRUE(t.has_value());
    for (const auto& r : *t)
      if (r.lower) {
        amounts.push_back(*r.lower);
        amounts.push_back(*r.lower - Yen(1));
      }
    for (Yen a : amounts) {
      auto got = p.standard_for(a, m);
      auto want = grade_for(lib(), a, m);
      ASSERT_TRUE(got && want) << a.value() << " " << m.str();
      EXPECT_EQ(got->health, want->health_standard) << a.value() << " " << m.str();
      EXPECT_EQ(got->pension, want->pension_standard) << a.value() << " " << m.str();
      EXPECT_EQ(got->health_grade, want->health_grade) << a.value() << " " << m.str();
      EXPECT_EQ(got->pension_grade, want->pension_grade) << a.value() << " " << m.str();
    }
  }
  // 報酬月額 63,000 → 健保 第1級 58,000 (63,000 未満), 厚年 第1級 88,000 (93,000 未満).
  auto low = p.standard_for(Yen(62'999), ym(2026, 4));
  ASSERT_TRUE(low);
  EXPECT_EQ(low->health, Yen(58'000));
  EXPECT_EQ(low->pension, Yen(88'000));
  EXPECT_FALSE(p.standard_for(Yen(-1), ym(2026, 4)).has_value());  // negative: grade_for's error
}

TEST(SocialPayrollSeam, StandardForRefreshesItsTablesWhenTheMonthTakesANewGradeFile) {
  // standard_for keeps the month's grade tables between calls. With only grades-2020-09-01.xml
  // installed, a cache that never refreshed would pass the test above, so this library adds a
  // second grade file, a TEST FIXTURE (not rule data): from 2027-09 the 厚生年金 table gets a
  // 第33級 680,000 above 665,000 (the shape of the raise of the upper limit in the 2025 年金制度改正法;
  // its official table is not in schemas/ yet). A cache keyed by anything but the month gives
  // 第32級 650,000 for 2027-09 or 第33級 for 2027-08.
  kyuyo::test::TempDir dir;
  namespace fs = std::filesystem;
  for (const auto& e : fs::directory_iterator(resources::rules_dir() + "/social"))
    if (e.path().extension() == ".xml") fs::copy_file(e.path(), dir.path() / e.path().filename());
  const std::string old_file = kyuyo::test::read_file(dir.path() / "grades-2020-09-01.xml");
  auto replaced = [](std::string text, const std::string& from, const std::string& to) {
    auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
  };
  // The installed table ends the day before the fixture's begins (rule sets may not overlap).
  kyuyo::test::write_file(dir.path() / "grades-2020-09-01.xml",
                          replaced(old_file, "from=\"2020-09-01\"", "from=\"2020-09-01\" until=\"2027-08-31\""));
  kyuyo::test::write_file(
      dir.path() / "grades-2027-09-01.xml",
      replaced(replaced(old_file, "from=\"2020-09-01\"", "from=\"2027-09-01\""), "<row>32 650000 635000 -</row>",
               "<row>32 650000 635000 665000</row>\n    <row>33 680000 665000 -</row>"));
  const rules::RuleLibrary two = xml::load_rule_library(dir.str());
  PayrollPremiums p(two);
  const Yen wages(700'000);
  for (int round = 0; round < 2; ++round)
    for (YearMonth m : {ym(2027, 8), ym(2027, 9), ym(2027, 8), ym(2028, 1), ym(2027, 8)}) {
      auto got = p.standard_for(wages, m);
      auto want = grade_for(two, wages, m);
      ASSERT_TRUE(got && want) << m.str();
      const bool new_table = !(m < ym(2027, 9));
      EXPECT_EQ(got->pension, Yen(new_table ? 680'000 : 650'000)) << m.str();
      EXPECT_EQ(got->pension_grade, new_table ? 33 : 32) << m.str();
      EXPECT_EQ(got->pension, want->pension_standard) << m.str();
      EXPECT_EQ(got->health, Yen(710'000)) << m.str();  // 健保 第37級 (695,000 以上 730,000 未満) in both
    }
}

TEST(SocialPayrollSeam, AKumiaiEmployerIsChargedFromTheFileItsLookupGives) {
  // kumiai-example.xml.sample (schemas/rules/social/KUMIAI.md): 2026-04, 標準報酬月額 300,000, age 45:
  // 4.2% + 介護 0.9% + 支援金 0.115% = 5.215% → 15,645 (the same case as SocialRates.KumiaiFileFormat).
  const auto file = xml::load_rule_file(resources::rules_dir() + "/social/kumiai-example.xml.sample");
  Seam f;
  f.er.health_insurer = model::HealthInsurer::kKumiai;
  f.er.kumiai_name = "例示健康保険組合";
  int asked = 0;
  PayrollPremiums p(lib(), [&](const model::Employer& er, const YearMonth& m) -> Result<const rules::RuleFile*> {
    ++asked;
    EXPECT_EQ(er.code, "E1");
    EXPECT_EQ(m, ym(2026, 4));
    return &file;
  });
  auto q = f.query(p, ym(2026, 4), Date(2026, 5, 25), Yen(300'000));
  auto r = p.monthly(q);
  ASSERT_TRUE(r) << r.error().to_string();
  Yen health;
  for (const auto& l : r->lines)
    if (l.code == "health" || l.code == "care" || l.code == "kids_support") health += l.amount;
  EXPECT_EQ(health, Yen(15'645));
  EXPECT_EQ(r->social_insurance, Yen(15'645 + 27'450));
  EXPECT_EQ(asked, 1);
  // The lookup's own error (a file that would not load) reaches the caller unchanged.
  PayrollPremiums broken(lib(), [](const model::Employer&, const YearMonth&) -> Result<const rules::RuleFile*> {
    return fail(ErrorCode::kRuleData, "kumiai.xml:3: broken table");
  });
  auto b = broken.monthly(q);
  ASSERT_FALSE(b);
  EXPECT_EQ(b.error().message, "kumiai.xml:3: broken table");
  // A lookup that finds nothing: refused, naming the employer and the 組合.
  PayrollPremiums none(lib(), [](const model::Employer&, const YearMonth&) -> Result<const rules::RuleFile*> {
    return nullptr;
  });
  auto n = none.monthly(q);
  ASSERT_FALSE(n);
  EXPECT_NE(n.error().message.find("E1"), std::string::npos);
  EXPECT_NE(n.error().message.find("例示健康保険組合"), std::string::npos);
}

}  // namespace
}  // namespace kyuyo::social::test

namespace kyuyo::social::test {
namespace {

TEST(SocialPremiums, LastPayOfALeaverUnderNextMonthCollection) {
  using model::PremiumCollection;
  // Left 2026-06-30 (喪失 07-01), last pay 06-25, 翌月徴収: May and June are both deducted
  // (健康保険法167条1項ただし書). Left 06-29 (喪失 06-30): June is not charged, May only.
  const Date hired(2020, 4, 1);
  auto both = premium_months_for_pay(Date(2026, 6, 25), PremiumCollection::kNextMonth, hired,
                                     loss_date_after_leaving(Date(2026, 6, 30)), true);
  EXPECT_EQ(both, (std::vector<YearMonth>{ym(2026, 5), ym(2026, 6)}));
  auto one = premium_months_for_pay(Date(2026, 6, 25), PremiumCollection::kNextMonth, hired,
                                    loss_date_after_leaving(Date(2026, 6, 29)), true);
  EXPECT_EQ(one, (std::vector<YearMonth>{ym(2026, 5)}));
  // 当月徴収: only the pay's own month.
  auto cur = premium_months_for_pay(Date(2026, 6, 25), PremiumCollection::kCurrentMonth, hired,
                                    loss_date_after_leaving(Date(2026, 6, 30)), true);
  EXPECT_EQ(cur, (std::vector<YearMonth>{ym(2026, 6)}));
  // First pay of someone hired 2026-06-10 under 翌月徴収 (pay 06-25): May is outside coverage.
  EXPECT_TRUE(premium_months_for_pay(Date(2026, 6, 25), PremiumCollection::kNextMonth, Date(2026, 6, 10),
                                     std::nullopt, false)
                  .empty());
}

}  // namespace
}  // namespace kyuyo::social::test
