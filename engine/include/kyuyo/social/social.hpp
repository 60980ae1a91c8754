#pragma once
/// \brief kyuyo::social — 健康保険, 介護保険, 子ども・子育て支援金, 厚生年金保険, 子ども・子育て拠出金
/// and 雇用保険 premiums for FY2025 (令和7年度) and FY2026 (令和8年度) and later years with rule data,
/// and the 標準報酬月額 determinations.
///
/// Typical pay-run use:
///   const auto& lib = xml::default_rule_library();
///   auto month = social::premium_month_for_pay(pay_date, employer.premium_collection);
///   social::PremiumInput in{{employer.prefecture, kumiai_file_or_null, employer.employment_business},
///                           {e.birth_date, e.social_insurance, e.employment_insurance, e.hire_date,
///                            loss_date, leave},
///                           month, determination.grades, wages_paid, wage_closing_date};
///   auto r = social::monthly_premiums(lib, in);        // r->health_combined.employee, r->pension.employee,
///                                                      // r->employment.employee, r->trace
///   auto t = social::employer_month_totals(all_results_of_the_month);
///   auto b = social::bonus_premiums(lib, {insurer, person, pay_date, bonus, fy_total, month_total});
///   auto g = social::grade_for(lib, remuneration, month);
///   auto d = social::teiji_kettei(lib, {...}); social::zuiji_kaitei(lib, {...}); social::shutoku_kettei(...)
#include "kyuyo/social/determination.hpp"
#include "kyuyo/social/eligibility.hpp"
#include "kyuyo/social/grades.hpp"
#include "kyuyo/social/premiums.hpp"
#include "kyuyo/social/rates.hpp"
