#pragma once
/// \brief 資格喪失届 / 70歳以上被用者不該当届 (様式コード 2201700, 27 items).
/// Rules: shared/reference/social-insurance.md §4.4, §4.5 and §5.4.5.
#include <optional>
#include <string>

#include "kyuyo/forms/shaho/record.hpp"

namespace kyuyo::forms::shaho {

enum class LossCause {
  kRetirement = 4,   ///< 退職等
  kDeath = 5,        ///< 死亡
  kAge75 = 7,        ///< 75歳到達
  kDisability = 9,   ///< 障害認定
  kAgreement = 11,   ///< 社会保障協定
};

struct SoshitsuInput {
  Office office;
  Insured person;
  LossCause cause = LossCause::kRetirement;
  std::optional<Date> left_on;  ///< 退職日 / 死亡日 (required for 4 and 5)
  std::optional<Date> lost_on;  ///< 資格喪失年月日; default: left_on + 1 day (4, 5), 75th birthday (7)
  bool over70 = false;          ///< 70歳以上被用者: also 70歳不該当 with 不該当年月日 = left_on (not +1)
  bool over70_only = false;
  bool two_offices = false;
  bool rehired = false;
  std::string remarks;
  std::optional<int> cards_attached;      ///< 資格確認書回収 添付
  std::optional<int> cards_unreturnable;  ///< 資格確認書回収 返不能
  /// Ask the vault for the 個人番号 (optional); without it the 基礎年金番号 is required.
  bool want_my_number = true;
};

Built build_soshitsu(const SoshitsuInput& in, const std::optional<Date>& as_of = std::nullopt);

}  // namespace kyuyo::forms::shaho
