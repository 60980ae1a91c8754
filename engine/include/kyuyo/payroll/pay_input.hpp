#pragma once
/// \brief One employee's pay data for one payment (a row of the payroll CSV): the period,
/// payment date, attendance (勤怠) and item amounts. Plain values; the store keeps it as imported.
#include <optional>
#include <string>
#include <vector>

#include "kyuyo/core/date.hpp"
#include "kyuyo/payroll/pay_item.hpp"

namespace kyuyo::payroll {

enum class RunKind { kMonthly, kBonus };
std::string run_kind_name(RunKind k);  ///< "monthly" / "bonus"

struct Attendance {
  int base_days = 0;        ///< 支払基礎日数 (social insurance 定時決定 / 随時改定 day counts)
  int work_days = 0;        ///< 出勤日数
  int paid_leave_days = 0;  ///< 有給休暇取得日数
  int absence_days = 0;     ///< 欠勤日数
};

struct PayInput {
  RunKind kind = RunKind::kMonthly;
  YearMonth period;   ///< 給与計算期間の月 (monthly) / the payment month (bonus)
  Date payment_date;  ///< 支払日 (withholding year and table by this date)
  Attendance days;
  std::vector<PayItemAmount> items;
  int commute_distance_m = 0;  ///< 片道の通勤距離 (m) for 交通用具 (0 = none given)
  Yen commute_parking;         ///< of commute_car: the 駐車場等の料金 part (2026-04 onward)
  /// 報酬月額 of the 標準報酬月額 determination in force, as declared with the pay data; used only
  /// when the store holds no determination for the premium month (grades from the social engine).
  std::optional<Yen> declared_remuneration;

  Yen amount(const std::string& code) const;  ///< 0 when absent
};

}  // namespace kyuyo::payroll
