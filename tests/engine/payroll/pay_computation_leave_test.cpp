// payroll::compute_pay with the issue 6 (d)/(e) facts, using stand-in figures: the leaves reach the
// premium query, an exempt month becomes a payslip remark; 住民税 on a leaver's last pay (lump sum
// line and remark, 普通徴収 transfer) and the refusal of a 一括徴収 request outside a last pay.
#include <gtest/gtest.h>

#include "kyuyo/payroll/pay_computation.hpp"

using namespace kyuyo;
using namespace kyuyo::payroll;

namespace {
class Stub : public PremiumCalculator, public WithholdingCalculator {
 public:
  Result<PremiumFigures> monthly(const MonthlyPremiumQuery& q) const override {
    seen_leaves = q.leaves.size();
    PremiumFigures f;
    if (!q.leaves.empty()) {
      f.exempt_by_leave = q.leaves[0].kind;  // the social engine decides; stand-in: exempt
      f.lines = {{"employment", "雇用保険料", 500_yen}};
    } else {
      f.lines = {{"health", "健康保険料", 10000_yen}, {"employment", "雇用保険料", 500_yen}};
      f.social_insurance = 10000_yen;
    }
    f.employment = 500_yen;
    return f;
  }
  Result<PremiumFigures> bonus(const BonusPremiumQuery&) const override { return PremiumFigures{}; }
  Result<StandardAmounts> standard_for(Yen r, const YearMonth&) const override { return StandardAmounts{r, r}; }
  Result<TaxFigure> monthly(const MonthlyTaxQuery&) const override { return TaxFigure{2000_yen, {}}; }
  Result<TaxFigure> bonus(const BonusTaxQuery&) const override { return TaxFigure{}; }
  mutable std::size_t seen_leaves = 0;
};

struct Case {
  model::Employer er;
  model::Employee ee;
  PayInput in;
  PayContext ctx;
  Stub s;
  Case(int y, int m) {
    ee.code = "K1";
    ee.family_name = "木村";
    ee.given_name = "一";
    in.period = {y, m};
    in.payment_date = Date(y, m, 25);
    in.items = {{"base", 100000_yen}};
    ctx.employer = &er;
    ctx.employee = &ee;
    // 令和8年度 25,000 = 6月 3,000 + 11 × 2,000.
    ctx.resident_notice = ResidentTaxNotice{2026, "131016", "千代田区", 25000_yen, 3000_yen, 2000_yen};
  }
  Result<PayslipResult> run() { return compute_pay(in, ctx, s, s); }
};
}  // namespace

TEST(PayComputationLeave, ExemptMonthIsARemarkAndEmploymentInsuranceStays) {
  Case c(2026, 7);
  c.ctx.leaves = {{LeaveKind::kChildcare, Date(2026, 6, 1), Date(2026, 6, 14)}};
  auto r = c.run();
  ASSERT_TRUE(r.has_value()) << r.error().to_string();
  EXPECT_EQ(c.s.seen_leaves, 1u);
  EXPECT_EQ(r->social_insurance, 0_yen);
  EXPECT_EQ(r->employment_insurance, 500_yen);
  ASSERT_EQ(r->remarks.size(), 1u);
  EXPECT_EQ(r->remarks[0], "育休免除 (2026-06分 健保・厚年 0円)");  // 翌月徴収: the July pay, June premium
}

TEST(PayComputationLeave, LastPayOfALeaverWithARequestTakesTheRest) {
  // 退職 2026-08-31, pay 2026-08-25: August 2,000 + September〜May 9 × 2,000 = 18,000 lump.
  // Available 100,000 − 社保 10,000 − 雇用 500 − 所得税 2,000 = 87,500 covers 20,000.
  // 差引 87,500 − 20,000 = 67,500.
  Case c(2026, 8);
  c.ee.leave_date = Date(2026, 8, 31);
  c.ctx.resident_lump_requested = true;
  auto r = c.run();
  ASSERT_TRUE(r.has_value()) << r.error().to_string();
  EXPECT_EQ(r->resident_tax, 20000_yen);
  EXPECT_EQ(r->net, 67500_yen);
  bool lump = false;
  for (const auto& l : r->lines) lump = lump || (l.code == "resident_tax_lump" && l.amount == 18000_yen);
  EXPECT_TRUE(lump);
  EXPECT_EQ(r->remarks.at(0), "住民税一括徴収 18,000円 (退職 2026-08-31)");
  EXPECT_FALSE(r->resident_transfer.has_value());
  // Without the request: 2,000 now, 18,000 → 普通徴収; 特別徴収済額 25,000 − 18,000 = 7,000.
  c.ctx.resident_lump_requested = false;
  r = c.run();
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->resident_tax, 2000_yen);
  ASSERT_TRUE(r->resident_transfer.has_value());
  EXPECT_EQ(r->resident_transfer->remaining, 18000_yen);
  EXPECT_EQ(r->resident_transfer->collected, 7000_yen);
  EXPECT_EQ(r->resident_transfer->municipality_code, "131016");
}

TEST(PayComputationLeave, ARequestOutsideALeaversLastPayIsRefused) {
  Case c(2026, 8);
  c.ctx.resident_lump_requested = true;  // no 退職日
  auto r = c.run();
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().where.find("住民税一括徴収"), std::string::npos) << r.error().to_string();
  c.ee.leave_date = Date(2026, 9, 30);  // leaves next month: August is not the last pay
  r = c.run();
  ASSERT_FALSE(r.has_value());
}
