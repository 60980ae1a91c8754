#include "kyuyo/payroll/resident_tax.hpp"

namespace kyuyo::payroll {

int resident_tax_fiscal_year(const Date& payment) {
  return payment.month() >= 6 ? static_cast<int>(payment.year()) : static_cast<int>(payment.year()) - 1;
}

Yen resident_tax_for_payment(const ResidentTaxNotice& n, const Date& payment) {
  return payment.month() == 6 ? n.june : n.monthly;
}

Result<void> check_notice(const ResidentTaxNotice& n) {
  if (n.june < Yen::zero() || n.monthly < Yen::zero())
    return fail(ErrorCode::kInvalidInput, "amounts must not be negative", "june/monthly");
  if (n.june + n.monthly * 11 != n.annual)
    return fail(ErrorCode::kInvalidInput,
                "6月分 " + n.june.with_commas() + " + 11 × 7月〜5月分 " + n.monthly.with_commas() + " = " +
                    (n.june + n.monthly * 11).with_commas() + " does not equal the 年税額 " + n.annual.with_commas(),
                "annual");
  return {};
}

}  // namespace kyuyo::payroll

namespace kyuyo::payroll {

Yen resident_tax_scheduled_after(const ResidentTaxNotice& n, const Date& payment) {
  // Months after the payment's month up to May of the 年度's second calendar year.
  const int m = payment.month();
  const int months_left = m >= 6 ? (12 - m) + 5 : 5 - m;
  return n.monthly * months_left;
}

Result<LeaverResidentTax> leaver_resident_tax(const ResidentTaxNotice& n, const Date& payment, const Date& leave_date,
                                              bool requested, Yen available) {
  LeaverResidentTax r;
  // 未徴収税額 by the notice's schedule: this month's amount and the months after it through May.
  r.regular = resident_tax_for_payment(n, payment);
  const Yen after = resident_tax_scheduled_after(n, payment);
  const Yen rest = r.regular + after;
  const Yen collected_before = n.annual - rest;
  // 地方税法321条の5第2項: 1月1日から4月30日までの退職 → 一括徴収 (mandatory).
  const int lm = leave_date.month();
  r.mandatory = lm >= 1 && lm <= 4;
  r.collected = collected_before + r.regular;
  if (after == Yen::zero()) {
    r.how = LeaverCollection::kNothingLeft;
    r.reason = "nothing remains after this month's amount";
    return r;
  }
  if (r.mandatory) {
    if (available > rest) {  // 「未徴収税額を超える場合」
      r.how = LeaverCollection::kLumpSum;
      r.lump = after;
      r.collected += after;
      r.reason = "退職 " + iso(leave_date) + " (1月1日〜4月30日): 一括徴収 (地方税法321条の5第2項)";
    } else {
      r.how = LeaverCollection::kOrdinary;
      r.remaining = after;
      r.reason = "退職 " + iso(leave_date) + " (1月1日〜4月30日): the last pay (" + available.with_commas() +
                 "円 after 社会保険料等 and 所得税) does not exceed the 未徴収税額 " + rest.with_commas() +
                 "円, so 一括徴収 is not possible: the rest switches to 普通徴収 (地方税法321条の5第2項)";
    }
    return r;
  }
  if (requested && lm == 5) {
    // 5月の退職: neither the 1月〜4月 rule (第2項) nor the 6月〜12月 request (第1項ただし書) applies;
    // what is left after this month's amount goes to 普通徴収.
    r.how = LeaverCollection::kOrdinary;
    r.remaining = after;
    r.reason = "退職 " + iso(leave_date) + " (5月): 一括徴収 does not apply (地方税法321条の5: only 1月〜4月, "
               "or 6月〜12月 on request); the rest switches to 普通徴収";
    return r;
  }
  if (requested) {
    if (available < rest)
      return fail(ErrorCode::kInvalidInput,
                  "住民税一括徴収 was requested, but the last pay (" + available.with_commas() +
                      "円 after 社会保険料等 and 所得税) does not cover the 未徴収税額 " + rest.with_commas() +
                      "円; enter 住民税一括徴収 いいえ (the rest then switches to 普通徴収) or collect it otherwise",
                  "住民税一括徴収");
    r.how = LeaverCollection::kLumpSum;
    r.lump = after;
    r.collected += after;
    r.reason = "退職 " + iso(leave_date) + ": 一括徴収 at the employee's request (地方税法321条の5第1項ただし書)";
    return r;
  }
  r.how = LeaverCollection::kOrdinary;
  r.remaining = after;
  r.reason = "退職 " + iso(leave_date) + ": no request for 一括徴収; the rest switches to 普通徴収 (地方税法321条の5第1項)";
  return r;
}

}  // namespace kyuyo::payroll
