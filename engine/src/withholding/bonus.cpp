// 賞与に対する源泉徴収税額: the 算出率の表, and the 月額表 method of its 備考 for a bonus paid when
// the previous month had no ordinary pay or when the bonus exceeds 10 × the previous month's pay.
#include "engine_impl.hpp"
#include "kyuyo/core/rounding.hpp"

namespace kyuyo::withholding {

using detail::cite;
using detail::yen_str;

Result<TaxResult> Engine::bonus(const BonusQuery& q, bool trace) const {
  if (q.bonus < Yen(0) || q.social < Yen(0))
    return fail(ErrorCode::kInvalidInput, "賞与 and 社会保険料等 must not be negative");
  if (q.prev_month_after_social < Yen(0))
    return fail(
        ErrorCode::kInvalidInput,
        "前月の社会保険料等控除後の給与等の金額 must not be negative (use 0 when none was paid)");
  if (q.dependents < 0 || q.dependents > 99)
    return fail(ErrorCode::kInvalidInput,
                "扶養親族等の数 must be 0..99: " + std::to_string(q.dependents));
  if (q.period_months != 6 && q.period_months != 12)
    return fail(ErrorCode::kInvalidInput,
                "賞与の計算期間 must be 6 or 12 months: " + std::to_string(q.period_months));
  const auto* bt = Impl::pick(impl_->bonus, q.payment_date);
  if (!bt) return detail::no_rules("withholding.bonus", q.payment_date, impl_->bonus);
  const auto* mt = Impl::pick(impl_->monthly, q.payment_date);
  if (!mt) return detail::no_rules("withholding.monthly", q.payment_date, impl_->monthly);

  TaxResult out;
  std::vector<std::string>* tr = trace ? &out.trace : nullptr;
  const bool kou = q.column == TaxColumn::kKou;
  Yen after = max(Yen(0), q.bonus - q.social);
  Yen prev = q.prev_month_after_social;
  if (tr)
    tr->push_back("賞与 " + yen_str(q.bonus) + " − 社会保険料等 " + yen_str(q.social) + " = " +
                  yen_str(after) + (q.bonus < q.social ? " (not below 0)" : ""));

  const bool no_prev = !q.prev_month_paid || prev == Yen(0);
  const bool over = !no_prev && after > prev * bt->exception_multiple;
  if (no_prev || over) {
    // 算出率の表 備考 (TaxAnswer No.2523): 月額表 method over the 計算期間 (6 or 12 months).
    if (!q.prev_month_paid) prev = Yen(0);
    const int k = q.period_months;
    if (tr) {
      tr->push_back(
          no_prev ? std::string(
                        "前月中に普通給与の支払がない → 月額表 method (賞与の算出率の表 備考; ") +
                        bt->origin.path + ")"
                  : "賞与 " + yen_str(after) + " > 前月 " + yen_str(prev) + " × " +
                        std::to_string(bt->exception_multiple) +
                        " → 月額表 method (賞与の算出率の表 備考; param exception_multiple, " +
                        bt->origin.path + ")");
    }
    Yen share = rounding::truncate_to_yen(ExactAmount(after) / k);  // 1円未満切捨て
    Yen sum = share + prev;
    if (tr)
      tr->push_back("(1) " + yen_str(after) + " ÷ " + std::to_string(k) + " = " +
                    (ExactAmount(after) / k).str() + " → 1円未満切捨て → " + yen_str(share) +
                    "; (2) + 前月 " + yen_str(prev) + " = " + yen_str(sum));
    std::vector<std::string> sub;
    Yen t1 = impl_->table_tax(*mt, sum, q.dependents, q.column, tr ? &sub : nullptr);
    if (tr) {
      tr->push_back("(3) 月額表 on " + yen_str(sum) + ":");
      for (auto& s : sub) tr->push_back("    " + s);
      sub.clear();
    }
    Yen t0 = impl_->table_tax(*mt, prev, q.dependents, q.column, tr ? &sub : nullptr);
    if (tr) {
      tr->push_back("    − 月額表 on 前月 " + yen_str(prev) + ":");
      for (auto& s : sub) tr->push_back("    " + s);
    }
    Yen diff = max(Yen(0), t1 - t0);
    out.tax = diff * k;
    if (tr)
      tr->push_back("(4) (" + yen_str(t1) + " − " + yen_str(t0) + ") × " + std::to_string(k) +
                    " = " + yen_str(out.tax));
  } else {
    const int c = kou ? std::min(q.dependents, bt->max_column) : 0;
    const auto& bands = kou ? bt->kou[c] : bt->otsu;
    const auto* b = detail::find_half_open(bands, prev.value());
    ExactAmount exact = after * b->rate;
    out.tax = rounding::truncate_to_yen(exact);  // 1円未満切捨て
    if (tr) {
      tr->push_back(bt->origin.title + " " + (kou ? "甲" : "乙") + ": " +
                    cite(bt->origin, kou ? "kou" : "otsu", b->line));
      tr->push_back("前月の社会保険料等控除後の給与等 " + yen_str(prev) + ": " + yen_str(b->lower) +
                    " 以上" + (b->upper == detail::kOpen ? "" : " " + yen_str(b->upper) + " 未満") +
                    (kou ? ", 扶養親族等の数 " + std::to_string(c) + "人" +
                               (q.dependents > bt->max_column ? "以上" : "")
                         : "") +
                    " → rate " + b->rate.percent_str());
      tr->push_back(yen_str(after) + " × " + b->rate.percent_str() + " = " + exact.str() +
                    " → 1円未満切捨て → " + yen_str(out.tax));
    }
  }
  if (tr) tr->push_back("源泉徴収税額 = " + yen_str(out.tax));
  return out;
}

Result<TaxResult> bonus_tax(const rules::RuleLibrary& lib, const BonusQuery& q) {
  try {
    Engine e(lib);
    return e.bonus(q);
  } catch (const KyuyoError& e) {
    return std::unexpected(e.error());
  }
}

}  // namespace kyuyo::withholding
