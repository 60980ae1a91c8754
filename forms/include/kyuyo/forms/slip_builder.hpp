#pragma once
/// \brief Maps what the store holds for one employee and year (employee master, dependents, the
/// year's payments, the final 年末調整 result and declarations) onto the boxes of the
/// 給与所得の源泉徴収票. Pure: the caller reads the store (adapters/filings/slip_source.hpp).
///
///   forms::SlipInputs in{2026, employer, employee, dependents, payments, &stored.result, decl};
///   forms::WithholdingSlip s = forms::build_withholding_slip(lib, in);
///
/// With a 年末調整 result the amounts are the 源泉徴収簿's (⑦ 支払金額, ⑪ 給与所得控除後の金額(調整控除後),
/// ㉑ 所得控除の額の合計額, ㉖ 年調年税額 as 源泉徴収税額). Without one (中途退職者, 乙欄, over 2,000万円),
/// 支払金額, 源泉徴収税額 and 社会保険料等 are the sums of the year's payments and the deduction boxes
/// stay empty (手引 第2章: 年末調整をしなかった場合).
#include <optional>
#include <vector>

#include "kyuyo/forms/withholding_slip.hpp"
#include "kyuyo/model/employee.hpp"
#include "kyuyo/model/employer.hpp"
#include "kyuyo/payroll/payment_record.hpp"
#include "kyuyo/rules/rule_file.hpp"
#include "kyuyo/yearend/declarations.hpp"
#include "kyuyo/yearend/result.hpp"

namespace kyuyo::forms {

struct SlipInputs {
  int year = 0;
  model::Employer employer;
  model::Employee employee;
  std::vector<model::Dependent> dependents;       ///< ordered by seq
  std::vector<payroll::PaymentRecord> payments;   ///< the year's payments (by payment date)
  std::optional<yearend::YearEndResult> result;   ///< final 年末調整 result, when adjusted
  std::optional<yearend::Declarations> declarations;
};

WithholdingSlip build_withholding_slip(const rules::RuleLibrary& lib, const SlipInputs& in);

}  // namespace kyuyo::forms
