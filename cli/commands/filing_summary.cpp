// kyuyo filing summary --year Y: the 給与所得の源泉徴収票等の法定調書合計表 figures (section 1) and the
// 提出範囲 of every slip, as key<TAB>value lines (or --format csv), and OUT/<year>/summary/
// gokeihyo-<year>.csv. No My Number anywhere.
#include <filesystem>

#include "filing_slips_common.hpp"
#include "kyuyo/adapters/csv/csv_writer.hpp"
#include "kyuyo/forms/submission_scope.hpp"

namespace kyuyo::cli {
namespace {

int run(Context& ctx) {
  po::options_description d("options");
  gensen::add_options(d, false);
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  auto j = gensen::open_job(*vm);
  auto t = forms::summary_totals(*j.lib, j.year, j.ys.slips);
  auto& o = *ctx.out;
  std::vector<std::pair<std::string, std::string>> kv{
      {"year", std::to_string(j.year)},
      {"employer", j.ys.employer.code},
      {"all_people", std::to_string(t.all.people)},
      {"all_paid", t.all.paid.str()},
      {"all_tax", t.all.tax.str()},
      {"no_tax_people", std::to_string(t.no_tax_people)},
      {"submitted_people", std::to_string(t.submitted.people)},
      {"submitted_paid", t.submitted.paid.str()},
      {"submitted_tax", t.submitted.tax.str()},
      {"municipality_reports", std::to_string(t.municipality_reports)},
      {"deemed_submission", t.deemed ? "yes" : "no"},
      {"electronic_filing_threshold", std::to_string(t.electronic_threshold)},
      {"year_end_run", j.ys.year_end_run ? "yes" : "no"}};
  for (const auto& [k, v] : kv) o << k << "\t" << v << "\n";
  csv::Writer w(csv::OutputEncoding::kUtf8Bom);
  w.row({"項目", "人員", "支払金額", "源泉徴収税額"});
  w.row({"Ⓐ 俸給、給与、賞与等の総額", std::to_string(t.all.people), t.all.paid.str(), t.all.tax.str()});
  w.row({"うち源泉徴収税額のない者", std::to_string(t.no_tax_people), "", ""});
  w.row({"Ⓑ 源泉徴収票を提出するもの", std::to_string(t.submitted.people), t.submitted.paid.str(), t.submitted.tax.str()});
  w.row({});
  w.row({"社員番号", "氏名", "支払金額", "源泉徴収税額", "年末調整", "税務署提出", "理由", "給与支払報告書", "市区町村コード"});
  for (const auto& s : j.ys.slips) {
    auto to = forms::tax_office_scope(*j.lib, s);
    auto mu = forms::municipality_scope(*j.lib, s);
    o << "slip\t" << s.employee_code << "\t" << s.name << "\t" << (to.submit ? "提出" : "提出不要") << "\t" << to.reason
      << "\n";
    w.row({s.employee_code, s.name, s.payment.str(), s.tax.str(), s.year_end_adjusted ? "済" : "未",
           to.submit ? "提出" : "提出不要", to.reason, mu.submit ? "提出" : "提出不要", s.municipality_code});
  }
  std::string f = j.out + "/summary/gokeihyo-" + std::to_string(j.year) + ".csv";
  w.save(f);
  o << "wrote\t" << f << "\n";
  return 0;
}

Register reg({"filing", "summary"}, "法定調書合計表 totals and the 提出範囲 of every slip", run);
}  // namespace
}  // namespace kyuyo::cli
