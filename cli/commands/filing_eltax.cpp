// kyuyo filing eltax --year Y: the 給与支払報告書 for every municipality of residence on 1 January,
// under OUT/<year>/eltax/:
//   kyuyo-shiharai-hokokusho-<year>-municipality.csv   個人別明細書, eLTAX/光ディスク standard CSV
//                                                       records (法定資料の種類 315), Shift_JIS, by 市区町村コード
//   <市区町村コード>-sokatsu.pdf                          総括表
//   <市区町村コード>-municipality.pdf                     個人別明細書 (the slip form, 市区町村提出用)
// 個人番号 through the vault's 提供 call (--operator); without one they are left out and the
// command says so. Employees who left with 30万円 or less are not reported (rule data).
#include <filesystem>
#include <map>

#include "filing_slips_common.hpp"
#include "kyuyo/adapters/eltax/eltax_writer.hpp"
#include "kyuyo/adapters/pdf/gensen_renderer.hpp"
#include "kyuyo/forms/eltax_record.hpp"
#include "kyuyo/forms/submission_scope.hpp"

namespace kyuyo::cli {
namespace {

int run(Context& ctx) {
  po::options_description d("options");
  gensen::add_options(d, true);
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  auto j = gensen::open_job(*vm);
  std::string dir = j.out + "/eltax";
  std::filesystem::create_directories(dir);
  std::vector<forms::WithholdingSlip> in;
  std::map<std::string, std::vector<forms::WithholdingSlip>> by_city;
  for (auto s : j.ys.slips) {
    auto why = forms::municipality_scope(*j.lib, s);
    if (!why.submit) {
      *ctx.out << "  " << s.employee_code << "  " << s.name << "  提出不要: " << why.reason << "\n";
      continue;
    }
    s.ordinary_collection_reason = forms::ordinary_collection_reason(s);
    in.push_back(s);
    by_city[s.municipality_code].push_back(s);
  }
  gensen::open_vault(j, *vm);
  db::Transaction tx(*j.db);
  std::string csv_file = dir + "/kyuyo-shiharai-hokokusho-" + std::to_string(j.year) + "-municipality.csv";
  auto numbers = gensen::numbers_for(j, vault::Destination::kMunicipality, "kyuyo-shiharai-hokokusho", csv_file);
  // 作成区分 (統一CSV item 147): 2 when the record also files the 源泉徴収票 (its 提出範囲, in a year
  // without みなし提出), else 1 (地方のみ)
  const auto& lib = *j.lib;
  std::string bytes = eltax::report_csv(in, numbers.get(), [&](const forms::WithholdingSlip& s) {
    return !forms::deemed_submission(lib, s.year) && forms::tax_office_scope(lib, s).submit;
  });
  eltax::save_bytes(csv_file, bytes);
  *ctx.out << csv_file << " (" << in.size() << " records, 法定資料の種類 315)\n";
  gensen::report_notes(*ctx.err, j, numbers.get());
  auto layout = pdf::load_gensen_layout(j.year);
  for (const auto& [city, group] : by_city) {
    eltax::Sokatsu so;
    so.year = j.year;
    so.municipality_code = city;
    so.payer_name = j.ys.employer.name;
    so.payer_address = j.ys.employer.address;
    so.payer_phone = j.ys.employer.phone;
    so.payer_corporate_number = j.ys.employer.corporate_number;
    std::string sokatsu_file = dir + "/" + city + "-sokatsu.pdf";
    std::unique_ptr<filings::VaultNumberSource> owner_numbers;
    if (so.payer_corporate_number.empty() && !group.empty() && group.front().payer_number) {
      so.payer_number = group.front().payer_number;  // 個人事業主: the owner's 個人番号
      owner_numbers = gensen::numbers_for(j, vault::Destination::kMunicipality, "kyuyo-shiharai-hokokusho", sokatsu_file);
      so.numbers = owner_numbers.get();
    }
    so.total_people = static_cast<int>(j.ys.slips.size());
    so.reported = static_cast<int>(group.size());
    std::map<std::string, int> reasons;
    for (const auto& s : group) {
      if (s.ordinary_collection_reason.empty()) ++so.special;
      else {
        ++so.ordinary;
        ++reasons[s.ordinary_collection_reason];
      }
    }
    so.ordinary_reasons.assign(reasons.begin(), reasons.end());
    pdf::Document sd;
    sd.set_info("給与支払報告書(総括表) " + std::to_string(j.year) + " " + city);
    eltax::render_sokatsu(sd, so);
    sd.save(sokatsu_file);
    if (owner_numbers)
      for (const auto& n : owner_numbers->notes()) *ctx.err << "note: " << n << "\n";
    std::string f = dir + "/" + city + "-municipality.pdf";
    auto n = gensen::numbers_for(j, vault::Destination::kMunicipality, "kyuyo-shiharai-hokokusho", f);
    pdf::Document doc;
    doc.set_info("給与支払報告書(個人別明細書) " + std::to_string(j.year) + " " + city);
    pdf::render_gensen_a4(doc, layout, group, {forms::SlipCopy::kMunicipality, false, n.get()});
    doc.save(f);
    *ctx.out << city << ": " << group.size() << " 人 (特別徴収 " << so.special << ", 普通徴収 " << so.ordinary << "): " << dir
             << "/" << city << "-sokatsu.pdf, " << f << "\n";
    if (n)
      for (const auto& s : n->notes()) *ctx.err << "note: " << s << "\n";
  }
  tx.commit();
  return 0;
}

Register reg({"filing", "eltax"}, "給与支払報告書 (個人別明細書 CSV 315 and PDF, 総括表 PDF) per municipality", run);
}  // namespace
}  // namespace kyuyo::cli
