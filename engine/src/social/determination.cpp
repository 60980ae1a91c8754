#include "kyuyo/social/determination.hpp"

#include "kyuyo/core/rounding.hpp"
#include "rule_pick.hpp"

namespace kyuyo::social {

std::string kind_code(DeterminationKind k) {
  switch (k) {
    case DeterminationKind::kShutoku: return "shutoku";
    case DeterminationKind::kTeiji: return "teiji";
    case DeterminationKind::kZuiji: return "zuiji";
  }
  return "?";
}

WorkerCategory category_of(model::EmploymentType t) {
  switch (t) {
    case model::EmploymentType::kShortTime: return WorkerCategory::kShortTime;
    case model::EmploymentType::kPartTime: return WorkerCategory::kPartTime;
    default: return WorkerCategory::kRegular;
  }
}

namespace {

// 支払基礎日数 threshold of a month: 17 (健康保険法41条 / 昭和36年保発第4号), 11 for 短時間労働者
// (特定適用事業所等, 平成28年10月〜).
int day_threshold(WorkerCategory c) { return c == WorkerCategory::kShortTime ? 11 : 17; }
constexpr int kPartTimeFallbackDays = 15;  // パート: 3か月とも17日未満なら15日以上の月 (平成18年保保発0526001号)

std::string grades_str(const Grades& g) {
  return "健保 " + std::to_string(g.health_grade) + "級 " + g.health_standard.str() + " / 厚年 " +
         std::to_string(g.pension_grade) + "級 " + g.pension_standard.str();
}

Yen average_truncated(Yen sum, int n, std::vector<std::string>& trace) {
  ExactAmount avg = ExactAmount(sum) / n;
  Yen a = rounding::truncate_to_yen(avg);
  trace.push_back("average " + sum.str() + " ÷ " + std::to_string(n) + " = " + avg.str() + " → " + a.str() +
                  " (truncate_to_yen: 1円未満切捨て)");
  return a;
}

std::string month_str(const PayMonth& p) {
  return p.paid_month.str() + " " + std::to_string(p.base_days) + "日 " + p.total().str() + "円";
}

}  // namespace

Result<Determination> shutoku_kettei(const rules::RuleLibrary& lib, const ShutokuInput& in) {
  if (in.acquired.is_special()) return fail(ErrorCode::kInvalidInput, "資格取得年月日 missing");
  if (in.expected_cash < Yen(0) || in.expected_in_kind < Yen(0))
    return fail(ErrorCode::kInvalidInput, "報酬月額 must not be negative");
  Determination d;
  d.kind = DeterminationKind::kShutoku;
  d.acquired = in.acquired;
  d.expected_cash = in.expected_cash;
  d.expected_in_kind = in.expected_in_kind;
  d.average = in.expected_cash + in.expected_in_kind;
  d.effective_from = YearMonth::of(in.acquired);
  // 健康保険法42条2項: 1月1日〜5月31日の取得はその年の8月まで, 6月1日〜12月31日は翌年の8月まで.
  d.effective_until = YearMonth{d.effective_from.month <= 5 ? d.effective_from.year : d.effective_from.year + 1, 8};
  auto g = grade_for(lib, d.average, d.effective_from);
  if (!g) return std::unexpected(g.error());
  d.grades = *g;
  d.trace.push_back("資格取得時決定: 報酬月額 " + in.expected_cash.str() + " + 現物 " + in.expected_in_kind.str() + " = " +
                    d.average.str() + " → " + grades_str(d.grades) + ", " + d.effective_from.str() + "〜" +
                    d.effective_until->str());
  return d;
}

Result<Determination> teiji_kettei(const rules::RuleLibrary& lib, const TeijiInput& in) {
  Determination d;
  d.kind = DeterminationKind::kTeiji;
  d.effective_from = YearMonth{in.year, 9};
  d.effective_until = YearMonth{in.year + 1, 8};
  d.previous = in.previous;
  d.previous_from = in.previous_from;
  for (int i = 0; i < 3; ++i) {
    const auto& p = in.months[static_cast<std::size_t>(i)];
    if (p.paid_month != YearMonth{in.year, 4 + i})
      return fail(ErrorCode::kInvalidInput, "定時決定 month " + std::to_string(i + 1) + " must be paid in " +
                                                YearMonth{in.year, 4 + i}.str() + " (got " + p.paid_month.str() + ")");
    if (p.base_days < 0 || p.base_days > 31)
      return fail(ErrorCode::kInvalidInput, "支払基礎日数 " + std::to_string(p.base_days) + " out of range in " +
                                                p.paid_month.str());
    if (p.cash < Yen(0) || p.in_kind < Yen(0))
      return fail(ErrorCode::kInvalidInput, "negative pay in " + p.paid_month.str());
    d.months.push_back(p);
  }
  d.qualifying.assign(3, false);
  int n = 0;
  Yen sum;
  for (int i = 0; i < 3; ++i) {
    const auto& p = d.months[static_cast<std::size_t>(i)];
    if (p.partial) {
      d.trace.push_back("month " + month_str(p) + ": does not count (途中入社月: not a whole month's pay)");
      continue;
    }
    if (p.base_days >= day_threshold(p.category)) {
      d.qualifying[static_cast<std::size_t>(i)] = true;
      ++n;
      sum += p.total();
    }
    d.trace.push_back("month " + month_str(p) + ": " + (d.qualifying[static_cast<std::size_t>(i)] ? "counts" : "does not count") +
                      " (≥ " + std::to_string(day_threshold(p.category)) + " days)");
  }
  if (n == 0) {
    for (int i = 0; i < 3; ++i) {
      const auto& p = d.months[static_cast<std::size_t>(i)];
      if (!p.partial && p.category == WorkerCategory::kPartTime && p.base_days >= kPartTimeFallbackDays) {
        d.qualifying[static_cast<std::size_t>(i)] = true;
        ++n;
        sum += p.total();
        d.trace.push_back("パート: no month with 17 days; " + p.paid_month.str() + " counts under the 15-day rule");
      }
    }
  }
  if (n == 0) {
    if (!in.previous)
      return fail(ErrorCode::kInvalidInput, "定時決定 " + std::to_string(in.year) +
                                                ": no month April–June has enough 支払基礎日数 and no previous 標準報酬月額 is known");
    d.kept_previous = true;
    d.grades = *in.previous;
    d.average = Yen(0);
    d.trace.push_back("no qualifying month: 従前の標準報酬月額 kept (" + grades_str(d.grades) + ")");
    return d;
  }
  d.average = average_truncated(sum, n, d.trace);
  auto g = grade_for(lib, d.average, d.effective_from);
  if (!g) return std::unexpected(g.error());
  d.grades = *g;
  d.trace.push_back("定時決定 " + grades_str(d.grades) + ", " + d.effective_from.str() + "〜" + d.effective_until->str());
  return d;
}

namespace {

struct Edges {
  Yen bottom_pivot, top_pivot;
};

// Is the move from `cur` to `neu` a revision under the 2-grade rule or the table-edge 1-grade rule?
bool revises(const char* name, int cur, int neu, int top, int direction, Yen avg, const std::optional<Yen>& cur_rem,
             const Edges& e, std::vector<std::string>& reasons) {
  const int diff = neu - cur;
  std::string head = std::string(name) + " " + std::to_string(cur) + "級 → " + std::to_string(neu) + "級: ";
  if (direction * diff <= 0) {
    reasons.push_back(head + (diff == 0 ? "no grade change" : "moves against the direction of the fixed-pay change"));
    return false;
  }
  if (diff * direction >= 2) {
    reasons.push_back(head + std::to_string(diff > 0 ? diff : -diff) + "-grade difference");
    return true;
  }
  // One grade: only the table-edge rules.
  if (direction > 0 && cur == 1 && neu == 2) {
    if (cur_rem && *cur_rem < e.bottom_pivot) {
      reasons.push_back(head + "1 grade at the bottom edge (報酬月額 " + cur_rem->str() + " < " + e.bottom_pivot.str() + ")");
      return true;
    }
    reasons.push_back(head + "1 grade; bottom-edge rule needs the current 報酬月額 below " + e.bottom_pivot.str() +
                      (cur_rem ? "" : " (not known)"));
    return false;
  }
  if (direction < 0 && cur == 2 && neu == 1) {
    if (avg < e.bottom_pivot) {
      reasons.push_back(head + "1 grade at the bottom edge (average " + avg.str() + " < " + e.bottom_pivot.str() + ")");
      return true;
    }
    reasons.push_back(head + "1 grade; average not below " + e.bottom_pivot.str());
    return false;
  }
  if (direction > 0 && cur == top - 1 && neu == top) {
    if (avg >= e.top_pivot) {
      reasons.push_back(head + "1 grade at the top edge (average " + avg.str() + " ≥ " + e.top_pivot.str() + ")");
      return true;
    }
    reasons.push_back(head + "1 grade; top-edge rule needs an average ≥ " + e.top_pivot.str());
    return false;
  }
  if (direction < 0 && cur == top && neu == top - 1) {
    if (cur_rem && *cur_rem >= e.top_pivot) {
      reasons.push_back(head + "1 grade at the top edge (報酬月額 " + cur_rem->str() + " ≥ " + e.top_pivot.str() + ")");
      return true;
    }
    reasons.push_back(head + "1 grade; top-edge rule needs the current 報酬月額 ≥ " + e.top_pivot.str() +
                      (cur_rem ? "" : " (not known)"));
    return false;
  }
  reasons.push_back(head + "only 1 grade");
  return false;
}

}  // namespace

Result<ZuijiResult> zuiji_kaitei(const rules::RuleLibrary& lib, const ZuijiInput& in) {
  if (in.direction != 1 && in.direction != -1)
    return fail(ErrorCode::kInvalidInput, "随時改定 direction must be +1 (昇給) or −1 (降給)");
  ZuijiResult res;
  Determination d;
  d.kind = DeterminationKind::kZuiji;
  d.change_month = in.change_month;
  d.change_direction = in.direction;
  d.previous = in.current;
  d.previous_from = in.current_from;
  d.effective_from = in.change_month.plus_months(3);
  d.effective_until = YearMonth{d.effective_from.month <= 6 ? d.effective_from.year : d.effective_from.year + 1, 8};
  bool days_ok = true;
  Yen sum;
  for (int i = 0; i < 3; ++i) {
    const auto& p = in.months[static_cast<std::size_t>(i)];
    if (p.paid_month != in.change_month.plus_months(i))
      return fail(ErrorCode::kInvalidInput, "随時改定 month " + std::to_string(i + 1) + " must be " +
                                                in.change_month.plus_months(i).str() + " (got " + p.paid_month.str() + ")");
    if (p.cash < Yen(0) || p.in_kind < Yen(0))
      return fail(ErrorCode::kInvalidInput, "negative pay in " + p.paid_month.str());
    d.months.push_back(p);
    const bool ok = p.base_days >= day_threshold(p.category);
    d.qualifying.push_back(ok);
    sum += p.total();
    if (!ok) {
      days_ok = false;
      res.reasons.push_back(p.paid_month.str() + ": " + std::to_string(p.base_days) + " 支払基礎日数 < " +
                            std::to_string(day_threshold(p.category)) + " — no 随時改定");
    }
  }
  d.average = average_truncated(sum, 3, d.trace);
  if (!days_ok) {
    d.trace.insert(d.trace.end(), res.reasons.begin(), res.reasons.end());
    return res;
  }
  try {
    auto g = grade_for(lib, d.average, d.effective_from);
    if (!g) return std::unexpected(g.error());
    auto ht = grade_table(lib, GradeTable::kHealth, d.effective_from);
    if (!ht) return std::unexpected(ht.error());
    auto pt = grade_table(lib, GradeTable::kPension, d.effective_from);
    if (!pt) return std::unexpected(pt.error());
    auto ef = detail::need(lib, "social.zuiji-edges", d.effective_from.first_day(), "随時改定 table-edge thresholds");
    if (!ef) return std::unexpected(ef.error());
    const Edges he{(*ef)->param_yen("health_bottom_pivot"), (*ef)->param_yen("health_top_pivot")};
    const Edges pe{(*ef)->param_yen("pension_bottom_pivot"), (*ef)->param_yen("pension_top_pivot")};
    const bool h = revises("健保", in.current.health_grade, g->health_grade, ht->back().grade, in.direction, d.average,
                           in.current_remuneration, he, res.reasons);
    const bool p = revises("厚年", in.current.pension_grade, g->pension_grade, pt->back().grade, in.direction, d.average,
                           in.current_remuneration, pe, res.reasons);
    d.trace.insert(d.trace.end(), res.reasons.begin(), res.reasons.end());
    if (!h && !p) return res;
    d.health_changed = h;
    d.pension_changed = p;
    d.grades = in.current;
    if (h) d.grades.health_grade = g->health_grade, d.grades.health_standard = g->health_standard;
    if (p) d.grades.pension_grade = g->pension_grade, d.grades.pension_standard = g->pension_standard;
    d.trace.push_back("随時改定 from " + d.effective_from.str() + ": " + grades_str(d.grades));
    res.triggered = true;
    res.determination = std::move(d);
    return res;
  } catch (const KyuyoError& e) {
    return std::unexpected(e.error());
  }
}

}  // namespace kyuyo::social
