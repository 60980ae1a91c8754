// payroll::compute_pay with fixed stand-in figures: what is paid, taxable, deducted and paid in
// cash (現物給与 is pay but not cash; 非課税 items are outside 課税支給額 and the 報酬;
// deductions come after tax), and the premium month under 翌月徴収/当月徴収 (健康保険法167条1項).
#include "kyuyo/payroll/pay_computation.hpp"

#include <gtest/gtest.h>

#include "kyuyo/adapters/xml/rule_loader.hpp"

using namespace kyuyo;
using namespace kyuyo::payroll;

namespace {
class Stub : public PremiumCalculator, public WithholdingCalculator {
 public:
  Result<PremiumFigures> monthly(const MonthlyPremiumQuery& q) const override {
    seen_wages = q.wages_paid;
    seen_month = q.premium_month;
    PremiumFigures f;
    f.lines = {{"health", "健康保険料", 10000_yen}, {"pension", "厚生年金保険料", 20000_yen},
               {"employment", "雇用保険料", 1000_yen}};
    f.social_insurance = 30000_yen;
    f.employment = 1000_yen;
    return f;
  }
  Result<PremiumFigures> bonus(const BonusPremiumQuery&) const override { return PremiumFigures{}; }
  Result<StandardAmounts> standard_for(Yen r, const YearMonth&) const override { return StandardAmounts{r, r}; }
  Result<TaxFigure> monthly(const MonthlyTaxQuery& q) const override {
    seen_a = q.amount_after_social;
    return TaxFigure{5000_yen, {}};
  }
  Result<TaxFigure> bonus(const BonusTaxQuery&) const override { return TaxFigure{}; }
  mutable Yen seen_wages, seen_a;
  mutable YearMonth seen_month;
};
}  // namespace

TEST(PayComputation, InKindIsPayButNotCashAndNonTaxableItemsAreOutsideTaxAndRemuneration) {
  model::Employer er;
  model::Employee ee;
  ee.code = "X1";
  PayInput in;
  in.period = {2026, 5};
  in.payment_date = Date(2026, 5, 25);
  in.items = {{"base", 300000_yen},        {"in_kind", 20000_yen},          {"nontaxable:出張日当", 6000_yen},
              {"commute_transit", 9000_yen}, {"deduction:社宅家賃", 15000_yen}, {"union_dues", 1000_yen}};
  PayContext ctx;
  ctx.employer = &er;
  ctx.employee = &ee;
  ctx.commute_rules = &xml::default_rule_library().at("payroll.commute", in.payment_date);
  ctx.resident_notice = ResidentTaxNotice{2025, "131016", "千代田区", 120000_yen, 10000_yen, 10000_yen};
  Stub s;
  auto r = compute_pay(in, ctx, s, s);
  ASSERT_TRUE(r.has_value()) << r.error().to_string();
  // 支給合計 300,000 + 20,000 + 6,000 + 9,000 = 335,000; 非課税 6,000 + 9,000 = 15,000 → 課税 320,000.
  EXPECT_EQ(r->gross, 335000_yen);
  EXPECT_EQ(r->non_taxable, 15000_yen);
  EXPECT_EQ(r->taxable, 320000_yen);
  // 報酬 / 賃金: 通貨+現物 with the commuting allowance, without the 出張日当 (実費弁償): 329,000.
  EXPECT_EQ(r->remuneration, 329000_yen);
  EXPECT_EQ(s.seen_wages, 329000_yen);
  // A = 320,000 − 30,000 − 1,000 = 289,000.
  EXPECT_EQ(s.seen_a, 289000_yen);
  // 翌月徴収 (default): the May pay deducts the April premium.
  EXPECT_EQ(s.seen_month, (YearMonth{2026, 4}));
  // 控除 30,000 + 1,000 + 5,000 + 住民税 10,000 (R7年度 May) + 15,000 + 1,000 = 62,000.
  EXPECT_EQ(r->resident_tax, 10000_yen);
  EXPECT_EQ(r->other_deductions, 16000_yen);
  EXPECT_EQ(r->total_deductions, 62000_yen);
  // 差引支給額 = 335,000 − 現物 20,000 − 62,000 = 253,000.
  EXPECT_EQ(r->net, 253000_yen);
  // Deduction lines in payslip order: premiums, 所得税, 住民税, then the employer's items.
  std::vector<std::string> codes;
  for (const auto& l : r->lines)
    if (l.section == LineSection::kDeduction) codes.push_back(l.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"health", "pension", "employment", "income_tax", "resident_tax",
                                             "deduction:社宅家賃", "union_dues"}));
}

TEST(PayComputation, CurrentMonthCollectionAndUnknownItems) {
  model::Employer er;
  er.premium_collection = model::PremiumCollection::kCurrentMonth;
  EXPECT_EQ(premium_month_for(er, {2026, 4}), (YearMonth{2026, 4}));
  er.premium_collection = model::PremiumCollection::kNextMonth;
  EXPECT_EQ(premium_month_for(er, {2026, 1}), (YearMonth{2025, 12}));
  model::Employee ee;
  ee.code = "X2";
  PayInput in;
  in.period = {2026, 5};
  in.payment_date = Date(2026, 5, 25);
  in.items = {{"bonus_of_the_moon", 1_yen}};
  PayContext ctx;
  ctx.employer = &er;
  ctx.employee = &ee;
  Stub s;
  auto r = compute_pay(in, ctx, s, s);
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message.find("bonus_of_the_moon"), std::string::npos);
  EXPECT_NE(r.error().where.find("X2 2026-05"), std::string::npos);
  // A car allowance without a distance is refused rather than guessed.
  in.items = {{"commute_car", 10000_yen}};
  ctx.commute_rules = &xml::default_rule_library().at("payroll.commute", in.payment_date);
  r = compute_pay(in, ctx, s, s);
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message.find("通勤距離(km)"), std::string::npos);
}

// 住民税 of a leaver: the pay for the month of the 退職日 settles it (一括徴収 / 普通徴収); a pay for
// a later period deducts none, so a lump sum is never collected twice (review finding R1: every
// pay from the leave month on used to be treated as the last one).
TEST(PayComputation, OnlyThePayOfTheLeaveMonthSettlesResidentTax) {
  model::Employer er;
  model::Employee ee;
  ee.code = "X2";
  ee.leave_date = Date(2026, 3, 31);
  PayContext ctx;
  ctx.employer = &er;
  ctx.employee = &ee;
  // 令和7年度 120,000 = 6月 10,000 + 11 × 10,000.
  ctx.resident_notice = ResidentTaxNotice{2025, "131016", "千代田区", 120000_yen, 10000_yen, 10000_yen};
  Stub s;
  PayInput march;
  march.period = {2026, 3};
  march.payment_date = Date(2026, 3, 25);
  march.items = {{"base", 300000_yen}};
  ctx.commute_rules = &xml::default_rule_library().at("payroll.commute", march.payment_date);
  EXPECT_TRUE(is_leavers_last_pay(ee, march));
  auto r = compute_pay(march, ctx, s, s);
  ASSERT_TRUE(r.has_value()) << r.error().to_string();
  // 退職 3/31 (1月〜4月): March 10,000 + April–May 20,000 by 一括徴収.
  EXPECT_EQ(r->resident_tax, 30000_yen);
  PayInput april = march;
  april.period = {2026, 4};
  april.payment_date = Date(2026, 4, 24);
  april.items = {{"base", 20000_yen}};  // overtime of March paid late
  EXPECT_FALSE(is_leavers_last_pay(ee, april));
  EXPECT_TRUE(is_pay_after_leaving(ee, april));
  r = compute_pay(april, ctx, s, s);
  ASSERT_TRUE(r.has_value()) << r.error().to_string();
  EXPECT_EQ(r->resident_tax, 0_yen);
  for (const auto& l : r->lines) EXPECT_NE(l.code, "resident_tax_lump");
  ctx.resident_lump_requested = true;  // a request on the later pay is an input error
  EXPECT_FALSE(compute_pay(april, ctx, s, s).has_value());
}
