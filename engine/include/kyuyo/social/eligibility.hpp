#pragma once
/// \brief Which premiums are due for a premium month: coverage (資格取得/喪失), the age months of
/// 介護 (40–64), 厚年 (to 70) and 健保 (to 75), 産前産後休業/育児休業 exemption, and which premium
/// month a pay date deducts under 当月徴収/翌月徴収. Pure calendar rules; no rule data needed.
#include <optional>
#include <vector>

#include "kyuyo/core/date.hpp"
#include "kyuyo/model/employer.hpp"

namespace kyuyo::social {

/// 当月徴収: the pay deducts the premium of its own month; 翌月徴収 (default, 健康保険法167条1項:
/// 前月分の保険料を控除): the month before. E.g. pay on 2026-05-25, 翌月徴収 → 2026-04分.
YearMonth premium_month_for_pay(const Date& pay_date, model::PremiumCollection c);

/// Every premium month deducted from a pay. Normally the one of premium_month_for_pay; on the last
/// pay of a leaver under 翌月徴収 whose coverage runs through the pay's own month (e.g. leaving on
/// the last day of the month), that month too (健康保険法167条1項ただし書, 厚生年金保険法84条1項
/// ただし書: 前月及びその月の保険料を控除できる). Months outside coverage are dropped.
std::vector<YearMonth> premium_months_for_pay(const Date& pay_date, model::PremiumCollection c, const Date& acquired,
                                              const std::optional<Date>& lost, bool last_pay);

/// Charged-month rule (健康保険法156条3項, 厚生年金保険法19条1項): coverage from the month
/// containing `acquired` through the month before the month containing `lost` (the 喪失日: the day
/// after leaving, or the 75th birthday, or the day before the 70th birthday).
bool covered_in(const YearMonth& m, const Date& acquired, const std::optional<Date>& lost);

/// The 喪失日 of a leaver: the day after the last day of employment (退職日の翌日).
Date loss_date_after_leaving(const Date& last_day_of_employment);

/// 介護保険第2号被保険者 months (介護保険法9条2号, 健康保険法 介護保険料の徴収): from the month
/// containing the day before the 40th birthday (満40歳に達した日) to the month before the month
/// containing the day before the 65th birthday.
YearMonth care_first_month(const Date& birth);
YearMonth care_end_month(const Date& birth);  ///< first month NOT charged (65)
bool care_applies(const Date& birth, const YearMonth& m);

/// 厚生年金: loses coverage on reaching 70 (厚生年金保険法14条5号: 70歳に達したとき, i.e. the day
/// before the 70th birthday); the month containing that day is not charged.
YearMonth pension_end_month(const Date& birth);  ///< first month NOT charged
/// 健康保険: loses coverage on the 75th birthday itself (後期高齢者医療, 高齢者医療確保法50条);
/// that month is not charged.
YearMonth health_end_month(const Date& birth);   ///< first month NOT charged

enum class LeaveKind { kMaternity /*産前産後休業*/, kChildcare /*育児休業等*/ };

struct LeavePeriod {
  LeaveKind kind = LeaveKind::kChildcare;
  Date start;  ///< first day of leave
  Date end;    ///< last day of leave
};

/// Monthly premiums exempt (健康保険法159条/159条の3, 厚生年金保険法81条の2/81条の2の2): from the
/// month containing `start` to the month before the month containing end+1; for 育児休業 also a
/// month in which start and end fall with ≥ 14 days of leave (2022-10 rule).
bool leave_exempts_month(const LeavePeriod& p, const YearMonth& m);
/// Bonus premiums exempt: the bonus month is in the exempt range; for 育児休業 only when the leave
/// lasts more than one month counted by the calendar (2022-10 rule; 民法143条): the leave must
/// reach first_day_beyond_one_month(start).
bool leave_exempts_bonus(const LeavePeriod& p, const YearMonth& m);
/// The first day after one calendar month counted from `start` (the start day included): the
/// same day of the next month (11/16 → 12/16), or, when the next month has no such day, the
/// first day of the month after (1/31 → 3/1: the month ends on 2/28).
Date first_day_beyond_one_month(const Date& start);

}  // namespace kyuyo::social
