// Dates, year-months, ages and 和暦 at the era edges.
#include "kyuyo/core/date.hpp"

#include <gtest/gtest.h>

using namespace kyuyo;

TEST(Date, ParseIsoAndExcelSlashes) {
  EXPECT_EQ(*parse_date("2026-04-01"), Date(2026, 4, 1));
  EXPECT_EQ(*parse_date("2026/4/1"), Date(2026, 4, 1));
  EXPECT_EQ(*parse_date("2024-02-29"), Date(2024, 2, 29));
  EXPECT_FALSE(parse_date("2025-02-29"));
  EXPECT_FALSE(parse_date("2026-13-01"));
  EXPECT_FALSE(parse_date("2026-4-1"));
  EXPECT_FALSE(parse_date("20260401"));
  EXPECT_FALSE(parse_date(""));
  EXPECT_EQ(iso(Date(2026, 1, 5)), "2026-01-05");
}

TEST(YearMonth, ParseArithmeticFiscalYear) {
  auto ym = *YearMonth::parse("2026-03");
  EXPECT_EQ(ym.plus_months(1), (YearMonth{2026, 4}));
  EXPECT_EQ(ym.plus_months(10), (YearMonth{2027, 1}));
  EXPECT_EQ(ym.plus_months(-3), (YearMonth{2025, 12}));
  EXPECT_EQ(ym.fiscal_year(), 2025);
  EXPECT_EQ(ym.plus_months(1).fiscal_year(), 2026);
  EXPECT_EQ(ym.str(), "2026-03");
  EXPECT_FALSE(YearMonth::parse("2026-3"));
  EXPECT_FALSE(YearMonth::parse("2026-00"));
}

TEST(Age, ReachesAgeTheDayBeforeTheBirthday) {
  // 年齢計算ニ関スル法律: born 1986-04-01 reaches 40 at the end of 2026-03-31.
  EXPECT_EQ(reaches_age_on(Date(1986, 4, 1), 40), Date(2026, 3, 31));
  EXPECT_EQ(reaches_age_on(Date(1986, 4, 2), 40), Date(2026, 4, 1));
  EXPECT_EQ(reaches_age_on(Date(2004, 2, 29), 22), Date(2026, 2, 28));
  EXPECT_EQ(age_at(Date(1986, 4, 2), Date(2026, 4, 1)), 39);
  EXPECT_EQ(age_at(Date(1986, 4, 2), Date(2026, 4, 2)), 40);
}

TEST(Wareki, EraEdges) {
  auto w = to_wareki(Date(2019, 4, 30));
  EXPECT_EQ(w.era, Era::kHeisei);
  EXPECT_EQ(w.year, 31);
  w = to_wareki(Date(2019, 5, 1));
  EXPECT_EQ(w.era, Era::kReiwa);
  EXPECT_EQ(w.year, 1);
  EXPECT_EQ(wareki_string(Date(2019, 5, 1)), "令和元年5月1日");
  EXPECT_EQ(wareki_string(Date(2026, 11, 23)), "令和8年11月23日");
  EXPECT_EQ(to_wareki(Date(1989, 1, 7)).era, Era::kShowa);
  EXPECT_EQ(to_wareki(Date(1989, 1, 7)).year, 64);
  EXPECT_EQ(to_wareki(Date(1989, 1, 8)).era, Era::kHeisei);
  EXPECT_EQ(to_wareki(Date(1989, 1, 8)).year, 1);
  EXPECT_EQ(to_wareki(Date(1926, 12, 24)).era, Era::kTaisho);
  EXPECT_EQ(to_wareki(Date(1926, 12, 25)).era, Era::kShowa);
  EXPECT_EQ(to_wareki(Date(1926, 12, 25)).year, 1);
  EXPECT_EQ(to_wareki(Date(1912, 7, 30)).era, Era::kTaisho);
  EXPECT_EQ(to_wareki(Date(1912, 7, 29)).era, Era::kMeiji);
  EXPECT_EQ(wareki_year(2026), "令和8年");
  EXPECT_EQ(wareki_year(2025), "令和7年");
}

TEST(Wareki, EraCodesAndInverse) {
  EXPECT_EQ(nenkin_era_code(Era::kShowa), 5);
  EXPECT_EQ(nenkin_era_code(Era::kHeisei), 7);
  EXPECT_EQ(nenkin_era_code(Era::kReiwa), 9);
  EXPECT_EQ(etax_era_code(Era::kReiwa), 5);
  EXPECT_EQ(etax_era_code(Era::kShowa), 3);
  EXPECT_EQ(*from_wareki(Era::kReiwa, 8, 1, 1), Date(2026, 1, 1));
  EXPECT_EQ(*from_wareki(Era::kHeisei, 31, 4, 30), Date(2019, 4, 30));
  EXPECT_FALSE(from_wareki(Era::kHeisei, 31, 5, 1));  // that day is 令和元年
  EXPECT_FALSE(from_wareki(Era::kReiwa, 1, 4, 30));
  EXPECT_FALSE(from_wareki(Era::kReiwa, 8, 2, 30));
}
