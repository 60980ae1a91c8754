#include "kyuyo/payroll/pay_computation.hpp"

#include "kyuyo/payroll/commute_allowance.hpp"

namespace kyuyo::payroll {

YearMonth premium_month_for(const model::Employer& er, const YearMonth& period) {
  // 健康保険法167条1項 / 厚生年金保険法84条1項: the employer may deduct only the previous
  // month's premium from pay (翌月徴収); 当月徴収 is the common practice of deducting the
  // current month's premium from the month's pay.
  return er.premium_collection == model::PremiumCollection::kNextMonth ? period.plus_months(-1) : period;
}

bool is_leavers_last_pay(const model::Employee& ee, const PayInput& in) {
  return in.kind == RunKind::kMonthly && ee.leave_date && in.period == YearMonth::of(*ee.leave_date);
}

bool is_pay_after_leaving(const model::Employee& ee, const PayInput& in) {
  return in.kind == RunKind::kMonthly && ee.leave_date && YearMonth::of(*ee.leave_date) < in.period;
}

namespace {
std::string who(const PayInput& in, const model::Employee& ee) {
  return ee.code + " " + (in.kind == RunKind::kMonthly ? in.period.str() : iso(in.payment_date));
}
}  // namespace

Result<PayslipResult> compute_pay(const PayInput& in, const PayContext& ctx, const PremiumCalculator& premiums,
                                  const WithholdingCalculator& withholding) {
  const model::Employer& er = *ctx.employer;
  const model::Employee& ee = *ctx.employee;
  PayslipResult r;
  r.kind = in.kind;
  r.period = in.period;
  r.payment_date = in.payment_date;
  r.days = in.days;
  r.dependents = ctx.dependents;
  r.column = ee.tax_column;
  r.premium_month = in.kind == RunKind::kMonthly ? premium_month_for(er, in.period) : YearMonth::of(in.payment_date);

  // 1. 支給: every item as entered.
  Yen transit, car, other_nontaxable;
  std::vector<PayslipLine> deductions_other;
  for (const auto& it : in.items) {
    auto def = item_for_column(it.code);
    if (!def) return fail(ErrorCode::kInvalidInput, "unknown pay item '" + it.code + "'", who(in, ee));
    if (it.amount == Yen::zero()) continue;
    if (def->category == ItemCategory::kDeduction) {
      deductions_other.push_back({LineSection::kDeduction, def->code, def->name, it.amount});
      r.other_deductions += it.amount;
      continue;
    }
    r.lines.push_back({LineSection::kEarning, def->code, def->name, it.amount});
    r.gross += it.amount;
    switch (def->category) {
      case ItemCategory::kInKind: r.in_kind += it.amount; break;
      case ItemCategory::kCommuteTransit: transit += it.amount; break;
      case ItemCategory::kCommuteCar: car += it.amount; break;
      case ItemCategory::kNonTaxable: other_nontaxable += it.amount; break;
      default: break;
    }
  }
  if (ctx.trace)
    r.trace.push_back("支給合計 " + r.gross.with_commas() + "円 (うち現物給与 " + r.in_kind.with_commas() + "円)");

  // 2. 通勤手当の非課税限度額.
  Yen commute_free;
  if (transit != Yen::zero() || car != Yen::zero()) {
    if (!ctx.commute_rules)
      return fail(ErrorCode::kRuleData, "no payroll.commute rule data for " + iso(in.payment_date), who(in, ee));
    if (car > Yen::zero() && in.commute_distance_m <= 0)
      return fail(ErrorCode::kInvalidInput, "通勤手当(交通用具) is paid but the one-way distance 通勤距離(km) is missing",
                  who(in, ee));
    try {
      auto c = split_commute_allowance({transit, car, in.commute_distance_m, in.commute_parking}, *ctx.commute_rules, ctx.trace);
      commute_free = c.non_taxable;
      for (auto& t : c.trace) r.trace.push_back(std::move(t));
    } catch (const KyuyoError& e) {
      return std::unexpected(e.error());
    }
  }
  r.non_taxable = commute_free + other_nontaxable;
  r.taxable = r.gross - r.non_taxable;
  // 社会保険の報酬 / 雇用保険の賃金: 通貨+現物, commuting allowance included in full (健康保険法3条5項,
  // 雇用保険法4条4項); other non-taxable items (実費弁償) are not remuneration.
  r.remuneration = r.gross - other_nontaxable;
  r.wages = r.remuneration;
  if (ctx.trace)
    r.trace.push_back("課税支給額 " + r.taxable.with_commas() + "円 = 支給合計 − 非課税 " + r.non_taxable.with_commas() +
                    "円");

  // 3. 社会保険料・雇用保険料 (social engine).
  Result<PremiumFigures> pf;
  if (in.kind == RunKind::kMonthly) {
    MonthlyPremiumQuery q{&er, &ee, r.premium_month, in.payment_date, ctx.standard, r.wages, in.period.last_day(),
                          ctx.leaves};
    q.trace = ctx.trace;
    r.standard = ctx.standard;
    pf = premiums.monthly(q);
  } else {
    BonusPremiumQuery q{&er,
                        &ee,
                        r.premium_month,
                        in.payment_date,
                        r.remuneration,
                        ctx.prior_standard_bonus_health_fy,
                        ctx.prior_standard_bonus_pension_month,
                        ee.social_insurance,
                        ctx.leaves};
    q.trace = ctx.trace;
    pf = premiums.bonus(q);
  }
  if (!pf) {
    Error e = pf.error();
    e.where = who(in, ee) + (e.where.empty() ? "" : ": " + e.where);
    return std::unexpected(e);
  }
  std::vector<PayslipLine> ded;
  for (const auto& l : pf->lines)
    if (l.amount != Yen::zero()) ded.push_back({LineSection::kDeduction, l.code, l.name, l.amount});
  r.social_insurance = pf->social_insurance;
  r.employment_insurance = pf->employment;
  r.standard_bonus_health = pf->standard_bonus_health;
  r.standard_bonus_pension = pf->standard_bonus_pension;
  r.premium_exact = pf->exact;
  if (pf->exempt_by_leave) {
    // 健保・厚年 exempt (産休/育休); 雇用保険料 stays due on the wages paid (no pay → 0).
    r.remarks.push_back(leave_exemption_remark(*pf->exempt_by_leave) + " (" +
                        (in.kind == RunKind::kMonthly ? r.premium_month.str() + "分" : std::string("賞与")) +
                        " 健保・厚年 0円)");
  }
  if (ctx.trace)
    for (const auto& t : pf->trace) r.trace.push_back(t);

  // 4. 源泉所得税 (withholding engine).
  Result<TaxFigure> tf;
  if (in.kind == RunKind::kMonthly) {
    Yen a = max(r.taxable - r.social_insurance - r.employment_insurance, Yen::zero());
    if (ctx.trace)
      r.trace.push_back("社会保険料等控除後の給与等の金額 " + a.with_commas() + "円, 扶養親族等の数 " +
                      std::to_string(ctx.dependents) + (ee.tax_column == model::TaxColumn::kKou ? " (甲欄)" : " (乙欄)"));
    tf = withholding.monthly({in.payment_date, a, ctx.dependents, ee.tax_column, er.withholding_method, ctx.trace});
  } else {
    if (ctx.trace)
      r.trace.push_back("前月の社会保険料等控除後の給与等 " + ctx.prev_month_after_social.with_commas() + "円" +
                      (ctx.prev_month_paid ? "" : " (前月の給与の支払なし)"));
    tf = withholding.bonus({in.payment_date, r.taxable, r.social_insurance + r.employment_insurance,
                            ctx.prev_month_after_social, ctx.prev_month_paid, ctx.dependents, ee.tax_column,
                            ctx.trace});
  }
  if (!tf) {
    Error e = tf.error();
    e.where = who(in, ee) + (e.where.empty() ? "" : ": " + e.where);
    return std::unexpected(e);
  }
  r.income_tax = tf->tax;
  if (ctx.trace)
    for (const auto& t : tf->trace) r.trace.push_back(t);
  ded.push_back({LineSection::kDeduction, "income_tax", "所得税", r.income_tax});

  // 5. 住民税 特別徴収 (monthly pay only).
  if (in.kind == RunKind::kMonthly && ctx.resident_notice && is_leavers_last_pay(ee, in)) {
    // A leaver's last pay: this month's amount, and the rest by 一括徴収 or 普通徴収.
    const Yen available = r.gross - r.in_kind - r.social_insurance - r.employment_insurance - r.income_tax;
    auto lv = leaver_resident_tax(*ctx.resident_notice, in.payment_date, *ee.leave_date, ctx.resident_lump_requested,
                                  available);
    if (!lv) {
      Error e = lv.error();
      e.where = who(in, ee) + ": " + e.where;
      return std::unexpected(e);
    }
    r.resident_tax = lv->regular + lv->lump;
    if (ctx.trace)
      r.trace.push_back("住民税 " + std::to_string(ctx.resident_notice->fiscal_year) + "年度 (退職者): this month " +
                        lv->regular.with_commas() + "円, 未徴収税額 after it " + (lv->lump + lv->remaining).with_commas() +
                        "円 (by the notice's schedule); " + lv->reason);
    ded.push_back({LineSection::kDeduction, "resident_tax", "住民税", lv->regular});
    if (lv->lump > Yen::zero()) {
      ded.push_back({LineSection::kDeduction, "resident_tax_lump", "住民税一括徴収", lv->lump});
      r.remarks.push_back("住民税一括徴収 " + lv->lump.with_commas() + "円 (退職 " + iso(*ee.leave_date) + ")");
    }
    if (lv->how == LeaverCollection::kOrdinary) {
      const auto& n = *ctx.resident_notice;
      r.resident_transfer = ResidentTaxTransfer{ee.code,         ee.family_name + " " + ee.given_name,
                                                n.municipality_code, n.municipality_name,
                                                n.fiscal_year,    *ee.leave_date,
                                                n.annual,         lv->collected,
                                                lv->remaining,    lv->reason};
      if (lv->mandatory) r.warning = ee.code + ": " + lv->reason;
    }
  } else if (in.kind == RunKind::kMonthly && ctx.resident_notice && is_pay_after_leaving(ee, in)) {
    // 特別徴収 ended with the leaving month's pay (一括徴収 or 普通徴収 was settled there and the
    // 給与所得者異動届出書 reports it): a pay for a later period deducts no 住民税, so nothing is
    // collected twice.
    if (ctx.resident_lump_requested)
      return fail(ErrorCode::kInvalidInput,
                  "住民税一括徴収 applies to the pay of the month of the 退職日 (" + iso(*ee.leave_date) +
                      "), not to a pay for a later period",
                  who(in, ee) + ": 住民税一括徴収");
    if (ctx.trace)
      r.trace.push_back("住民税: none (退職 " + iso(*ee.leave_date) + "; 特別徴収 ended with the pay of " +
                        YearMonth::of(*ee.leave_date).str() + ")");
  } else if (in.kind == RunKind::kMonthly && ctx.resident_notice) {
    if (ctx.resident_lump_requested)
      return fail(ErrorCode::kInvalidInput,
                  "住民税一括徴収 applies only to the last pay of a leaver (退職日 ≤ the pay period; set the 退職日 with "
                  "kyuyo import employees)",
                  who(in, ee) + ": 住民税一括徴収");
    r.resident_tax = resident_tax_for_payment(*ctx.resident_notice, in.payment_date);
    if (ctx.trace)
      r.trace.push_back("住民税 " + std::to_string(ctx.resident_notice->fiscal_year) + "年度 " +
                      ctx.resident_notice->municipality_name + ": " + r.resident_tax.with_commas() + "円 (" +
                      (in.payment_date.month() == 6 ? "6月分" : "7月〜5月分") + ")");
    ded.push_back({LineSection::kDeduction, "resident_tax", "住民税", r.resident_tax});
  } else if (ctx.resident_lump_requested) {
    return fail(ErrorCode::kInvalidInput,
                "住民税一括徴収 was requested but there is no 住民税 notice for this pay (kyuyo import resident-tax)",
                who(in, ee) + ": 住民税一括徴収");
  }

  // 6. その他控除, totals.
  for (auto& d : deductions_other) ded.push_back(std::move(d));
  for (auto& d : ded) r.lines.push_back(std::move(d));
  r.total_deductions = r.social_insurance + r.employment_insurance + r.income_tax + r.resident_tax + r.other_deductions;
  r.net = r.gross - r.in_kind - r.total_deductions;
  if (!ctx.trace) {
    r.trace.clear();
    return r;
  }
  r.trace.push_back("控除合計 " + r.total_deductions.with_commas() + "円, 差引支給額 " + r.net.with_commas() +
                    "円 = 支給合計 − 現物給与 − 控除合計");
  return r;
}

}  // namespace kyuyo::payroll
