// 標準報酬月額 determinations: 資格取得時決定, 定時決定 day-count rules, 随時改定 triggers and edges.
// Rules: shared/reference/social-insurance.md §4.1 (定時決定 [KJ][KIRICO]), §4.2 (随時改定 [ZUIJI]),
// §4.4 (取得時決定 [SHUTOKU]); grade bounds §2.1.
#include "social_fixture.hpp"

namespace kyuyo::social::test {
namespace {

PayMonth pm(int y, int m, int days, std::int64_t total, WorkerCategory c = WorkerCategory::kRegular) {
  return PayMonth{ym(y, m), days, Yen(total), Yen(0), c};
}

TeijiInput teiji(PayMonth a, PayMonth b, PayMonth c) {
  TeijiInput in;
  in.year = 2026;
  in.months = {a, b, c};
  return in;
}

TEST(SocialShutoku, ExpectedPayAndPeriod) {
  // 報酬月額 250,000 + 現物 5,000 = 255,000 → 健保 20級 260,000 / 厚年 17級; Jan–May → until August.
  auto d = shutoku_kettei(lib(), {Date(2026, 4, 1), Yen(250'000), Yen(5'000)});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->grades.health_grade, 20);
  EXPECT_EQ(d->grades.pension_grade, 17);
  EXPECT_EQ(d->grades.health_standard, Yen(260'000));
  EXPECT_EQ(d->effective_from, ym(2026, 4));
  EXPECT_EQ(*d->effective_until, ym(2026, 8));
  EXPECT_EQ(d->expected_in_kind, Yen(5'000));  // inputs kept for the 資格取得届
  auto j = shutoku_kettei(lib(), {Date(2026, 6, 15), Yen(250'000), Yen(0)});
  EXPECT_EQ(*j->effective_until, ym(2027, 8));
}

TEST(SocialTeiji, AllMonthsCountAndTheAverageIsTruncated) {
  // 290,000 + 290,000 + 289,999 = 869,999 ÷ 3 = 289,999.67 → 289,999 (切捨て) → 健保 21級 280,000;
  // rounding up would have given 290,000 → 22級.
  auto d = teiji_kettei(lib(), teiji(pm(2026, 4, 30, 290'000), pm(2026, 5, 31, 290'000), pm(2026, 6, 30, 289'999)));
  ASSERT_TRUE(d) << d.error().to_string();
  EXPECT_EQ(d->average, Yen(289'999));
  EXPECT_EQ(d->grades.health_grade, 21);
  EXPECT_EQ(d->effective_from, ym(2026, 9));
  EXPECT_EQ(*d->effective_until, ym(2027, 8));
  EXPECT_EQ(d->months.size(), 3u);
}

TEST(SocialTeiji, SeventeenDayRule) {
  // A month with 16 days is left out; 17 counts.
  auto d = teiji_kettei(lib(), teiji(pm(2026, 4, 16, 100'000), pm(2026, 5, 17, 300'000), pm(2026, 6, 20, 320'000)));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->qualifying, (std::vector<bool>{false, true, true}));
  EXPECT_EQ(d->average, Yen(310'000));
  EXPECT_EQ(d->grades.health_grade, 23);
}

TEST(SocialTeiji, PartialFirstMonthDoesNotCount) {
  // 途中入社 (acquired 2026-04-10): April's pay is not a whole month's even with 21 days, so the
  // average is May and June only: (200,000 + 200,000) / 2 = 200,000 → 健保 17級 200,000; with April
  // (140,000 + 200,000 + 200,000) / 3 = 180,000 → 15級 180,000.
  auto april = pm(2026, 4, 21, 140'000);
  april.partial = true;
  auto d = teiji_kettei(lib(), teiji(april, pm(2026, 5, 31, 200'000), pm(2026, 6, 30, 200'000)));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->qualifying, (std::vector<bool>{false, true, true}));
  EXPECT_EQ(d->average, Yen(200'000));
  EXPECT_EQ(d->grades.health_standard, Yen(200'000));
  // A partial month does not count under the パート 15-day rule either.
  using C = WorkerCategory;
  auto p = pm(2026, 4, 16, 90'000, C::kPartTime);
  p.partial = true;
  auto q = teiji_kettei(lib(), teiji(p, pm(2026, 5, 15, 100'000, C::kPartTime), pm(2026, 6, 16, 104'000, C::kPartTime)));
  ASSERT_TRUE(q);
  EXPECT_EQ(q->qualifying, (std::vector<bool>{false, true, true}));
  EXPECT_EQ(q->average, Yen(102'000));
}

TEST(SocialTeiji, ShortTimeWorkersElevenDays) {
  // 短時間労働者 (特定適用事業所): ≥ 11 days; 10 does not count.
  using C = WorkerCategory;
  auto d = teiji_kettei(lib(), teiji(pm(2026, 4, 10, 50'000, C::kShortTime), pm(2026, 5, 11, 100'000, C::kShortTime),
                                     pm(2026, 6, 12, 110'000, C::kShortTime)));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->qualifying, (std::vector<bool>{false, true, true}));
  EXPECT_EQ(d->average, Yen(105'000));
  // Mixed categories: each month its own threshold (April 一般 with 12 days does not count).
  auto m = teiji_kettei(lib(), teiji(pm(2026, 4, 12, 90'000, C::kRegular), pm(2026, 5, 12, 100'000, C::kShortTime),
                                     pm(2026, 6, 12, 110'000, C::kShortTime)));
  EXPECT_EQ(m->qualifying, (std::vector<bool>{false, true, true}));
}

TEST(SocialTeiji, PartTimeFifteenDayRule) {
  using C = WorkerCategory;
  // No month with 17 days: months with ≥ 15 count (15 and 16 yes, 14 no) [KIRICO].
  auto d = teiji_kettei(lib(), teiji(pm(2026, 4, 15, 120'000, C::kPartTime), pm(2026, 5, 16, 130'000, C::kPartTime),
                                     pm(2026, 6, 14, 60'000, C::kPartTime)));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->qualifying, (std::vector<bool>{true, true, false}));
  EXPECT_EQ(d->average, Yen(125'000));
  // One month with 17 days: only that month (the 15-day months do not count).
  auto o = teiji_kettei(lib(), teiji(pm(2026, 4, 15, 120'000, C::kPartTime), pm(2026, 5, 17, 140'000, C::kPartTime),
                                     pm(2026, 6, 16, 60'000, C::kPartTime)));
  EXPECT_EQ(o->qualifying, (std::vector<bool>{false, true, false}));
  EXPECT_EQ(o->average, Yen(140'000));
  // The 15-day rule is for パート only: 一般 with 15/16 days has no qualifying month.
  auto g = teiji(pm(2026, 4, 15, 120'000), pm(2026, 5, 16, 130'000), pm(2026, 6, 15, 60'000));
  EXPECT_FALSE(teiji_kettei(lib(), g));
  g.previous = Grades{22, Yen(300'000), 19, Yen(300'000)};
  auto kept = teiji_kettei(lib(), g);
  ASSERT_TRUE(kept);
  EXPECT_TRUE(kept->kept_previous);
  EXPECT_EQ(kept->grades.health_grade, 22);
}

TEST(SocialTeiji, MonthsMustBeAprilToJune) {
  auto bad = teiji_kettei(lib(), teiji(pm(2026, 3, 20, 1), pm(2026, 5, 20, 1), pm(2026, 6, 20, 1)));
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidInput);
}

ZuijiInput zuiji(int dir, Grades cur, std::int64_t a, std::int64_t b, std::int64_t c, int days = 20,
                 WorkerCategory cat = WorkerCategory::kRegular) {
  ZuijiInput in;
  in.change_month = ym(2026, 4);
  in.direction = dir;
  in.months = {pm(2026, 4, days, a, cat), pm(2026, 5, 20, b, cat), pm(2026, 6, 20, c, cat)};
  in.current = cur;
  return in;
}
Grades g(std::int64_t remuneration) { return *grade_for(lib(), Yen(remuneration), ym(2026, 4)); }

TEST(SocialZuiji, TwoGradesTriggerFromTheFourthMonth) {
  // Current 健保 22級 (300,000); raise; average 330,000 → 24級: 2 grades → revised from 2026-07.
  auto r = zuiji_kaitei(lib(), zuiji(+1, g(300'000), 330'000, 330'000, 330'000));
  ASSERT_TRUE(r);
  ASSERT_TRUE(r->triggered);
  EXPECT_EQ(r->determination->effective_from, ym(2026, 7));
  EXPECT_EQ(r->determination->grades.health_grade, 24);
  EXPECT_EQ(r->determination->grades.pension_grade, 21);
  EXPECT_EQ(*r->determination->effective_until, ym(2027, 8));  // July–December change: next August
  // 329,999 average → 23級: 1 grade → no revision.
  EXPECT_FALSE(zuiji_kaitei(lib(), zuiji(+1, g(300'000), 330'000, 330'000, 329'997))->triggered);
}

TEST(SocialZuiji, DaysAndDirection) {
  // A month with 16 days: no revision even with a large change.
  EXPECT_FALSE(zuiji_kaitei(lib(), zuiji(+1, g(300'000), 400'000, 400'000, 400'000, 16))->triggered);
  // 短時間労働者: 11 days suffice.
  EXPECT_TRUE(zuiji_kaitei(lib(), zuiji(+1, g(300'000), 400'000, 400'000, 400'000, 11, WorkerCategory::kShortTime))
                  ->triggered);
  // No 15-day rule for パート in 随時改定.
  EXPECT_FALSE(zuiji_kaitei(lib(), zuiji(+1, g(300'000), 400'000, 400'000, 400'000, 15, WorkerCategory::kPartTime))
                   ->triggered);
  // Fixed pay rose but the average fell by 2 grades (less overtime): no revision.
  EXPECT_FALSE(zuiji_kaitei(lib(), zuiji(+1, g(300'000), 260'000, 260'000, 260'000))->triggered);
  // Fixed pay fell and the average fell 2 grades: revised down.
  auto down = zuiji_kaitei(lib(), zuiji(-1, g(300'000), 260'000, 260'000, 260'000));
  ASSERT_TRUE(down->triggered);
  EXPECT_EQ(down->determination->grades.health_grade, 20);
}

TEST(SocialZuiji, BottomEdgeOneGradeRules) {
  // 健保 1級 (58,000) whose 報酬月額 was 50,000 (< 53,000) → average 63,000 (2級): revised.
  auto in = zuiji(+1, g(50'000), 63'000, 63'000, 63'000);
  in.current_remuneration = Yen(50'000);
  auto r = zuiji_kaitei(lib(), in);
  ASSERT_TRUE(r->triggered);
  EXPECT_TRUE(r->determination->health_changed);
  EXPECT_FALSE(r->determination->pension_changed);  // 厚年 stays 1級
  EXPECT_EQ(r->determination->grades.health_grade, 2);
  // Same move from a 報酬月額 of 55,000: only 1 grade → no revision.
  in.current_remuneration = Yen(55'000);
  EXPECT_FALSE(zuiji_kaitei(lib(), in)->triggered);
  // 健保 2級 down to an average below 53,000: revised; 54,000 (still 1級, but not below 53,000): not.
  EXPECT_TRUE(zuiji_kaitei(lib(), zuiji(-1, g(68'000), 52'000, 52'000, 52'000))->triggered);
  EXPECT_FALSE(zuiji_kaitei(lib(), zuiji(-1, g(68'000), 54'000, 54'000, 54'000))->triggered);
  // 厚年 1級 (報酬月額 80,000 < 83,000; 健保 3級) → average 95,000: 健保 3→5 (2 grades) and 厚年 1→2
  // by the bottom-edge rule (pivot 83,000).
  auto p = zuiji(+1, g(80'000), 95'000, 95'000, 95'000);
  p.current_remuneration = Yen(80'000);
  auto pr = zuiji_kaitei(lib(), p);
  ASSERT_TRUE(pr->triggered);
  EXPECT_TRUE(pr->determination->pension_changed);
  EXPECT_EQ(pr->determination->grades.pension_grade, 2);
  EXPECT_EQ(pr->determination->grades.health_grade, 5);
  // From 報酬月額 84,000 (健保 4級, 厚年 1級): 健保 4→5 and 厚年 1→2 are 1 grade each → no revision.
  auto q = zuiji(+1, g(84'000), 95'000, 95'000, 95'000);
  q.current_remuneration = Yen(84'000);
  EXPECT_FALSE(zuiji_kaitei(lib(), q)->triggered);
}

TEST(SocialZuiji, TopEdgeOneGradeRules) {
  // 健保 49級 → average ≥ 1,415,000: revised to 50級; 1,400,000 (also 50級): not.
  EXPECT_TRUE(zuiji_kaitei(lib(), zuiji(+1, g(1'300'000), 1'415'000, 1'415'000, 1'415'000))->triggered);
  EXPECT_FALSE(zuiji_kaitei(lib(), zuiji(+1, g(1'300'000), 1'400'000, 1'400'000, 1'400'000))->triggered);
  // 健保 50級 with 報酬月額 1,500,000 → average 1,300,000 (49級): revised; from 1,400,000: not.
  auto d = zuiji(-1, g(1'500'000), 1'300'000, 1'300'000, 1'300'000);
  d.current_remuneration = Yen(1'500'000);
  EXPECT_TRUE(zuiji_kaitei(lib(), d)->triggered);
  d.current_remuneration = Yen(1'400'000);
  EXPECT_FALSE(zuiji_kaitei(lib(), d)->triggered);
  // 厚年 31級 (620,000; 健保 34級) → average 665,000: 健保 36級 (2 grades) and 厚年 32級 (edge).
  auto t = zuiji_kaitei(lib(), zuiji(+1, g(620'000), 665'000, 665'000, 665'000));
  ASSERT_TRUE(t->triggered);
  EXPECT_TRUE(t->determination->pension_changed);
  EXPECT_EQ(t->determination->grades.pension_grade, 32);
  // → average 660,000: 健保 35級 (1 grade), 厚年 32級 but below 665,000: no revision.
  EXPECT_FALSE(zuiji_kaitei(lib(), zuiji(+1, g(620'000), 660'000, 660'000, 660'000))->triggered);
  // 厚年 32級 stays 32 when 健保 moves 35 → 37: 健保 only (月額変更届 健康保険のみ).
  auto h = zuiji_kaitei(lib(), zuiji(+1, g(650'000), 700'000, 700'000, 700'000));
  ASSERT_TRUE(h->triggered);
  EXPECT_TRUE(h->determination->health_changed);
  EXPECT_FALSE(h->determination->pension_changed);
}

}  // namespace
}  // namespace kyuyo::social::test
