// 賞与に対する源泉徴収税額, 令和7年分 and 令和8年分.
// Sources: withholding-and-year-end.md §3.4 — R8 税額表の使い方 賞与 example (9,564; S4), TaxAnswer
// No.2523 R7 examples (10倍超 90,120 and 前月なし 3,180; S4); the rate tables of §1(d) as extracted
// in
// ../shared/reference/data (withholding-bonus-r08.keiri.json, S4;
// withholding-bonus-2020-01-01.renjaku.yaml, S2), every band of every column checked at both of its
// edges.
#include <gtest/gtest.h>

#include "withholding_fixture.hpp"

namespace kyuyo::withholding::test {
namespace {

std::int64_t bonus(Date d, std::int64_t b, std::int64_t social, std::int64_t prev, int n,
                   TaxColumn c = TaxColumn::kKou, int months = 6) {
  BonusQuery q{d, Yen(b), Yen(social), Yen(prev), prev > 0, n, c, months};
  auto r = engine().bonus(q, false);
  EXPECT_TRUE(r) << (r ? "" : r.error().message);
  return r ? r->tax.value() : -1;
}

TEST(WithholdingBonus, Reiwa8UsageExample) {
  // 賞与 554,000, 社保 85,593, 前月 196,616, n=2 → 143–276千円 band → 2.042% → 468,407 × 2.042% =
  // 9,564
  EXPECT_EQ(bonus(d2026(), 554'000, 85'593, 196'616, 2), 9'564);
}

TEST(WithholdingBonus, Reiwa7TaxAnswer2523TenTimesException) {
  // 前月 166,531; 賞与 after social 1,668,062 (> 10 × 166,531); 6 months; n=1 → 90,120
  EXPECT_EQ(bonus(d2025(), 1'668'062, 0, 166'531, 1), 90'120);
  // Same bonus with a 計算期間 over 6 months: ÷12 and ×12 (TaxAnswer No.2523 step (1)/(4)):
  // 139,005 + 166,531 = 305,536 → (月額表(305,536) − 月額表(166,531)) × 12.
  EXPECT_EQ(bonus(d2025(), 1'668'062, 0, 166'531, 1, TaxColumn::kKou, 12),
            (tax(d2025(), 1'668'062 / 12 + 166'531, 1) - tax(d2025(), 166'531, 1)) * 12);
}

TEST(WithholdingBonus, Reiwa7TaxAnswer2523NoPreviousMonth) {
  // 前月なし: 賞与 769,300, n=1 → 769,300 ÷ 6 = 128,216 → 530 × 6 = 3,180
  EXPECT_EQ(bonus(d2025(), 769'300, 0, 0, 1), 3'180);
}

// 算出率の表 備考: 10倍 is "超える" — exactly 10 × uses the rate table.
TEST(WithholdingBonus, TenTimesBoundary) {
  // prev 200,000 (R8 n=0 band 94–260千円: 4.084%); bonus after social exactly 2,000,000 → table
  EXPECT_EQ(bonus(d2026(), 2'000'000, 0, 200'000, 0), 81'680);
  // 1 yen more → 月額表 method
  EXPECT_EQ(bonus(d2026(), 2'000'001, 0, 200'000, 0),
            (tax(d2026(), 333'333 + 200'000, 0) - tax(d2026(), 200'000, 0)) * 6);
}

TEST(WithholdingBonus, SevenOrMoreUsesTheSevenColumnWithoutAdjustment) {
  // R8 n≥7: 317–383千円 → 2.042%; no 1,610 adjustment in the bonus table (ref §1(d))
  EXPECT_EQ(bonus(d2026(), 500'000, 0, 350'000, 7), 10'210);
  EXPECT_EQ(bonus(d2026(), 500'000, 0, 350'000, 11), 10'210);
}

TEST(WithholdingBonus, OtsuRates) {
  // R8 乙: < 224千円 10.21%; R7 乙: 222,000 → 20.42%
  EXPECT_EQ(bonus(d2026(), 300'000, 0, 223'999, 0, TaxColumn::kOtsu), 30'630);
  EXPECT_EQ(bonus(d2026(), 300'000, 0, 224'000, 0, TaxColumn::kOtsu), 61'260);
  EXPECT_EQ(bonus(d2025(), 300'000, 0, 222'000, 0, TaxColumn::kOtsu), 61'260);
  EXPECT_EQ(bonus(d2025(), 300'000, 0, 221'999, 0, TaxColumn::kOtsu), 30'630);
}

TEST(WithholdingBonus, RejectsBadInput) {
  EXPECT_FALSE(
      engine().bonus({d2026(), Yen(100), Yen(0), Yen(100), true, 0, TaxColumn::kKou, 7}, false));
  EXPECT_FALSE(engine().bonus({d2026(), Yen(-1), Yen(0), Yen(100), true, 0}, false));
  EXPECT_FALSE(engine().bonus({d2026(), Yen(100), Yen(0), Yen(-5), true, 0}, false));
  auto r = engine().bonus({Date(2027, 6, 1), Yen(100), Yen(0), Yen(100), true, 0}, false);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kRuleData);
}

// Rate lookup for X at the normal method: bonus after social chosen ≤ 10 × X so the table applies.
void expect_rate(Date d, std::int64_t prev, int n, TaxColumn c, const Frac& rate,
                 const std::string& what) {
  std::int64_t after = std::min<std::int64_t>(1'000'000, prev * 10);
  EXPECT_EQ(bonus(d, after, 0, prev, n, c), floor_mul(after, rate)) << what << " X=" << prev;
}

TEST(WithholdingBonus, Reiwa8EveryBandMatchesKeiriExtraction) {
  WH_REQUIRE_SHARED(dir);
  auto j = read_json(dir + "/withholding-bonus-r08.keiri.json");
  const std::int64_t scale = j.get<std::int64_t>("rateScale");  // rate % × scale
  int bands = 0;
  for (const auto& [_, row] : j.get_child("rows")) {
    Frac rate{row.get<std::int64_t>("rate"), scale * 100};
    auto check = [&](const boost::property_tree::ptree& cell, int n, TaxColumn c) {
      auto lo = cell.get_optional<std::int64_t>("min");
      auto hi = cell.get_optional<std::int64_t>("max");
      std::int64_t first =
          lo ? *lo * 1000 : 1;  // X = 0 means "no pay" (月額表 method), so start at 1 yen
      std::int64_t last = hi ? *hi * 1000 - 1 : 50'000'000;
      expect_rate(d2026(), first, n, c, rate, "R8 rate " + std::to_string(rate.num));
      expect_rate(d2026(), last, n, c, rate, "R8 rate " + std::to_string(rate.num));
      ++bands;
    };
    int n = 0;
    for (const auto& [__, cell] : row.get_child("kou")) check(cell, n++, TaxColumn::kKou);
    if (auto o = row.get_child_optional("otsu"); o && !o->empty()) check(*o, 0, TaxColumn::kOtsu);
  }
  EXPECT_EQ(bands, 21 * 8 + 5);
}

TEST(WithholdingBonus, Reiwa7EveryBandMatchesRenjakuExtraction) {
  WH_REQUIRE_SHARED(dir);
  auto cols = read_renjaku_bonus(dir + "/withholding-bonus-2020-01-01.renjaku.yaml");
  int bands = 0;
  for (int n = 0; n <= 8; ++n) {
    const std::string name = n < 8 ? "dependents" + std::to_string(n) : "unknown";
    const TaxColumn c = n < 8 ? TaxColumn::kKou : TaxColumn::kOtsu;
    const auto& v = cols.at(name);
    for (std::size_t i = 0; i < v.size(); ++i) {
      std::int64_t first = v[i].lower == 0 ? 1 : v[i].lower;
      std::int64_t last = i + 1 < v.size() ? v[i + 1].lower - 1 : 50'000'000;
      expect_rate(d2025(), first, n < 8 ? n : 0, c, frac(v[i].rate), name);
      expect_rate(d2025(), last, n < 8 ? n : 0, c, frac(v[i].rate), name);
      ++bands;
    }
  }
  EXPECT_EQ(bands, 21 * 8 + 5);
}

TEST(WithholdingBonus, ExplainNamesTheException) {
  auto r = engine().bonus({d2025(), Yen(1'668'062), Yen(0), Yen(166'531), true, 1});
  ASSERT_TRUE(r);
  std::string all;
  for (auto& s : r->trace) all += s + "\n";
  for (const char* want :
       {"月額表 method", "× 10", "278,010", "16,950", "1,930", "90,120", "bonus-2020-01-01.xml"})
    EXPECT_NE(all.find(want), std::string::npos) << want << "\n" << all;
}

}  // namespace
}  // namespace kyuyo::withholding::test
