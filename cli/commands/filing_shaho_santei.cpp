// kyuyo filing shaho santei --year Y: 算定基礎届 (2225700) for everyone insured on 1 July of Y.
// Source of the figures: the stored 定時決定 (determination store) when there is one, else the
// finalised monthly payments paid in April–June (PayrollRepo::payments_paid_in) with the 従前 grades
// of the determination in force for August, if any. 70歳以上被用者: 個人番号 via the vault's 提供
// call, else 基礎年金番号.
#include "filing_shaho_common.hpp"
#include "kyuyo/adapters/db/determination_repo.hpp"
#include "kyuyo/adapters/db/payroll_repo.hpp"
#include "kyuyo/forms/shaho/santei_record.hpp"

namespace kyuyo::cli {
namespace {
namespace fsh = forms::shaho;

int run(Context& ctx) {
  po::options_description d("options");
  shahocli::add_common_options(d);
  d.add_options()("year", po::value<int>()->required(), "the 定時決定 year (適用 September of that year)");
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  int year = (*vm)["year"].as<int>();
  auto j = shahocli::open_job(*vm);
  std::string dir = shahocli::form_dir(*vm, year, "santei");
  db::PayrollRepo pay(*j.db);
  db::DeterminationRepo dets(*j.db);
  std::map<std::int64_t, social::Determination> teiji;
  for (auto& s : dets.list(EmployerId(j.employer.id), social::DeterminationKind::kTeiji, {year, 9}))
    teiji[s.employee_id.value()] = s.determination;
  std::set<std::int64_t> zuiji_july, zuiji_later;
  for (int m : {7, 8, 9})
    for (auto& s : dets.list(EmployerId(j.employer.id), social::DeterminationKind::kZuiji, {year, m}))
      if (s.determination.effective_from == YearMonth{year, m}) (m == 7 ? zuiji_july : zuiji_later).insert(s.employee_id.value());
  Date july1(year, 7, 1);
  std::vector<fsh::Record> records;
  std::vector<Error> errors;
  for (const auto& e : j.employees) {
    // 対象: insured on 1 July; not acquired on or after 1 June; not left by 30 June; no 随時改定 in July.
    if (!e.social_insurance || e.hire_date >= Date(year, 6, 1)) continue;
    if (e.leave_date && *e.leave_date <= Date(year, 6, 30)) continue;
    if (zuiji_july.count(e.id.value())) continue;
    fsh::SanteiInput in;
    in.office = j.office;
    in.person = fsh::insured_of(e);
    in.year = year;
    in.over70 = age_at(e.birth_date, july1) >= 70;
    in.short_time = e.employment_type == model::EmploymentType::kShortTime;
    in.part_time = e.employment_type == model::EmploymentType::kPartTime;
    in.change_expected = zuiji_later.count(e.id.value()) > 0;
    auto prev = dets.in_force(e.id, {year, 8});
    std::optional<social::Grades> previous;
    std::optional<YearMonth> previous_from;
    if (prev) {
      previous = prev->determination.grades;
      previous_from = prev->determination.effective_from;
    }
    if (auto it = teiji.find(e.id.value()); it != teiji.end()) {
      const auto& t = it->second;
      for (const auto& m : t.months) {
        int i = m.paid_month.month - 4;
        if (i >= 0 && i < 3) in.months[i] = fsh::MonthPay{m.base_days, m.cash, m.in_kind};
      }
      if (t.previous) previous = t.previous;
      if (t.previous_from) previous_from = t.previous_from;
      // A month the 定時決定 left out although its days would count (途中入社月: not a whole month's
      // pay): the form's 総計/平均額 follow the days, so the decided average goes to 修正平均額 (項番39).
      if (!t.kept_previous && t.months.size() == t.qualifying.size()) {
        bool any17 = false;
        for (const auto& m : t.months) any17 = any17 || m.base_days >= 17;
        bool differs = false;
        for (std::size_t i = 0; i < t.months.size(); ++i) {
          const auto& m = t.months[i];
          int need = m.category == social::WorkerCategory::kShortTime ? 11
                     : (m.category == social::WorkerCategory::kPartTime && !any17) ? 15 : 17;
          differs = differs || ((m.base_days >= need) != t.qualifying[i]);
        }
        if (differs) {
          in.corrected_average = t.average;
          in.joined_midway = e.hire_date > Date(year, 4, 1) && e.hire_date <= Date(year, 6, 30);
        }
      }
    } else {
      for (const auto& p : pay.payments_paid_in(e.id, {year, 4}, {year, 6})) {
        if (p.kind != payroll::RunKind::kMonthly) continue;
        int i = p.payment_date.month() - 4;
        auto& slot = in.months[i];
        if (!slot) slot = fsh::MonthPay{0, Yen(0), Yen(0)};
        slot->base_days = std::max(slot->base_days, p.base_days);
        slot->cash += p.remuneration - p.in_kind;
        slot->in_kind += p.in_kind;
      }
    }
    if (previous) {
      in.previous_health = previous->health_standard;
      if (!in.over70 && previous->pension_grade > 0) in.previous_pension = previous->pension_standard;
    }
    // 従前の改定月: from the determination in force; without one, the last September (定時決定) or
    // the acquisition month when later (an assumption until determinations are stored).
    YearMonth last_sept{year - 1, 9};
    in.previous_revision = previous_from ? *previous_from
                                         : std::max(last_sept, YearMonth::of(e.hire_date));
    in.joined_midway = in.joined_midway || (e.hire_date > Date(year, 4, 1) && !in.months[0]);
    if (!in.months[0] && !in.months[1] && !in.months[2]) {
      errors.push_back(Error{ErrorCode::kNotFound, "no finalised pay paid in April–June " + std::to_string(year),
                             in.person.label() + ": 2225700 算定基礎届 項番25–36"});
      continue;
    }
    shahocli::collect(records, errors, fsh::build_santei(in));
  }
  if (!errors.empty()) throw KyuyoErrors(errors);
  shahocli::Numbers n;
  std::vector<Error> missing;
  shahocli::provide_numbers(j, records, "shaho-other", dir + "/SHFD0006.CSV", n, [&](fsh::Record& r, const std::string& note) {
    if (r.items[41 - 1].empty())
      missing.push_back(Error{ErrorCode::kInvalidInput, "70歳以上被用者: neither 個人番号 (" + note + ") nor 基礎年金番号",
                              r.person + ": 2225700 算定基礎届 項番41 基礎年金番号"});
  });
  if (!missing.empty()) throw KyuyoErrors(missing);
  return shahocli::write_and_report(ctx, j, dir, records, n, "算定基礎届");
}

Register reg({"filing", "shaho", "santei"}, "算定基礎届 (2225700) for a year as SHFD0006.CSV", run);
}  // namespace
}  // namespace kyuyo::cli
