// Grade tables: every boundary of 健保 1–50 and 厚年 1–32.
// Source: shared/reference/social-insurance.md §2.1 (from the 協会けんぽ 令和8年度 保険料額表 via
// [JP8], cross-checked with [RK-H], [BR2N], [PAPERZZ], [PSRN12479]), transcribed below.
#include "social_fixture.hpp"

namespace kyuyo::social::test {
namespace {

struct Expected {
  int health_grade, pension_grade;  // pension 0 = outside the 厚年 table's own rows
  std::int64_t standard, lower, upper;  // lower/upper 0 = open
};
const Expected kTable[] = {
    {1, 0, 58000, 0, 63000},
    {2, 0, 68000, 63000, 73000},
    {3, 0, 78000, 73000, 83000},
    {4, 1, 88000, 83000, 93000},
    {5, 2, 98000, 93000, 101000},
    {6, 3, 104000, 101000, 107000},
    {7, 4, 110000, 107000, 114000},
    {8, 5, 118000, 114000, 122000},
    {9, 6, 126000, 122000, 130000},
    {10, 7, 134000, 130000, 138000},
    {11, 8, 142000, 138000, 146000},
    {12, 9, 150000, 146000, 155000},
    {13, 10, 160000, 155000, 165000},
    {14, 11, 170000, 165000, 175000},
    {15, 12, 180000, 175000, 185000},
    {16, 13, 190000, 185000, 195000},
    {17, 14, 200000, 195000, 210000},
    {18, 15, 220000, 210000, 230000},
    {19, 16, 240000, 230000, 250000},
    {20, 17, 260000, 250000, 270000},
    {21, 18, 280000, 270000, 290000},
    {22, 19, 300000, 290000, 310000},
    {23, 20, 320000, 310000, 330000},
    {24, 21, 340000, 330000, 350000},
    {25, 22, 360000, 350000, 370000},
    {26, 23, 380000, 370000, 395000},
    {27, 24, 410000, 395000, 425000},
    {28, 25, 440000, 425000, 455000},
    {29, 26, 470000, 455000, 485000},
    {30, 27, 500000, 485000, 515000},
    {31, 28, 530000, 515000, 545000},
    {32, 29, 560000, 545000, 575000},
    {33, 30, 590000, 575000, 605000},
    {34, 31, 620000, 605000, 635000},
    {35, 32, 650000, 635000, 665000},
    {36, 0, 680000, 665000, 695000},
    {37, 0, 710000, 695000, 730000},
    {38, 0, 750000, 730000, 770000},
    {39, 0, 790000, 770000, 810000},
    {40, 0, 830000, 810000, 855000},
    {41, 0, 880000, 855000, 905000},
    {42, 0, 930000, 905000, 955000},
    {43, 0, 980000, 955000, 1005000},
    {44, 0, 1030000, 1005000, 1055000},
    {45, 0, 1090000, 1055000, 1115000},
    {46, 0, 1150000, 1115000, 1175000},
    {47, 0, 1210000, 1175000, 1235000},
    {48, 0, 1270000, 1235000, 1295000},
    {49, 0, 1330000, 1295000, 1355000},
    {50, 0, 1390000, 1355000, 0},
};

TEST(SocialGrades, EveryHealthBoundary) {
  const auto m = ym(2026, 4);
  for (const auto& e : kTable) {
    if (e.lower) {
      auto at = grade_for(lib(), Yen(e.lower), m);
      ASSERT_TRUE(at);
      EXPECT_EQ(at->health_grade, e.health_grade) << "報酬月額 " << e.lower;
      EXPECT_EQ(at->health_standard, Yen(e.standard)) << "報酬月額 " << e.lower;
      auto below = grade_for(lib(), Yen(e.lower - 1), m);
      ASSERT_TRUE(below);
      EXPECT_EQ(below->health_grade, e.health_grade - 1) << "報酬月額 " << e.lower - 1;
    }
    if (e.upper) {
      auto top = grade_for(lib(), Yen(e.upper - 1), m);
      ASSERT_TRUE(top);
      EXPECT_EQ(top->health_grade, e.health_grade) << "報酬月額 " << e.upper - 1;
    }
  }
  EXPECT_EQ(grade_for(lib(), Yen(0), m)->health_grade, 1);
  EXPECT_EQ(grade_for(lib(), Yen(10'000'000), m)->health_standard, Yen(1'390'000));
}

TEST(SocialGrades, EveryPensionBoundary) {
  const auto m = ym(2025, 9);
  // 厚年 grade 1 covers everything < 93,000; grade 32 everything ≥ 635,000 (§2.1).
  EXPECT_EQ(grade_for(lib(), Yen(0), m)->pension_grade, 1);
  EXPECT_EQ(grade_for(lib(), Yen(0), m)->pension_standard, Yen(88'000));
  EXPECT_EQ(grade_for(lib(), Yen(5'000'000), m)->pension_grade, 32);
  EXPECT_EQ(grade_for(lib(), Yen(5'000'000), m)->pension_standard, Yen(650'000));
  int seen = 0;
  for (const auto& e : kTable) {
    if (!e.pension_grade) continue;
    ++seen;
    if (e.pension_grade > 1) {
      auto at = grade_for(lib(), Yen(e.lower), m);
      EXPECT_EQ(at->pension_grade, e.pension_grade) << "報酬月額 " << e.lower;
      EXPECT_EQ(at->pension_standard, Yen(e.standard)) << "報酬月額 " << e.lower;
      EXPECT_EQ(grade_for(lib(), Yen(e.lower - 1), m)->pension_grade, e.pension_grade - 1) << e.lower - 1;
    }
    if (e.pension_grade < 32) EXPECT_EQ(grade_for(lib(), Yen(e.upper - 1), m)->pension_grade, e.pension_grade);
  }
  EXPECT_EQ(seen, 32);
}

TEST(SocialGrades, HealthIsPensionPlusThreeInTheMiddle) {
  // §2.1: 厚年 grade = 健保 grade − 3 for 健保 grades 4–35.
  for (const auto& e : kTable)
    if (e.health_grade >= 4 && e.health_grade <= 35) EXPECT_EQ(e.pension_grade, e.health_grade - 3);
}

TEST(SocialGrades, GradeRowAndErrors) {
  auto r = grade_row(lib(), GradeTable::kPension, 32, ym(2026, 4));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->standard, Yen(650'000));
  EXPECT_FALSE(r->upper);
  EXPECT_FALSE(grade_row(lib(), GradeTable::kPension, 33, ym(2026, 4)));
  EXPECT_EQ(grade_for(lib(), Yen(-1), ym(2026, 4)).error().code, ErrorCode::kInvalidInput);
  // No grade table before 2020-09 in the data: a clear rule-data error, not a guess.
  auto old = grade_for(lib(), Yen(300'000), ym(2019, 4));
  ASSERT_FALSE(old);
  EXPECT_EQ(old.error().code, ErrorCode::kRuleData);
  EXPECT_NE(old.error().message.find("social.grades"), std::string::npos);
}

}  // namespace
}  // namespace kyuyo::social::test
