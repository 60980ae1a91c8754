#pragma once
/// \brief CSV reports of one pay run (UTF-8 with BOM), written by `kyuyo payroll run` /
/// `kyuyo bonus run`:
///  * employer totals (--employer-totals): OUT/<year>/premiums/employer-totals-<key>.csv, one row per
///    premium kind: 保険料, 合計, 被保険者負担, 事業主負担, and a 納入告知額 row (健保+厚年+拠出金);
///  * leavers whose remaining 住民税 switches to 普通徴収 (written whenever there are any):
///    OUT/<year>/resident-tax/ordinary-collection-<key>.csv with the 給与所得者異動届出書 data:
///    市区町村コード, 市区町村名, 年度, 社員番号, 氏名, 退職日, 年税額, 特別徴収済額, 未徴収税額, 理由.
/// No My Number is ever written.
#include <string>
#include <vector>

#include "kyuyo/payroll/employer_totals.hpp"
#include "kyuyo/payroll/resident_tax.hpp"

namespace kyuyo::payroll_run {

void write_employer_totals_csv(const std::vector<payroll::EmployerPremiumTotal>& rows, const std::string& path);
void write_resident_transfers_csv(const std::vector<payroll::ResidentTaxTransfer>& rows, const std::string& path);

}  // namespace kyuyo::payroll_run
