#include "kyuyo/payroll/employer_totals.hpp"

#include "kyuyo/core/rounding.hpp"

namespace kyuyo::payroll {

PremiumExact& PremiumExact::operator+=(const PremiumExact& o) {
  health_total = health_total + o.health_total;
  health_employee += o.health_employee;
  pension_total = pension_total + o.pension_total;
  pension_employee += o.pension_employee;
  child_contribution = child_contribution + o.child_contribution;
  employment_employer = employment_employer + o.employment_employer;
  employment_employee += o.employment_employee;
  return *this;
}

std::vector<EmployerPremiumTotal> employer_premium_totals(const PremiumExact& s) {
  std::vector<EmployerPremiumTotal> rows;
  // 年金機構: the company total of (標準報酬 × rate) has its yen fraction cut once (truncate_to_yen);
  // the employer bears total − Σ employee shares (incl. each employee's 50銭-rule 端数).
  const Yen health = rounding::truncate_to_yen(s.health_total);
  rows.push_back({"health", "健康保険料(介護・支援金を含む)", health, s.health_employee, health - s.health_employee});
  const Yen pension = rounding::truncate_to_yen(s.pension_total);
  rows.push_back({"pension", "厚生年金保険料", pension, s.pension_employee, pension - s.pension_employee});
  const Yen child = rounding::truncate_to_yen(s.child_contribution);
  rows.push_back({"child_contribution", "子ども・子育て拠出金", child, Yen(0), child});
  // 雇用保険 employer part: wages × employer rate, truncated (estimate; settled by the 確定保険料).
  const Yen emp_er = rounding::truncate_to_yen(s.employment_employer);
  rows.push_back({"employment", "雇用保険料", s.employment_employee + emp_er, s.employment_employee, emp_er});
  return rows;
}

Yen notice_amount(const std::vector<EmployerPremiumTotal>& rows) {
  Yen t;
  for (const auto& r : rows)
    if (r.premium != "employment") t += r.total;
  return t;
}

}  // namespace kyuyo::payroll
