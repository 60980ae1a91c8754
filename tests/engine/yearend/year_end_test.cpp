// Complete 年末調整 cases worked by hand, 令和7年分 and 令和8年分, following the order of the
// 源泉徴収簿 年末調整 section (⑨ … ㉖, 差引超過額又は不足額) as laid out in 『年末調整のしかた』
// "年税額の計算" and summarised in shared/reference/withholding-and-year-end.md §2.11. The official
// 令和8年分 設例 are in official_example_test.cpp. No 令和7年分 設例 could be found (ref §3.5, §5.3;
// searched again for issue 7), so for 2025 these hand cases are all there is; every figure is computed
// by hand in the comment above it, and each case names the reference sections and the しかた pages it
// follows. しかた page numbers are those given by ref S11 (YouheiOonuki/seido-keisan lib/tax2026.js,
// "冊子のページ番号"), the same in both editions unless stated: 給与所得控除後の給与等の金額の表
// pp.47–54 (114.pdf); 年税額の計算 pp.35–39 (109.pdf: ㉒ 1,000円未満切捨て, ㉔, ×102.1%, 100円未満
// 切捨て); 速算表・配偶者控除等・基礎控除・扶養控除額等・特定親族特別控除額の表 pp.55–56 (115.pdf);
// 生命保険料控除・地震保険料控除 R8 pp.24–26 / R7 pp.22–29 (107.pdf); 扶養親族・障害者・寡婦・ひとり親・
// 勤労学生 R8 pp.8–15 / R7 pp.10–17 (105.pdf). The しかた itself was not read.
#include <gtest/gtest.h>

#include "yearend_fixture.hpp"

namespace kyuyo::yearend {
namespace {

YearEndResult run(const YearEndInput& in) { return compute(test::yearend_rules(), in); }

// Follows ref §2.1 (⑨), §2.3 (⑳), §2.11 (㉒–㉖); しかた pp.47–54, 55–56, 35–39.
// Case A: single employee, salary only.
//   salary 5,000,000, withheld 150,000, social 750,000.
//   ⑨ 別表第五 row 5,000,000–5,004,000: 5,000,000 × 80% − 440,000 = 3,560,000 (both years)
//   ⑩ 0 (≤ 850万)                      ⑪ 3,560,000 = 合計所得金額
//   ⑳ R7: 336万超489万以下 → 680,000;  R8: ≤ 489万 → 1,040,000
//   ㉑ R7: 750,000 + 680,000 = 1,430,000;  R8: 750,000 + 1,040,000 = 1,790,000
//   ㉒ R7: 2,130,000;  R8: 1,770,000
//   ㉓ R7: 2,130,000 × 10% − 97,500 = 115,500;  R8: 1,770,000 × 5% = 88,500
//   ㉖ R7: 115,500 × 102.1% = 117,925.5 → 117,900;  R8: 88,500 × 102.1% = 90,358.5 → 90,300
//   excess R7: 150,000 − 117,900 = 32,100;  R8: 150,000 − 90,300 = 59,700
TEST(YearEndCompute, CaseA_SingleSalaryOnly) {
  YearEndInput in{.year = 2025, .salary = Yen(5'000'000), .withheld = Yen(150'000),
                  .social_insurance_payroll = Yen(750'000)};
  auto r7 = run(in);
  EXPECT_EQ(r7.employment_income, Yen(3'560'000));
  EXPECT_EQ(r7.basic_deduction, Yen(680'000));
  EXPECT_EQ(r7.total_deductions, Yen(1'430'000));
  EXPECT_EQ(r7.taxable_income, Yen(2'130'000));
  EXPECT_EQ(r7.computed_tax, Yen(115'500));
  EXPECT_EQ(r7.annual_tax, Yen(117'900));
  EXPECT_EQ(r7.excess, Yen(32'100));
  EXPECT_EQ(r7.shortfall, Yen(0));
  in.year = 2026;
  auto r8 = run(in);
  EXPECT_EQ(r8.employment_income, Yen(3'560'000));
  EXPECT_EQ(r8.basic_deduction, Yen(1'040'000));
  EXPECT_EQ(r8.total_deductions, Yen(1'790'000));
  EXPECT_EQ(r8.taxable_income, Yen(1'770'000));
  EXPECT_EQ(r8.computed_tax, Yen(88'500));
  EXPECT_EQ(r8.annual_income_tax, Yen(88'500));
  EXPECT_EQ(r8.annual_tax, Yen(90'300));
  EXPECT_EQ(r8.excess, Yen(59'700));
}

// Follows ref §2.1, §2.2 (⑩), §2.4 (⑰), §2.5 (⑲), §2.8 (⑮, R8 special), §2.9 (⑯), §2.3, §2.11;
// しかた pp.35–39 (⑩ p.37), 107.pdf (⑮ ⑯), 105.pdf (⑲), pp.55–56.
// Case B: family with a 19–22 child and a child under 16, spouse without income, 生命保険 and 地震.
//   salary 9,000,000, withheld 500,000, social 1,300,000; life: new 一般 100,000, 介護医療 50,000; quake 30,000.
//   ⑨ 9,000,000 − 1,950,000 = 7,050,000
//   ⑩ dependents under 23 → (9,000,000 − 8,500,000) × 10% = 50,000;  ⑪ 7,000,000
//   ⑮ R7: 一般 計算式Ⅰ 100,000 → 40,000; 介護医療 50,000/4 + 20,000 = 32,500 → 72,500
//      R8: 一般 計算式Ⅱ (dependent under 23) 100,000/4 + 30,000 = 55,000; + 32,500 → 87,500
//   ⑯ 30,000   ⑰ employee ≤ 900万, spouse 0 → 380,000   ⑲ 特定 630,000 + 年少 0 = 630,000
//   ⑳ R7: 655万超 → 580,000;  R8: 655万超 → 620,000
//   ㉑ R7: 1,300,000 + 72,500 + 30,000 + 380,000 + 630,000 + 580,000 = 2,992,500
//      R8: 1,300,000 + 87,500 + 30,000 + 380,000 + 630,000 + 620,000 = 3,047,500
//   ㉒ R7: 7,000,000 − 2,992,500 = 4,007,500 → 4,007,000;  R8: 3,952,500 → 3,952,000
//   ㉓ R7: 4,007,000 × 20% − 427,500 = 373,900;  R8: 3,952,000 × 20% − 427,500 = 362,900
//   ㉖ R7: 373,900 × 102.1% = 381,751.9 → 381,700;  R8: 362,900 × 102.1% = 370,520.9 → 370,500
//   excess R7: 118,300;  R8: 129,500
TEST(YearEndCompute, CaseB_FamilyWithChildren) {
  YearEndInput in{.year = 2025, .salary = Yen(9'000'000), .withheld = Yen(500'000),
                  .social_insurance_payroll = Yen(1'300'000)};
  in.life.general_new = Yen(100'000);
  in.life.care = Yen(50'000);
  in.quake.quake = Yen(30'000);
  in.spouse = Spouse{Yen(0), false, Disability::kNone};
  in.dependents = {{DependentKind::kSpecific}, {DependentKind::kUnder16}};
  auto r7 = run(in);
  EXPECT_EQ(r7.employment_income, Yen(7'050'000));
  EXPECT_EQ(r7.income_adjustment, Yen(50'000));
  EXPECT_EQ(r7.employment_income_after_adjustment, Yen(7'000'000));
  EXPECT_EQ(r7.life_insurance, Yen(72'500));
  EXPECT_FALSE(r7.life_special_applied);
  EXPECT_EQ(r7.earthquake_insurance, Yen(30'000));
  EXPECT_EQ(r7.spouse_deduction, Yen(380'000));
  EXPECT_EQ(r7.dependent_deduction, Yen(630'000));
  EXPECT_EQ(r7.basic_deduction, Yen(580'000));
  EXPECT_EQ(r7.total_deductions, Yen(2'992'500));
  EXPECT_EQ(r7.taxable_income, Yen(4'007'000));
  EXPECT_EQ(r7.computed_tax, Yen(373'900));
  EXPECT_EQ(r7.annual_tax, Yen(381'700));
  EXPECT_EQ(r7.excess, Yen(118'300));
  EXPECT_EQ(r7.counts.specific, 1);
  EXPECT_EQ(r7.counts.under16, 1);
  EXPECT_EQ(r7.counts.spouse, SpouseClaim::kSpouse);
  in.year = 2026;
  auto r8 = run(in);
  EXPECT_EQ(r8.income_adjustment, Yen(50'000));
  EXPECT_EQ(r8.life_general, Yen(55'000));
  EXPECT_TRUE(r8.life_special_applied);
  EXPECT_EQ(r8.life_insurance, Yen(87'500));
  EXPECT_EQ(r8.basic_deduction, Yen(620'000));
  EXPECT_EQ(r8.total_deductions, Yen(3'047'500));
  EXPECT_EQ(r8.taxable_income, Yen(3'952'000));
  EXPECT_EQ(r8.computed_tax, Yen(362'900));
  EXPECT_EQ(r8.annual_tax, Yen(370'500));
  EXPECT_EQ(r8.excess, Yen(129'500));
}

// Follows ref §2.4 (⑰ 配偶者特別控除), §2.6 (⑱), §2.5 (⑲ 老人), §2.10 (㉔), §2.3, §2.11; しかた pp.55–56
// (配偶者控除等・特定親族特別控除額の表), pp.35–39 (㉔ before ×102.1%).
// Case C: 配偶者特別控除, 特定親族, 老人扶養親族, housing credit, a shortfall.
//   salary 6,000,000, withheld 20,000, social 900,000, spouse 合計所得 1,000,000,
//   特定親族 合計所得 1,000,000, one 老人扶養親族, housing credit 30,000.
//   ⑨ 6,000,000 × 80% − 440,000 = 4,360,000 = ⑪
//   ⑰ spouse 95万超100万以下, employee ≤ 900万 → 360,000 (both years)
//   ⑱ 95万超100万以下 → 410,000 (both years)     ⑲ 老人 480,000
//   ⑳ R7: 336万超489万以下 → 680,000;  R8: ≤ 489万 → 1,040,000
//   ㉑ R7: 900,000 + 360,000 + 410,000 + 480,000 + 680,000 = 2,830,000;  R8: … + 1,040,000 = 3,190,000
//   ㉒ R7: 1,530,000;  R8: 1,170,000
//   ㉓ R7: 76,500;  R8: 58,500        ㉔ 30,000
//   ㉕ R7: 46,500;  R8: 28,500
//   ㉖ R7: 46,500 × 102.1% = 47,476.5 → 47,400;  R8: 28,500 × 102.1% = 29,098.5 → 29,000
//   shortfall R7: 27,400;  R8: 9,000
TEST(YearEndCompute, CaseC_SpouseSpecialRelativeHousingShortfall) {
  YearEndInput in{.year = 2025, .salary = Yen(6'000'000), .withheld = Yen(20'000),
                  .social_insurance_payroll = Yen(900'000)};
  in.spouse = Spouse{Yen(1'000'000), false, Disability::kNone};
  in.specific_relatives = {Yen(1'000'000)};
  in.dependents = {{DependentKind::kElderly}};
  in.housing_credit = Yen(30'000);
  auto r7 = run(in);
  EXPECT_EQ(r7.employment_income_after_adjustment, Yen(4'360'000));
  EXPECT_EQ(r7.spouse_deduction, Yen(360'000));
  EXPECT_EQ(r7.counts.spouse, SpouseClaim::kSpecial);
  EXPECT_EQ(r7.specific_relative_deduction, Yen(410'000));
  EXPECT_EQ(r7.dependent_deduction, Yen(480'000));
  EXPECT_EQ(r7.basic_deduction, Yen(680'000));
  EXPECT_EQ(r7.total_deductions, Yen(2'830'000));
  EXPECT_EQ(r7.taxable_income, Yen(1'530'000));
  EXPECT_EQ(r7.computed_tax, Yen(76'500));
  EXPECT_EQ(r7.housing_credit, Yen(30'000));
  EXPECT_EQ(r7.annual_income_tax, Yen(46'500));
  EXPECT_EQ(r7.annual_tax, Yen(47'400));
  EXPECT_EQ(r7.excess, Yen(0));
  EXPECT_EQ(r7.shortfall, Yen(27'400));
  in.year = 2026;
  auto r8 = run(in);
  EXPECT_EQ(r8.total_deductions, Yen(3'190'000));
  EXPECT_EQ(r8.taxable_income, Yen(1'170'000));
  EXPECT_EQ(r8.computed_tax, Yen(58'500));
  EXPECT_EQ(r8.annual_income_tax, Yen(28'500));
  EXPECT_EQ(r8.annual_tax, Yen(29'000));
  EXPECT_EQ(r8.shortfall, Yen(9'000));
}

// Follows ref §2.1 (minimum 65万/74万), §2.3 (95万/104万), §2.13; しかた R8 pp.3–4 (変わった点), pp.47–54, 56.
// Case D: the "178万円の壁" (ref §2.13): salary 1,780,000, no social insurance, withheld 10,000.
//   R7: ⑨ 1,780,000 − 650,000 = 1,130,000; ⑳ ≤ 132万 → 950,000; ㉒ 180,000; ㉓ 9,000;
//       ㉖ 9,000 × 102.1% = 9,189 → 9,100; excess 900.
//   R8: ⑨ 1,780,000 − 740,000 = 1,040,000; ⑳ 1,040,000; ㉒ 0; ㉖ 0; excess 10,000.
TEST(YearEndCompute, CaseD_The178ManWall) {
  YearEndInput in{.year = 2025, .salary = Yen(1'780'000), .withheld = Yen(10'000)};
  auto r7 = run(in);
  EXPECT_EQ(r7.employment_income, Yen(1'130'000));
  EXPECT_EQ(r7.basic_deduction, Yen(950'000));
  EXPECT_EQ(r7.taxable_income, Yen(180'000));
  EXPECT_EQ(r7.annual_tax, Yen(9'100));
  EXPECT_EQ(r7.excess, Yen(900));
  in.year = 2026;
  auto r8 = run(in);
  EXPECT_EQ(r8.employment_income, Yen(1'040'000));
  EXPECT_EQ(r8.basic_deduction, Yen(1'040'000));
  EXPECT_EQ(r8.taxable_income, Yen(0));
  EXPECT_EQ(r8.annual_tax, Yen(0));
  EXPECT_EQ(r8.excess, Yen(10'000));
  // one yen above the wall in R8: ⑨ 1,040,001 − ⑳ 1,040,000 = 1 → ㉒ truncated to 0
  in.salary = Yen(1'780'001);
  EXPECT_EQ(run(in).taxable_income, Yen(0));
}

// Follows ref §2.1 (> 850万), §2.2 (⑩ cap), §2.7 (障害者, ひとり親 ≤ 500万), §2.8 (計算式Ⅲ), §2.9 (旧長期),
// §2.4 (950万超), §2.10, §2.11; しかた 105.pdf, 107.pdf, pp.35–39, 55–56.
// Case E: high earner with a 同居特別障害者 dependent (所得金額調整控除 via 特別障害者), old-contract
// insurance, 旧長期損害保険, iDeCo, ひとり親 refused for income, housing credit.
//   salary 12,000,000, withheld 1,400,000, social 1,500,000, small business mutual 276,000,
//   life: old 一般 120,000, new 個人年金 90,000, 介護医療 10,000; quake 40,000, old long 15,000;
//   spouse income 0; dependent general (23–69) 同居特別障害者; --single-parent; housing credit 100,000.
//   ⑨ 12,000,000 − 1,950,000 = 10,050,000
//   ⑩ (10,000,000 − 8,500,000) × 10% = 150,000;  ⑪ 9,900,000 = 合計所得金額
//   ⑮ 一般 old 計算式Ⅲ → 50,000; 個人年金 new → 40,000; 介護医療 10,000 → 100,000
//   ⑯ 40,000 + (15,000/2 + 5,000 = 12,500) = 52,500 → 50,000
//   ⑰ employee 950万超1,000万以下 → 130,000
//   ⑲ 一般 380,000 + 同居特別障害者 750,000 + ひとり親 0 (合計所得 > 500万) = 1,130,000
//   ⑳ R7: 580,000;  R8: 620,000
//   ㉑ R7: 1,500,000 + 276,000 + 100,000 + 50,000 + 130,000 + 1,130,000 + 580,000 = 3,766,000;  R8: 3,806,000
//   ㉒ R7: 6,134,000;  R8: 6,094,000
//   ㉓ R7: 6,134,000 × 20% − 427,500 = 799,300;  R8: 6,094,000 × 20% − 427,500 = 791,300
//   ㉕ R7: 699,300;  R8: 691,300
//   ㉖ R7: 699,300 × 102.1% = 713,985.3 → 713,900;  R8: 691,300 × 102.1% = 705,817.3 → 705,800
//   excess R7: 686,100;  R8: 694,200
TEST(YearEndCompute, CaseE_HighEarnerDisabledDependent) {
  YearEndInput in{.year = 2025, .salary = Yen(12'000'000), .withheld = Yen(1'400'000),
                  .social_insurance_payroll = Yen(1'500'000), .small_business_mutual = Yen(276'000)};
  in.life = {.general_old = Yen(120'000), .care = Yen(10'000), .pension_new = Yen(90'000)};
  in.quake = {Yen(40'000), Yen(15'000)};
  in.spouse = Spouse{Yen(0), false, Disability::kNone};
  in.dependents = {{DependentKind::kGeneral, Disability::kCohabitingSpecialDisabled}};
  in.widow = WidowStatus::kSingleParent;
  in.housing_credit = Yen(100'000);
  auto r7 = run(in);
  EXPECT_EQ(r7.employment_income, Yen(10'050'000));
  EXPECT_EQ(r7.income_adjustment, Yen(150'000));
  EXPECT_EQ(r7.life_insurance, Yen(100'000));
  EXPECT_EQ(r7.earthquake_insurance, Yen(50'000));
  EXPECT_EQ(r7.spouse_deduction, Yen(130'000));
  EXPECT_EQ(r7.widow_deduction, Yen(0));
  EXPECT_EQ(r7.disability_deduction, Yen(750'000));
  EXPECT_EQ(r7.dependent_deduction, Yen(1'130'000));
  EXPECT_EQ(r7.total_deductions, Yen(3'766'000));
  EXPECT_EQ(r7.taxable_income, Yen(6'134'000));
  EXPECT_EQ(r7.computed_tax, Yen(799'300));
  EXPECT_EQ(r7.annual_income_tax, Yen(699'300));
  EXPECT_EQ(r7.annual_tax, Yen(713'900));
  EXPECT_EQ(r7.excess, Yen(686'100));
  EXPECT_EQ(r7.counts.cohabiting_special_disabled, 1);
  EXPECT_EQ(r7.counts.special_disabled, 1);
  in.year = 2026;
  auto r8 = run(in);
  EXPECT_EQ(r8.total_deductions, Yen(3'806'000));
  EXPECT_EQ(r8.taxable_income, Yen(6'094'000));
  EXPECT_EQ(r8.computed_tax, Yen(791'300));
  EXPECT_EQ(r8.annual_tax, Yen(705'800));
  EXPECT_EQ(r8.excess, Yen(694'200));
}

TEST(YearEndCompute, HousingCreditAboveTheTaxIsCutOff) {
  // ref §2.10: the credit exceeding 算出所得税額 makes ㉕ 0; the rest is unused (S8, S9).
  // Case A R8 (㉓ 88,500) with a 200,000 credit: ㉔ 88,500, unused 111,500, ㉖ 0, excess = withheld.
  YearEndInput in{.year = 2026, .salary = Yen(5'000'000), .withheld = Yen(150'000),
                  .social_insurance_payroll = Yen(750'000), .housing_credit = Yen(200'000)};
  auto r = run(in);
  EXPECT_EQ(r.housing_credit, Yen(88'500));
  EXPECT_EQ(r.housing_credit_unused, Yen(111'500));
  EXPECT_EQ(r.annual_income_tax, Yen(0));
  EXPECT_EQ(r.annual_tax, Yen(0));
  EXPECT_EQ(r.excess, Yen(150'000));
}

TEST(YearEndCompute, DependentIncomeLimit58To62) {
  // ref §2.5: 扶養親族 income ≤ 58万 (R7) / ≤ 62万 (R8). 600,000 is a dependent only in 2026.
  YearEndInput in{.year = 2025, .salary = Yen(4'000'000)};
  in.dependents = {{DependentKind::kGeneral, Disability::kNone, Yen(600'000)}};
  EXPECT_EQ(run(in).dependent_deduction, Yen(0));
  in.year = 2026;
  EXPECT_EQ(run(in).dependent_deduction, Yen(380'000));
  in.dependents = {{DependentKind::kGeneral, Disability::kNone, Yen(620'001)}};
  EXPECT_EQ(run(in).dependent_deduction, Yen(0));
}

TEST(YearEndCompute, DependentAmountsByKind) {
  // ref §2.5 (S17): 一般 380,000, 特定 630,000, 老人 480,000, 同居老親等 580,000, 年少 0;
  // ref §2.7: 障害者 270,000, 特別 400,000, 同居特別 750,000 (also for a child under 16).
  YearEndInput in{.year = 2026, .salary = Yen(4'000'000)};
  in.dependents = {{DependentKind::kGeneralTeen},       {DependentKind::kSpecific},
                   {DependentKind::kGeneral},           {DependentKind::kElderly},
                   {DependentKind::kCohabitingElderly}, {DependentKind::kUnder16, Disability::kDisabled},
                   {DependentKind::kUnder16, Disability::kSpecialDisabled}};
  auto r = run(in);
  EXPECT_EQ(r.dependents_only, Yen(380'000 + 630'000 + 380'000 + 480'000 + 580'000));
  EXPECT_EQ(r.disability_deduction, Yen(270'000 + 400'000));
  EXPECT_EQ(r.counts.other, 2);
  EXPECT_EQ(r.counts.elderly, 2);
  EXPECT_EQ(r.counts.cohabiting_elderly, 1);
  EXPECT_EQ(r.counts.under16, 2);
  EXPECT_EQ(r.counts.disabled, 1);
  EXPECT_EQ(r.counts.special_disabled, 1);
}

TEST(YearEndCompute, WorkingStudentLimit85To89) {
  // ref §2.7 (S12, S14, S15): 勤労学生 合計所得 ≤ 85万 (R7, salary ≤ 150万) / ≤ 89万 (R8, salary ≤ 163万).
  YearEndInput in{.year = 2025, .salary = Yen(1'500'000), .working_student = true};
  EXPECT_EQ(run(in).working_student_deduction, Yen(270'000));
  in.salary = Yen(1'501'000);
  EXPECT_EQ(run(in).working_student_deduction, Yen(0));
  in.year = 2026;
  in.salary = Yen(1'630'000);
  EXPECT_EQ(run(in).working_student_deduction, Yen(270'000));
  in.salary = Yen(1'631'000);
  EXPECT_EQ(run(in).working_student_deduction, Yen(0));
}

TEST(YearEndCompute, WidowAndSingleParentIncomeLimit) {
  // ref §2.7: 寡婦 270,000 / ひとり親 350,000 when 合計所得 ≤ 500万. Salary 6,777,778 → ⑪ 5,000,000.
  YearEndInput in{.year = 2026, .salary = Yen(6'777'778), .widow = WidowStatus::kWidow};
  auto r = run(in);
  EXPECT_EQ(r.total_income, Yen(5'000'000));  // floor(6,777,778 × 90% = 6,100,000.2) − 1,100,000
  EXPECT_EQ(r.widow_deduction, Yen(270'000));
  in.widow = WidowStatus::kSingleParent;
  EXPECT_EQ(run(in).widow_deduction, Yen(350'000));
  in.salary = Yen(6'777'779);  // floor(6,100,001.1) − 1,100,000 = 5,000,001
  EXPECT_EQ(run(in).total_income, Yen(5'000'001));
  EXPECT_EQ(run(in).widow_deduction, Yen(0));
}

TEST(YearEndCompute, SpecialDisabledSpouseGivesAdjustmentAndDeduction) {
  // ref §2.2: a 特別障害者 同一生計配偶者 qualifies for 所得金額調整控除; ref §2.7: 障害者控除 for a
  // 同一生計配偶者 even when the employee's income is over 1,000万 (S9).
  YearEndInput in{.year = 2026, .salary = Yen(13'000'000)};
  in.spouse = Spouse{Yen(0), false, Disability::kSpecialDisabled};
  auto r = run(in);
  EXPECT_EQ(r.income_adjustment, Yen(150'000));
  EXPECT_EQ(r.spouse_deduction, Yen(0));  // 合計所得 10,900,000 > 1,000万
  EXPECT_EQ(r.disability_deduction, Yen(400'000));
}

TEST(YearEndCompute, RefusesWhatIsNotAYearEndAdjustment) {
  YearEndInput in{.year = 2026, .salary = Yen(20'000'001)};
  try {
    run(in);
    FAIL();
  } catch (const KyuyoError& e) {
    EXPECT_EQ(e.error().code, ErrorCode::kUnsupported);  // 所得税法190条
  }
  in.salary = Yen(20'000'000);
  EXPECT_NO_THROW(run(in));
  in.salary = Yen(-1);
  EXPECT_THROW(run(in), KyuyoError);
  in.salary = Yen(5'000'000);
  in.specific_relatives = {Yen(500'000)};  // within the dependent limit: a 特定扶養親族, not a 特定親族
  EXPECT_THROW(run(in), KyuyoError);
}

TEST(YearEndCompute, TraceNamesEveryLine) {
  YearEndInput in{.year = 2026, .salary = Yen(5'000'000), .withheld = Yen(150'000),
                  .social_insurance_payroll = Yen(750'000)};
  auto r = run(in);
  std::string all;
  for (const auto& t : r.trace) all += t.line + "|" + t.rule + "|" + t.detail + "\n";
  for (const char* key : {"employment_income (⑨)", "basic_deduction (⑳)", "taxable_income (㉒)", "computed_tax (㉓)",
                          "annual_tax (㉖)", "別表第五", "102.1%"})
    EXPECT_NE(all.find(key), std::string::npos) << key;
  auto lines = result_lines(r);
  ASSERT_EQ(lines.size(), 19u);
  EXPECT_EQ(lines.front().first, "employment_income");
  EXPECT_EQ(lines.back().first, "shortfall");
}

}  // namespace
}  // namespace kyuyo::yearend
