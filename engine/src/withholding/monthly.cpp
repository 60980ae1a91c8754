// 月額表 (甲欄/乙欄) and 電子計算機等を使用して源泉徴収税額を計算する方法 (甲欄): formulas only;
// every figure comes from the withholding.monthly / withholding.computer rule files.
#include "engine_impl.hpp"
#include "kyuyo/core/rounding.hpp"

namespace kyuyo::withholding {

using detail::cite;
using detail::yen_str;

namespace detail {

std::string yen_str(Yen y) { return y.with_commas(); }
std::string yen_str(std::int64_t y) { return Yen(y).with_commas(); }

std::string cite(const Origin& o, const char* table, int line) {
  return o.path + ":" + std::to_string(line) + " (table " + table + ")";
}

}  // namespace detail

Engine::Engine(const rules::RuleLibrary& lib) : impl_(std::make_unique<Impl>()) {
  for (const auto* f : lib.all("withholding.monthly"))
    impl_->monthly.push_back(detail::compile_monthly(*f));
  for (const auto* f : lib.all("withholding.computer"))
    impl_->computer.push_back(detail::compile_computer(*f));
  for (const auto* f : lib.all("withholding.bonus"))
    impl_->bonus.push_back(detail::compile_bonus(*f));
}
Engine::~Engine() = default;
Engine::Engine(Engine&&) noexcept = default;
Engine& Engine::operator=(Engine&&) noexcept = default;

Yen Engine::Impl::table_tax(const detail::MonthlyTable& t, Yen a, int n, TaxColumn col,
                            std::vector<std::string>* trace) const {
  const bool kou = col == TaxColumn::kKou;
  const auto& rows = kou ? t.kou : t.otsu;
  const detail::MonthlyRow* r =
      detail::find_half_open(rows, a.value());  // rows start at 0, end open
  const int c = kou ? std::min(n, t.max_column) : 0;
  Yen tax(r->base[c]);
  if (trace) {
    std::string row = "row " + yen_str(r->lower) + " 以上" +
                      (r->upper == detail::kOpen ? "" : " " + yen_str(r->upper) + " 未満");
    trace->push_back(t.origin.title + " " + (kou ? "甲欄" : "乙欄") + ": " +
                     cite(t.origin, kou ? "kou" : "otsu", r->line));
    trace->push_back("A = " + yen_str(a) + ": " + row +
                     (kou ? ", 扶養親族等の数 " + std::to_string(c) + "人" +
                                (n > t.max_column ? " (7人の欄)" : "")
                          : ""));
  }
  if (r->rate) {
    ExactAmount excess = (a - Yen(r->lower)) * *r->rate;
    Yen add = rounding::truncate_to_yen(excess);  // 国税通則法119条4項: 1円未満切捨て
    if (trace)
      trace->push_back("計算式: " + yen_str(tax) + " + (" + yen_str(a) + " − " + yen_str(r->lower) +
                       ") × " + r->rate->percent_str() + " = " + yen_str(tax) + " + " +
                       excess.str() + " → 1円未満切捨て (国税通則法119条4項) → " +
                       yen_str(tax + add));
    tax += add;
  } else if (trace) {
    trace->push_back("table value: " + yen_str(tax));
  }
  if (kou && n > t.max_column) {
    Yen minus = t.per_extra_dependent * (n - t.max_column);
    Yen out = max(Yen(0), tax - minus);
    if (trace)
      trace->push_back("扶養親族等の数 " + std::to_string(n) +
                       "人 (7人超, 月額表 備考1(3), param per_extra_dependent): " + yen_str(tax) +
                       " − " + yen_str(t.per_extra_dependent) + " × " +
                       std::to_string(n - t.max_column) + " = " + yen_str(out) +
                       (tax - minus < Yen(0) ? " (not below 0)" : ""));
    tax = out;
  }
  if (!kou && n > 0) {
    Yen minus = t.otsu_per_declared_person * n;
    Yen out = max(Yen(0), tax - minus);
    if (trace)
      trace->push_back("従たる給与についての扶養控除等申告書 " + std::to_string(n) +
                       "人 (月額表 備考2, param otsu_per_declared_person): " + yen_str(tax) +
                       " − " + yen_str(t.otsu_per_declared_person) + " × " + std::to_string(n) +
                       " = " + yen_str(out) + (tax - minus < Yen(0) ? " (not below 0)" : ""));
    tax = out;
  }
  return tax;
}

Yen Engine::Impl::computer_tax(const detail::ComputerTable& t, Yen a, int n,
                               std::vector<std::string>* trace) const {
  const auto* d = detail::find_closed(t.deduction, a.value());
  Yen ded = d->rate ? rounding::round_up_to_yen(
                          a * *d->rate + ExactAmount(Yen(d->amount)))  // 別表第一: 1円未満切上げ
                    : Yen(d->amount);
  const auto* b = detail::find_closed(t.basic, a.value());
  Yen basic(b->amount);
  Yen deps = t.dependent_deduction * n;
  Yen base = a - ded - deps - basic;
  if (trace) {
    trace->push_back("電算機特例 (甲欄): " + t.origin.path + " (" + t.origin.title + ")");
    trace->push_back(
        "別表第一 給与所得控除: " + cite(t.origin, "employment_income_deduction", d->line) + ": " +
        (d->rate ? yen_str(a) + " × " + d->rate->percent_str() + (d->amount < 0 ? " − " : " + ") +
                       yen_str(d->amount < 0 ? -d->amount : d->amount) + " → 1円未満切上げ → " +
                       yen_str(ded)
                 : yen_str(ded)));
    trace->push_back("別表第二 配偶者・扶養控除: " + yen_str(t.dependent_deduction) + " × " +
                     std::to_string(n) + " = " + yen_str(deps));
    trace->push_back("別表第三 基礎控除: " + cite(t.origin, "basic_deduction", b->line) + ": " +
                     yen_str(basic));
    trace->push_back("B = " + yen_str(a) + " − " + yen_str(ded) + " − " + yen_str(deps) + " − " +
                     yen_str(basic) + " = " + yen_str(base));
  }
  if (base <= Yen(0)) {
    if (trace) trace->push_back("B ≤ 0 → tax 0");
    return Yen(0);
  }
  const auto* r = detail::find_closed(t.tax, base.value());
  ExactAmount exact = base * *r->rate - ExactAmount(Yen(r->amount));
  Yen tax = max(Yen(0), rounding::round_half_up_to_10_yen(exact));  // 告示: 10円未満四捨五入
  if (trace)
    trace->push_back("別表第四: " + cite(t.origin, "tax", r->line) + ": " + yen_str(base) + " × " +
                     r->rate->percent_str() + " − " + yen_str(r->amount) + " = " + exact.str() +
                     " → 10円未満四捨五入 → " + yen_str(tax));
  return tax;
}

Result<TaxResult> Engine::monthly(const MonthlyQuery& q, bool trace) const {
  if (q.period != PayPeriod::kMonthly)
    return fail(ErrorCode::kUnsupported,
                "日額表 (daily or weekly pay periods) is not supported yet; only monthly pay "
                "(月額表) is calculated");
  if (q.amount_after_social < Yen(0))
    return fail(
        ErrorCode::kInvalidInput,
        "社会保険料等控除後の給与等の金額 must not be negative: " + q.amount_after_social.str());
  if (q.dependents < 0 || q.dependents > 99)
    return fail(ErrorCode::kInvalidInput,
                "扶養親族等の数 must be 0..99: " + std::to_string(q.dependents));
  TaxResult out;
  std::vector<std::string>* tr = trace ? &out.trace : nullptr;
  if (q.method == WithholdingMethod::kComputer) {
    if (q.column != TaxColumn::kKou)
      return fail(ErrorCode::kUnsupported,
                  "電算機特例 applies to 月額表 甲欄 only; use the table for 乙欄");
    const auto* t = Impl::pick(impl_->computer, q.payment_date);
    if (!t) return detail::no_rules("withholding.computer", q.payment_date, impl_->computer);
    out.tax = impl_->computer_tax(*t, q.amount_after_social, q.dependents, tr);
  } else {
    const auto* t = Impl::pick(impl_->monthly, q.payment_date);
    if (!t) return detail::no_rules("withholding.monthly", q.payment_date, impl_->monthly);
    out.tax = impl_->table_tax(*t, q.amount_after_social, q.dependents, q.column, tr);
  }
  if (tr) tr->push_back("源泉徴収税額 = " + yen_str(out.tax));
  return out;
}

Result<TaxResult> monthly_tax(const rules::RuleLibrary& lib, Date payment_date,
                              Yen amount_after_social, int dependents, TaxColumn column,
                              WithholdingMethod method) {
  try {
    Engine e(lib);
    return e.monthly(
        {payment_date, amount_after_social, dependents, column, method, PayPeriod::kMonthly});
  } catch (const KyuyoError& e) {
    return std::unexpected(e.error());
  }
}

}  // namespace kyuyo::withholding
