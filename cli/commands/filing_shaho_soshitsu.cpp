// kyuyo filing shaho soshitsu --from D --to D: 資格喪失届 (2201700) for everyone insured whose
// 資格喪失年月日 (退職日の翌日) falls in the period. 個人番号 through the vault's 提供 call;
// without it the 基礎年金番号 (required then).
#include "filing_shaho_common.hpp"
#include "kyuyo/forms/shaho/soshitsu_record.hpp"

namespace kyuyo::cli {
namespace {
namespace fsh = forms::shaho;

int run(Context& ctx) {
  po::options_description d("options");
  shahocli::add_common_options(d);
  d.add_options()("from", po::value<std::string>()->required(), "first 資格喪失年月日 (YYYY-MM-DD)")(
      "to", po::value<std::string>()->required(), "last 資格喪失年月日 (YYYY-MM-DD)");
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  Date from = shahocli::date_opt(*vm, "from"), to = shahocli::date_opt(*vm, "to");
  if (to < from) throw UsageError("--to is before --from");
  auto j = shahocli::open_job(*vm);
  std::string dir = shahocli::form_dir(*vm, from.year(), "soshitsu");
  std::vector<fsh::Record> records;
  std::vector<Error> errors;
  for (const auto& e : j.employees) {
    if (!e.social_insurance || !e.leave_date) continue;
    Date lost = *e.leave_date + boost::gregorian::days(1);  // 資格喪失年月日 = 退職日の翌日
    if (lost < from || lost > to) continue;
    fsh::SoshitsuInput in;
    in.office = j.office;
    in.person = fsh::insured_of(e);
    in.cause = fsh::LossCause::kRetirement;
    in.left_on = e.leave_date;
    in.over70 = age_at(e.birth_date, *e.leave_date) >= 70;
    in.want_my_number = true;
    shahocli::collect(records, errors, fsh::build_soshitsu(in, j.created));
  }
  if (!errors.empty()) throw KyuyoErrors(errors);
  shahocli::Numbers n;
  std::vector<Error> missing;
  shahocli::provide_numbers(j, records, "shaho-shikaku-soshitsu", dir + "/SHFD0006.CSV", n,
                            [&](fsh::Record& r, const std::string& note) {
                              if (r.items[12 - 1].empty())
                                missing.push_back(Error{ErrorCode::kInvalidInput,
                                                        "neither 個人番号 (" + note + ") nor 基礎年金番号 is available",
                                                        r.person + ": 2201700 資格喪失届 項番12 基礎年金番号"});
                            });
  if (!missing.empty()) throw KyuyoErrors(missing);
  return shahocli::write_and_report(ctx, j, dir, records, n, "資格喪失届");
}

Register reg({"filing", "shaho", "soshitsu"}, "資格喪失届 (2201700) for leavers in a period as SHFD0006.CSV", run);
}  // namespace
}  // namespace kyuyo::cli
