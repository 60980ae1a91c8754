#pragma once
/// \brief 賞与支払届 / 70歳以上被用者賞与支払届 (様式コード 2265700, 21 items).
/// Rules: shared/reference/social-insurance.md §4.3 and §5.4.3.
#include <vector>

#include "kyuyo/core/yen.hpp"
#include "kyuyo/forms/shaho/record.hpp"

namespace kyuyo::forms::shaho {

struct BonusPayment {
  Date paid_on;
  Yen cash;
  Yen in_kind;
};

struct ShoyoInput {
  Office office;
  Insured person;
  /// One payment, or several paid in the same month: they are added together into one record,
  /// 賞与支払年月日 = the last payment and 備考 同一月内の賞与合算 = the day of the first
  /// ([daityo-support][KIRICO][RK-CHK]; "last payment date" is my reading, see the report).
  std::vector<BonusPayment> payments;
  bool over70 = false;
  bool over70_only = false;
  bool two_offices = false;
};

/// 合計 = (通貨 + 現物) with amounts below ¥1,000 cut off; over ¥9,999,999: 9999999 ([RK-CHK];
/// [KIRICO] writes 9999000 — reference §7.2). Payments in different months are refused.
Built build_shoyo(const ShoyoInput& in, const std::optional<Date>& as_of = std::nullopt);

}  // namespace kyuyo::forms::shaho
