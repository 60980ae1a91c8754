#include "kyuyo/payroll/commute_allowance.hpp"

#include "kyuyo/core/error.hpp"

namespace kyuyo::payroll {

CommuteResult split_commute_allowance(const CommuteInput& in, const rules::RuleFile& rules, bool trace) {
  CommuteResult r;
  if (in.transit == Yen::zero() && in.car == Yen::zero()) return r;
  const Yen transit_cap = rules.param_yen("transit_cap");
  const Yen combined_cap = rules.param_yen("combined_cap");
  // 交通機関: the 合理的な運賃等の額 (taken to be the amount paid), up to transit_cap.
  Yen transit_free = min(in.transit, transit_cap);
  Yen car_free;
  if (in.car > Yen::zero()) {
    const auto& t = rules.table("car_distance");
    Yen limit;
    bool found = false;
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
      std::int64_t lo = t.integer(i, "lower_m");
      bool no_upper = t.is_null(i, "upper_m");
      if (in.distance_m >= lo && (no_upper || in.distance_m < t.integer(i, "upper_m"))) {
        limit = t.yen(i, "limit");
        found = true;
        if (trace)
          r.trace.push_back("通勤手当(交通用具): 片道 " + std::to_string(in.distance_m) + "m → 非課税限度額 " +
                          limit.with_commas() + "円 (" + t.where(i) + ")");
        break;
      }
    }
    if (!found)
      throw KyuyoError(ErrorCode::kRuleData, "no distance band for " + std::to_string(in.distance_m) + "m",
                       rules.path);
    Yen parking_cap = rules.param_yen("parking_cap");
    if (limit > Yen::zero() && parking_cap > Yen::zero() && in.parking > Yen::zero()) {
      Yen add = min(in.parking, parking_cap);
      limit += add;
      if (trace)
        r.trace.push_back("駐車場等の料金 " + in.parking.with_commas() + "円 → 加算 " + add.with_commas() + "円 (" +
                        rules.path + " parking_cap)");
    }
    car_free = min(in.car, limit);
  }
  Yen free = min(transit_free + car_free, combined_cap);
  r.non_taxable = free;
  r.taxable = in.transit + in.car - free;
  if (trace)
    r.trace.push_back("通勤手当 " + (in.transit + in.car).with_commas() + "円: 非課税 " + free.with_commas() +
                    "円, 課税 " + r.taxable.with_commas() + "円 (" + rules.id + " from " + iso(rules.from) + ")");
  return r;
}

}  // namespace kyuyo::payroll
