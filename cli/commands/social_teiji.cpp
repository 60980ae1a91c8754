// kyuyo social teiji --year Y: 定時決定 (健康保険法41条) of every insured employee from the pay
// paid in April–June of Y, stored effective September of Y with its inputs and the 従前 amounts
// (shaho::teiji_batch). Re-running replaces the year's earlier results (refused for one that a
// finalised pay run already used). One transaction per employer.
#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/adapters/xml/rule_loader.hpp"
#include "social_batch_common.hpp"

namespace kyuyo::cli {
namespace {

int run(Context& ctx) {
  po::options_description d("options");
  socialcli::add_options(d);
  d.add_options()("year", po::value<int>()->required(), "the 定時決定 year (pay paid April–June; effective September)");
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  int year = (*vm)["year"].as<int>();
  if (year < 2000 || year > 2100) throw UsageError("--year: out of range");
  bool csv = socialcli::csv_format(*vm);
  auto db = open_db(*vm);
  const auto& lib = xml::default_rule_library();
  return for_each_employer(ctx, *db, *vm, [&](std::int64_t employer, const std::string&) {
    auto r = shaho::teiji_batch(*db, lib, EmployerId(employer), year);
    socialcli::print(*ctx.out, r, csv,
                     "定時決定 " + std::to_string(year) + " (適用 " + std::to_string(year) + "-09 〜 " +
                         std::to_string(year + 1) + "-08; pay paid " + std::to_string(year) + "-04 〜 -06)");
    return 0;
  });
}

Register reg({"social", "teiji"}, "定時決定 from the April–June pay runs, stored effective September", run);
}  // namespace
}  // namespace kyuyo::cli
