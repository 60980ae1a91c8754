// kyuyo social zuiji --month YYYY-MM: 随時改定 (健康保険法43条) with 改定年月 M — a change of
// 固定的賃金 between the pay paid in M−4 and M−3, three months M−3..M−1 with enough 支払基礎日数,
// a 2-grade difference in the direction of the change — stored effective M
// (shaho::zuiji_batch). The same month as `kyuyo filing shaho gekkaku --month`. Re-running
// replaces the month's earlier results. One transaction per employer.
#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/adapters/xml/rule_loader.hpp"
#include "social_batch_common.hpp"

namespace kyuyo::cli {
namespace {

int run(Context& ctx) {
  po::options_description d("options");
  socialcli::add_options(d);
  d.add_options()("month", po::value<std::string>()->required(),
                  "改定年月 YYYY-MM (the 4th month: fixed pay changed in the pay paid 3 months before)");
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  auto ym = YearMonth::parse((*vm)["month"].as<std::string>());
  if (!ym) throw UsageError("--month: " + ym.error().message);
  bool csv = socialcli::csv_format(*vm);
  auto db = open_db(*vm);
  const auto& lib = xml::default_rule_library();
  return for_each_employer(ctx, *db, *vm, [&](std::int64_t employer, const std::string&) {
    auto r = shaho::zuiji_batch(*db, lib, EmployerId(employer), *ym);
    socialcli::print(*ctx.out, r, csv,
                     "随時改定 改定年月 " + ym->str() + " (固定的賃金 " + ym->plus_months(-4).str() + " → " +
                         ym->plus_months(-3).str() + "; pay paid " + ym->plus_months(-3).str() + " 〜 " +
                         ym->plus_months(-1).str() + ")");
    return 0;
  });
}

Register reg({"social", "zuiji"}, "随時改定 for a 改定年月 from the pay runs (固定的賃金 changes), stored", run);
}  // namespace
}  // namespace kyuyo::cli
