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
