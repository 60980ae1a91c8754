#pragma once
/// \brief The read API for stored pay runs (year-end, filings, 定時決定): one record per employee
/// per finalised payment. Reversed runs are never returned. Amounts as stored; nothing is
/// recomputed. See kyuyo::db::PayrollRepo::payments_for_year (adapters/db/payroll_repo.hpp).
#include <cstdint>
#include <string>

#include "kyuyo/core/date.hpp"
#include "kyuyo/core/strong_id.hpp"
#include "kyuyo/core/yen.hpp"
#include "kyuyo/payroll/pay_input.hpp"

namespace kyuyo::payroll {

struct PaymentRecord {
  std::int64_t run_id = 0;
  EmployeeId employee_id;
  std::string employee_code;
  RunKind kind = RunKind::kMonthly;
  YearMonth period;        ///< pay period (monthly) / payment month (bonus)
  Date payment_date;       ///< the year of this date is the 所得税 year (支払確定日)
  int base_days = 0;       ///< 支払基礎日数
  Yen gross;               ///< 支給合計 (cash + 現物)
  Yen non_taxable;         ///< 非課税支給 (通勤手当の非課税分 …)
  Yen taxable;             ///< 課税支給額 (源泉徴収票 支払金額 adds these up)
  Yen social_insurance;    ///< 健保+介護+支援金+厚年 deducted
  Yen employment_insurance;///< 雇用保険 deducted
  Yen income_tax;          ///< 源泉徴収税額
  Yen resident_tax;        ///< 住民税 特別徴収
  Yen net;                 ///< 差引支給額
  Yen remuneration;        ///< 社会保険の報酬 (通貨+現物, incl. 通勤手当) for 定時決定/随時改定
  Yen in_kind;             ///< 現物給与 part of gross
  int dependents = 0;      ///< 扶養親族等の数 used
  bool kou = true;         ///< 甲欄 (false: 乙欄)
  Yen standard_bonus_health;   ///< bonus: 標準賞与額 (健保) after caps
  Yen standard_bonus_pension;  ///< bonus: 標準賞与額 (厚年) after caps
};

}  // namespace kyuyo::payroll
