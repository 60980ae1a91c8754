// 通勤手当の非課税限度額 through the rule files schemas/rules/payroll/commute-*.xml.
// Sources: 国税庁 タックスアンサー No.2582; 国税庁 「通勤手当の非課税限度額の改正について」
// (https://www.nta.go.jp/users/gensen/2025tsukin/index.htm, 改正前/改正後); 令和8年度税制改正大綱 (財務省)
// for the 2026-04 bands (see the rule file's note: secondary source).
#include "kyuyo/payroll/commute_allowance.hpp"

#include <gtest/gtest.h>

#include "kyuyo/adapters/xml/rule_loader.hpp"

using namespace kyuyo;
using payroll::split_commute_allowance;

namespace {
const rules::RuleFile& at(int y, int m, int d) {
  return xml::default_rule_library().at("payroll.commute", Date(y, m, d));
}
payroll::CommuteResult car(Yen paid, int metres, const rules::RuleFile& r, Yen parking = Yen()) {
  return split_commute_allowance({Yen(), paid, metres, parking}, r);
}
}  // namespace

TEST(CommuteAllowance, CarBandsBeforeAndAfterThe2025Revision) {
  // 10km以上15km未満: 7,100円 (改正前, paid 2025-03-25) → 7,300円 (改正後, 令和7年4月1日以後).
  EXPECT_EQ(car(10000_yen, 12500, at(2025, 3, 25)).non_taxable, 7100_yen);
  EXPECT_EQ(car(10000_yen, 12500, at(2025, 4, 25)).non_taxable, 7300_yen);
  EXPECT_EQ(car(10000_yen, 12500, at(2025, 4, 25)).taxable, 2700_yen);
  // 55km以上: 31,600円 → 38,700円.
  EXPECT_EQ(car(50000_yen, 60000, at(2025, 1, 24)).non_taxable, 31600_yen);
  EXPECT_EQ(car(50000_yen, 60000, at(2025, 12, 25)).non_taxable, 38700_yen);
  // 25km以上35km未満 19,700 (改正後); 45km以上55km未満 32,300.
  EXPECT_EQ(car(22000_yen, 30000, at(2026, 1, 23)).non_taxable, 19700_yen);
  EXPECT_EQ(car(40000_yen, 54999, at(2026, 1, 23)).non_taxable, 32300_yen);
}

TEST(CommuteAllowance, BandEdgesAreInclusiveBelowExclusiveAbove) {
  const auto& r = at(2026, 1, 23);
  EXPECT_EQ(car(9000_yen, 1999, r).non_taxable, 0_yen);  // 2km未満: 全額課税
  EXPECT_EQ(car(9000_yen, 1999, r).taxable, 9000_yen);
  EXPECT_EQ(car(9000_yen, 2000, r).non_taxable, 4200_yen);   // 2km以上10km未満
  EXPECT_EQ(car(9000_yen, 9999, r).non_taxable, 4200_yen);
  EXPECT_EQ(car(9000_yen, 10000, r).non_taxable, 7300_yen);  // 10km以上
  EXPECT_EQ(car(3000_yen, 10000, r).non_taxable, 3000_yen);  // never more than paid
}

TEST(CommuteAllowance, From2026AprilLongDistanceBandsAndParking) {
  // 令和8年度改正: 65km以上75km未満 45,700; 95km以上 66,400; until March 2026 55km以上 is 38,700.
  EXPECT_EQ(car(70000_yen, 70000, at(2026, 3, 25)).non_taxable, 38700_yen);
  EXPECT_EQ(car(70000_yen, 70000, at(2026, 4, 24)).non_taxable, 45700_yen);
  EXPECT_EQ(car(70000_yen, 100000, at(2026, 4, 24)).non_taxable, 66400_yen);
  // 駐車場等の料金: up to 5,000円 added from April 2026 only. 8km: 4,200 + min(6,000, 5,000).
  EXPECT_EQ(car(12000_yen, 8000, at(2026, 3, 25), 6000_yen).non_taxable, 4200_yen);
  EXPECT_EQ(car(12000_yen, 8000, at(2026, 4, 24), 6000_yen).non_taxable, 9200_yen);
  EXPECT_EQ(car(12000_yen, 8000, at(2026, 4, 24), 6000_yen).taxable, 2800_yen);
}

TEST(CommuteAllowance, PublicTransportAndCombinedCap) {
  const auto& r = at(2026, 5, 25);
  // 交通機関: the fare paid, up to 150,000円 a month.
  auto t = split_commute_allowance({160000_yen, Yen(), 0, Yen()}, r);
  EXPECT_EQ(t.non_taxable, 150000_yen);
  EXPECT_EQ(t.taxable, 10000_yen);
  // 併用: fare + distance limit, together at most 150,000円.
  auto both = split_commute_allowance({145000_yen, 20000_yen, 30000, Yen()}, r);
  EXPECT_EQ(both.non_taxable, 150000_yen);
  EXPECT_EQ(both.taxable, 15000_yen);
  auto small = split_commute_allowance({12000_yen, 5000_yen, 3000, Yen()}, r);
  EXPECT_EQ(small.non_taxable, 16200_yen);  // 12,000 + 4,200
}
