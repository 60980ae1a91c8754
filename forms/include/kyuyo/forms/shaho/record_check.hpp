#pragma once
/// \brief The item rules of the five SHFD0006.CSV data records: per-item (presence, codes,
/// lengths in Shift_JIS bytes, カナ/漢字 name shape) and cross-field (pairs, sums, caps, dates,
/// 70歳以上被用者, 個人番号 only where allowed). Pure, on UTF-8 items; used by the record
/// builders on what they produce and by `kyuyo filing shaho check` on any file.
/// Source: shared/reference/social-insurance.md §5.4 ([RK-CHK], [KIRICO]).
#include <optional>
#include <string>
#include <vector>

#include "kyuyo/core/date.hpp"
#include "kyuyo/forms/shaho/form_spec.hpp"

namespace kyuyo::forms::shaho {

struct Problem {
  int item = 0;  ///< 項番; 0 for the whole record
  std::string message;  ///< never contains a 個人番号 item's value
};

struct CheckOptions {
  /// "the check date": dates of payment / acquisition / loss may not be after it. nullopt: not checked.
  std::optional<Date> as_of;
};

/// Every problem of one data record (items[0] is the 様式コード). An unknown 様式コード or a
/// wrong item count is one problem and stops there.
std::vector<Problem> check_record(const std::vector<std::string>& items, const CheckOptions& opt = {});

/// The 定時決定 qualifying-month threshold used by the 2225700 総計/平均額 rules: 17 days,
/// 11 for 短時間労働者, and 15 for a パート with no month of 17 days ([KJ][KIRICO]).
int santei_threshold(const int days[3], bool short_time, bool part_time);

}  // namespace kyuyo::forms::shaho
