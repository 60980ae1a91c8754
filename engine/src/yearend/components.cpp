// Building blocks of the 年末調整. Every number comes from the year's rule data
// (schemas/rules/yearend/); the formulas and rounding steps are here, each naming its rule.
#include "kyuyo/yearend/components.hpp"

#include "kyuyo/core/error.hpp"
#include "kyuyo/core/rounding.hpp"

namespace kyuyo::yearend {
namespace {

std::string c(Yen y) { return y.with_commas(); }

std::string row_ref(const rules::Table& t, std::size_t i) { return t.where(i); }

/// First row whose `upper_col` is ≥ x (以下) or null (no upper bound); throws when none.
std::size_t row_at_most(const rules::Table& t, const std::string& upper_col, Yen x) {
  for (std::size_t i = 0; i < t.rows.size(); ++i)
    if (t.is_null(i, upper_col) || x <= t.yen(i, upper_col)) return i;
  throw KyuyoError(ErrorCode::kRuleData, "no row for " + c(x) + " in table '" + t.id + "'", t.file);
}

void set(TraceStep* t, std::string line, std::string rule, std::string detail, Yen v) {
  if (t) *t = TraceStep{std::move(line), std::move(rule), std::move(detail), v};
}

}  // namespace

YearRules year_rules(const rules::RuleLibrary& lib, int year) {
  Date jan1(static_cast<unsigned short>(year), 1, 1);
  return YearRules{lib.at("yearend", jan1), lib.at("yearend.employment_income", jan1)};
}

Yen employment_income(const YearRules& r, Yen salary, TraceStep* trace) {
  const auto& t = r.table5.table("table5");
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    Yen lo = t.yen(i, "lower"), hi = t.yen(i, "upper");
    if (salary < lo || salary >= hi) continue;
    if (!t.is_null(i, "amount")) {
      Yen v = t.yen(i, "amount");
      set(trace, "employment_income (⑨)", "所得税法 別表第五 row " + c(lo) + "以上 " + c(hi) + "未満 (" + row_ref(t, i) + ")",
          c(salary) + " → " + c(v), v);
      return v;
    }
    Yen m = t.yen(i, "minus");
    Yen v = salary - m;
    set(trace, "employment_income (⑨)", "所得税法 別表第五 row " + c(lo) + "以上 " + c(hi) + "未満 (" + row_ref(t, i) + ")",
        c(salary) + " − " + c(m) + " = " + c(v), v);
    return v;
  }
  const auto& a = r.table5.table("above");
  for (std::size_t i = 0; i < a.rows.size(); ++i) {
    Yen lo = a.yen(i, "lower");
    if (salary < lo || (!a.is_null(i, "upper") && salary >= a.yen(i, "upper"))) continue;
    Rate rate = a.rate(i, "rate");
    Yen m = a.yen(i, "minus");
    // 1円未満切捨て (給与所得の金額の計算: 所得税法28条; 国税通則法119条4項の例による).
    Yen scaled = rounding::truncate_to_yen(salary * rate);
    Yen v = max(scaled - m, Yen(0));
    set(trace, "employment_income (⑨)", "所得税法28条3項 (" + row_ref(a, i) + ")",
        c(salary) + " × " + rate.percent_str() + " (1円未満切捨て) − " + c(m) + " = " + c(v), v);
    return v;
  }
  throw KyuyoError(ErrorCode::kRuleData, "no 別表第五 row for salary " + c(salary), r.table5.path);
}

Yen income_adjustment(const YearRules& r, Yen salary, bool eligible, TraceStep* trace) {
  Yen over = r.deductions.param_yen("income_adjustment_salary_over");
  const std::string rule = "所得金額調整控除 (措法41条の3の11第1項)";
  if (salary <= over) {
    set(trace, "income_adjustment (⑩)", rule, "salary " + c(salary) + " ≤ " + c(over) + ": none", Yen(0));
    return Yen(0);
  }
  if (!eligible) {
    set(trace, "income_adjustment (⑩)", rule,
        "no 特別障害者 and no 扶養親族 under 23: none", Yen(0));
    return Yen(0);
  }
  Yen capped = min(salary, r.deductions.param_yen("income_adjustment_salary_cap"));
  Rate rate = r.deductions.param_rate("income_adjustment_rate");
  // 1円未満切上げ (措法41条の3の11第1項: 「…の100分の10に相当する金額」, しかた: 1円未満の端数切上げ).
  Yen v = rounding::round_up_to_yen((capped - over) * rate);
  set(trace, "income_adjustment (⑩)", rule,
      "(" + c(capped) + " − " + c(over) + ") × " + rate.percent_str() + " (1円未満切上げ) = " + c(v), v);
  return v;
}

Yen basic_deduction(const YearRules& r, Yen total_income, TraceStep* trace) {
  const auto& t = r.deductions.table("basic_deduction");
  std::size_t i = row_at_most(t, "income_upper", total_income);
  Yen v = t.yen(i, "amount");
  set(trace, "basic_deduction (⑳)", "基礎控除 (所得税法86条, 措法41条の16の2) " + row_ref(t, i),
      "合計所得金額 " + c(total_income) +
          (t.is_null(i, "income_upper") ? std::string(" (top band)") : " ≤ " + c(t.yen(i, "income_upper"))) + " → " +
          c(v),
      v);
  return v;
}

Yen spouse_deduction(const YearRules& r, Yen employee_income, const Spouse& spouse, SpouseClaim* claim,
                     TraceStep* trace) {
  if (claim) *claim = SpouseClaim::kNone;
  const auto& d = r.deductions;
  Yen emp_limit = d.param_yen("spouse_employee_income_limit");
  if (employee_income > emp_limit) {
    set(trace, "spouse_deduction (⑰)", "配偶者控除・配偶者特別控除 (所得税法83条, 83条の2)",
        "employee 合計所得金額 " + c(employee_income) + " > " + c(emp_limit) + ": none", Yen(0));
    return Yen(0);
  }
  const auto& bands = d.table("spouse_deduction");
  std::size_t tier = row_at_most(bands, "employee_income_upper", employee_income);
  Yen limit = d.param_yen("spouse_income_limit");
  if (spouse.income <= limit) {
    Yen v = bands.yen(tier, spouse.elderly ? "elderly" : "general");
    if (claim) *claim = spouse.elderly ? SpouseClaim::kElderlySpouse : SpouseClaim::kSpouse;
    set(trace, "spouse_deduction (⑰)",
        std::string(spouse.elderly ? "配偶者控除 (老人控除対象配偶者)" : "配偶者控除") + " (所得税法83条) " +
            row_ref(bands, tier),
        "spouse income " + c(spouse.income) + " ≤ " + c(limit) + ", employee 合計所得金額 " + c(employee_income) +
            " ≤ " + c(bands.yen(tier, "employee_income_upper")) + " → " + c(v),
        v);
    return v;
  }
  const auto& sp = d.table("spouse_special_deduction");
  for (std::size_t i = 0; i < sp.rows.size(); ++i) {
    if (spouse.income > sp.yen(i, "spouse_income_upper")) continue;
    std::string col = "tier" + std::to_string(tier + 1);
    Yen v = sp.yen(i, col);
    if (claim) *claim = SpouseClaim::kSpecial;
    set(trace, "spouse_deduction (⑰)", "配偶者特別控除 (所得税法83条の2) " + row_ref(sp, i),
        "spouse income " + c(spouse.income) + " ≤ " + c(sp.yen(i, "spouse_income_upper")) + ", employee " +
            c(employee_income) + " ≤ " + c(bands.yen(tier, "employee_income_upper")) + " → " + c(v),
        v);
    return v;
  }
  set(trace, "spouse_deduction (⑰)", "配偶者特別控除 (所得税法83条の2)",
      "spouse income " + c(spouse.income) + " above the last band: none", Yen(0));
  return Yen(0);
}

Yen specific_relative_deduction(const YearRules& r, Yen income, TraceStep* trace) {
  const auto& t = r.deductions.table("specific_relative_deduction");
  Yen lower = r.deductions.param_yen("dependent_income_limit");
  const std::string rule = "特定親族特別控除 (所得税法84条の2)";
  if (income <= lower) {
    set(trace, "specific_relative_deduction (⑱)", rule,
        "income " + c(income) + " ≤ " + c(lower) + ": a 特定扶養親族, not a 特定親族", Yen(0));
    return Yen(0);
  }
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    if (income > t.yen(i, "income_upper")) continue;
    Yen v = t.yen(i, "amount");
    set(trace, "specific_relative_deduction (⑱)", rule + " " + row_ref(t, i),
        "income " + c(income) + " ≤ " + c(t.yen(i, "income_upper")) + " → " + c(v), v);
    return v;
  }
  set(trace, "specific_relative_deduction (⑱)", rule, "income " + c(income) + " above the last band: none", Yen(0));
  return Yen(0);
}

Yen life_formula(const YearRules& r, const std::string& formula, Yen paid) {
  if (paid <= Yen(0)) return Yen(0);
  const auto& t = r.deductions.table("life_insurance");
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    if (t.text(i, "formula") != formula) continue;
    if (!t.is_null(i, "upper") && paid > t.yen(i, "upper")) continue;
    // 1円未満切上げ (所得税法76条; 保険料控除申告書の計算式: 1円未満の端数切上げ).
    return rounding::round_up_to_yen(paid * t.rate(i, "rate") + ExactAmount(t.yen(i, "add")));
  }
  throw KyuyoError(ErrorCode::kRuleData, "life_insurance has no rows for formula '" + formula + "'", r.deductions.path);
}

namespace {
bool has_formula(const YearRules& r, const std::string& formula) {
  const auto& t = r.deductions.table("life_insurance");
  for (std::size_t i = 0; i < t.rows.size(); ++i)
    if (t.text(i, "formula") == formula) return true;
  return false;
}

// One category with new and old contracts (所得税法76条1項・3項): new only → formula(new);
// old only → 計算式Ⅲ; both → the larger of 計算式Ⅲ(old) and min(formula(new) + 計算式Ⅲ(old), cap).
Yen category(const YearRules& r, const std::string& name, const std::string& new_formula, Yen paid_new, Yen paid_old,
             Yen cap, std::vector<TraceStep>* trace) {
  Yen n = life_formula(r, new_formula, paid_new);
  Yen o = life_formula(r, "old", paid_old);
  Yen v;
  std::string detail;
  if (paid_old <= Yen(0)) {
    v = n;
    detail = "new " + c(paid_new) + " → 計算式" + (new_formula == "special" ? "Ⅱ" : "Ⅰ") + " " + c(n);
  } else if (paid_new <= Yen(0)) {
    v = o;
    detail = "old " + c(paid_old) + " → 計算式Ⅲ " + c(o);
  } else {
    Yen both = min(n + o, cap);
    v = max(o, both);
    detail = "new " + c(paid_new) + " → " + c(n) + ", old " + c(paid_old) + " → " + c(o) + "; max(old " + c(o) +
             ", min(" + c(n + o) + ", cap " + c(cap) + ")) = " + c(v);
  }
  if (trace && (paid_new > Yen(0) || paid_old > Yen(0)))
    trace->push_back(TraceStep{"life_insurance (⑮) " + name, "生命保険料控除 (所得税法76条)" +
                                                                   std::string(new_formula == "special"
                                                                                   ? " with 措法41条の15の5 特例"
                                                                                   : ""),
                               detail, v});
  return v;
}
}  // namespace

LifeInsuranceDeduction life_insurance_deduction(const YearRules& r, const LifeInsurancePremiums& p, bool special,
                                                std::vector<TraceStep>* trace) {
  const auto& d = r.deductions;
  LifeInsuranceDeduction out;
  Yen cap = d.param_yen("life_category_cap");
  bool use_special = special && has_formula(r, "special");
  out.special_applied = use_special && p.general_new > Yen(0);
  out.general = category(r, "一般", use_special ? "special" : "new", p.general_new, p.general_old,
                         use_special ? d.param_yen("life_special_category_cap") : cap, trace);
  out.care = category(r, "介護医療", "new", p.care, Yen(0), cap, trace);
  out.pension = category(r, "個人年金", "new", p.pension_new, p.pension_old, cap, trace);
  Yen sum = out.general + out.care + out.pension;
  Yen total_cap = d.param_yen("life_total_cap");
  out.total = min(sum, total_cap);
  if (trace)
    trace->push_back(TraceStep{"life_insurance (⑮)", "生命保険料控除 合計 (所得税法76条4項)",
                               c(out.general) + " + " + c(out.care) + " + " + c(out.pension) + " = " + c(sum) +
                                   (sum > total_cap ? ", capped at " + c(total_cap) : std::string()),
                               out.total});
  return out;
}

Yen earthquake_deduction(const YearRules& r, const EarthquakePremiums& p, TraceStep* trace) {
  const auto& d = r.deductions;
  Yen q = min(p.quake, d.param_yen("quake_cap"));
  Yen o{0};
  if (p.old_long > Yen(0)) {
    const auto& t = d.table("quake_old_long");
    std::size_t i = row_at_most(t, "upper", p.old_long);
    // 1円未満切上げ (as for 生命保険料控除; see the table note).
    o = rounding::round_up_to_yen(p.old_long * t.rate(i, "rate") + ExactAmount(t.yen(i, "add")));
  }
  Yen cap = d.param_yen("quake_total_cap");
  Yen v = min(q + o, cap);
  set(trace, "earthquake_insurance (⑯)", "地震保険料控除 (所得税法77条, 平成18年改正法附則10条)",
      "地震 " + c(p.quake) + " → " + c(q) + ", 旧長期 " + c(p.old_long) + " → " + c(o) +
          (q + o > cap ? ", capped at " + c(cap) : std::string()) + " = " + c(v),
      v);
  return v;
}

Yen computed_tax(const YearRules& r, Yen taxable, TraceStep* trace) {
  const auto& t = r.deductions.table("tax_rate");
  std::size_t i = row_at_most(t, "income_upper", taxable);
  Rate rate = t.rate(i, "rate");
  Yen ded = t.yen(i, "deduction");
  // 1円未満切捨て (国税通則法119条4項の例; ㉒ is a multiple of 1,000 so the product is exact).
  Yen v = max(rounding::truncate_to_yen(taxable * rate) - ded, Yen(0));
  set(trace, "computed_tax (㉓)", "速算表 (所得税法89条1項) " + row_ref(t, i),
      c(taxable) + " × " + rate.percent_str() + " − " + c(ded) + " = " + c(v), v);
  return v;
}

Yen housing_credit_from_balance(Yen balance, Yen limit, Rate rate) {
  // 100円未満切捨て (措法41条: 住宅借入金等特別控除額の100円未満の端数).
  return rounding::truncate_to_100_yen(min(balance, limit) * rate);
}

}  // namespace kyuyo::yearend
