// The batch's pure parts (engine/include/kyuyo/yearend/declarations.hpp): who is left out,
// how the master (扶養控除等申告書) becomes YearEndInput people by age on 31 December, and the
// settlement on the last pay. People follow samples/company (employees.csv / dependents.csv).
// Rules: ref §2.5 (ages, 同居老親等), §2.6 (特定親族: 19–22 above the 扶養親族 limit), §2.11
// (settlement: 『年末調整のしかた』 p.40 as cited by S9).
#include <gtest/gtest.h>

#include "yearend_fixture.hpp"
#include "kyuyo/yearend/declarations.hpp"

namespace kyuyo::yearend {
namespace {
using test::yearend_rules;

Date d(int y, int m, int dd) {
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(dd));
}

model::Dependent dep(model::Relation rel, Date birth, Yen income = Yen(0),
                     model::Disability dis = model::Disability::kNone, bool cohabiting = true) {
  model::Dependent x;
  x.relation = rel;
  x.birth_date = birth;
  x.estimated_income = income;
  x.disability = dis;
  x.cohabiting = cohabiting;
  return x;
}

payroll::PaymentRecord pay(Date date, Yen taxable, Yen social, Yen tax, bool kou = true) {
  payroll::PaymentRecord p;
  p.payment_date = date;
  p.taxable = taxable;
  p.social_insurance = social;
  p.income_tax = tax;
  p.kou = kou;
  return p;
}

TEST(YearEndAssemble, AgesOn31DecemberDecideTheKinds) {
  // 1001 山田: spouse (no income), 長男 born 2005-04-02 (21 at 2026-12-31: 特定), 長女 born 2015-11-30 (年少).
  model::Employee e;
  std::vector<model::Dependent> ds = {dep(model::Relation::kSpouse, d(1982, 8, 21)),
                                      dep(model::Relation::kChild, d(2005, 4, 2)),
                                      dep(model::Relation::kChild, d(2015, 11, 30))};
  auto in = assemble(yearend_rules(), 2026, e, ds, {}, {});
  ASSERT_TRUE(in.spouse);
  EXPECT_EQ(in.spouse->income, Yen(0));
  EXPECT_FALSE(in.spouse->elderly);
  ASSERT_EQ(in.dependents.size(), 2u);
  EXPECT_EQ(in.dependents[0].kind, DependentKind::kSpecific);
  EXPECT_EQ(in.dependents[1].kind, DependentKind::kUnder16);
  // Age boundaries (ref §2.5, R8 cut-offs as of 2026-12-31): born 2011-01-01 is 16; 2011-01-02 is 15
  // (年齢計算ニ関スル法律: one turns 16 on the day before the 16th birthday).
  auto kind_of = [&](Date birth) {
    auto x = assemble(yearend_rules(), 2026, e, {dep(model::Relation::kChild, birth)}, {}, {});
    return x.dependents.at(0).kind;
  };
  EXPECT_EQ(kind_of(d(2011, 1, 1)), DependentKind::kGeneralTeen);
  EXPECT_EQ(kind_of(d(2011, 1, 2)), DependentKind::kUnder16);
  EXPECT_EQ(kind_of(d(2008, 1, 1)), DependentKind::kSpecific);
  EXPECT_EQ(kind_of(d(2008, 1, 2)), DependentKind::kGeneralTeen);
  EXPECT_EQ(kind_of(d(2004, 1, 1)), DependentKind::kGeneral);
  EXPECT_EQ(kind_of(d(2004, 1, 2)), DependentKind::kSpecific);
  EXPECT_EQ(kind_of(d(1957, 1, 1)), DependentKind::kElderly);
  EXPECT_EQ(kind_of(d(1957, 1, 2)), DependentKind::kGeneral);
}

TEST(YearEndAssemble, SpecificRelativeSpouseOverrideAndElderly) {
  model::Employee e;
  // 1002 佐藤: husband 所得 1,200,000 (配偶者特別控除), 長男 born 2006-06-10 with 所得 800,000 → 特定親族.
  std::vector<model::Dependent> ds = {dep(model::Relation::kSpouse, d(1974, 1, 15), Yen(1'200'000)),
                                      dep(model::Relation::kChild, d(2006, 6, 10), Yen(800'000))};
  Declarations decl;
  auto in = assemble(yearend_rules(), 2026, e, ds, decl, {});
  ASSERT_TRUE(in.spouse);
  EXPECT_EQ(in.spouse->income, Yen(1'200'000));
  EXPECT_TRUE(in.dependents.empty());
  ASSERT_EQ(in.specific_relatives.size(), 1u);
  EXPECT_EQ(in.specific_relatives[0], Yen(800'000));
  decl.spouse_income = Yen(900'000);  // 配偶者控除等申告書 overrides the master estimate
  EXPECT_EQ(assemble(yearend_rules(), 2026, e, ds, decl, {}).spouse->income, Yen(900'000));
  // A 19–22 child at exactly the limit stays a 特定扶養親族: 620,000 in 2026, but above 580,000 in 2025.
  std::vector<model::Dependent> at_limit = {dep(model::Relation::kChild, d(2006, 6, 10), Yen(620'000))};
  EXPECT_EQ(assemble(yearend_rules(), 2026, e, at_limit, {}, {}).dependents.size(), 1u);
  EXPECT_EQ(assemble(yearend_rules(), 2025, e, at_limit, {}, {}).specific_relatives.size(), 1u);

  // 1003 鈴木: mother (1948, 同居) → 同居老親等; father (1946, 別居) → 老人; son (1998) 同居特別障害者.
  std::vector<model::Dependent> s = {
      dep(model::Relation::kParent, d(1948, 7, 7), Yen(400'000)),
      dep(model::Relation::kParent, d(1946, 3, 3), Yen(300'000), model::Disability::kNone, false),
      dep(model::Relation::kChild, d(1998, 12, 12), Yen(0), model::Disability::kSpecial, true)};
  auto in3 = assemble(yearend_rules(), 2026, e, s, {}, {});
  ASSERT_EQ(in3.dependents.size(), 3u);
  EXPECT_EQ(in3.dependents[0].kind, DependentKind::kCohabitingElderly);
  EXPECT_EQ(in3.dependents[1].kind, DependentKind::kElderly);
  EXPECT_EQ(in3.dependents[2].kind, DependentKind::kGeneral);
  EXPECT_EQ(in3.dependents[2].disability, Disability::kCohabitingSpecialDisabled);
  // 1011 加藤: wife born 1955-10-10 → 71 on 2026-12-31: 老人控除対象配偶者
  auto in11 = assemble(yearend_rules(), 2026, e, {dep(model::Relation::kSpouse, d(1955, 10, 10), Yen(400'000))}, {}, {});
  EXPECT_TRUE(in11.spouse->elderly);
}

TEST(YearEndAssemble, PayTotalsPlusPreviousEmployer) {
  model::Employee e;
  e.widow = model::WidowStatus::kSingleParent;
  Declarations decl;
  decl.previous = {"前の会社", Yen(1'800'000), Yen(270'000), Yen(45'000)};
  std::vector<payroll::PaymentRecord> pays = {pay(d(2026, 7, 24), Yen(300'000), Yen(45'000), Yen(5'000)),
                                              pay(d(2026, 8, 25), Yen(300'000), Yen(45'000), Yen(5'000))};
  pays[1].employment_insurance = Yen(1'800);
  auto in = assemble(yearend_rules(), 2026, e, {}, decl, pays);
  EXPECT_EQ(in.salary, Yen(2'400'000));
  EXPECT_EQ(in.withheld, Yen(55'000));
  EXPECT_EQ(in.social_insurance_payroll, Yen(270'000 + 90'000 + 1'800));
  EXPECT_EQ(in.widow, WidowStatus::kSingleParent);
}

TEST(YearEndEligibility, Reasons) {
  model::Employee e;
  std::vector<payroll::PaymentRecord> pays = {pay(d(2026, 12, 25), Yen(300'000), Yen(0), Yen(5'000))};
  EXPECT_FALSE(exclusion_reason(yearend_rules(), 2026, e, pays, {}));
  EXPECT_TRUE(exclusion_reason(yearend_rules(), 2026, e, {}, {}));  // no pay
  model::Employee otsu = e;
  otsu.tax_column = model::TaxColumn::kOtsu;
  EXPECT_NE(exclusion_reason(yearend_rules(), 2026, otsu, pays, {})->find("乙欄"), std::string::npos);
  model::Employee nonres = e;
  nonres.resident = false;
  EXPECT_NE(exclusion_reason(yearend_rules(), 2026, nonres, pays, {})->find("非居住者"), std::string::npos);
  // over 2,000万 including 前職分 (所得税法190条)
  Declarations big;
  big.previous = {"前", Yen(19'800'000), Yen(0), Yen(0)};
  EXPECT_FALSE(exclusion_reason(yearend_rules(), 2026, e, pays, {}));
  EXPECT_TRUE(exclusion_reason(yearend_rules(), 2026, e, pays, big));
  // leavers: left in September with pay over the small-pay limit → out; left on 31 December after
  // the last (December) pay → in
  model::Employee left = e;
  left.leave_date = d(2026, 9, 30);
  auto why = exclusion_reason(yearend_rules(), 2026, left, {pay(d(2026, 9, 25), Yen(1'300'000), Yen(0), Yen(0))}, {});
  ASSERT_TRUE(why);
  EXPECT_NE(why->find("left on 2026-09-30"), std::string::npos) << *why;
  EXPECT_NE(why->find("1,230,000"), std::string::npos) << *why;
  left.leave_date = d(2026, 12, 31);
  EXPECT_FALSE(exclusion_reason(yearend_rules(), 2026, left, pays, {}));
  left.leave_date = d(2027, 3, 31);  // leaves next year: an ordinary employee this year
  EXPECT_FALSE(exclusion_reason(yearend_rules(), 2026, left, pays, {}));
}

// Leavers adjusted at leaving (所得税法190条; 所得税基本通達190-1; 国税庁 タックスアンサー No.2665
// 令和7年4月1日現在法令等, as quoted in fiestared/keiri-tools docs/column/nenmatsu-chosei-itsumade):
// 死亡退職; 著しい心身の障害 (no other pay expected); 12月の給与の支払後に退職; パートタイマー等 with
// the year's total pay ≤ 123万円 (rule data leaver_small_pay_limit, both years) and no other pay
// expected. Everyone else who left is excluded with the reason.
std::vector<payroll::PaymentRecord> monthly(int year, int last_month, Yen each) {
  std::vector<payroll::PaymentRecord> v;
  for (int m = 1; m <= last_month; ++m) v.push_back(pay(d(year, m, 25), each, Yen(0), Yen(1'000)));
  return v;
}

// 死亡退職 (所得税法85条3項; 所得税基本通達 9-17): a person who died on 2026-06-15 is judged as of
// that day, and the pay dated after the death is left out of the 年末調整.
TEST(YearEndAssemble, DeathJudgesPeopleAtTheDeathAndLeavesOutLaterPay) {
  model::Employee e;
  e.leave_date = d(2026, 6, 15);
  std::vector<model::Dependent> ds = {dep(model::Relation::kChild, d(2010, 9, 1)),   // 15 then, 16 on 31 Dec
                                      dep(model::Relation::kParent, d(1956, 7, 1))};  // 69 then, 70 on 31 Dec
  std::vector<payroll::PaymentRecord> pays = {pay(d(2026, 5, 25), Yen(300'000), Yen(40'000), Yen(6'000)),
                                              pay(d(2026, 6, 25), Yen(150'000), Yen(0), Yen(0))};
  auto ordinary = assemble(yearend_rules(), 2026, e, ds, {}, pays);  // an ordinary leaver: 31 December
  EXPECT_EQ(ordinary.salary, Yen(450'000));
  ASSERT_EQ(ordinary.dependents.size(), 2u);
  EXPECT_EQ(ordinary.dependents[0].kind, DependentKind::kGeneralTeen);
  EXPECT_EQ(ordinary.dependents[1].kind, DependentKind::kCohabitingElderly);

  e.leave_reason = model::LeaveReason::kDeath;
  auto died = assemble(yearend_rules(), 2026, e, ds, {}, pays);
  EXPECT_EQ(died.salary, Yen(300'000));
  EXPECT_EQ(died.withheld, Yen(6'000));
  EXPECT_EQ(died.social_insurance_payroll, Yen(40'000));
  ASSERT_EQ(died.dependents.size(), 2u);
  EXPECT_EQ(died.dependents[0].kind, DependentKind::kUnder16);
  EXPECT_EQ(died.dependents[1].kind, DependentKind::kGeneral);
}

TEST(YearEndEligibility, LeaverCasesBothYears) {
  for (int year : {2025, 2026}) {
    SCOPED_TRACE(year);
    const auto& lib = yearend_rules();
    model::Employee e;
    e.leave_date = d(year, 6, 30);
    auto big = monthly(year, 6, Yen(400'000));  // 2,400,000: over the small-pay limit
    // ordinary leaver: excluded, the reason names the date and the limit
    auto el = eligibility(lib, year, e, big, {});
    ASSERT_TRUE(el.excluded);
    EXPECT_NE(el.excluded->find("left on " + std::to_string(year) + "-06-30"), std::string::npos);
    EXPECT_NE(el.excluded->find("2,400,000 over 1,230,000"), std::string::npos) << *el.excluded;
    EXPECT_EQ(el.leaver, LeaverCase::kNone);
    // 死亡退職: adjusted at leaving whatever the pay
    e.leave_reason = model::LeaveReason::kDeath;
    el = eligibility(lib, year, e, big, {});
    EXPECT_FALSE(el.excluded);
    EXPECT_EQ(el.leaver, LeaverCase::kDeath);
    // 著しい心身の障害: adjusted unless other pay is expected after leaving
    e.leave_reason = model::LeaveReason::kDisability;
    el = eligibility(lib, year, e, big, {});
    EXPECT_FALSE(el.excluded);
    EXPECT_EQ(el.leaver, LeaverCase::kDisability);
    Declarations other;
    other.other_pay_after_leaving = true;
    el = eligibility(lib, year, e, big, other);
    ASSERT_TRUE(el.excluded);
    EXPECT_NE(el.excluded->find("other pay expected"), std::string::npos) << *el.excluded;
    // small pay: boundary at the rule data's 1,230,000 (≤ in, 1 yen more out), 前職分 included
    e.leave_reason = model::LeaveReason::kOrdinary;
    auto at = monthly(year, 6, Yen(205'000));  // 6 × 205,000 = 1,230,000
    el = eligibility(lib, year, e, at, {});
    EXPECT_FALSE(el.excluded);
    EXPECT_EQ(el.leaver, LeaverCase::kSmallPay);
    auto over = at;
    over.back().taxable += Yen(1);  // 1,230,001
    el = eligibility(lib, year, e, over, {});
    ASSERT_TRUE(el.excluded);
    EXPECT_NE(el.excluded->find("1,230,001 over 1,230,000"), std::string::npos) << *el.excluded;
    Declarations prev;
    prev.previous = {"前職", Yen(1), Yen(0), Yen(0)};
    EXPECT_TRUE(eligibility(lib, year, e, at, prev).excluded);  // 1,230,001 with the 前職分
    EXPECT_TRUE(eligibility(lib, year, e, at, other).excluded);  // other pay expected
    // December: left after the December pay → adjusted; left before it → excluded
    e.leave_date = d(year, 12, 28);
    auto dec = monthly(year, 12, Yen(400'000));
    el = eligibility(lib, year, e, dec, {});
    EXPECT_FALSE(el.excluded);
    EXPECT_EQ(el.leaver, LeaverCase::kDecemberAfterLastPay);
    e.leave_date = d(year, 12, 20);
    EXPECT_TRUE(eligibility(lib, year, e, dec, {}).excluded);
    // not a leaver this year
    e.leave_date.reset();
    el = eligibility(lib, year, e, dec, {});
    EXPECT_FALSE(el.excluded);
    EXPECT_EQ(el.leaver, LeaverCase::kNone);
  }
  EXPECT_EQ(test::rules_for(2025).deductions.param_yen("leaver_small_pay_limit"), Yen(1'230'000));
  EXPECT_EQ(test::rules_for(2026).deductions.param_yen("leaver_small_pay_limit"), Yen(1'230'000));
}

// A person who left in an earlier year and is paid this year (the December pay paid on 10 January)
// is not this year's employee: no 年末調整, whether the leaving was ordinary, a death or a
// disability (review finding B1: such a person used to be adjusted as a leaver of the year).
TEST(YearEndEligibility, LeftInAnEarlierYearIsNeverAdjusted) {
  const auto& lib = yearend_rules();
  model::Employee e;
  e.leave_date = d(2025, 12, 31);
  std::vector<payroll::PaymentRecord> jan = {pay(d(2026, 1, 10), Yen(200'000), Yen(0), Yen(10'000), false)};
  for (auto why : {model::LeaveReason::kOrdinary, model::LeaveReason::kDeath, model::LeaveReason::kDisability}) {
    e.leave_reason = why;
    auto el = eligibility(lib, 2026, e, jan, {});
    ASSERT_TRUE(el.excluded);
    EXPECT_NE(el.excluded->find("left on 2025-12-31, before 2026"), std::string::npos) << *el.excluded;
    EXPECT_EQ(el.leaver, LeaverCase::kNone);
  }
  // Even with 甲欄 pay under the small-pay limit (the case that used to pass as kSmallPay).
  e.leave_reason = model::LeaveReason::kOrdinary;
  jan[0].kou = true;
  EXPECT_TRUE(eligibility(lib, 2026, e, jan, {}).excluded);
}

// 所得税基本通達 9-17: after a death, later pay is not 給与所得, so the batch's settlement and
// 源泉徴収簿 see only the pay up to the death (review finding B2); other leavers keep all of it.
TEST(YearEndSettle, PayAfterADeathIsNotSalary) {
  model::Employee e;
  e.leave_date = d(2026, 6, 15);
  e.leave_reason = model::LeaveReason::kDeath;
  std::vector<payroll::PaymentRecord> pays = {pay(d(2026, 5, 25), Yen(300'000), Yen(40'000), Yen(6'000)),
                                              pay(d(2026, 6, 15), Yen(300'000), Yen(40'000), Yen(5'500)),
                                              pay(d(2026, 6, 25), Yen(150'000), Yen(0), Yen(0))};
  auto kept = salary_payments(e, pays);
  ASSERT_EQ(kept.size(), 2u);
  EXPECT_EQ(kept.back().payment_date, d(2026, 6, 15));
  YearEndResult r;
  r.excess = Yen(8'000);
  auto s = settle(r, kept);
  EXPECT_EQ(s.last_pay_date, d(2026, 6, 15));  // not the post-death 6/25 pay
  EXPECT_EQ(s.offset_on_last_pay, Yen(5'500));
  EXPECT_EQ(s.refund, Yen(2'500));
  e.leave_reason = model::LeaveReason::kOrdinary;
  EXPECT_EQ(salary_payments(e, pays).size(), 3u);
}

TEST(YearEndAssemble, NonResidentDependentsAndSingleParentChildren) {
  model::Employee e;
  e.widow = model::WidowStatus::kSingleParent;
  auto abroad = dep(model::Relation::kParent, d(1960, 5, 1));  // 66 on 31 Dec 2026
  abroad.non_resident = true;
  abroad.seq = 2;
  abroad.overseas_condition = model::OverseasCondition::kRemittance38;
  auto elderly_abroad = dep(model::Relation::kParent, d(1950, 5, 1));  // 76: cohabiting is ignored abroad
  elderly_abroad.non_resident = true;
  elderly_abroad.seq = 3;
  auto child = dep(model::Relation::kChild, d(2010, 4, 1), Yen(620'000));
  child.seq = 1;
  Declarations decl;
  decl.overseas_documents_missing = {3};
  auto in = assemble(yearend_rules(), 2026, e, {child, abroad, elderly_abroad}, decl, {});
  ASSERT_EQ(in.dependents.size(), 3u);
  EXPECT_FALSE(in.dependents[0].non_resident);
  EXPECT_TRUE(in.dependents[1].non_resident);
  EXPECT_EQ(in.dependents[1].age, 66);
  EXPECT_EQ(in.dependents[1].overseas, OverseasCondition::kRemittance);
  EXPECT_TRUE(in.dependents[1].documents);
  EXPECT_EQ(in.dependents[2].kind, DependentKind::kElderly);
  EXPECT_FALSE(in.dependents[2].documents);
  ASSERT_TRUE(in.single_parent_children);
  EXPECT_EQ(*in.single_parent_children, std::vector<Yen>{Yen(620'000)});
  // not a ひとり親 → children not collected
  e.widow = model::WidowStatus::kNone;
  EXPECT_FALSE(assemble(yearend_rules(), 2026, e, {child}, {}, {}).single_parent_children);
}

TEST(YearEndSettle, ExcessOffsetsTheLastPayThenRefund) {
  // 『年末調整のしかた』 (p.40 as cited by ref §2.11, S9): an excess first offsets the tax on the last
  // pay, the rest is refunded; a shortfall is collected.
  std::vector<payroll::PaymentRecord> pays = {pay(d(2026, 12, 10), Yen(0), Yen(0), Yen(30'000)),
                                              pay(d(2026, 12, 25), Yen(0), Yen(0), Yen(8'000)),
                                              pay(d(2026, 11, 25), Yen(0), Yen(0), Yen(9'000))};
  YearEndResult r;
  r.excess = Yen(64'000);
  auto s = settle(r, pays);
  EXPECT_EQ(s.last_pay_date, d(2026, 12, 25));
  EXPECT_EQ(s.offset_on_last_pay, Yen(8'000));
  EXPECT_EQ(s.refund, Yen(56'000));
  r.excess = Yen(5'000);  // smaller than the tax on the last pay: only the difference is collected then
  s = settle(r, pays);
  EXPECT_EQ(s.offset_on_last_pay, Yen(5'000));
  EXPECT_EQ(s.refund, Yen(0));
  r.excess = Yen(0);
  r.shortfall = Yen(12'345);
  s = settle(r, pays);
  EXPECT_EQ(s.collect, Yen(12'345));
  EXPECT_EQ(s.offset_on_last_pay, Yen(0));
}

}  // namespace
}  // namespace kyuyo::yearend
