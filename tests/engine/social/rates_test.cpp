// Rates: every prefecture for 令和7年度 and 令和8年度, 介護, 支援金, 厚年, 拠出金, 雇用保険.
// Expected rates: shared/reference/data/shaho-rates-r08.keiri.json (fiestared/keiri-tools, from the
// 協会けんぽ 令和8年度 rate page; kenko_rates = R8, kenko_rates_prev = R7), transcribed below in
// hundredths of a percent; they agree with social-insurance.md §1.1 ([OM][JP8][RK-H]).
#include "social_fixture.hpp"

namespace kyuyo::social::test {
namespace {

struct Pref {
  int jis;
  const char* name;
  std::int64_t r7, r8;  // 1/100 %
};
const Pref kPrefs[] = {
    {1, "北海道", 1031, 1028},
    {2, "青森県", 985, 985},
    {3, "岩手県", 962, 951},
    {4, "宮城県", 1011, 1010},
    {5, "秋田県", 1001, 1001},
    {6, "山形県", 975, 975},
    {7, "福島県", 962, 950},
    {8, "茨城県", 967, 952},
    {9, "栃木県", 982, 982},
    {10, "群馬県", 977, 968},
    {11, "埼玉県", 976, 967},
    {12, "千葉県", 979, 973},
    {13, "東京都", 991, 985},
    {14, "神奈川県", 992, 992},
    {15, "新潟県", 955, 921},
    {16, "富山県", 965, 959},
    {17, "石川県", 988, 970},
    {18, "福井県", 994, 971},
    {19, "山梨県", 989, 955},
    {20, "長野県", 969, 963},
    {21, "岐阜県", 993, 980},
    {22, "静岡県", 980, 961},
    {23, "愛知県", 1003, 993},
    {24, "三重県", 999, 977},
    {25, "滋賀県", 997, 988},
    {26, "京都府", 1003, 989},
    {27, "大阪府", 1024, 1013},
    {28, "兵庫県", 1016, 1012},
    {29, "奈良県", 1002, 991},
    {30, "和歌山県", 1019, 1006},
    {31, "鳥取県", 993, 986},
    {32, "島根県", 994, 994},
    {33, "岡山県", 1017, 1005},
    {34, "広島県", 997, 978},
    {35, "山口県", 1036, 1015},
    {36, "徳島県", 1047, 1024},
    {37, "香川県", 1021, 1002},
    {38, "愛媛県", 1018, 998},
    {39, "高知県", 1013, 1005},
    {40, "福岡県", 1031, 1011},
    {41, "佐賀県", 1078, 1055},
    {42, "長崎県", 1041, 1006},
    {43, "熊本県", 1012, 1008},
    {44, "大分県", 1025, 1008},
    {45, "宮崎県", 1009, 977},
    {46, "鹿児島県", 1031, 1013},
    {47, "沖縄県", 944, 944},
};

TEST(SocialRates, EveryPrefectureBothYears) {
  for (const auto& p : kPrefs) {
    // R7 applies 2025-03分 … 2026-02分; R8 from 2026-03分 [SRA][ER][OM][WI].
    for (auto m : {ym(2025, 3), ym(2026, 2)}) {
      auto h = health_rates(lib(), p.jis, m);
      ASSERT_TRUE(h) << p.name;
      EXPECT_EQ(h->health, Rate::percent(p.r7)) << p.name << " " << m.str();
      EXPECT_EQ(h->health_employee, Rate::percent(p.r7) / 2) << p.name;
    }
    for (auto m : {ym(2026, 3), ym(2027, 2)}) {
      auto h = health_rates(lib(), p.jis, m);
      ASSERT_TRUE(h) << p.name;
      EXPECT_EQ(h->health, Rate::percent(p.r8)) << p.name << " " << m.str();
    }
    EXPECT_EQ(parse_prefecture(p.name).value(), p.jis);
    EXPECT_EQ(prefecture_name(p.jis), p.name);
  }
}

TEST(SocialRates, SummaryFactsOfTheTables) {
  // R7 max 佐賀 10.78 / min 沖縄 9.44 [KATS]; R8 max 佐賀 10.55 / min 新潟 9.21 [HOREI];
  // R8: 40 down, 7 unchanged, 0 up [WI].
  Rate max7, min7 = Rate::percent(10000), max8, min8 = Rate::percent(10000);
  int down = 0, same = 0, up = 0;
  for (int j = 1; j <= 47; ++j) {
    auto a = health_rates(lib(), j, ym(2025, 6))->health, b = health_rates(lib(), j, ym(2026, 6))->health;
    max7 = std::max(max7, a), min7 = std::min(min7, a), max8 = std::max(max8, b), min8 = std::min(min8, b);
    (b < a ? down : b == a ? same : up)++;
  }
  EXPECT_EQ(max7, Rate::percent(1078));
  EXPECT_EQ(min7, Rate::percent(944));
  EXPECT_EQ(max8, Rate::percent(1055));
  EXPECT_EQ(min8, Rate::percent(921));
  EXPECT_EQ(down, 40);
  EXPECT_EQ(same, 7);
  EXPECT_EQ(up, 0);
}

TEST(SocialRates, PrefectureSpellings) {
  EXPECT_EQ(parse_prefecture("東京都").value(), 13);
  EXPECT_EQ(parse_prefecture("東京").value(), 13);
  EXPECT_EQ(parse_prefecture("13").value(), 13);
  EXPECT_EQ(parse_prefecture("01").value(), 1);
  EXPECT_EQ(parse_prefecture("北海道").value(), 1);
  EXPECT_EQ(parse_prefecture("大阪").value(), 27);
  EXPECT_EQ(parse_prefecture("京都").value(), 26);
  EXPECT_EQ(parse_prefecture("神奈川").value(), 14);
  EXPECT_FALSE(parse_prefecture("48"));
  EXPECT_FALSE(parse_prefecture("0"));
  EXPECT_FALSE(parse_prefecture("東京府"));
}

TEST(SocialRates, CareSupportPensionChild) {
  // 介護 1.59% (R7, from 2025-03分) / 1.62% (R8, from 2026-03分) [SRA][ER][OM][HOREI].
  EXPECT_EQ(health_rates(lib(), 13, ym(2026, 2))->care, Rate::percent(159));
  EXPECT_EQ(health_rates(lib(), 13, ym(2026, 3))->care, Rate::percent(162));
  // 支援金 0.23% from 2026-04分 only [SCK][HOREI]; none in 2026-03分.
  EXPECT_TRUE(health_rates(lib(), 13, ym(2026, 3))->support.is_zero());
  EXPECT_EQ(health_rates(lib(), 13, ym(2026, 4))->support, Rate::percent(23));
  EXPECT_EQ(health_rates(lib(), 13, ym(2026, 4))->support_employee, Rate(115, 100000));
  // 厚年 18.3% [TOM]; 拠出金 0.36% [WI][JP8].
  EXPECT_EQ(pension_rates(lib(), ym(2025, 4))->pension, Rate::percent(1830));
  EXPECT_EQ(pension_rates(lib(), ym(2026, 12))->child_contribution, Rate::percent(36));
  // Beyond the data (令和9年3月分): refused, not guessed.
  auto r9 = health_rates(lib(), 13, ym(2027, 3));
  ASSERT_FALSE(r9);
  EXPECT_EQ(r9.error().code, ErrorCode::kRuleData);
}

TEST(SocialRates, EmploymentByBusinessAndYear) {
  // §3.1: R7 一般 5.5/9.0, 農林 6.5/10.0, 建設 6.5/11.0 [EI7]; R8 5/8.5, 6/9.5, 6/10.5
  // [EI8][JPEI][shaho-rates-r08.keiri.json koyou].
  using B = model::EmploymentBusiness;
  struct Row { B b; Date d; std::int64_t emp, er; } rows[] = {
      {B::kGeneral, Date(2025, 4, 30), 55, 90},      {B::kAgriculture, Date(2025, 4, 30), 65, 100},
      {B::kConstruction, Date(2026, 3, 31), 65, 110}, {B::kGeneral, Date(2026, 4, 1), 50, 85},
      {B::kAgriculture, Date(2026, 4, 20), 60, 95},   {B::kConstruction, Date(2027, 3, 31), 60, 105}};
  for (const auto& r : rows) {
    auto e = employment_rates(lib(), r.b, r.d);
    ASSERT_TRUE(e) << iso(r.d);
    EXPECT_EQ(e->employee, Rate(r.emp, 10000)) << iso(r.d);
    EXPECT_EQ(e->employer, Rate(r.er, 10000)) << iso(r.d);
    EXPECT_EQ(e->total, Rate(r.emp + r.er, 10000));
  }
}

TEST(SocialRates, KumiaiFileFormat) {
  // The documented 健保組合 format (schemas/rules/social/KUMIAI.md) loads and overrides 協会けんぽ.
  auto k = xml::load_rule_file(resources::rules_dir() + "/social/kumiai-example.xml.sample");
  auto h = health_rates(lib(), 13, ym(2026, 4), &k);
  ASSERT_TRUE(h) << h.error().to_string();
  EXPECT_EQ(h->health, Rate::percent(950));
  EXPECT_EQ(h->health_employee, Rate::percent(420));
  EXPECT_EQ(h->care_employee, Rate::percent(90));           // default: half of 1.8%
  EXPECT_EQ(h->support, Rate::percent(23));                 // national 支援金
  auto outside = health_rates(lib(), 13, ym(2026, 2), &k);  // file starts 2026-03
  ASSERT_FALSE(outside);
  EXPECT_EQ(outside.error().code, ErrorCode::kRuleData);
  // 標準報酬月額 300,000, age 45, 2026-04: employee 4.2% + 0.9% + 0.115% = 5.215% → 15,645.
  auto in = monthly_input(2026, 4, 300'000, Date(1981, 1, 15));
  in.insurer.kumiai = &k;
  auto r = monthly(in);
  EXPECT_EQ(r.health_combined.employee, Yen(15'645));
  EXPECT_EQ(r.health_combined.employer, Yen(300'000 * (950 + 180 + 23) / 10000 - 15'645));
}

}  // namespace
}  // namespace kyuyo::social::test
