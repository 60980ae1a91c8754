#pragma once
/// \brief The Sources of a pay run bound to the real engines: premiums (kyuyo::social), withholding
/// and 扶養親族等の数 (kyuyo::withholding), and the 標準報酬月額 determination in force.
#include "kyuyo/adapters/payroll/pay_run_service.hpp"
#include "kyuyo/rules/rule_file.hpp"

namespace kyuyo::payroll_run {

/// Sources over the installed engines and rule library (which must outlive the result).
Sources engine_sources(const rules::RuleLibrary& lib);

}  // namespace kyuyo::payroll_run
