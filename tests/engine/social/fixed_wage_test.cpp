// 固定的賃金 / 非固定的賃金 of pay items for 随時改定 (shared/reference/social-insurance.md §4.2:
// "A change in 固定的賃金 (base pay, fixed allowances …). Changes in overtime alone do not count").
#include <gtest/gtest.h>

#include "kyuyo/payroll/pay_item.hpp"
#include "kyuyo/social/fixed_wage.hpp"

namespace {
using kyuyo::social::wage_nature;
using kyuyo::social::WageNature;

TEST(FixedWage, BuiltInItems) {
  for (const char* c : {"base", "family_allowance", "housing_allowance", "position_allowance", "commute_transit",
                        "commute_car", "in_kind"})
    EXPECT_EQ(wage_nature(c), WageNature::kFixed) << c;
  for (const char* c : {"overtime", "late_night", "holiday_work", "absence_deduction"})
    EXPECT_EQ(wage_nature(c), WageNature::kVariable) << c;
  for (const char* c : {"bonus", "savings", "union_dues", "health", "income_tax", "resident_tax"})
    EXPECT_EQ(wage_nature(c), WageNature::kNone) << c;
}

TEST(FixedWage, EmployerItemsByPrefix) {
  EXPECT_EQ(wage_nature("allowance:資格手当"), WageNature::kFixed);
  EXPECT_EQ(wage_nature("inkind:社宅"), WageNature::kFixed);
  EXPECT_EQ(wage_nature("variable:精勤手当"), WageNature::kVariable);
  EXPECT_EQ(wage_nature("nontaxable:出張日当"), WageNature::kNone);
  EXPECT_EQ(wage_nature("deduction:組合費"), WageNature::kNone);
  EXPECT_EQ(wage_nature("basement"), WageNature::kNone);  // whole codes only
  // The payroll CSV accepts the column "variable:名称" as a 課税手当.
  auto d = kyuyo::payroll::item_for_column("variable:精勤手当");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->category, kyuyo::payroll::ItemCategory::kTaxable);
  EXPECT_EQ(d->name, "精勤手当");
}

}  // namespace
