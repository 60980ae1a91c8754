// 月額表 甲欄 0–7 and 乙欄, 令和7年分 (= 令和2年分 table) and 令和8年分, through the engine.
// Sources: the reference extractions of the NTA tables in ../shared/reference/data —
//   withholding-monthly-r08.keiri.json (fiestared/keiri-tools, from NTA
//   zeigakuhyo2026/data/01-07.pdf; ref S1), withholding-monthly-2026-01-01.renjaku.yaml and
//   withholding-monthly-2020-01-01.renjaku.yaml (renjaku/opendata; ref S2) — read at test time,
//   every cell checked at both edges of its row (lower and upper − 1 yen, i.e. both sides of every
//   row edge), every 計算式 segment at its start, inside and at its end; and the same loops over
//   the committed rule data XML. Sample values: withholding-and-year-end.md §1(a) table "Sample
//   甲欄 values"; 7人超 / 乙欄 rules: 月額表 備考1(3), 備考2.
#include <gtest/gtest.h>

#include "withholding_fixture.hpp"

namespace kyuyo::withholding::test {
namespace {

std::int64_t open_probe(std::int64_t lower) {
  return lower + 1'234'567;
}  // inside an open-ended segment

// Checks a renjaku 月額表 file against the engine for a payment date in its year. Returns cells
// checked.
int check_renjaku(const std::string& path, Date d) {
  auto ref = read_renjaku_monthly(path);
  int cells = 0;
  EXPECT_GT(ref.kou.size(), 200u) << path;
  for (std::size_t i = 0; i < ref.kou.size(); ++i) {
    const auto& r = ref.kou[i];
    EXPECT_EQ(r.amounts.size(), 8u) << path << " row " << r.lower;
    std::int64_t upper = i + 1 < ref.kou.size() ? ref.kou[i + 1].lower : -1;
    for (int n = 0; n < 8; ++n) {
      if (!r.rate) {
        EXPECT_EQ(tax(d, r.lower, n), r.amounts[n]) << path << " 甲 A=" << r.lower << " n=" << n;
        EXPECT_EQ(tax(d, upper - 1, n), r.amounts[n])
            << path << " 甲 A=" << upper - 1 << " n=" << n;
      } else {
        Frac f = frac(*r.rate);
        std::int64_t end = upper < 0 ? open_probe(r.lower) : upper - 1;
        std::int64_t mid = (r.lower + end) / 2;
        for (std::int64_t a : {r.lower, mid, end})
          EXPECT_EQ(tax(d, a, n), r.amounts[n] + floor_mul(a - r.lower, f))
              << path << " 甲計算式 A=" << a << " n=" << n;
      }
      ++cells;
    }
  }
  for (std::size_t i = 0; i < ref.otsu.size(); ++i) {
    const auto& r = ref.otsu[i];
    std::int64_t upper = i + 1 < ref.otsu.size() ? ref.otsu[i + 1].lower : -1;
    std::int64_t end = upper < 0 ? open_probe(r.lower) : upper - 1;
    Frac f = r.rate ? frac(*r.rate) : Frac{0, 1};
    for (std::int64_t a : {r.lower, (r.lower + end) / 2, end})
      EXPECT_EQ(tax(d, a, 0, TaxColumn::kOtsu), r.amounts.at(0) + floor_mul(a - r.lower, f))
          << path << " 乙 A=" << a;
    ++cells;
  }
  return cells;
}

TEST(WithholdingMonthlyTable, Reiwa7EveryCellMatchesRenjakuExtraction) {
  WH_REQUIRE_SHARED(dir);
  int cells = check_renjaku(dir + "/withholding-monthly-2020-01-01.renjaku.yaml", d2025());
  EXPECT_EQ(cells, 254 * 8 + 248);  // 甲 254 rows incl. zero band and 10 segments; 乙 248 rows
}

TEST(WithholdingMonthlyTable, Reiwa8EveryCellMatchesRenjakuExtraction) {
  WH_REQUIRE_SHARED(dir);
  int cells = check_renjaku(dir + "/withholding-monthly-2026-01-01.renjaku.yaml", d2026());
  EXPECT_EQ(cells, 241 * 8 + 234);
}

TEST(WithholdingMonthlyTable, Reiwa8EveryCellMatchesKeiriExtraction) {
  WH_REQUIRE_SHARED(dir);
  auto j = read_json(dir + "/withholding-monthly-r08.keiri.json");
  const Date d = d2026();
  int rows = 0;
  std::int64_t first = -1;
  for (const auto& [_, row] : j.get_child("rows")) {
    std::int64_t lo = row.get<std::int64_t>("min"), hi = row.get<std::int64_t>("max");
    if (first < 0) first = lo;
    int n = 0;
    for (const auto& [__, cell] : row.get_child("kou")) {
      std::int64_t v = cell.get_value<std::int64_t>();
      EXPECT_EQ(tax(d, lo, n), v) << "甲 A=" << lo << " n=" << n;
      EXPECT_EQ(tax(d, hi - 1, n), v) << "甲 A=" << hi - 1 << " n=" << n;
      ++n;
    }
    EXPECT_EQ(n, 8);
    std::int64_t o = row.get<std::int64_t>("otsu");
    EXPECT_EQ(tax(d, lo, 0, TaxColumn::kOtsu), o) << "乙 A=" << lo;
    EXPECT_EQ(tax(d, hi - 1, 0, TaxColumn::kOtsu), o) << "乙 A=" << hi - 1;
    ++rows;
  }
  EXPECT_EQ(rows, 231);  // ref §1(a): 231 rows in all
  // Below the first row: 甲 0, 乙 A × 3.063% (otsuLowRate), 1円未満切捨て.
  Frac low = frac(j.get<std::string>("otsuLowRate"));
  for (std::int64_t a : {0L, 1L, 50'000L, first - 1}) {
    for (int n = 0; n < 8; ++n) EXPECT_EQ(tax(d, a, n), 0) << a;
    EXPECT_EQ(tax(d, a, 0, TaxColumn::kOtsu), floor_mul(a, low)) << a;
  }
  for (const auto& [_, s] : j.get_child("kouSegments")) {
    std::int64_t from = s.get<std::int64_t>("from");
    auto upto = s.get_optional<std::int64_t>("upto");
    std::int64_t end = upto ? *upto - 1 : open_probe(from);
    Frac f = frac(s.get<std::string>("rate"));
    int n = 0;
    for (const auto& [__, b] : s.get_child("baseTax")) {
      std::int64_t base = b.get_value<std::int64_t>();
      for (std::int64_t a : {from, from + 7'777, end})
        EXPECT_EQ(tax(d, a, n), base + floor_mul(a - from, f)) << "甲計算式 A=" << a << " n=" << n;
      ++n;
    }
  }
  for (const auto& [_, s] : j.get_child("otsuSegments")) {
    std::int64_t from = s.get<std::int64_t>("from");
    Frac f = frac(s.get<std::string>("rate"));
    for (std::int64_t a : {from, from + 7'777, from + 900'001})
      EXPECT_EQ(tax(d, a, 0, TaxColumn::kOtsu),
                s.get<std::int64_t>("base") + floor_mul(a - from, f))
          << "乙計算式 A=" << a;
  }
}

// The committed rule data, row by row (both edges of each row, every column).
TEST(WithholdingMonthlyTable, EveryCellOfTheGeneratedXml) {
  for (auto [file, d] : {std::pair{"monthly-2020-01-01.xml", d2025()},
                         std::pair{"monthly-2026-01-01.xml", d2026()}}) {
    auto f = xml::load_rule_file(resources::rules_dir() + "/withholding/" + file);
    const auto& kou = f.table("kou");
    for (std::size_t i = 0; i < kou.rows.size(); ++i) {
      std::int64_t lo = kou.yen(i, "lower").value();
      std::int64_t end = kou.is_null(i, "upper") ? open_probe(lo) : kou.yen(i, "upper").value() - 1;
      for (int n = 0; n < 8; ++n) {
        std::int64_t base = kou.yen(i, "d" + std::to_string(n)).value();
        if (kou.is_null(i, "rate")) {
          EXPECT_EQ(tax(d, lo, n), base) << kou.where(i);
          EXPECT_EQ(tax(d, end, n), base) << kou.where(i);
        } else {
          EXPECT_EQ(tax(d, lo, n), base) << kou.where(i);
          EXPECT_GT(tax(d, end, n), base) << kou.where(i);
        }
      }
    }
    const auto& otsu = f.table("otsu");
    for (std::size_t i = 0; i < otsu.rows.size(); ++i) {
      std::int64_t lo = otsu.yen(i, "lower").value();
      EXPECT_EQ(tax(d, lo, 0, TaxColumn::kOtsu), otsu.yen(i, "tax").value()) << otsu.where(i);
      if (otsu.is_null(i, "rate"))
        EXPECT_EQ(tax(d, otsu.yen(i, "upper").value() - 1, 0, TaxColumn::kOtsu),
                  otsu.yen(i, "tax").value())
            << otsu.where(i);
    }
  }
}

// withholding-and-year-end.md §1(a) "Sample 甲欄 values" (S2; R8 x-checked with S1).
TEST(WithholdingMonthlyTable, PublishedSampleValues) {
  struct S {
    std::int64_t a;
    std::vector<std::int64_t> r7, r8;
    std::int64_t otsu7, otsu8;
  };
  const std::vector<S> samples = {
      {200'000,
       {4770, 3140, 1530, 0, 0, 0, 0, 0},
       {4340, 2730, 1100, 0, 0, 0, 0, 0},
       20'900,
       19'700},
      {300'000,
       {8420, 6740, 5130, 3510, 1890, 280, 0, 0},
       {7930, 6320, 4700, 3080, 1470, 0, 0, 0},
       53'700,
       53'600},
      {500'000,
       {29890, 23430, 18370, 15140, 11900, 8670, 6870, 5250},
       {28190, 21730, 17520, 14280, 11060, 8060, 6440, 4830},
       146'800,
       145'700},
  };
  for (const auto& s : samples) {
    for (int n = 0; n < 8; ++n) {
      EXPECT_EQ(tax(d2025(), s.a, n), s.r7[n]) << s.a << " n=" << n;
      EXPECT_EQ(tax(d2026(), s.a, n), s.r8[n]) << s.a << " n=" << n;
    }
    EXPECT_EQ(tax(d2025(), s.a, 0, TaxColumn::kOtsu), s.otsu7);
    EXPECT_EQ(tax(d2026(), s.a, 0, TaxColumn::kOtsu), s.otsu8);
  }
  EXPECT_EQ(tax(d2025(), 105'000, 0), 1030);
  EXPECT_EQ(tax(d2026(), 105'000, 0), 170);
  EXPECT_EQ(tax(d2025(), 105'000, 0, TaxColumn::kOtsu), 3800);
  EXPECT_EQ(tax(d2026(), 105'000, 0, TaxColumn::kOtsu), 3800);
  // 1,000,000 (計算式 segment 950,000/960,000 at 33.693%)
  EXPECT_EQ(tax(d2025(), 1'000'000, 0), 138'326);
  EXPECT_EQ(tax(d2025(), 1'000'000, 7), 93'056);
  EXPECT_EQ(tax(d2025(), 1'000'000, 0, TaxColumn::kOtsu), 365'984);
  EXPECT_EQ(tax(d2026(), 1'000'000, 0), 135'297);
  EXPECT_EQ(tax(d2026(), 1'000'000, 7), 90'017);
  EXPECT_EQ(tax(d2026(), 1'000'000, 0, TaxColumn::kOtsu), 365'384);
}

// Zero band and 乙欄 3.063% band edges (ref §1(a): 甲 A < 88,000 / 105,000 → 0; 乙 A × 3.063%).
TEST(WithholdingMonthlyTable, ZeroBandAndOtsuLowBandEdges) {
  EXPECT_EQ(tax(d2025(), 87'999, 0), 0);
  EXPECT_EQ(tax(d2025(), 88'000, 0), 130);
  EXPECT_EQ(tax(d2026(), 104'999, 0), 0);
  EXPECT_EQ(tax(d2026(), 105'000, 0), 170);
  EXPECT_EQ(tax(d2025(), 87'999, 0, TaxColumn::kOtsu), 2'695);   // 87,999 × 3.063% = 2,695.40…
  EXPECT_EQ(tax(d2026(), 104'999, 0, TaxColumn::kOtsu), 3'216);  // 104,999 × 3.063% = 3,216.11…
  EXPECT_EQ(tax(d2026(), 0, 0, TaxColumn::kOtsu), 0);
}

// 計算式 segments from 740,000 (ref §1(a) starts/rates; 775,200/3 is the denshi_01.pdf example,
// S3).
TEST(WithholdingMonthlyTable, FormulaSegments) {
  EXPECT_EQ(tax(d2026(), 775'200, 3), 59'477);           // 52,290 + 35,200 × 20.42% = 59,477.84
  EXPECT_EQ(tax(d2026(), 739'999, 0), 71'380);           // last table row 737,000–740,000
  EXPECT_EQ(tax(d2026(), 740'000, 0), 71'680);           // segment start
  EXPECT_EQ(tax(d2026(), 789'999, 0), 71'680 + 10'209);  // 49,999 × 20.42% = 10,209.79
  EXPECT_EQ(tax(d2026(), 790'000, 0), 81'890);           // next segment (23.483%) start tax
  EXPECT_EQ(tax(d2025(), 779'999, 0),
            73'390 + 8'167);  // R7: 20.42% up to 780,000 (39,999 × 20.42% = 8,167.79)
  EXPECT_EQ(tax(d2025(), 780'000, 0) > 73'390 + 8'167, true);
  EXPECT_EQ(tax(d2026(), 3'500'000, 7), 1'080'000);
  EXPECT_EQ(tax(d2026(), 4'000'000, 0), 1'125'270 + 229'725);  // 500,000 × 45.945%
  EXPECT_EQ(tax(d2026(), 740'000, 0, TaxColumn::kOtsu), 259'200);
  EXPECT_EQ(tax(d2026(), 1'710'000, 0, TaxColumn::kOtsu), 655'400);
  EXPECT_EQ(tax(d2025(), 1'700'000, 0, TaxColumn::kOtsu), 651'900);
}

// 月額表 備考1(3): more than 7 → 7人の税額 − 1,610 per extra person (ref §1(a); S1, S2, S6).
TEST(WithholdingMonthlyTable, MoreThanSevenDependents) {
  EXPECT_EQ(tax(d2026(), 446'000, 7), 2'620);
  EXPECT_EQ(tax(d2026(), 446'000, 8), 1'010);  // denshi_01.pdf 計算例2 table value (S3)
  EXPECT_EQ(tax(d2026(), 446'000, 9), 0);      // 2,620 − 3,220 < 0 → 0
  EXPECT_EQ(tax(d2026(), 1'000'000, 9), 90'017 - 2 * 1'610);
  EXPECT_EQ(tax(d2025(), 500'000, 10), 5'250 - 3 * 1'610);
  EXPECT_EQ(tax(d2025(), 775'200, 12), tax(d2025(), 775'200, 7) - 5 * 1'610);
}

// 月額表 備考2: 乙欄 with a 従たる給与についての扶養控除等申告書 — 1,610 per declared person (S3
// otsuTax).
TEST(WithholdingMonthlyTable, OtsuDeclaredPersons) {
  EXPECT_EQ(tax(d2026(), 300'000, 2, TaxColumn::kOtsu), 53'600 - 3'220);
  EXPECT_EQ(tax(d2025(), 300'000, 1, TaxColumn::kOtsu), 53'700 - 1'610);
  EXPECT_EQ(tax(d2026(), 100'000, 2, TaxColumn::kOtsu), 0);  // 3,063 − 3,220 < 0 → 0
}

// The table is chosen by 支払日: 2025-12-31 uses 令和7年分, 2026-01-01 令和8年分; no data →
// kRuleData.
TEST(WithholdingMonthlyTable, YearChosenByPaymentDate) {
  EXPECT_EQ(tax(Date(2025, 12, 31), 200'000, 0), 4'770);
  EXPECT_EQ(tax(Date(2026, 1, 1), 200'000, 0), 4'340);
  auto r = engine().monthly({Date(2027, 1, 5), Yen(200'000), 0}, false);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kRuleData);
  EXPECT_NE(r.error().message.find("2027-01-05"), std::string::npos) << r.error().message;
  EXPECT_FALSE(engine().monthly({Date(2019, 12, 31), Yen(200'000), 0}, false));
}

TEST(WithholdingMonthlyTable, RefusesDailyTableAndBadInput) {
  auto daily = engine().monthly(
      {d2026(), Yen(10'000), 0, TaxColumn::kKou, WithholdingMethod::kTable, PayPeriod::kDaily});
  ASSERT_FALSE(daily);
  EXPECT_EQ(daily.error().code, ErrorCode::kUnsupported);
  EXPECT_NE(daily.error().message.find("日額表"), std::string::npos);
  auto neg = engine().monthly({d2026(), Yen(-1), 0});
  ASSERT_FALSE(neg);
  EXPECT_EQ(neg.error().code, ErrorCode::kInvalidInput);
  EXPECT_FALSE(engine().monthly({d2026(), Yen(100'000), -1}));
}

TEST(WithholdingMonthlyTable, ExplainCitesRuleFileAndRounding) {
  auto r = engine().monthly({d2026(), Yen(775'200), 3});
  ASSERT_TRUE(r);
  std::string all;
  for (auto& s : r->trace) all += s + "\n";
  EXPECT_NE(all.find("schemas/rules/withholding/monthly-2026-01-01.xml"), std::string::npos) << all;
  EXPECT_NE(all.find("20.42%"), std::string::npos) << all;
  EXPECT_NE(all.find("1円未満切捨て"), std::string::npos) << all;
  EXPECT_NE(all.find("59,477"), std::string::npos) << all;
}

// The free function gives the same figure as the Engine.
TEST(WithholdingMonthlyTable, FreeFunctionMatchesEngine) {
  auto r = monthly_tax(wh_rules(), d2026(), Yen(446'000), 8);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->tax, Yen(1'010));
}

}  // namespace
}  // namespace kyuyo::withholding::test
