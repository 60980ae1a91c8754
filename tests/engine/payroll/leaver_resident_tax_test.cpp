// 住民税 on a leaver's last pay (地方税法321条の5: 第2項 1月1日〜4月30日の退職 → 一括徴収 when the pay
// exceeds the 未徴収税額; otherwise 一括徴収 only at the employee's request, the rest 普通徴収). The
// 未徴収税額 follows the notice's schedule. Figures by hand from the notice amounts.
#include <gtest/gtest.h>

#include "kyuyo/payroll/resident_tax.hpp"

using namespace kyuyo;
using namespace kyuyo::payroll;

namespace {
// 令和8年度: 年税額 147,000 = 6月 15,000 + 11 × 12,000.
const ResidentTaxNotice kR8{2026, "131016", "千代田区", 147000_yen, 15000_yen, 12000_yen};
}  // namespace

TEST(LeaverResidentTax, ScheduledAmountsAfterThePaymentMonth) {
  EXPECT_EQ(resident_tax_scheduled_after(kR8, Date(2026, 6, 25)), 132000_yen);  // July〜May: 11 months
  EXPECT_EQ(resident_tax_scheduled_after(kR8, Date(2026, 10, 23)), 84000_yen);  // Nov〜May: 7
  EXPECT_EQ(resident_tax_scheduled_after(kR8, Date(2027, 1, 25)), 48000_yen);   // Feb〜May: 4
  EXPECT_EQ(resident_tax_scheduled_after(kR8, Date(2027, 5, 25)), 0_yen);
}

TEST(LeaverResidentTax, JanuaryToAprilIsMandatoryWhenThePayExceedsTheRest) {
  // 退職 2027-02-28, last pay 2027-02-25: 未徴収 = Feb 12,000 + Mar〜May 36,000 = 48,000.
  auto r = leaver_resident_tax(kR8, Date(2027, 2, 25), Date(2027, 2, 28), false, 48001_yen);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->how, LeaverCollection::kLumpSum);
  EXPECT_TRUE(r->mandatory);
  EXPECT_EQ(r->regular, 12000_yen);
  EXPECT_EQ(r->lump, 36000_yen);
  EXPECT_EQ(r->collected, 147000_yen);
  // Pay equal to the 未徴収税額 does not "exceed" it → 普通徴収 for the 36,000 (no refusal).
  r = leaver_resident_tax(kR8, Date(2027, 2, 25), Date(2027, 2, 28), false, 48000_yen);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->how, LeaverCollection::kOrdinary);
  EXPECT_EQ(r->regular, 12000_yen);
  EXPECT_EQ(r->remaining, 36000_yen);
  EXPECT_EQ(r->collected, 111000_yen);  // 15,000 + 8 × 12,000 (June〜February)
}

TEST(LeaverResidentTax, JuneToDecemberOnlyOnRequest) {
  // 退職 2026-10-31, last pay 2026-10-23: October 12,000; the rest Nov〜May 84,000.
  auto no = leaver_resident_tax(kR8, Date(2026, 10, 23), Date(2026, 10, 31), false, 500000_yen);
  ASSERT_TRUE(no.has_value());
  EXPECT_EQ(no->how, LeaverCollection::kOrdinary);
  EXPECT_FALSE(no->mandatory);
  EXPECT_EQ(no->remaining, 84000_yen);
  EXPECT_EQ(no->collected, 63000_yen);  // 15,000 + 4 × 12,000 (June〜October)
  auto yes = leaver_resident_tax(kR8, Date(2026, 10, 23), Date(2026, 10, 31), true, 96000_yen);
  ASSERT_TRUE(yes.has_value());
  EXPECT_EQ(yes->how, LeaverCollection::kLumpSum);
  EXPECT_EQ(yes->lump, 84000_yen);
  // Requested but the pay does not cover it: refused, naming the column.
  auto short_pay = leaver_resident_tax(kR8, Date(2026, 10, 23), Date(2026, 10, 31), true, 95999_yen);
  ASSERT_FALSE(short_pay.has_value());
  EXPECT_EQ(short_pay.error().where, "住民税一括徴収");
}

TEST(LeaverResidentTax, LeavingInMayLeavesNothing) {
  auto r = leaver_resident_tax(kR8, Date(2027, 5, 25), Date(2027, 5, 31), false, 1000_yen);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->how, LeaverCollection::kNothingLeft);
  EXPECT_EQ(r->regular, 12000_yen);
  EXPECT_EQ(r->collected, 147000_yen);
}

TEST(LeaverResidentTax, ARequestOfAMayLeaverIsNotALumpSum) {
  // 退職 2027-05-20 with the last pay on 2027-04-24 (the May pay never comes): May's 12,000 is
  // left. 一括徴収 is for 1月〜4月 leavers (第2項) or on request for 6月〜12月 leavers (第1項ただし書),
  // so the request is not honoured: 普通徴収 (review finding R1).
  auto r = leaver_resident_tax(kR8, Date(2027, 4, 24), Date(2027, 5, 20), true, 500000_yen);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->how, LeaverCollection::kOrdinary);
  EXPECT_FALSE(r->mandatory);
  EXPECT_EQ(r->lump, 0_yen);
  EXPECT_EQ(r->remaining, 12000_yen);
  EXPECT_NE(r->reason.find("5月"), std::string::npos) << r->reason;
}
