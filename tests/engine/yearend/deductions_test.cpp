// 所得控除 of the 年末調整 at every band boundary, 令和7年分 and 令和8年分.
// Expected values: shared/reference/withholding-and-year-end.md §2.3 (基礎控除: S7, S11 115.pdf p.56,
// S13, S14, S16), §2.4 (配偶者: S11, S12, S14, S15, S16), §2.6 (特定親族: S8, S11, S12, S14, S15),
// §2.7 (others: S12, S14, S15, S17), §2.8 (生命保険: S11 107.pdf p.24, S12, S15, S21),
// §2.9 (地震: S11 107.pdf p.26, S12), §2.11 and §3.3 (速算表: S8, S9, S12), §3.5 (S12, S15).
#include <gtest/gtest.h>

#include "yearend_fixture.hpp"

namespace kyuyo::yearend {
namespace {
using test::rules_for;

Yen basic(int y, std::int64_t income) { return basic_deduction(rules_for(y), Yen(income)); }

TEST(YearEndBasicDeduction, Reiwa7Bands) {
  // ref §2.3 R7 column: 95/88/68/63/58/48/32/16/0万
  EXPECT_EQ(basic(2025, 0), Yen(950'000));
  EXPECT_EQ(basic(2025, 1'320'000), Yen(950'000));
  EXPECT_EQ(basic(2025, 1'320'001), Yen(880'000));
  EXPECT_EQ(basic(2025, 3'360'000), Yen(880'000));
  EXPECT_EQ(basic(2025, 3'360'001), Yen(680'000));
  EXPECT_EQ(basic(2025, 4'890'000), Yen(680'000));
  EXPECT_EQ(basic(2025, 4'890'001), Yen(630'000));
  EXPECT_EQ(basic(2025, 6'550'000), Yen(630'000));
  EXPECT_EQ(basic(2025, 6'550'001), Yen(580'000));
  EXPECT_EQ(basic(2025, 23'500'000), Yen(580'000));
  EXPECT_EQ(basic(2025, 23'500'001), Yen(480'000));
  EXPECT_EQ(basic(2025, 24'000'001), Yen(320'000));
  EXPECT_EQ(basic(2025, 24'500'001), Yen(160'000));
  EXPECT_EQ(basic(2025, 25'000'000), Yen(160'000));
  EXPECT_EQ(basic(2025, 25'000'001), Yen(0));
}

TEST(YearEndBasicDeduction, Reiwa8Bands) {
  // ref §2.3 R8 column and §3.5 (S15): 489万 → 104万; 489万+1 → 67万; 655万+1 → 62万; 2,500万+1 → 0
  EXPECT_EQ(basic(2026, 0), Yen(1'040'000));
  EXPECT_EQ(basic(2026, 1'320'001), Yen(1'040'000));
  EXPECT_EQ(basic(2026, 3'360'001), Yen(1'040'000));
  EXPECT_EQ(basic(2026, 4'890'000), Yen(1'040'000));
  EXPECT_EQ(basic(2026, 4'890'001), Yen(670'000));
  EXPECT_EQ(basic(2026, 6'550'000), Yen(670'000));
  EXPECT_EQ(basic(2026, 6'550'001), Yen(620'000));
  EXPECT_EQ(basic(2026, 23'500'000), Yen(620'000));
  EXPECT_EQ(basic(2026, 23'500'001), Yen(480'000));
  EXPECT_EQ(basic(2026, 24'000'001), Yen(320'000));
  EXPECT_EQ(basic(2026, 24'500'001), Yen(160'000));
  EXPECT_EQ(basic(2026, 25'000'001), Yen(0));
}

Yen spouse(int y, std::int64_t employee, std::int64_t spouse_income, bool elderly = false,
           SpouseClaim* claim = nullptr) {
  return spouse_deduction(rules_for(y), Yen(employee), Spouse{Yen(spouse_income), elderly, Disability::kNone}, claim);
}

TEST(YearEndSpouseDeduction, SpouseIncomeLimitMovesFrom58To62) {
  // ref §2.4: 配偶者控除 up to 58万 (R7) / 62万 (R8); above it 配偶者特別控除 38万 up to 95万.
  SpouseClaim k;
  EXPECT_EQ(spouse(2025, 5'000'000, 580'000, false, &k), Yen(380'000));
  EXPECT_EQ(k, SpouseClaim::kSpouse);
  EXPECT_EQ(spouse(2025, 5'000'000, 580'001, false, &k), Yen(380'000));
  EXPECT_EQ(k, SpouseClaim::kSpecial);
  EXPECT_EQ(spouse(2026, 5'000'000, 620'000, false, &k), Yen(380'000));
  EXPECT_EQ(k, SpouseClaim::kSpouse);
  EXPECT_EQ(spouse(2026, 5'000'000, 620'001, false, &k), Yen(380'000));
  EXPECT_EQ(k, SpouseClaim::kSpecial);
  // 老人控除対象配偶者 only within the limit: above it the special table applies.
  EXPECT_EQ(spouse(2025, 5'000'000, 580'000, true), Yen(480'000));
  EXPECT_EQ(spouse(2026, 5'000'000, 620'000, true), Yen(480'000));
  EXPECT_EQ(spouse(2026, 5'000'000, 620'001, true), Yen(380'000));
}

TEST(YearEndSpouseDeduction, EmployeeIncomeBands) {
  // ref §2.4 table: 900万/950万/1,000万 columns; over 1,000万 nothing.
  for (int y : {2025, 2026}) {
    EXPECT_EQ(spouse(y, 9'000'000, 0), Yen(380'000)) << y;
    EXPECT_EQ(spouse(y, 9'000'001, 0), Yen(260'000)) << y;
    EXPECT_EQ(spouse(y, 9'500'000, 0), Yen(260'000)) << y;
    EXPECT_EQ(spouse(y, 9'500'001, 0), Yen(130'000)) << y;
    EXPECT_EQ(spouse(y, 10'000'000, 0), Yen(130'000)) << y;
    EXPECT_EQ(spouse(y, 10'000'001, 0), Yen(0)) << y;
    EXPECT_EQ(spouse(y, 9'000'000, 0, true), Yen(480'000)) << y;
    EXPECT_EQ(spouse(y, 9'000'001, 0, true), Yen(320'000)) << y;
    EXPECT_EQ(spouse(y, 9'500'001, 0, true), Yen(160'000)) << y;
    EXPECT_EQ(spouse(y, 10'000'001, 0, true), Yen(0)) << y;
  }
}

TEST(YearEndSpouseDeduction, SpecialDeductionEveryBand) {
  // ref §2.4 配偶者特別控除 rows × employee tiers (S11, S14, S16)
  struct Row { std::int64_t upper, t1, t2, t3; };
  const Row rows[] = {{950'000, 380'000, 260'000, 130'000},   {1'000'000, 360'000, 240'000, 120'000},
                      {1'050'000, 310'000, 210'000, 110'000}, {1'100'000, 260'000, 180'000, 90'000},
                      {1'150'000, 210'000, 140'000, 70'000},  {1'200'000, 160'000, 110'000, 60'000},
                      {1'250'000, 110'000, 80'000, 40'000},   {1'300'000, 60'000, 40'000, 20'000},
                      {1'330'000, 30'000, 20'000, 10'000}};
  for (int y : {2025, 2026}) {
    std::int64_t prev_t1 = 380'000;
    for (const auto& r : rows) {
      EXPECT_EQ(spouse(y, 9'000'000, r.upper), Yen(r.t1)) << y << " " << r.upper;
      EXPECT_EQ(spouse(y, 9'500'000, r.upper), Yen(r.t2)) << y << " " << r.upper;
      EXPECT_EQ(spouse(y, 10'000'000, r.upper), Yen(r.t3)) << y << " " << r.upper;
      EXPECT_LE(spouse(y, 9'000'000, r.upper + 1), Yen(prev_t1)) << y;
      prev_t1 = r.t1;
    }
    EXPECT_EQ(spouse(y, 9'000'000, 1'330'001), Yen(0)) << y;
  }
}

TEST(YearEndSpouseDeduction, SalaryEquivalentsOfTheWalls) {
  // ref §2.4 (S12, S15): R7 配偶者控除 if spouse salary ≤ 123万, 38万 up to 160万, 3万 up to 2,015,999;
  // R8 配偶者控除 ≤ 136万, 38万 up to 169万, 3万 up to 207万.
  auto via_salary = [](int y, std::int64_t spouse_salary, SpouseClaim* k = nullptr) {
    Yen inc = employment_income(rules_for(y), Yen(spouse_salary));
    return spouse_deduction(rules_for(y), Yen(5'000'000), Spouse{inc, false, Disability::kNone}, k);
  };
  SpouseClaim k;
  EXPECT_EQ(via_salary(2025, 1'230'000, &k), Yen(380'000));
  EXPECT_EQ(k, SpouseClaim::kSpouse);
  EXPECT_EQ(via_salary(2025, 1'231'000, &k), Yen(380'000));
  EXPECT_EQ(k, SpouseClaim::kSpecial);
  EXPECT_EQ(via_salary(2025, 1'600'000), Yen(380'000));
  EXPECT_EQ(via_salary(2025, 1'601'000), Yen(360'000));
  EXPECT_EQ(via_salary(2025, 2'015'999), Yen(30'000));
  EXPECT_EQ(via_salary(2025, 2'016'000), Yen(0));
  EXPECT_EQ(via_salary(2026, 1'360'000, &k), Yen(380'000));
  EXPECT_EQ(k, SpouseClaim::kSpouse);
  EXPECT_EQ(via_salary(2026, 1'361'000, &k), Yen(380'000));
  EXPECT_EQ(k, SpouseClaim::kSpecial);
  EXPECT_EQ(via_salary(2026, 1'690'000), Yen(380'000));
  EXPECT_EQ(via_salary(2026, 1'691'000), Yen(360'000));
  EXPECT_EQ(via_salary(2026, 2'070'000), Yen(30'000));
  EXPECT_EQ(via_salary(2026, 2'070'001), Yen(0));
}

Yen relative(int y, std::int64_t income) { return specific_relative_deduction(rules_for(y), Yen(income)); }

TEST(YearEndSpecificRelative, EveryBandBothYears) {
  // ref §2.6 table (所得税法84条の2): lower bound 58万超 (R7) / 62万超 (R8), upper 123万.
  const std::pair<std::int64_t, std::int64_t> rows[] = {{850'000, 630'000},   {900'000, 610'000},
                                                        {950'000, 510'000},   {1'000'000, 410'000},
                                                        {1'050'000, 310'000}, {1'100'000, 210'000},
                                                        {1'150'000, 110'000}, {1'200'000, 60'000},
                                                        {1'230'000, 30'000}};
  for (int y : {2025, 2026}) {
    for (std::size_t i = 0; i < std::size(rows); ++i) {
      EXPECT_EQ(relative(y, rows[i].first), Yen(rows[i].second)) << y << " " << rows[i].first;
      if (i + 1 < std::size(rows)) {
        EXPECT_EQ(relative(y, rows[i].first + 1), Yen(rows[i + 1].second)) << y << " " << rows[i].first + 1;
      }
    }
    EXPECT_EQ(relative(y, 1'230'001), Yen(0)) << y;
  }
  EXPECT_EQ(relative(2025, 580'000), Yen(0));  // a 特定扶養親族 instead
  EXPECT_EQ(relative(2025, 580'001), Yen(630'000));
  EXPECT_EQ(relative(2026, 620'000), Yen(0));
  EXPECT_EQ(relative(2026, 620'001), Yen(630'000));
}

TEST(YearEndSpecificRelative, Reiwa8BySalary) {
  // ref §3.5 (S15, S8): 137万 → 63万; 164万 → 61万; 170万 → 41万; 197万 → 3万; 198万 → not eligible.
  auto by_salary = [](int y, std::int64_t s) {
    return specific_relative_deduction(rules_for(y), employment_income(rules_for(y), Yen(s)));
  };
  EXPECT_EQ(by_salary(2026, 1'370'000), Yen(630'000));
  EXPECT_EQ(by_salary(2026, 1'640'000), Yen(610'000));
  EXPECT_EQ(by_salary(2026, 1'700'000), Yen(410'000));
  EXPECT_EQ(by_salary(2026, 1'970'000), Yen(30'000));
  EXPECT_EQ(by_salary(2026, 1'980'000), Yen(0));
  // R7 upper end 188万 (ref §2.6, S12)
  EXPECT_EQ(by_salary(2025, 1'880'000), Yen(30'000));
  EXPECT_EQ(by_salary(2025, 1'881'000), Yen(0));
}

Yen life(int y, const std::string& f, std::int64_t paid) { return life_formula(rules_for(y), f, Yen(paid)); }

TEST(YearEndLifeInsurance, FormulaBoundaries) {
  // ref §2.8: 計算式Ⅰ (new), Ⅲ (old) both years, Ⅱ (special) R8 only; 1円未満切上げ.
  for (int y : {2025, 2026}) {
    EXPECT_EQ(life(y, "new", 20'000), Yen(20'000)) << y;
    EXPECT_EQ(life(y, "new", 20'001), Yen(20'001)) << y;  // 10,000.5 + 10,000 rounded up
    EXPECT_EQ(life(y, "new", 40'000), Yen(30'000)) << y;
    EXPECT_EQ(life(y, "new", 40'001), Yen(30'001)) << y;  // 10,000.25 + 20,000 rounded up
    EXPECT_EQ(life(y, "new", 80'000), Yen(40'000)) << y;
    EXPECT_EQ(life(y, "new", 80'001), Yen(40'000)) << y;
    EXPECT_EQ(life(y, "old", 25'000), Yen(25'000)) << y;
    EXPECT_EQ(life(y, "old", 25'001), Yen(25'001)) << y;  // 12,500.5 + 12,500 rounded up
    EXPECT_EQ(life(y, "old", 50'000), Yen(37'500)) << y;
    EXPECT_EQ(life(y, "old", 100'000), Yen(50'000)) << y;
    EXPECT_EQ(life(y, "old", 100'001), Yen(50'000)) << y;
  }
  EXPECT_EQ(life(2026, "special", 30'000), Yen(30'000));
  EXPECT_EQ(life(2026, "special", 30'001), Yen(30'001));
  EXPECT_EQ(life(2026, "special", 60'000), Yen(45'000));
  EXPECT_EQ(life(2026, "special", 100'000), Yen(55'000));  // §3.5 (S15)
  EXPECT_EQ(life(2026, "special", 120'000), Yen(60'000));
  EXPECT_EQ(life(2026, "special", 130'000), Yen(60'000));  // §3.5 (S15)
  EXPECT_THROW(life(2025, "special", 10'000), KyuyoError);  // no special in 令和7年分
}

LifeInsuranceDeduction life_total(int y, LifeInsurancePremiums p, bool under23) {
  return life_insurance_deduction(rules_for(y), p, under23);
}

TEST(YearEndLifeInsurance, Reiwa8SpecialOnlyWithADependentUnder23) {
  // ref §3.5 (S15): new 100,000 → 55,000 with, 40,000 without; new 50,000 + old 50,000 → 60,000 / 40,000.
  EXPECT_EQ(life_total(2026, {.general_new = Yen(100'000)}, true).total, Yen(55'000));
  EXPECT_EQ(life_total(2026, {.general_new = Yen(130'000)}, true).total, Yen(60'000));
  EXPECT_EQ(life_total(2026, {.general_new = Yen(100'000)}, false).total, Yen(40'000));
  EXPECT_EQ(life_total(2026, {.general_new = Yen(50'000), .general_old = Yen(50'000)}, true).total, Yen(60'000));
  EXPECT_EQ(life_total(2026, {.general_new = Yen(50'000), .general_old = Yen(50'000)}, false).total, Yen(40'000));
  // 令和7年分 has no special (ref §2.8: R7 has no special, S12, S15)
  EXPECT_EQ(life_total(2025, {.general_new = Yen(100'000)}, true).total, Yen(40'000));
  EXPECT_FALSE(life_total(2025, {.general_new = Yen(100'000)}, true).special_applied);
  EXPECT_TRUE(life_total(2026, {.general_new = Yen(100'000)}, true).special_applied);
  // The special is for 一般 only: 介護医療 and 個人年金 stay at 40,000.
  EXPECT_EQ(life_total(2026, {.care = Yen(200'000)}, true).total, Yen(40'000));
  EXPECT_EQ(life_total(2026, {.pension_new = Yen(200'000)}, true).total, Yen(40'000));
}

TEST(YearEndLifeInsurance, NewAndOldAndCaps) {
  for (int y : {2025, 2026}) {
    // old only above 100,000 → 50,000, better than the combined 40,000 cap (ref §2.8 "or take old only")
    EXPECT_EQ(life_total(y, {.general_new = Yen(10'000), .general_old = Yen(120'000)}, false).general, Yen(50'000));
    // both small: 10,000 + 10,000 = 20,000 (below the cap)
    EXPECT_EQ(life_total(y, {.general_new = Yen(10'000), .general_old = Yen(10'000)}, false).general, Yen(20'000));
    // three categories at 40,000 each = 120,000 = the total cap
    EXPECT_EQ(life_total(y, {.general_new = Yen(100'000), .care = Yen(100'000), .pension_new = Yen(100'000)}, false).total,
              Yen(120'000));
    // old 一般 and old 個人年金 at 50,000 + 介護医療 40,000 = 140,000 → capped at 120,000
    auto d = life_total(y, {.general_old = Yen(200'000), .care = Yen(100'000), .pension_old = Yen(200'000)}, false);
    EXPECT_EQ(d.general + d.care + d.pension, Yen(140'000)) << y;
    EXPECT_EQ(d.total, Yen(120'000)) << y;
  }
  // 令和8年分 special does not raise the 120,000 total (ref §2.8)
  auto s = life_total(2026, {.general_new = Yen(200'000), .care = Yen(100'000), .pension_new = Yen(100'000)}, true);
  EXPECT_EQ(s.general, Yen(60'000));
  EXPECT_EQ(s.total, Yen(120'000));
}

TEST(YearEndEarthquake, FormulaAndCap) {
  // ref §2.9 (S11 107.pdf p.26, S12): 42,000 + old long 14,800 → 42,000 + 12,400 → capped at 50,000
  for (int y : {2025, 2026}) {
    auto r = rules_for(y);
    EXPECT_EQ(earthquake_deduction(r, {Yen(42'000), Yen(14'800)}), Yen(50'000)) << y;
    EXPECT_EQ(earthquake_deduction(r, {Yen(0), Yen(14'800)}), Yen(12'400)) << y;
    EXPECT_EQ(earthquake_deduction(r, {Yen(0), Yen(10'000)}), Yen(10'000)) << y;
    EXPECT_EQ(earthquake_deduction(r, {Yen(0), Yen(20'000)}), Yen(15'000)) << y;
    EXPECT_EQ(earthquake_deduction(r, {Yen(0), Yen(90'000)}), Yen(15'000)) << y;
    EXPECT_EQ(earthquake_deduction(r, {Yen(50'000), Yen(0)}), Yen(50'000)) << y;
    EXPECT_EQ(earthquake_deduction(r, {Yen(70'000), Yen(0)}), Yen(50'000)) << y;
    EXPECT_EQ(earthquake_deduction(r, {Yen(30'000), Yen(10'000)}), Yen(40'000)) << y;
  }
}

TEST(YearEndTax, QuickTableBothYears) {
  // ref §2.11 速算表 (identical R7/R8) and §3.3 (しかた small example): 2,696,000 → 172,100
  for (int y : {2025, 2026}) {
    auto r = rules_for(y);
    EXPECT_EQ(computed_tax(r, Yen(2'696'000)), Yen(172'100)) << y;
    EXPECT_EQ(computed_tax(r, Yen(1'950'000)), Yen(97'500)) << y;
    EXPECT_EQ(computed_tax(r, Yen(1'951'000)), Yen(97'600)) << y;
    EXPECT_EQ(computed_tax(r, Yen(3'300'000)), Yen(232'500)) << y;
    EXPECT_EQ(computed_tax(r, Yen(3'301'000)), Yen(232'700)) << y;
    EXPECT_EQ(computed_tax(r, Yen(6'950'000)), Yen(962'500)) << y;
    EXPECT_EQ(computed_tax(r, Yen(9'000'000)), Yen(1'434'000)) << y;
    EXPECT_EQ(computed_tax(r, Yen(18'000'000)), Yen(4'404'000)) << y;
    EXPECT_EQ(computed_tax(r, Yen(18'050'000)), Yen(4'424'000)) << y;  // §2.11 (S9, S12)
  }
}

TEST(YearEndHousingCredit, FromBalance) {
  // ref §2.10 (S18: TaxAnswer No.1211-1): 年末残高 × 0.7%, 100円未満切捨て, balance capped.
  EXPECT_EQ(housing_credit_from_balance(Yen(25'123'456), Yen(30'000'000), Rate::percent(70)), Yen(175'800));
  EXPECT_EQ(housing_credit_from_balance(Yen(45'000'000), Yen(30'000'000), Rate::percent(70)), Yen(210'000));
}

}  // namespace
}  // namespace kyuyo::yearend
