// 電子計算機等を使用して源泉徴収税額を計算する方法 (月額表甲欄), 令和7年分 and 令和8年分.
// Sources: NTA 令和8年分 denshi_01.pdf p.3 計算例 1–3 as reproduced in fiestared/keiri-tools
// tests/test_gensen_kyuyo.mjs (ref S3; withholding-and-year-end.md §1(b), §3.4); the
// table-vs-formula statistics of §1(b) (1,000-yen grid up to 739,000, n = 0–7; R8 figure also
// published by S6's checker); band edges of 別表第一/第三 (ref §1(b) tables).
#include <gtest/gtest.h>

#include <algorithm>

#include "withholding_fixture.hpp"

namespace kyuyo::withholding::test {
namespace {

std::int64_t computer(Date d, std::int64_t a, int n) {
  return tax(d, a, n, TaxColumn::kKou, WithholdingMethod::kComputer);
}

TEST(WithholdingComputerMethod, Reiwa8OfficialExamples) {
  // 計算例1: 175,000, 配偶者 + 親族1 (n=2): 月額表 250, 電算機 210
  EXPECT_EQ(tax(d2026(), 175'000, 2), 250);
  EXPECT_EQ(computer(d2026(), 175'000, 2), 210);
  // 計算例2: 446,000, 配偶者 + 親族7 (n=8): 月額表 2,620 − 1,610 = 1,010, 電算機 940
  EXPECT_EQ(tax(d2026(), 446'000, 8), 1'010);
  EXPECT_EQ(computer(d2026(), 446'000, 8), 940);
  // 計算例3: 775,200, n=3: 月額表 52,290 + 35,200 × 20.42% = 59,477, 電算機 59,470
  EXPECT_EQ(tax(d2026(), 775'200, 3), 59'477);
  EXPECT_EQ(computer(d2026(), 775'200, 3), 59'470);
}

struct Stats {
  int cells = 0, same = 0;
  std::int64_t lo = 0, hi = 0;
};
Stats grid(Date d, std::int64_t start) {
  Stats s;
  for (std::int64_t a = start; a <= 739'000; a += 1'000)
    for (int n = 0; n < 8; ++n) {
      std::int64_t diff = computer(d, a, n) - tax(d, a, n);
      s.lo = std::min(s.lo, diff);
      s.hi = std::max(s.hi, diff);
      s.same += diff == 0;
      ++s.cells;
    }
  return s;
}

// ref §1(b) "Table vs formula": R8 5,080 cells, 1,171 exact, −310…+120; R7 5,216 cells, 1,224
// exact, −320…+110.
TEST(WithholdingComputerMethod, TableVersusFormulaStatisticsBothYears) {
  Stats r8 = grid(d2026(), 105'000);
  EXPECT_EQ(r8.cells, 5'080);
  EXPECT_EQ(r8.same, 1'171);
  EXPECT_EQ(r8.lo, -310);
  EXPECT_EQ(r8.hi, 120);
  Stats r7 = grid(d2025(), 88'000);
  EXPECT_EQ(r7.cells, 5'216);
  EXPECT_EQ(r7.same, 1'224);
  EXPECT_EQ(r7.lo, -320);
  EXPECT_EQ(r7.hi, 110);
}

// Hand computations from the 別表 of ref §1(b).
TEST(WithholdingComputerMethod, BandEdgesWorkedByHand) {
  // R8 別表第一 band 1 (≤ 158,333 → 54,167) and 別表第三 48,334: 150,000 n=0 → B = 47,499 × 5.105%
  // = 2,424.82 → 2,420
  EXPECT_EQ(computer(d2026(), 150'000, 0), 2'420);
  // R7 別表第一 band 2 (135,417–149,999: A × 40% − 8,333): 140,000 → 47,667; B = 140,000 − 47,667 −
  // 40,000 = 52,333 × 5.105% = 2,671.60 → 2,670
  EXPECT_EQ(computer(d2025(), 140'000, 0), 2'670);
  // R7 300,000 n=0: 別表第一 96,667; B = 163,333 → 163,333 × 10.21% − 8,296 = 8,380.29 → 8,380
  EXPECT_EQ(computer(d2025(), 300'000, 0), 8'380);
  // B ≤ 0 → 0 (R8 100,000: 100,000 − 54,167 − 48,334 < 0)
  EXPECT_EQ(computer(d2026(), 100'000, 0), 0);
  // 別表第三 edge, R8: A = 2,120,833 → 48,334; 2,120,834 → 40,000 (tax rises by 8,334 × 40.84% ≈
  // 3,400 plus the 1 yen)
  std::int64_t below = computer(d2026(), 2'120'833, 0), above = computer(d2026(), 2'120'834, 0);
  // B: 2,120,833 − 162,500 − 48,334 = 1,909,999 → × 40.84% − 237,893 = 542,150.59 → 542,150
  EXPECT_EQ(below, 542'150);
  // B: 2,120,834 − 162,500 − 40,000 = 1,918,334 → 783,547.60 − 237,893 = 545,554.60 → 545,550
  EXPECT_EQ(above, 545'550);
}

TEST(WithholdingComputerMethod, OtsuIsRefused) {
  auto r = engine().monthly(
      {d2026(), Yen(300'000), 0, TaxColumn::kOtsu, WithholdingMethod::kComputer}, false);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kUnsupported);
}

TEST(WithholdingComputerMethod, ExplainShowsEachTable) {
  auto r =
      engine().monthly({d2026(), Yen(175'000), 2, TaxColumn::kKou, WithholdingMethod::kComputer});
  ASSERT_TRUE(r);
  std::string all;
  for (auto& s : r->trace) all += s + "\n";
  for (const char* want : {"別表第一", "別表第二", "別表第三", "別表第四", "10円未満四捨五入",
                           "computer-2026-01-01.xml", "4,165"})
    EXPECT_NE(all.find(want), std::string::npos) << want << "\n" << all;
}

}  // namespace
}  // namespace kyuyo::withholding::test
