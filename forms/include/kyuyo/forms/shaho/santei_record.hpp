#pragma once
/// \brief 算定基礎届 / 70歳以上被用者算定基礎届 (様式コード 2225700, 53 items) from plain values.
/// Rules: shared/reference/social-insurance.md §4.1 and §5.4.1.
#include <array>
#include <optional>
#include <string>

#include "kyuyo/core/yen.hpp"
#include "kyuyo/forms/shaho/record.hpp"

namespace kyuyo::forms::shaho {

/// Remuneration paid in one month (April, May or June for 算定; the three months for 月変).
struct MonthPay {
  int base_days = 0;  ///< 支払基礎日数
  Yen cash;           ///< 通貨によるものの額
  Yen in_kind;        ///< 現物によるものの額
};

struct SanteiInput {
  Office office;
  Insured person;
  int year = 0;  ///< 適用年月 = September of this year
  std::optional<Yen> previous_health;   ///< 従前の標準報酬月額 健保 (yen; written in thousands)
  std::optional<Yen> previous_pension;  ///< 従前 厚年 (none for 70+)
  YearMonth previous_revision;          ///< 従前の改定月
  std::optional<int> raise_month;       ///< 昇(降)給月 1..12
  int raise_kind = 0;                   ///< 1 昇給, 2 降給
  std::optional<int> retro_month;       ///< 遡及支払月 4..6
  Yen retro_amount;
  std::array<std::optional<MonthPay>, 3> months;  ///< April, May, June (nullopt: nothing paid)
  std::optional<Yen> corrected_average;  ///< 修正平均額
  bool over70 = false;        ///< 70歳以上被用者 (個人番号 asked of the vault, or 基礎年金番号)
  bool over70_only = false;   ///< 70歳以上被用者届のみ提出
  std::string over70_months;  ///< 70歳算定基礎月 (2 or 4 digits), optional
  bool two_offices = false;   ///< 二以上事業所勤務者
  bool change_expected = false;  ///< 月額変更予定
  bool joined_midway = false;    ///< 途中入社
  bool on_leave = false;         ///< 病休・育休・休職等
  bool short_time = false;       ///< 短時間労働者
  bool part_time = false;        ///< パート
  bool annual_average = false;   ///< 年間平均
  std::string remarks;           ///< 備考 その他
};

/// 総計 and 平均額 follow the qualifying-month rule (≥ 17 days; 11 短時間; 15 パート), yen
/// fractions of the average cut off ([KJ][KIRICO]).
Built build_santei(const SanteiInput& in);

}  // namespace kyuyo::forms::shaho
