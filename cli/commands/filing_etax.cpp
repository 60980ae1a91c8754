// kyuyo filing etax --year Y: the e-Tax XML (.xtx, UTF-8; procedure PHS0051) of the year's
// 給与所得の源泉徴収票 (HSZ062) within the 提出範囲 plus the 法定調書合計表 (HSZ600), validated against
// schemas/etax/hoteishiryo.xsd (or --schema-dir DIR, the official e-Tax XMLスキーマ package) before
// it is written to OUT/<year>/etax/gensen-<year>-tax-office.xtx.
// 個人番号 through the vault's 提供 call (--operator); without one they are left out and the
// command says so. What in the format is confirmed: docs/etax.md.
#include "filing_slips_common.hpp"
#include "kyuyo/adapters/etax/etax_writer.hpp"
#include "kyuyo/forms/submission_scope.hpp"

namespace kyuyo::cli {
namespace {

int run(Context& ctx) {
  po::options_description d("options");
  gensen::add_options(d, true);
  d.add_options()("date", po::value<std::string>(), "提出年月日 YYYY-MM-DD (default: today)")(
      "schema-dir", po::value<std::string>(), "validate against the official e-Tax XMLスキーマ package in DIR (its PHS0051-250.xsd, found at any depth) instead of kyuyo's schemas/etax/");
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  auto j = gensen::open_job(*vm);
  etax::XtxRequest rq;
  rq.year = j.year;
  rq.employer = j.ys.employer;
  std::string date = vm->count("date") ? (*vm)["date"].as<std::string>() : db::Database::now_utc().substr(0, 10);
  auto dt = parse_date(date);
  if (!dt) throw UsageError("--date: " + dt.error().message);
  rq.submitted_on = *dt;
  if (vm->count("schema-dir")) rq.schema_dir = (*vm)["schema-dir"].as<std::string>();
  for (const auto& s : j.ys.slips)
    if (forms::tax_office_scope(*j.lib, s).submit) rq.slips.push_back(s);
  rq.totals = forms::summary_totals(*j.lib, j.year, j.ys.slips);
  std::string file = j.out + "/etax/gensen-" + std::to_string(j.year) + "-tax-office.xtx";
  gensen::open_vault(j, *vm);
  db::Transaction tx(*j.db);
  auto numbers = gensen::numbers_for(j, vault::Destination::kTaxOffice, "gensen-choshuhyo", file);
  rq.numbers = numbers.get();
  std::string xml = etax::build_xtx(rq);
  etax::save_xtx(file, xml);
  tx.commit();
  *ctx.out << file << " (" << rq.slips.size() << " 源泉徴収票 + 合計表; validated against "
           << (rq.schema_dir.empty() ? std::string("schemas/etax/hoteishiryo.xsd") : rq.schema_dir) << ")\n";
  if (forms::deemed_submission(*j.lib, j.year))
    *ctx.err << "note: " << j.year << "年分はみなし提出の対象です (給与支払報告書を提出すれば源泉徴収票の提出は不要)\n";
  gensen::report_notes(*ctx.err, j, numbers.get());
  return 0;
}

Register reg({"filing", "etax"}, "e-Tax XML (.xtx) of the 源泉徴収票 and the 法定調書合計表", run);
}  // namespace
}  // namespace kyuyo::cli
