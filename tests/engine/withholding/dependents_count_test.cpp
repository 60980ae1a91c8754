// 扶養親族等の数 from an employee and declared dependents.
// Sources: withholding-and-year-end.md §1(a) "扶養親族等の数 (令和8年分)" (S6 quoting NTA
// 給与所得の源泉徴収税額の 求め方 注2-6): 源泉控除対象配偶者 (本人 ≤ 900万, 配偶者 ≤ 95万),
// 源泉控除対象親族 (16歳以上 ≤ 58万, plus 2026 特定親族 with income ≤ 100万), +1 for 本人
// 障害者/寡婦/ひとり親/勤労学生, +1 for each disabled 同一生計 配偶者/扶養親族 incl. under 16; §2.5
// age cut-offs (R8: under 16 = born 2011-01-02 or later); 2025 rules: dependent income ≤ 48万 and
// no 特定親族 (the reference's caveat; see dependents-2020-01-01.xml note). 同居特別障害者 counts
// twice (障害者 + 同居特別障害者, "これらの一に該当するごとに", 月額表の使い方).
#include <gtest/gtest.h>

#include "withholding_fixture.hpp"

namespace kyuyo::withholding::test {
namespace {

using model::Dependent;
using model::Disability;
using model::Relation;

Dependent dep(Relation rel, Date birth, std::int64_t income, Disability dis = Disability::kNone,
              bool cohabiting = true) {
  static int seq = 0;
  Dependent d;
  d.seq = ++seq;
  d.relation = rel;
  d.birth_date = birth;
  d.estimated_income = Yen(income);
  d.disability = dis;
  d.cohabiting = cohabiting;
  return d;
}

DependentsCount count(const model::Employee& e, const std::vector<Dependent>& ds, Date as_of,
                      std::optional<Yen> own = std::nullopt) {
  auto r = dependents_count(wh_rules(), {&e, &ds, as_of, own});
  EXPECT_TRUE(r) << (r ? "" : r.error().message);
  return r ? *r : DependentsCount{};
}

TEST(WithholdingDependents, SpouseAndChildrenR8) {
  model::Employee e;
  std::vector<Dependent> ds = {dep(Relation::kSpouse, Date(1985, 5, 1), 900'000),  // ≤ 95万 → 1
                               dep(Relation::kChild, Date(2009, 4, 1), 0),  // 17 on 2026-12-31 → 1
                               dep(Relation::kChild, Date(2015, 4, 1), 0)};  // 11 → 0
  auto c = count(e, ds, d2026());
  EXPECT_EQ(c.spouse, 1);
  EXPECT_EQ(c.relatives, 1);
  EXPECT_EQ(c.additions, 0);
  EXPECT_EQ(c.total, 2);
}

TEST(WithholdingDependents, SpouseLimitsAndEmployeeIncome) {
  model::Employee e;
  std::vector<Dependent> ds = {dep(Relation::kSpouse, Date(1985, 5, 1), 950'001)};
  EXPECT_EQ(count(e, ds, d2026()).total, 0);  // spouse > 95万
  ds[0].estimated_income = Yen(950'000);
  EXPECT_EQ(count(e, ds, d2026()).total, 1);
  EXPECT_EQ(count(e, ds, d2026(), Yen(9'000'000)).total, 1);
  EXPECT_EQ(count(e, ds, d2026(), Yen(9'000'001)).total, 0);  // 本人 > 900万
}

// §2.5: R8 under 16 = born 2011-01-02 or later (age at 2026-12-31).
TEST(WithholdingDependents, AgeSixteenCutOff) {
  model::Employee e;
  EXPECT_EQ(count(e, {dep(Relation::kChild, Date(2011, 1, 1), 0)}, d2026()).total, 1);
  EXPECT_EQ(count(e, {dep(Relation::kChild, Date(2011, 1, 2), 0)}, d2026()).total, 0);
  EXPECT_EQ(count(e, {dep(Relation::kChild, Date(2010, 1, 1), 0)}, d2025()).total, 1);
  EXPECT_EQ(count(e, {dep(Relation::kChild, Date(2010, 1, 2), 0)}, d2025()).total, 0);
}

TEST(WithholdingDependents, DisabledDependentsIncludingUnder16) {
  model::Employee e;
  auto c = count(e, {dep(Relation::kChild, Date(2018, 1, 1), 0, Disability::kGeneral)}, d2026());
  EXPECT_EQ(c.relatives, 0);
  EXPECT_EQ(c.additions, 1);
  EXPECT_EQ(c.total, 1);
  // 16+ disabled: 1 (親族) + 1 (障害者)
  EXPECT_EQ(
      count(e, {dep(Relation::kChild, Date(2000, 1, 1), 0, Disability::kSpecial, false)}, d2026())
          .total,
      2);
  // 同居特別障害者: 1 + 障害者 1 + 同居特別障害者 1
  EXPECT_EQ(
      count(e, {dep(Relation::kParent, Date(1950, 1, 1), 0, Disability::kSpecial, true)}, d2026())
          .total,
      3);
  // Disabled 同一生計配偶者 (≤ 58万) with an employee over 900万: not 源泉控除対象配偶者 but still
  // +1
  auto s = count(e, {dep(Relation::kSpouse, Date(1980, 1, 1), 500'000, Disability::kGeneral)},
                 d2026(), Yen(12'000'000));
  EXPECT_EQ(s.spouse, 0);
  EXPECT_EQ(s.additions, 1);
}

TEST(WithholdingDependents, EmployeeOwnStatus) {
  model::Employee e;
  e.disability = Disability::kSpecial;
  e.widow = model::WidowStatus::kSingleParent;
  e.working_student = true;
  EXPECT_EQ(count(e, {}, d2026()).total, 3);
  e.widow = model::WidowStatus::kWidow;
  e.working_student = false;
  e.disability = Disability::kNone;
  EXPECT_EQ(count(e, {}, d2025()).total, 1);
}

// 2026: 特定親族 (19–22, 58万超123万以下) counted only with income ≤ 100万; 2025: not counted at
// all.
TEST(WithholdingDependents, SpecifiedRelativeOnlyIn2026UpTo1Million) {
  model::Employee e;
  auto student = [](std::int64_t income) {
    return dep(Relation::kChild, Date(2005, 6, 1), income);
  };  // 21 in 2026
  EXPECT_EQ(count(e, {student(1'000'000)}, d2026()).total, 1);
  EXPECT_EQ(count(e, {student(1'000'001)}, d2026()).total, 0);
  EXPECT_EQ(count(e, {student(800'000)}, d2025()).total, 0);
  // a 特定親族 is not a 扶養親族: no 障害者 addition
  auto d = student(800'000);
  d.disability = Disability::kGeneral;
  EXPECT_EQ(count(e, {d}, d2026()).total, 1);
  // age 23 with 80万: neither
  EXPECT_EQ(count(e, {dep(Relation::kChild, Date(2003, 6, 1), 800'000)}, d2026()).total, 0);
}

// Dependent income limit: 2025 48万 (old definitions), 2026 58万.
TEST(WithholdingDependents, IncomeLimitByYear) {
  model::Employee e;
  auto parent = dep(Relation::kParent, Date(1950, 1, 1), 500'000);
  EXPECT_EQ(count(e, {parent}, d2025()).total, 0);
  EXPECT_EQ(count(e, {parent}, d2026()).total, 1);
  parent.estimated_income = Yen(480'000);
  EXPECT_EQ(count(e, {parent}, d2025()).total, 1);
}

TEST(WithholdingDependents, OtsuEmployeeAndUnbornChild) {
  model::Employee e;
  e.tax_column = model::TaxColumn::kOtsu;
  EXPECT_EQ(count(e, {dep(Relation::kChild, Date(2000, 1, 1), 0)}, d2026()).total, 0);
  model::Employee k;
  EXPECT_EQ(count(k, {dep(Relation::kChild, Date(2000, 1, 1), 0, Disability::kGeneral)},
                  Date(2026, 1, 25))
                .total,
            2);
  EXPECT_EQ(count(k, {dep(Relation::kChild, Date(2026, 3, 1), 0, Disability::kGeneral)},
                  Date(2026, 1, 25))
                .total,
            0);
}

TEST(WithholdingDependents, TraceNamesEachPerson) {
  model::Employee e;
  auto c = count(e, {dep(Relation::kSpouse, Date(1985, 5, 1), 0)}, d2026());
  std::string all;
  for (auto& s : c.trace) all += s + "\n";
  EXPECT_NE(all.find("源泉控除対象配偶者"), std::string::npos) << all;
  EXPECT_NE(all.find("dependents-2026-01-01.xml"), std::string::npos) << all;
}

}  // namespace
}  // namespace kyuyo::withholding::test
