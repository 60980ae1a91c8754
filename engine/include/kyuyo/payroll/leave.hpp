#pragma once
/// \brief 産前産後休業 / 育児休業 periods as entered with the pay data (payroll CSV columns 休業種別,
/// 休業開始日, 休業終了日). The premium exemption itself (which months and bonuses are free of
/// 健保・厚年) is the social engine's rule (social::leave_exempts_month / leave_exempts_bonus:
/// 健康保険法159条・159条の3, 厚生年金保険法81条の2・81条の2の2, 2022-10 rules); the pay run only
/// carries the periods to it. 雇用保険料 is not exempt: it stays due on the wages actually paid
/// (no pay → 0).
#include <string>
#include <vector>

#include "kyuyo/core/date.hpp"

namespace kyuyo::payroll {

enum class LeaveKind { kMaternity /*産前産後休業*/, kChildcare /*育児休業等*/ };

struct LeaveSpan {
  LeaveKind kind = LeaveKind::kChildcare;
  Date start;  ///< 休業開始日 (first day of leave)
  Date end;    ///< 休業終了日 (last day of leave; the planned end until it is known)
};

std::string leave_kind_name(LeaveKind k);    ///< "maternity" / "childcare" (stored form)
std::string leave_kind_label(LeaveKind k);   ///< 産前産後休業 / 育児休業
std::string leave_exemption_remark(LeaveKind k);  ///< 産休免除 / 育休免除 (payslip remark)

}  // namespace kyuyo::payroll
