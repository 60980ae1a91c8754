// ひとり親 and 国外居住親族 rules at their boundaries, both years.
//  - ひとり親 (所得税法2条1項31号, 81条): the employee's 合計所得金額 ≤ 500万円 and a 生計を一にする子
//    whose 総所得金額等 is within 58万円 (令和7年分) / 62万円 (令和8年分): shared/reference
//    withholding-and-year-end.md §2.7. 寡婦 (80条): 合計所得金額 ≤ 500万円 (§2.7).
//  - 国外居住親族 (所得税法84条1項 as amended by 令和2年法律第8号, 令和5年分以後): a non-resident
//    扶養親族 aged 30–69 on 31 December is a 控除対象扶養親族 only if 留学, a 障害者, or receiving
//    送金等 of 38万円 or more in the year (国税庁 タックスアンサー No.1180 扶養控除, 令和7年4月1日現在
//    法令等, as summarised in fiestared/keiri-tools docs/fuyo-kojo/index.html; not in the shared
//    reference). 親族関係書類・送金関係書類 (所得税法194条4項, 190条2号) must have been presented.
#include <gtest/gtest.h>

#include "yearend_fixture.hpp"
#include "kyuyo/core/error.hpp"

namespace kyuyo::yearend {
namespace {

YearEndResult run(const YearEndInput& in) { return compute(test::yearend_rules(), in); }

// An employee whose 合計所得金額 is exactly `income` (no salary, other income only).
YearEndInput with_income(int year, Yen income) {
  YearEndInput in;
  in.year = year;
  in.other_income = income;
  return in;
}

TEST(SingleParent, EmployeeIncomeLimitBothYears) {
  for (int year : {2025, 2026}) {
    SCOPED_TRACE(year);
    auto in = with_income(year, Yen(5'000'000));
    in.widow = WidowStatus::kSingleParent;
    in.single_parent_children = std::vector<Yen>{Yen(0)};
    EXPECT_EQ(run(in).widow_deduction, Yen(350'000));
    in.other_income = Yen(5'000'001);
    EXPECT_EQ(run(in).widow_deduction, Yen(0));
    // 寡婦: the same 500万円 limit (所得税法2条1項30号)
    in.widow = WidowStatus::kWidow;
    in.other_income = Yen(5'000'000);
    EXPECT_EQ(run(in).widow_deduction, Yen(270'000));
    in.other_income = Yen(5'000'001);
    EXPECT_EQ(run(in).widow_deduction, Yen(0));
  }
}

TEST(SingleParent, ChildIncomeLimitPerYear) {
  // 令和7年分 58万円, 令和8年分 62万円 (ref §2.7)
  for (auto [year, limit] : {std::pair{2025, 580'000}, std::pair{2026, 620'000}}) {
    SCOPED_TRACE(year);
    auto in = with_income(year, Yen(3'000'000));
    in.widow = WidowStatus::kSingleParent;
    in.single_parent_children = std::vector<Yen>{Yen(limit)};
    auto r = run(in);
    EXPECT_EQ(r.widow_deduction, Yen(350'000));
    EXPECT_EQ(r.dependent_deduction, Yen(350'000));
    in.single_parent_children = std::vector<Yen>{Yen(limit + 1)};
    r = run(in);
    EXPECT_EQ(r.widow_deduction, Yen(0));
    EXPECT_EQ(r.dependent_deduction, Yen(0));
    bool traced = false;
    for (const auto& t : r.trace)
      if (t.detail.find("not a ひとり親") != std::string::npos) traced = true;
    EXPECT_TRUE(traced);
    // one child within the limit among several is enough
    in.single_parent_children = std::vector<Yen>{Yen(limit + 1), Yen(0)};
    EXPECT_EQ(run(in).widow_deduction, Yen(350'000));
    // no child at all: not a ひとり親
    in.single_parent_children = std::vector<Yen>{};
    EXPECT_EQ(run(in).widow_deduction, Yen(0));
    // not checked (calculator without the child's income): taken as declared
    in.single_parent_children.reset();
    EXPECT_EQ(run(in).widow_deduction, Yen(350'000));
  }
  EXPECT_EQ(test::rules_for(2025).deductions.param_yen("single_parent_child_income_limit"), Yen(580'000));
  EXPECT_EQ(test::rules_for(2026).deductions.param_yen("single_parent_child_income_limit"), Yen(620'000));
}

Dependent abroad(DependentKind k, std::optional<int> age) {
  Dependent d{k, Disability::kNone, Yen(0)};
  d.non_resident = true;
  d.age = age;
  return d;
}

TEST(OverseasDependent, AgeBandBothYears) {
  for (int year : {2025, 2026}) {
    SCOPED_TRACE(year);
    auto in = with_income(year, Yen(3'000'000));
    // 29 on 31 December: no condition needed
    in.dependents = {abroad(DependentKind::kGeneral, 29)};
    auto r = run(in);
    EXPECT_EQ(r.dependents_only, Yen(380'000));
    EXPECT_EQ(r.counts.other, 1);
    EXPECT_EQ(r.counts.non_resident, 1);
    // 30 and 69 without 留学/障害者/送金: a 扶養親族 but not a 控除対象扶養親族
    for (int age : {30, 69}) {
      in.dependents = {abroad(DependentKind::kGeneral, age)};
      r = run(in);
      EXPECT_EQ(r.dependents_only, Yen(0)) << age;
      EXPECT_EQ(r.counts.other, 0) << age;
      EXPECT_EQ(r.counts.non_resident, 0) << age;  // not on the 源泉徴収票 as a 控除対象扶養親族
    }
    // 70: 老人扶養親族, no condition
    in.dependents = {abroad(DependentKind::kElderly, 70)};
    EXPECT_EQ(run(in).dependents_only, Yen(480'000));
    // 19–22 and 16–18 are below 30 whatever the exact age
    in.dependents = {abroad(DependentKind::kSpecific, std::nullopt), abroad(DependentKind::kGeneralTeen, std::nullopt)};
    EXPECT_EQ(run(in).dependents_only, Yen(630'000 + 380'000));
    // a non-resident general (23–69) without the age cannot be decided
    in.dependents = {abroad(DependentKind::kGeneral, std::nullopt)};
    EXPECT_THROW(run(in), KyuyoError);
  }
  EXPECT_EQ(test::rules_for(2026).deductions.param_int("overseas_dependent_age_from"), 30);
  EXPECT_EQ(test::rules_for(2026).deductions.param_int("overseas_dependent_age_until"), 70);
}

TEST(OverseasDependent, ConditionsAt30To69BothYears) {
  for (int year : {2025, 2026}) {
    SCOPED_TRACE(year);
    auto in = with_income(year, Yen(3'000'000));
    auto x = abroad(DependentKind::kGeneral, 45);
    x.overseas = OverseasCondition::kStudent;  // 留学
    in.dependents = {x};
    EXPECT_EQ(run(in).dependents_only, Yen(380'000));
    x.overseas = OverseasCondition::kNone;  // 障害者
    x.disability = Disability::kDisabled;
    in.dependents = {x};
    auto r = run(in);
    EXPECT_EQ(r.dependents_only, Yen(380'000));
    EXPECT_EQ(r.disability_deduction, Yen(270'000));
    // 送金: 380,000 is enough, 379,999 is not (overseas_remittance_min)
    x.disability = Disability::kNone;
    x.overseas = OverseasCondition::kRemittance;
    x.remittance = Yen(380'000);
    in.dependents = {x};
    EXPECT_EQ(run(in).dependents_only, Yen(380'000));
    x.remittance = Yen(379'999);
    in.dependents = {x};
    EXPECT_EQ(run(in).dependents_only, Yen(0));
    x.remittance.reset();  // the batch: 送金38万円以上 as declared in the master
    in.dependents = {x};
    EXPECT_EQ(run(in).dependents_only, Yen(380'000));
    // documents not presented: neither 扶養控除 nor 障害者控除, not counted
    x.documents = false;
    x.disability = Disability::kDisabled;
    in.dependents = {x};
    r = run(in);
    EXPECT_EQ(r.dependents_only, Yen(0));
    EXPECT_EQ(r.disability_deduction, Yen(0));
    EXPECT_EQ(r.counts.non_resident, 0);
    // 留学/送金 on a resident dependent is an input error
    Dependent resident{DependentKind::kGeneral, Disability::kNone, Yen(0)};
    resident.overseas = OverseasCondition::kStudent;
    in.dependents = {resident};
    EXPECT_THROW(run(in), KyuyoError);
  }
  EXPECT_EQ(test::rules_for(2025).deductions.param_yen("overseas_remittance_min"), Yen(380'000));
  EXPECT_EQ(test::rules_for(2026).deductions.param_yen("overseas_remittance_min"), Yen(380'000));
}

TEST(OverseasDependent, UnderSixteenStillCountsForTheAdjustment) {
  // A non-resident child under 16 is a 扶養親族 (no 扶養控除) and still makes the employee eligible
  // for 所得金額調整控除 (措法41条の3の11; ref §2.2): 9,000,000 → (9,000,000 − 8,500,000) × 10% = 50,000.
  YearEndInput in;
  in.year = 2026;
  in.salary = Yen(9'000'000);
  in.dependents = {abroad(DependentKind::kUnder16, 10)};
  auto r = run(in);
  EXPECT_EQ(r.income_adjustment, Yen(50'000));
  EXPECT_EQ(r.counts.under16, 1);
  EXPECT_EQ(r.counts.non_resident, 1);
}

}  // namespace
}  // namespace kyuyo::yearend
