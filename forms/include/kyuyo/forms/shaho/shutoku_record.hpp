#pragma once
/// \brief 資格取得届 / 70歳以上被用者該当届 (様式コード 2200700, 34 items).
/// Rules: shared/reference/social-insurance.md §4.4, §4.5 and §5.4.4.
#include <optional>
#include <string>

#include "kyuyo/core/yen.hpp"
#include "kyuyo/forms/shaho/record.hpp"

namespace kyuyo::forms::shaho {

struct ShutokuInput {
  Office office;
  Insured person;
  model::Sex sex = model::Sex::kMale;  ///< 種別 1 男 / 2 女 (基金・坑内員 not modelled)
  std::string acquisition_kind = "1";  ///< 取得区分: 1 健保・厚年, 3 共済出向, 4 船保任継
  Date acquired_on;                    ///< 資格取得年月日 (the first day of employment)
  bool has_dependents = false;         ///< 被扶養者の有無
  Yen cash;                            ///< 報酬月額 通貨
  Yen in_kind;                         ///< 報酬月額 現物
  bool over70 = false;                 ///< 70歳以上被用者該当
  bool over70_only = false;
  bool two_offices = false;
  bool short_time = false;
  bool rehired = false;                ///< 退職後の継続再雇用者
  std::string remarks;
  /// Ask the vault for the 個人番号 (optional on this form). When it is not given, the postal
  /// code and the address (カナ required, 漢字 optional) are written instead.
  bool want_my_number = true;
  std::string postal_code;   ///< "154-0001"
  std::string address_kana;  ///< 住所カナ (全角/半角)
  std::string address;       ///< 住所 (漢字)
  std::string no_address_reason;  ///< 1 海外在住, 2 短期在留, 3 その他 (only without 個人番号)
  bool card_needed = false;  ///< 資格確認書発行要否
};

Built build_shutoku(const ShutokuInput& in, const std::optional<Date>& as_of = std::nullopt);

/// Fills the address items (29–32) of a 2200700 record whose 個人番号 could not be provided;
/// errors when the カナ address is missing (the file would be refused).
Result<void> shutoku_fill_address(Record& r, const ShutokuInput& in);

}  // namespace kyuyo::forms::shaho
