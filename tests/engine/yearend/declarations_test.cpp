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
  // leavers: left in September → out; left on 31 December after the last (December) pay → in
  model::Employee left = e;
  left.leave_date = d(2026, 9, 30);
  EXPECT_NE(exclusion_reason(yearend_rules(), 2026, left, {pay(d(2026, 9, 25), Yen(1), Yen(0), Yen(0))}, {})
                ->find("2026-09-30"),
            std::string::npos);
  left.leave_date = d(2026, 12, 31);
  EXPECT_FALSE(exclusion_reason(yearend_rules(), 2026, left, pays, {}));
  left.leave_date = d(2027, 3, 31);  // leaves next year: an ordinary employee this year
  EXPECT_FALSE(exclusion_reason(yearend_rules(), 2026, left, pays, {}));
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
