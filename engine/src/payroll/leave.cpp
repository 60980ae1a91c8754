#include "kyuyo/payroll/leave.hpp"

namespace kyuyo::payroll {

std::string leave_kind_name(LeaveKind k) { return k == LeaveKind::kMaternity ? "maternity" : "childcare"; }
std::string leave_kind_label(LeaveKind k) { return k == LeaveKind::kMaternity ? "産前産後休業" : "育児休業"; }
std::string leave_exemption_remark(LeaveKind k) { return k == LeaveKind::kMaternity ? "産休免除" : "育休免除"; }

}  // namespace kyuyo::payroll
