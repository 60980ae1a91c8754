// Named rounding steps at every boundary; each test names the rule it checks.
#include "kyuyo/core/rounding.hpp"

#include <gtest/gtest.h>

using namespace kyuyo;
using namespace kyuyo::rounding;

namespace {
ExactAmount sen(std::int64_t hundredths) { return ExactAmount(hundredths, 100); }
}  // namespace

TEST(Rounding, TruncateToYen_KokuzeiTsusokuho119) {
  EXPECT_EQ(truncate_to_yen(sen(12399)), Yen(123));
  EXPECT_EQ(truncate_to_yen(sen(12300)), Yen(123));
  EXPECT_EQ(truncate_to_yen(sen(-12399)), Yen(-123));
}

TEST(Rounding, RoundUpToYen) {
  EXPECT_EQ(round_up_to_yen(sen(12301)), Yen(124));
  EXPECT_EQ(round_up_to_yen(sen(12300)), Yen(123));
  // 所得金額調整控除 example (年末調整のしかた): (8,765,432 − 8,500,000) × 10% = 26,543.2 → 26,544
  EXPECT_EQ(round_up_to_yen((Yen(8765432) - Yen(8500000)) * Rate(1, 10)), Yen(26544));
}

TEST(Rounding, FiftySenRule_PremiumsDeductedFromPay) {
  // ≤ 50銭 down, > 50銭 up (通貨の単位及び貨幣の発行等に関する法律3条 の特例)
  EXPECT_EQ(round_50sen_rule(sen(493950)), Yen(4939));  // exactly .50 → down
  EXPECT_EQ(round_50sen_rule(sen(493951)), Yen(4940));  // .51 → up
  EXPECT_EQ(round_50sen_rule(sen(493949)), Yen(4939));
  EXPECT_EQ(round_50sen_rule(sen(493900)), Yen(4939));
  EXPECT_EQ(round_50sen_rule(ExactAmount(1, 2)), Yen(0));
  EXPECT_EQ(round_50sen_rule(ExactAmount(501, 1000)), Yen(1));
}

TEST(Rounding, HalfUpToYen_TsukaHo3) {
  EXPECT_EQ(round_half_up_to_yen(sen(493950)), Yen(4940));  // exactly .50 → up
  EXPECT_EQ(round_half_up_to_yen(sen(493949)), Yen(4939));
}

TEST(Rounding, HalfUpToTenYen_DenshiKeisankiTokurei) {
  EXPECT_EQ(round_half_up_to_10_yen(ExactAmount(Yen(214))), Yen(210));
  EXPECT_EQ(round_half_up_to_10_yen(ExactAmount(Yen(215))), Yen(220));
  EXPECT_EQ(round_half_up_to_10_yen(sen(21499)), Yen(210));
  EXPECT_EQ(round_half_up_to_10_yen(ExactAmount(Yen(59474))), Yen(59470));
}

TEST(Rounding, TruncateTo10_100_1000Yen) {
  EXPECT_EQ(truncate_to_10_yen(Yen(1239)), Yen(1230));
  EXPECT_EQ(truncate_to_100_yen(Yen(172199)), Yen(172100));
  EXPECT_EQ(truncate_to_100_yen(Yen(172100)), Yen(172100));
  EXPECT_EQ(truncate_to_1000_yen(Yen(2696999)), Yen(2696000));
  EXPECT_EQ(truncate_to_1000_yen(Yen(999)), Yen(0));
  // 年調年税額: 算出所得税額 × 102.1% then 100円未満切捨て: 172,100 × 1.021 = 175,714.1 → 175,700
  EXPECT_EQ(truncate_to_100_yen(Yen(172100) * *Rate::parse("102.1%")), Yen(175700));
}
