// kyuyo calc bonus-withholding: 源泉徴収税額 on a bonus (賞与の算出率の表, or the 月額表 method
// when the previous month had no pay or the bonus exceeds 10 × the previous month); bare integer
// output.
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
      "bonus", po::value<std::string>()->required(), "賞与の金額 (yen)")(
      "social", po::value<std::string>()->required(), "社会保険料等 deducted from the bonus (yen)")(
      "prev-month", po::value<std::string>()->required(),
      "前月の社会保険料等控除後の給与等の金額 (yen; 0 when no pay was made in the previous month)")(
      "dependents", po::value<int>()->required(), "扶養親族等の数")(
      "column", po::value<std::string>()->default_value("kou"), "kou (甲) | otsu (乙)")(
      "period-months", po::value<int>()->default_value(6),
      "賞与の計算期間 for the 月額表 method: 6, or 12 when the period exceeds 6 months")(
      "explain", po::bool_switch(), "print the row, rates and rounding steps after the tax");
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  const auto& v = *vm;
  withholding::BonusQuery q;
  q.payment_date = wh_cli::payment_date_of_year(v["year"].as<int>());
  q.bonus = wh_cli::parse_yen("bonus", v["bonus"].as<std::string>());
  q.social = wh_cli::parse_yen("social", v["social"].as<std::string>());
  q.prev_month_after_social = wh_cli::parse_yen("prev-month", v["prev-month"].as<std::string>());
  q.prev_month_paid = q.prev_month_after_social > Yen(0);
  q.dependents = wh_cli::parse_dependents(v["dependents"].as<int>());
  q.column = wh_cli::parse_column(v["column"].as<std::string>());
  q.period_months = v["period-months"].as<int>();
  if (q.period_months != 6 && q.period_months != 12)
    throw UsageError("--period-months: must be 6 or 12, got " + std::to_string(q.period_months));

  withholding::Engine engine(xml::default_rule_library());
  auto r = value_or_throw(engine.bonus(q, v["explain"].as<bool>()));
  *ctx.out << r.tax.str() << '\n';
  for (const auto& line : r.trace) *ctx.out << "# " << line << '\n';
  return 0;
}

Register reg({"calc", "bonus-withholding"},
             "Withholding tax on a bonus (賞与の算出率の表 / 月額表 method)", run);

}  // namespace
}  // namespace kyuyo::cli
