#include "kyuyo/adapters/payroll/run_reports.hpp"

#include "kyuyo/adapters/csv/csv_writer.hpp"

namespace kyuyo::payroll_run {

void write_employer_totals_csv(const std::vector<payroll::EmployerPremiumTotal>& rows, const std::string& path) {
  csv::Writer w(csv::OutputEncoding::kUtf8Bom);
  w.row({"保険料", "区分", "合計", "被保険者負担", "事業主負担"});
  for (const auto& r : rows) w.row({r.name, r.premium, r.total.str(), r.employee.str(), r.employer.str()});
  Yen emp, er;
  for (const auto& r : rows)
    if (r.premium != "employment") {
      emp += r.employee;
      er += r.employer;
    }
  w.row({"納入告知額(健康保険・厚生年金・拠出金)", "notice", payroll::notice_amount(rows).str(), emp.str(), er.str()});
  w.save(path);
}

void write_resident_transfers_csv(const std::vector<payroll::ResidentTaxTransfer>& rows, const std::string& path) {
  csv::Writer w(csv::OutputEncoding::kUtf8Bom);
  w.row({"市区町村コード", "市区町村名", "年度", "社員番号", "氏名", "退職日", "年税額", "特別徴収済額", "未徴収税額",
         "理由"});
  for (const auto& r : rows)
    w.row({r.municipality_code, r.municipality_name, std::to_string(r.fiscal_year), r.employee_code, r.employee_name,
           iso(r.leave_date), r.annual.str(), r.collected.str(), r.remaining.str(), r.reason});
  w.save(path);
}

}  // namespace kyuyo::payroll_run
