#pragma once
/// \brief 住民税 特別徴収 (地方税法321条の3〜5): the municipality's 特別徴収税額の決定通知書 gives a
/// year's tax (年税額) for 6月 to 翌年5月, split as the June amount and the July–May monthly
/// amount (100円未満の端数 goes to June). The employer deducts from the pay paid in each month.
#include <optional>
#include <string>

#include "kyuyo/core/date.hpp"
#include "kyuyo/core/error.hpp"
#include "kyuyo/core/yen.hpp"

namespace kyuyo::payroll {

struct ResidentTaxNotice {
  int fiscal_year = 0;            ///< 年度 (令和8年度 = 2026): June 2026 – May 2027
  std::string municipality_code;  ///< 市区町村コード
  std::string municipality_name;
  Yen annual;                     ///< 年税額
  Yen june;                       ///< 6月分
  Yen monthly;                    ///< 7月分〜翌年5月分 (each)
};

/// The 年度 whose notice applies to pay paid in the month of `payment`: June–December → that
/// year, January–May → the previous year.
int resident_tax_fiscal_year(const Date& payment);

/// The amount to deduct from pay paid on `payment` under `notice` (which must be for
/// resident_tax_fiscal_year(payment)): June → june, July–May → monthly.
Yen resident_tax_for_payment(const ResidentTaxNotice& notice, const Date& payment);

/// Σ of the notice's amounts for the months after the month of `payment` through May (the end of
/// the notice's 年度): e.g. pay in October → November–May, 7 × monthly; pay in June → 11 × monthly.
Yen resident_tax_scheduled_after(const ResidentTaxNotice& notice, const Date& payment);

/// 住民税 on the last pay of a leaver (給与所得者異動届出書 cases).
///
/// Rules (地方税法321条の5; the reference library under /work/shared/reference has no entry for
/// them — the article is cited from the statute as described in the municipalities' 特別徴収の手引):
///  * 第1項: when an employee leaves, 特別徴収 ends; the 未徴収税額 (年税額 − 特別徴収済額) is
///    collected by the municipality as 普通徴収, unless the employee asks for it to be collected in a
///    lump sum (一括徴収) from the last pay;
///  * 第2項: when the employee leaves between 1 January and 30 April, the employer must collect the
///    whole 未徴収税額 (through May) from the last pay, if that pay exceeds the 未徴収税額
///    (「給与…の額が未徴収税額を超える場合」); otherwise it goes to 普通徴収;
///  * leaving in May: the May amount is the last one; nothing remains.
/// The 未徴収税額 is taken from the notice's schedule: this month's amount plus the amounts of the
/// months after it through May (resident_tax_scheduled_after), i.e. every earlier month of the
/// notice is taken to have been deducted as notified (so a company that starts using kyuyo in the
/// middle of a 年度 needs no history); 特別徴収済額 = 年税額 − 未徴収税額. The month's regular
/// amount is always deducted; the decision is about the rest. `available` is the pay the lump sum can come from: 支給合計 − 現物給与 − 社会保険料等 −
/// 所得税 (before 住民税 and the other deductions).
enum class LeaverCollection {
  kNothingLeft,  ///< nothing remains after this month's amount
  kLumpSum,      ///< the rest is deducted now (一括徴収)
  kOrdinary,     ///< the rest switches to 普通徴収 (listed for the 異動届出書)
};

struct LeaverResidentTax {
  LeaverCollection how = LeaverCollection::kNothingLeft;
  bool mandatory = false;        ///< left 1 January – 30 April (第2項)
  Yen regular;                   ///< this month's amount under the notice
  Yen lump;                      ///< kLumpSum: the rest, deducted as 住民税一括徴収
  Yen collected;                 ///< 特別徴収済額 after this pay (年税額 − 未徴収税額 + regular + lump)
  Yen remaining;                 ///< kOrdinary: 未徴収税額 switching to 普通徴収
  std::string reason;            ///< why (for the run's warning / listing)
};

/// Decides and computes the above. Error (kInvalidInput, field 住民税一括徴収) when the employee
/// asked for 一括徴収 (leaving June–December) and `available` does not cover the rest.
Result<LeaverResidentTax> leaver_resident_tax(const ResidentTaxNotice& notice, const Date& payment,
                                              const Date& leave_date, bool requested, Yen available);

/// One leaver whose remaining 住民税 switches to 普通徴収: the data the 給与所得者異動届出書 needs.
struct ResidentTaxTransfer {
  std::string employee_code;
  std::string employee_name;
  std::string municipality_code;
  std::string municipality_name;
  int fiscal_year = 0;
  Date leave_date;
  Yen annual;       ///< 年税額
  Yen collected;    ///< 特別徴収済額 (incl. the last pay)
  Yen remaining;    ///< 未徴収税額 → 普通徴収
  std::string reason;
};

/// Checks june + 11 × monthly == annual (the notice's own arithmetic); errors name the field.
Result<void> check_notice(const ResidentTaxNotice& n);

}  // namespace kyuyo::payroll
