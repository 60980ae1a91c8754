// 住民税 特別徴収: 6月分 and 7月〜翌年5月分 from the 特別徴収税額の決定通知書 (地方税法321条の5:
// 年税額 ÷ 12 with the 100円未満の端数 in June).
#include "kyuyo/payroll/resident_tax.hpp"

#include <gtest/gtest.h>

using namespace kyuyo;
using namespace kyuyo::payroll;

TEST(ResidentTax, FiscalYearOfThePaymentMonth) {
  EXPECT_EQ(resident_tax_fiscal_year(Date(2026, 5, 25)), 2025);  // 令和7年度 until May
  EXPECT_EQ(resident_tax_fiscal_year(Date(2026, 6, 25)), 2026);  // 令和8年度 from June
  EXPECT_EQ(resident_tax_fiscal_year(Date(2026, 12, 25)), 2026);
  EXPECT_EQ(resident_tax_fiscal_year(Date(2027, 1, 25)), 2026);
}

TEST(ResidentTax, JuneAmountThenMonthly) {
  // 年税額 192,400: 192,400 / 12 = 16,033 → 16,000 (100円未満切捨て) × 11 = 176,000; 6月 16,400.
  ResidentTaxNotice n{2026, "131121", "世田谷区", 192400_yen, 16400_yen, 16000_yen};
  EXPECT_TRUE(check_notice(n).has_value());
  EXPECT_EQ(resident_tax_for_payment(n, Date(2026, 6, 25)), 16400_yen);
  EXPECT_EQ(resident_tax_for_payment(n, Date(2026, 7, 24)), 16000_yen);
  EXPECT_EQ(resident_tax_for_payment(n, Date(2027, 5, 25)), 16000_yen);
}

TEST(ResidentTax, NoticeWhoseAmountsDoNotAddUpIsRefused) {
  ResidentTaxNotice n{2026, "131121", "世田谷区", 192400_yen, 16300_yen, 16000_yen};
  auto r = check_notice(n);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().where, "annual");
  EXPECT_NE(r.error().message.find("192,400"), std::string::npos);
}
