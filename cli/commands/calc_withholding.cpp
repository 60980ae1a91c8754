// kyuyo calc withholding: one month's 源泉徴収税額 (月額表 甲欄/乙欄 or 電算機特例) from the amount
// after social insurance; prints the tax as a bare integer ("# " explain lines follow with
// --explain).
#include <iostream>

#include "calc_withholding_common.hpp"
#include "command.hpp"
#include "kyuyo/adapters/xml/rule_loader.hpp"
#include "kyuyo/withholding/withholding.hpp"

namespace kyuyo::cli {
namespace {

int run(Context& ctx) {
  po::options_description d("options");
  d.add_options()("year", po::value<int>()->required(),
                  "year of the payment date (2025 = 令和7年分, 2026 = 令和8年分)")(
      "amount", po::value<std::string>()->required(),
      "社会保険料等控除後の給与等の金額 for the month (yen; 非課税通勤手当 excluded)")(
      "dependents", po::value<int>()->required(),
      "扶養親族等の数 (甲欄); with --column otsu: persons on the "
      "従たる給与についての扶養控除等申告書")(
      "column", po::value<std::string>()->default_value("kou"), "kou (甲欄) | otsu (乙欄)")(
      "method", po::value<std::string>()->default_value("table"),
      "table (月額表) | computer (電算機特例, 甲欄 only)")(
      "period", po::value<std::string>()->default_value("monthly"),
      "pay period: monthly (月額表); daily and weekly (日額表) are refused")(
      "explain", po::bool_switch(), "print the row, rates and rounding steps after the tax");
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  const auto& v = *vm;
  withholding::MonthlyQuery q;
  q.payment_date = wh_cli::payment_date_of_year(v["year"].as<int>());
  q.amount_after_social = wh_cli::parse_yen("amount", v["amount"].as<std::string>());
  q.dependents = wh_cli::parse_dependents(v["dependents"].as<int>());
  q.column = wh_cli::parse_column(v["column"].as<std::string>());
  const std::string method = v["method"].as<std::string>();
  if (method == "table")
    q.method = model::WithholdingMethod::kTable;
  else if (method == "computer")
    q.method = model::WithholdingMethod::kComputer;
  else
    throw UsageError("--method: '" + method + "' must be table or computer");
  const std::string period = v["period"].as<std::string>();
  if (period == "monthly")
    q.period = withholding::PayPeriod::kMonthly;
  else if (period == "daily")
    q.period = withholding::PayPeriod::kDaily;
  else if (period == "weekly")
    q.period = withholding::PayPeriod::kWeekly;
  else
    throw UsageError("--period: '" + period + "' must be monthly, daily or weekly");

  withholding::Engine engine(xml::default_rule_library());
  auto r = value_or_throw(engine.monthly(q, v["explain"].as<bool>()));
  *ctx.out << r.tax.str() << '\n';
  for (const auto& line : r.trace) *ctx.out << "# " << line << '\n';
  return 0;
}

Register reg({"calc", "withholding"},
             "Monthly withholding tax (月額表 甲欄/乙欄, 電算機特例) for one payment", run);

}  // namespace
}  // namespace kyuyo::cli
