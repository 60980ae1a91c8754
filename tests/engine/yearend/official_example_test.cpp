// The two official worked examples (設例) of 『令和8年分 年末調整のしかた』 (国税庁, nencho2026):
//   設例1: 「最後の給与の税額計算を省略する場合」, pp.57–59 (pdf/110rei.pdf);
//   設例2: 「最後の給与の税額計算を省略しない場合」 (NTA PDF 203), with the settlement on the last pay.
// Inputs and every line value are taken from the transcription in fiestared/keiri-tools
// tests/test_nencho.mjs (commit 149d8d1; shared/reference source S9, whose page references the
// reference confirms: "NTA 令和8年分 設例 (pp.57-59, PDF 203) with every line value"; the same
// 設例 is reproduced independently by S12). The しかた itself was not available here, so the figures
// are second-hand; each one is re-derived below from the rules in schemas/rules/yearend/.
// No 令和7年分 設例 could be found (ref §3.5, §5.3), so 2025 has only our own cases (year_end_test).
#include <gtest/gtest.h>

#include "yearend_fixture.hpp"
#include "kyuyo/yearend/declarations.hpp"

namespace kyuyo::yearend {
namespace {

// 設例1 (pp.57–59): 給与 8,970,000; 徴収税額 156,670; 社会保険料等 1,386,102.
//   生命保険料 新一般 80,000, 旧一般 35,000, 介護医療 80,000, 新個人年金 30,000, 旧個人年金 90,000;
//   地震保険料 42,000, 旧長期損害保険料 14,800; 配偶者 合計所得 500,000; 特定扶養親族 1,
//   一般の控除対象扶養親族 1, 同居老親等 1 (一般の障害者); 特定親族 給与所得 1,000,000;
//   住宅借入金等特別控除 76,500.
//   ⑨ 8,970,000 − 1,950,000 = 7,020,000; ⑩ (8,970,000 − 8,500,000) × 10% = 47,000; ⑪ 6,973,000
//   ⑮ 一般: 計算式Ⅱ 80,000/4 + 30,000 = 50,000, 旧 35,000/2 + 12,500 = 30,000 → 60,000 (special cap);
//      介護医療 80,000/4 + 20,000 = 40,000; 個人年金: 旧 90,000/4 + 25,000 = 47,500 (> new+old cap 40,000)
//      → 147,500 → 120,000 (p.58)
//   ⑯ 42,000 + (14,800/2 + 5,000 = 12,400) = 54,400 → 50,000;  ⑰ 380,000;  ⑱ 410,000
//   ⑲ 630,000 + 380,000 + 580,000 + 270,000 = 1,860,000;  ⑳ 620,000 (⑪ > 655万)
//   ㉑ 4,826,102; ㉒ 2,146,898 → 2,146,000; ㉓ 2,146,000 × 10% − 97,500 = 117,100; ㉔ 76,500
//   ㉕ 40,600; ㉖ 40,600 × 102.1% = 41,452.6 → 41,400; 超過額 156,670 − 41,400 = 115,270
TEST(OfficialExample2026, Settei1_pp57to59) {
  YearEndInput in{.year = 2026, .salary = Yen(8'970'000), .withheld = Yen(156'670),
                  .social_insurance_payroll = Yen(1'386'102)};
  in.life = {Yen(80'000), Yen(35'000), Yen(80'000), Yen(30'000), Yen(90'000)};
  in.quake = {Yen(42'000), Yen(14'800)};
  in.spouse = Spouse{Yen(500'000), false, Disability::kNone};
  in.dependents = {{DependentKind::kSpecific},
                   {DependentKind::kGeneral},
                   {DependentKind::kCohabitingElderly, Disability::kDisabled}};
  in.specific_relatives = {Yen(1'000'000)};
  in.housing_credit = Yen(76'500);
  auto r = compute(test::yearend_rules(), in);
  EXPECT_EQ(r.employment_income, Yen(7'020'000));                   // ⑨
  EXPECT_EQ(r.income_adjustment, Yen(47'000));                      // ⑩
  EXPECT_EQ(r.employment_income_after_adjustment, Yen(6'973'000));  // ⑪
  EXPECT_EQ(r.social_insurance, Yen(1'386'102));                    // ⑫
  EXPECT_EQ(r.life_general, Yen(60'000));
  EXPECT_EQ(r.life_care, Yen(40'000));
  EXPECT_EQ(r.life_pension, Yen(47'500));
  EXPECT_TRUE(r.life_special_applied);
  EXPECT_EQ(r.life_insurance, Yen(120'000));               // ⑮
  EXPECT_EQ(r.earthquake_insurance, Yen(50'000));          // ⑯
  EXPECT_EQ(r.spouse_deduction, Yen(380'000));             // ⑰
  EXPECT_EQ(r.specific_relative_deduction, Yen(410'000));  // ⑱
  EXPECT_EQ(r.dependent_deduction, Yen(1'860'000));        // ⑲
  EXPECT_EQ(r.basic_deduction, Yen(620'000));              // ⑳
  EXPECT_EQ(r.total_deductions, Yen(4'826'102));           // ㉑
  EXPECT_EQ(r.taxable_income, Yen(2'146'000));             // ㉒
  EXPECT_EQ(r.computed_tax, Yen(117'100));                 // ㉓
  EXPECT_EQ(r.housing_credit, Yen(76'500));                // ㉔
  EXPECT_EQ(r.annual_income_tax, Yen(40'600));             // ㉕
  EXPECT_EQ(r.annual_tax, Yen(41'400));                    // ㉖
  EXPECT_EQ(r.excess, Yen(115'270));
  EXPECT_EQ(r.shortfall, Yen(0));
}

// 設例2 (PDF 203, 最後の給与の税額計算を省略しない場合): 給与 4,390,000; 徴収税額 51,845;
//   社会保険料等 641,525; 旧一般 50,200, 新個人年金 56,000; 地震保険料 45,000; 配偶者 (所得なし);
//   一般の控除対象扶養親族 1; tax on the last pay 6,963.
//   ⑨ row 4,388,000–4,392,000: 4,388,000 × 80% − 440,000 = 3,070,400; ⑩ 0
//   ⑮ 旧一般 50,200/4 + 25,000 = 37,550; 新個人年金 56,000/4 + 20,000 = 34,000 → 71,550
//   ⑯ 45,000; ⑰ 380,000; ⑲ 380,000; ⑳ 1,040,000 (⑪ ≤ 489万)
//   ㉑ 2,558,075; ㉒ 512,325 → 512,000; ㉓ 25,600; ㉖ 25,600 × 102.1% = 26,137.6 → 26,100
//   超過額 51,845 − 26,100 = 25,745: 6,963 offsets the tax on the last pay, 18,782 is refunded.
TEST(OfficialExample2026, Settei2_Pdf203WithSettlement) {
  YearEndInput in{.year = 2026, .salary = Yen(4'390'000), .withheld = Yen(51'845),
                  .social_insurance_payroll = Yen(641'525)};
  in.life.general_old = Yen(50'200);
  in.life.pension_new = Yen(56'000);
  in.quake.quake = Yen(45'000);
  in.spouse = Spouse{Yen(0), false, Disability::kNone};
  in.dependents = {{DependentKind::kGeneral}};
  auto r = compute(test::yearend_rules(), in);
  EXPECT_EQ(r.employment_income, Yen(3'070'400));
  EXPECT_EQ(r.income_adjustment, Yen(0));
  EXPECT_EQ(r.life_insurance, Yen(71'550));
  EXPECT_EQ(r.earthquake_insurance, Yen(45'000));
  EXPECT_EQ(r.spouse_deduction, Yen(380'000));
  EXPECT_EQ(r.dependent_deduction, Yen(380'000));
  EXPECT_EQ(r.basic_deduction, Yen(1'040'000));
  EXPECT_EQ(r.total_deductions, Yen(2'558'075));
  EXPECT_EQ(r.taxable_income, Yen(512'000));
  EXPECT_EQ(r.computed_tax, Yen(25'600));
  EXPECT_EQ(r.annual_tax, Yen(26'100));
  EXPECT_EQ(r.excess, Yen(25'745));
  payroll::PaymentRecord last;
  last.payment_date = Date(2026, 12, 25);
  last.income_tax = Yen(6'963);
  auto s = settle(r, {last});
  EXPECT_EQ(s.offset_on_last_pay, Yen(6'963));
  EXPECT_EQ(s.refund, Yen(18'782));
  EXPECT_EQ(s.collect, Yen(0));
}

}  // namespace
}  // namespace kyuyo::yearend
