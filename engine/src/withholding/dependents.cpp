// 扶養親族等の数 for the 月額表 甲欄 (月額表の使い方; 令和8年分: 源泉控除対象親族 incl. 特定親族
// with 合計所得 ≤ 100万円). Limits come from the withholding.dependents rule file of the payment
// date.
#include "kyuyo/core/error.hpp"
#include "kyuyo/withholding/withholding.hpp"

namespace kyuyo::withholding {

namespace {

std::string who(const model::Dependent& d) { return "dependent #" + std::to_string(d.seq); }

const char* disability_name(model::Disability d, bool cohabiting) {
  if (d == model::Disability::kGeneral) return "障害者";
  return cohabiting ? "同居特別障害者" : "特別障害者";
}

/// 同一生計配偶者/扶養親族 who is a 障害者 (incl. 特別障害者): +1; who is also a 同居特別障害者: +1
/// more ("これらの一に該当するごとに1人を加算", 月額表の使い方).
int disability_additions(const model::Dependent& d, int per, std::vector<std::string>& trace,
                         const std::string& role) {
  if (d.disability == model::Disability::kNone) return 0;
  int add = per;
  bool cohab_special = d.disability == model::Disability::kSpecial && d.cohabiting;
  if (cohab_special) add += per;
  trace.push_back("+" + std::to_string(add) + " " + who(d) + " (" + role + ") is " +
                  disability_name(d.disability, d.cohabiting) +
                  (cohab_special ? " (障害者 +1 and 同居特別障害者 +1)" : ""));
  return add;
}

}  // namespace

Result<DependentsCount> dependents_count(const rules::RuleLibrary& lib, const DependentsQuery& q) {
  if (!q.employee || !q.dependents)
    return fail(ErrorCode::kInvalidInput, "dependents_count: employee and dependents are required");
  const rules::RuleFile* f = lib.find("withholding.dependents", q.as_of);
  if (!f)
    return fail(ErrorCode::kRuleData,
                "no rule data 'withholding.dependents' in force on " + kyuyo::iso(q.as_of));
  try {
    DependentsCount c;
    auto& tr = c.trace;
    const auto& e = *q.employee;
    tr.push_back("扶養親族等の数: " +
                 f->path.substr(f->path.rfind("schemas/") == std::string::npos
                                    ? 0
                                    : f->path.rfind("schemas/")) +
                 " (" + f->title + ")");
    if (e.tax_column == model::TaxColumn::kOtsu) {
      tr.push_back(
          "乙欄 employee: 扶養親族等の数 is not used (persons on a "
          "従たる給与についての扶養控除等申告書 are passed separately)");
      return c;
    }
    const int year = q.as_of.year();
    const Date year_end(year, 12, 31);  // ages are taken at 31 December (所得税法85条3項)
    const Yen spouse_limit = f->param_yen("spouse_income_limit");
    const Yen employee_limit = f->param_yen("spouse_employee_income_limit");
    const Yen household_limit = f->param_yen("same_household_spouse_income_limit");
    const Yen dep_limit = f->param_yen("dependent_income_limit");
    const int min_age = static_cast<int>(f->param_int("dependent_min_age"));
    const int per = static_cast<int>(f->param_int("status_addition"));
    const bool has_specified = f->has_param("specified_relative_income_limit");
    const bool employee_ok =
        !q.employee_estimated_income || *q.employee_estimated_income <= employee_limit;

    for (const auto& d : *q.dependents) {
      if (d.birth_date > q.as_of) continue;  // not yet born on the payment date
      const Yen inc = d.estimated_income;
      if (d.relation == model::Relation::kSpouse) {
        if (inc <= spouse_limit && employee_ok) {
          c.spouse += 1;
          tr.push_back("+1 " + who(d) + " 源泉控除対象配偶者 (配偶者の合計所得 " +
                       inc.with_commas() + " ≤ " + spouse_limit.with_commas() + ", 本人 ≤ " +
                       employee_limit.with_commas() + ")");
        } else {
          tr.push_back(" 0 " + who(d) + " spouse: not a 源泉控除対象配偶者" +
                       std::string(employee_ok ? " (合計所得 " + inc.with_commas() + " > " +
                                                     spouse_limit.with_commas() + ")"
                                               : " (本人の合計所得 > " +
                                                     employee_limit.with_commas() + ")"));
        }
        if (inc <= household_limit)
          c.additions += disability_additions(d, per, tr, "同一生計配偶者");
        continue;
      }
      // 年齢 at 31 December: one reaches an age at the end of the day before the birthday
      // (年齢計算ニ関スル法律), so a person born on 1 January is already older on 31 December.
      int age = age_at(d.birth_date, year_end);
      if (reaches_age_on(d.birth_date, age + 1) <= year_end) ++age;
      if (inc <= dep_limit) {
        if (age >= min_age) {
          c.relatives += 1;
          tr.push_back("+1 " + who(d) + " 控除対象扶養親族 (age " + std::to_string(age) + " on " +
                       kyuyo::iso(year_end) + ", 合計所得 " + inc.with_commas() + " ≤ " +
                       dep_limit.with_commas() + ")");
        } else {
          tr.push_back(" 0 " + who(d) + " 扶養親族 under " + std::to_string(min_age) + " (age " +
                       std::to_string(age) + ")");
        }
        c.additions += disability_additions(d, per, tr, "扶養親族");
        continue;
      }
      if (has_specified) {
        const int lo = static_cast<int>(f->param_int("specified_relative_min_age"));
        const int hi = static_cast<int>(f->param_int("specified_relative_max_age"));
        const Yen lim = f->param_yen("specified_relative_income_limit");
        if (age >= lo && age <= hi && d.relation != model::Relation::kSpouse) {
          if (inc <= lim) {
            c.relatives += 1;
            tr.push_back("+1 " + who(d) + " 特定親族 counted as 源泉控除対象親族 (age " +
                         std::to_string(age) + ", 合計所得 " + inc.with_commas() + " ≤ " +
                         lim.with_commas() + ")");
          } else {
            tr.push_back(" 0 " + who(d) + " 特定親族 with 合計所得 " + inc.with_commas() + " > " +
                         lim.with_commas() + " (settled at 年末調整)");
          }
          continue;  // a 特定親族 is not a 扶養親族: no 障害者 addition
        }
      }
      tr.push_back(" 0 " + who(d) + " not a 扶養親族 (合計所得 " + inc.with_commas() + " > " +
                   dep_limit.with_commas() + ")");
    }

    if (e.disability != model::Disability::kNone) {
      c.additions += per;
      tr.push_back("+" + std::to_string(per) + " 本人が障害者");
    }
    if (e.widow == model::WidowStatus::kWidow) {
      c.additions += per;
      tr.push_back("+" + std::to_string(per) + " 本人が寡婦");
    } else if (e.widow == model::WidowStatus::kSingleParent) {
      c.additions += per;
      tr.push_back("+" + std::to_string(per) + " 本人がひとり親");
    }
    if (e.working_student) {
      c.additions += per;
      tr.push_back("+" + std::to_string(per) + " 本人が勤労学生");
    }
    c.total = c.spouse + c.relatives + c.additions;
    tr.push_back("扶養親族等の数 = " + std::to_string(c.spouse) + " + " +
                 std::to_string(c.relatives) + " + " + std::to_string(c.additions) + " = " +
                 std::to_string(c.total));
    return c;
  } catch (const KyuyoError& ex) {
    return std::unexpected(ex.error());
  }
}

}  // namespace kyuyo::withholding
