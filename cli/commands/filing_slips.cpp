// kyuyo filing slips --year Y [--copy employee|tax-office|municipality]: the 給与所得の源泉徴収票 PDFs
// from the stored year (年末調整 results where there are some) under OUT/<year>/gensen/:
//   employee      <社員番号>-employee.pdf (A6, for electronic delivery with --electronic) and
//                 all-employee.pdf (four A6 per A4 sheet, for printing); never a My Number
//   tax-office    gensen-<year>-tax-office.pdf: the slips within the year's 提出範囲, four per A4 sheet
//   municipality  <市区町村コード>-municipality.pdf: 給与支払報告書(個人別明細書) per municipality
// Submission copies get the 個人番号 through the vault's 提供 call (--operator, an 事務取扱担当者 or
// 責任者); without one they are written with the number cells empty and say so.
#include <filesystem>
#include <map>

#include "filing_slips_common.hpp"
#include "kyuyo/adapters/pdf/gensen_renderer.hpp"
#include "kyuyo/forms/submission_scope.hpp"

namespace kyuyo::cli {
namespace {
namespace fs = std::filesystem;

int run(Context& ctx) {
  po::options_description d("options");
  gensen::add_options(d, true);
  d.add_options()("copy", po::value<std::string>()->default_value("employee"), "employee | tax-office | municipality")(
      "electronic", po::bool_switch(), "employee copies are delivered electronically (「電子交付」 in 摘要)");
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  std::string c = (*vm)["copy"].as<std::string>();
  forms::SlipCopy copy;
  if (c == "employee") copy = forms::SlipCopy::kEmployee;
  else if (c == "tax-office") copy = forms::SlipCopy::kTaxOffice;
  else if (c == "municipality") copy = forms::SlipCopy::kMunicipality;
  else throw UsageError("--copy: employee, tax-office or municipality (got '" + c + "')");
  auto j = gensen::open_job(*vm);
  auto layout = pdf::load_gensen_layout(j.year);
  std::string dir = j.out + "/gensen";
  fs::create_directories(dir);
  auto& out = *ctx.out;
  const auto& slips = j.ys.slips;
  if (!j.ys.year_end_run)
    *ctx.err << "note: no 年末調整 run for " << j.year
             << ": every slip shows the year's payments only (run `kyuyo yearend run --year " << j.year << "` first)\n";

  if (copy == forms::SlipCopy::kEmployee) {
    bool electronic = (*vm)["electronic"].as<bool>();
    for (const auto& s : slips) {
      pdf::Document doc;
      doc.set_info("給与所得の源泉徴収票 " + std::to_string(j.year) + " " + s.employee_code);
      pdf::render_gensen_a6(doc, layout, s, {copy, electronic, nullptr});
      std::string f = dir + "/" + s.employee_code + "-employee.pdf";
      doc.save(f);
      out << f << "\n";
    }
    pdf::Document all;
    all.set_info("給与所得の源泉徴収票 " + std::to_string(j.year) + " (受給者交付用)");
    pdf::render_gensen_a4(all, layout, slips, {copy, false, nullptr});
    all.save(dir + "/all-employee.pdf");
    out << dir << "/all-employee.pdf (" << slips.size() << " slips, four per A4 sheet)\n";
    return 0;
  }

  gensen::open_vault(j, *vm);
  // The batch's 提供 entries and the files succeed or fail together.
  db::Transaction tx(*j.db);
  if (copy == forms::SlipCopy::kTaxOffice) {
    std::vector<forms::WithholdingSlip> in;
    for (const auto& s : slips) {
      auto why = forms::tax_office_scope(*j.lib, s);
      out << "  " << s.employee_code << "  " << s.name << "  " << (why.submit ? "提出" : "提出不要") << "  " << why.reason
          << "\n";
      if (why.submit) in.push_back(s);
    }
    if (forms::deemed_submission(*j.lib, j.year))
      *ctx.err << "note: " << j.year << "年分はみなし提出: 給与支払報告書を市区町村に提出すれば源泉徴収票は税務署に提出したものと"
                  "みなされます (所得税法226条; 税務署提出用は控えとして作成)\n";
    std::string f = dir + "/gensen-" + std::to_string(j.year) + "-tax-office.pdf";
    auto numbers = gensen::numbers_for(j, vault::Destination::kTaxOffice, "gensen-choshuhyo", f);
    pdf::Document doc;
    doc.set_info("給与所得の源泉徴収票 " + std::to_string(j.year) + " (税務署提出用)");
    if (in.empty()) {
      out << "no slip within the " << j.year << " 提出範囲; nothing written\n";
    } else {
      pdf::render_gensen_a4(doc, layout, in, {copy, false, numbers.get()});
      doc.save(f);
      out << f << " (" << in.size() << " slips)\n";
    }
    gensen::report_notes(*ctx.err, j, numbers.get());
  } else {
    std::map<std::string, std::vector<forms::WithholdingSlip>> by_city;
    for (const auto& s : slips)
      if (forms::municipality_scope(*j.lib, s).submit) by_city[s.municipality_code].push_back(s);
    for (const auto& [city, group] : by_city) {
      std::string f = dir + "/" + city + "-municipality.pdf";
      auto numbers = gensen::numbers_for(j, vault::Destination::kMunicipality, "kyuyo-shiharai-hokokusho", f);
      pdf::Document doc;
      doc.set_info("給与支払報告書(個人別明細書) " + std::to_string(j.year) + " " + city);
      pdf::render_gensen_a4(doc, layout, group, {copy, false, numbers.get()});
      doc.save(f);
      out << f << " (" << group.size() << " slips)\n";
      gensen::report_notes(*ctx.err, j, numbers.get());
    }
  }
  tx.commit();
  return 0;
}

Register reg({"filing", "slips"}, "給与所得の源泉徴収票 PDFs (--copy employee|tax-office|municipality)", run);
}  // namespace
}  // namespace kyuyo::cli
