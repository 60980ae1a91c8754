// 給与所得控除後の給与等の金額 (⑨, 所得税法 別表第五 and 28条3項) and 所得金額調整控除 (⑩).
// Expected values: shared/reference/withholding-and-year-end.md §2.1 checkpoints (S12, S9),
// §3.3 (『年末調整のしかた』 small examples, R7 pp.36-38 as cited by S15), §3.5 (S15, S12), and
// rows of the NTA tables as extracted by S10 (令和8年分 pp.47-54) and S11 (令和7年分 114.pdf pp.47-54).
#include <gtest/gtest.h>

#include "yearend_fixture.hpp"

namespace kyuyo::yearend {
namespace {
using test::rules_for;

Yen ei(int year, std::int64_t salary) { return employment_income(rules_for(year), Yen(salary)); }

TEST(YearEndEmploymentIncome, Reiwa7Checkpoints) {
  // ref §2.1 R7 checkpoints (S12): below 651,000 nothing; linear x − 650,000 up to 1,899,999.
  EXPECT_EQ(ei(2025, 0), Yen(0));
  EXPECT_EQ(ei(2025, 650'999), Yen(0));
  EXPECT_EQ(ei(2025, 651'000), Yen(1'000));
  EXPECT_EQ(ei(2025, 1'899'999), Yen(1'249'999));
  EXPECT_EQ(ei(2025, 1'900'000), Yen(1'250'000));
  // 令和7年分 table rows (S11 extraction of 114.pdf): [1,900,000, 1,904,000) → 1,250,000; [1,904,000, …) → 1,252,800
  EXPECT_EQ(ei(2025, 1'903'999), Yen(1'250'000));
  EXPECT_EQ(ei(2025, 1'904'000), Yen(1'252'800));
  // The R7 table has the 4,000-yen rows in 2,191,000–2,200,000 where R8 has its special rows (S11: 2,192,000 → 1,454,400).
  EXPECT_EQ(ei(2025, 2'192'000), Yen(1'454'400));
  EXPECT_EQ(ei(2025, 2'199'999), Yen(1'457'200));
}

TEST(YearEndEmploymentIncome, Reiwa8Checkpoints) {
  // ref §2.1 R8 checkpoints (S9, S12) and §3.5 (S15)
  EXPECT_EQ(ei(2026, 740'999), Yen(0));
  EXPECT_EQ(ei(2026, 741'000), Yen(1'000));
  EXPECT_EQ(ei(2026, 1'360'000), Yen(620'000));
  EXPECT_EQ(ei(2026, 1'970'000), Yen(1'230'000));
  EXPECT_EQ(ei(2026, 2'060'000), Yen(1'320'000));
  EXPECT_EQ(ei(2026, 2'070'000), Yen(1'330'000));
  EXPECT_EQ(ei(2026, 2'190'999), Yen(1'450'999));
  EXPECT_EQ(ei(2026, 2'200'000), Yen(1'460'000));
  EXPECT_EQ(ei(2026, 6'599'999), Yen(4'836'800));
  EXPECT_EQ(ei(2026, 6'600'000), Yen(4'840'000));
  EXPECT_EQ(ei(2026, 7'654'321), Yen(5'788'888));  // also §3.3 (しかた small example)
  EXPECT_EQ(ei(2026, 8'970'000), Yen(7'020'000));
  EXPECT_EQ(ei(2026, 20'000'000), Yen(18'050'000));
}

TEST(YearEndEmploymentIncome, Reiwa8SpecialRows) {
  // 措法29条の4第2項: the three rows between 2,191,000 and 2,200,000 (ref §2.1; S7, S10, S12)
  EXPECT_EQ(ei(2026, 2'191'000), Yen(1'451'000));
  EXPECT_EQ(ei(2026, 2'192'999), Yen(1'451'000));
  EXPECT_EQ(ei(2026, 2'193'000), Yen(1'453'000));
  EXPECT_EQ(ei(2026, 2'195'999), Yen(1'453'000));
  EXPECT_EQ(ei(2026, 2'196'000), Yen(1'456'000));
  EXPECT_EQ(ei(2026, 2'199'999), Yen(1'456'000));
  EXPECT_EQ(ei(2026, 2'204'000), Yen(1'462'800));  // S10 row [2,204,000, 2,208,000) → 1,462,800
}

TEST(YearEndEmploymentIncome, FormulaSwitchAt3600000BothYears) {
  // 4,000-yen rows: A×70%−80,000 below 3,600,000, A×80%−440,000 from it (S10 rows
  // [3,596,000, 3,600,000) → 2,437,200 and [3,600,000, 3,604,000) → 2,440,000; same in S11 for R7).
  for (int y : {2025, 2026}) {
    EXPECT_EQ(ei(y, 3'599'999), Yen(2'437'200)) << y;
    EXPECT_EQ(ei(y, 3'600'000), Yen(2'440'000)) << y;
    EXPECT_EQ(ei(y, 3'603'999), Yen(2'440'000)) << y;
  }
}

TEST(YearEndEmploymentIncome, AboveTheTableBothYears) {
  // 所得税法28条3項: 660万超850万以下 ×90%−1,100,000 (1円未満切捨て), 850万超 −1,950,000 (ref §2.1)
  for (int y : {2025, 2026}) {
    EXPECT_EQ(ei(y, 6'600'001), Yen(4'840'000)) << y;  // floor(5,940,000.9) − 1,100,000
    EXPECT_EQ(ei(y, 8'499'999), Yen(6'549'999)) << y;  // floor(7,649,999.1) − 1,100,000
    EXPECT_EQ(ei(y, 8'500'000), Yen(6'550'000)) << y;
    EXPECT_EQ(ei(y, 8'500'001), Yen(6'550'001)) << y;
  }
}

TEST(YearEndEmploymentIncome, TableIsContiguousAndMonotonic) {
  // The generated rows must cover [0, 6,600,000) without gaps, and never decrease.
  for (int y : {2025, 2026}) {
    const auto& t = rules_for(y).table5.table("table5");
    Yen prev_hi(0);
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
      EXPECT_EQ(t.yen(i, "lower"), prev_hi) << t.where(i);
      prev_hi = t.yen(i, "upper");
    }
    EXPECT_EQ(prev_hi, Yen(6'600'000));
    Yen last(0);
    for (std::int64_t x = 0; x <= 6'700'000; x += 1'000) {
      Yen v = ei(y, x);
      EXPECT_GE(v, last) << y << " " << x;
      last = v;
    }
  }
}

TEST(YearEndIncomeAdjustment, BoundariesBothYears) {
  // 措法41条の3の11第1項, ref §2.2: (min(収入, 1,000万) − 850万) × 10%, 1円未満切上げ, max 150,000.
  for (int y : {2025, 2026}) {
    auto r = rules_for(y);
    EXPECT_EQ(income_adjustment(r, Yen(8'765'432), true), Yen(26'544)) << y;  // §3.3 しかた example
    EXPECT_EQ(income_adjustment(r, Yen(8'500'000), true), Yen(0)) << y;
    EXPECT_EQ(income_adjustment(r, Yen(8'500'001), true), Yen(1)) << y;  // 0.1 rounded up
    EXPECT_EQ(income_adjustment(r, Yen(9'999'999), true), Yen(150'000)) << y;  // 149,999.9 rounded up
    EXPECT_EQ(income_adjustment(r, Yen(10'000'000), true), Yen(150'000)) << y;
    EXPECT_EQ(income_adjustment(r, Yen(20'000'000), true), Yen(150'000)) << y;
    EXPECT_EQ(income_adjustment(r, Yen(9'000'000), false), Yen(0)) << y;  // no qualifying person
  }
}

TEST(YearEndRules, NoRuleDataFor2027MeansAClearError) {
  // Adding 2027 must mean adding a file: without it the lookup fails naming the rule set and date.
  try {
    rules_for(2027);
    FAIL() << "expected no rule data for 2027";
  } catch (const KyuyoError& e) {
    EXPECT_EQ(e.error().code, ErrorCode::kRuleData);
    EXPECT_NE(std::string(e.what()).find("2027-01-01"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace kyuyo::yearend
