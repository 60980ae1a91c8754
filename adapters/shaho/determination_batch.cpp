#include "kyuyo/adapters/shaho/determination_batch.hpp"

#include <algorithm>
#include <map>

#include <soci/soci.h>

#include "kyuyo/adapters/db/determination_repo.hpp"
#include "kyuyo/adapters/db/employee_repo.hpp"
#include "kyuyo/adapters/db/payroll_repo.hpp"
#include "kyuyo/social/fixed_wage.hpp"

namespace kyuyo::shaho {
namespace {

using social::DeterminationKind;

/// One 給与支給月 of an employee (monthly slips paid in that month, added up).
struct MonthPay {
  int base_days = 0;
  Yen remuneration, in_kind, fixed;
  std::vector<YearMonth> periods;  // the pay periods (対象年月) paid in the month
};

struct SlipStandard {
  YearMonth premium_month;
  social::Grades grades;
};

struct PayHistory {
  std::map<long long, std::map<YearMonth, MonthPay>> months;      // employee → paid month → pay
  std::map<long long, std::vector<SlipStandard>> standards;        // employee → standards used
};

/// The finalised monthly slips paid in [from, to] (by the slip's 支払日).
PayHistory load_pay(db::Database& db, EmployerId er, const YearMonth& from, const YearMonth& to) {
  PayHistory h;
  db::PayrollRepo repo(db);
  for (int y = from.year; y <= to.year; ++y) {
    for (const auto& run : repo.runs(er, y)) {
      if (run.status != "final" || run.kind != payroll::RunKind::kMonthly) continue;
      repo.for_each_slip(run.id, [&](const db::StoredSlip& s) {
        const auto& r = s.result;
        YearMonth paid = YearMonth::of(r.payment_date);
        if (paid < from || paid > to) return;
        auto& m = h.months[s.employee_id.value()][paid];
        m.base_days = std::min(31, m.base_days + r.days.base_days);
        m.remuneration += r.remuneration;
        m.in_kind += r.in_kind;
        m.periods.push_back(r.period);
        for (const auto& l : r.lines)
          if (l.section == payroll::LineSection::kEarning && social::wage_nature(l.code) == social::WageNature::kFixed)
            m.fixed += l.amount;
        if (r.standard)
          h.standards[s.employee_id.value()].push_back(
              {r.premium_month, {r.standard->health_grade, r.standard->health, r.standard->pension_grade,
                                 r.standard->pension}});
      });
    }
  }
  return h;
}

std::string name_of(const model::Employee& e) { return e.family_name + " " + e.given_name; }

social::PayMonth pay_month(const PayHistory& h, const model::Employee& e, const YearMonth& m) {
  social::PayMonth p;
  p.paid_month = m;
  p.category = social::category_of(e.employment_type);
  auto it = h.months.find(e.id.value());
  if (it == h.months.end()) return p;
  auto jt = it->second.find(m);
  if (jt == it->second.end()) return p;
  p.base_days = jt->second.base_days;
  p.cash = jt->second.remuneration - jt->second.in_kind;
  p.in_kind = jt->second.in_kind;
  // 途中入社月: the pay of the period in which the employee was acquired after its first day is not a
  // whole month's pay (the period is taken as the calendar month of 対象年月).
  for (const auto& per : jt->second.periods)
    if (per == YearMonth::of(e.hire_date) && e.hire_date.day() != 1) p.partial = true;
  return p;
}

const MonthPay* month_of(const PayHistory& h, const model::Employee& e, const YearMonth& m) {
  auto it = h.months.find(e.id.value());
  if (it == h.months.end()) return nullptr;
  auto jt = it->second.find(m);
  return jt == it->second.end() ? nullptr : &jt->second;
}

/// 従前: the standard amounts in force for premium month `at`, with its 改定月 and 報酬月額.
struct Current {
  social::Grades grades;
  YearMonth from;
  std::optional<Yen> remuneration;
  std::string source;
};

std::optional<Current> current_for(db::DeterminationRepo& dets, const PayHistory& h, const model::Employee& e,
                                   const YearMonth& at) {
  if (auto d = dets.in_force(e.id, at)) {
    Current c;
    c.grades = d->determination.grades;
    c.from = d->determination.effective_from;
    const auto& x = d->determination;
    Yen rem = x.kind == DeterminationKind::kShutoku ? x.expected_cash + x.expected_in_kind : x.average;
    if (rem > Yen(0)) c.remuneration = rem;
    c.source = "従前: stored " + social::kind_code(x.kind) + " determination from " + x.effective_from.str();
    return c;
  }
  auto it = h.standards.find(e.id.value());
  if (it == h.standards.end()) return std::nullopt;
  const SlipStandard* best = nullptr;
  for (const auto& s : it->second)
    if (s.premium_month <= at && (!best || s.premium_month > best->premium_month)) best = &s;
  if (!best) return std::nullopt;
  Current c;
  c.grades = best->grades;
  YearMonth sept{at.month >= 9 ? at.year : at.year - 1, 9};
  c.from = std::max(sept, YearMonth::of(e.hire_date));
  c.source = "従前: the standard amounts of the " + best->premium_month.str() +
             " premium (pay slip; no stored determination); 従前の改定月 assumed " + c.from.str() +
             " (the latest September or the acquisition month)";
  return c;
}

bool same_grades(const social::Grades& a, const social::Grades& b) {
  return a.health_grade == b.health_grade && a.health_standard == b.health_standard &&
         a.pension_grade == b.pension_grade && a.pension_standard == b.pension_standard;
}

// The employee's slips of the employer's finalised monthly runs charging a premium month ≥ :f,
// found through the runs (a premium month is never after its run's period: 当月 or 翌月徴収) and
// UNIQUE(run_id, employee_id); pay_slips has no index by employee (migration 0203).
constexpr const char* kChargedFrom =
    "SELECT COUNT(*) FROM pay_runs r CROSS JOIN pay_slips s WHERE "
    "r.employer_id = (SELECT e.employer_id FROM employees e WHERE e.id = :e) AND r.status = 'final' AND "
    "r.kind = 'monthly' AND r.period >= :f AND s.run_id = r.id AND s.employee_id = :e2 AND s.premium_month >= :f2";

/// Has a finalised monthly pay run already charged a premium month ≥ `from` for the employee?
bool used_by_runs(db::Database& db, EmployeeId ee, const YearMonth& from) {
  long long id = ee.value(), id2 = id, n = 0;
  std::string f = from.str(), f2 = f;
  db.session() << kChargedFrom, soci::use(id, "e"), soci::use(f, "f"), soci::use(id2, "e2"), soci::use(f2, "f2"),
      soci::into(n);
  return n > 0;
}

/// Did a finalised monthly run charge a premium month ≥ `from` with other standard amounts?
bool charged_otherwise(db::Database& db, EmployeeId ee, const YearMonth& from, const social::Grades& g) {
  long long id = ee.value(), id2 = id, n = 0, h = g.health_standard.value(), p = g.pension_standard.value();
  std::string f = from.str(), f2 = f;
  db.session() << std::string(kChargedFrom) +
                      " AND (s.standard_health IS NULL OR s.standard_health <> :h OR s.standard_pension <> :p)",
      soci::use(id, "e"), soci::use(f, "f"), soci::use(id2, "e2"), soci::use(f2, "f2"), soci::use(h, "h"),
      soci::use(p, "p"), soci::into(n);
  return n > 0;
}

std::string grades_text(const social::Grades& g) {
  return "健保 " + std::to_string(g.health_grade) + "級 " + g.health_standard.str() + " / 厚年 " +
         std::to_string(g.pension_grade) + "級 " + g.pension_standard.str();
}

/// Replaces the stored results of one kind and month by `fresh` (employee id → determination),
/// refusing to change or remove one a pay run has used.
void replace_all(db::Database& db, db::DeterminationRepo& dets, EmployerId er, DeterminationKind kind,
                 const YearMonth& from, const std::map<long long, social::Determination>& fresh,
                 const std::map<long long, const model::Employee*>& staff, BatchResult& out) {
  std::vector<Error> conflicts;
  for (const auto& old : dets.list(er, kind, from)) {
    if (old.determination.effective_from != from) continue;
    auto it = fresh.find(old.employee_id.value());
    bool changed = it == fresh.end() || !same_grades(it->second.grades, old.determination.grades);
    auto st = staff.find(old.employee_id.value());
    std::string who = st != staff.end() ? "社員 " + st->second->code + " " + name_of(*st->second)
                                        : "employee id " + std::to_string(old.employee_id.value());
    if (changed && used_by_runs(db, old.employee_id, from)) {
      conflicts.push_back(Error{ErrorCode::kConflict,
                                "the stored " + social::kind_code(kind) + " determination from " + from.str() + " (" +
                                    grades_text(old.determination.grades) +
                                    ") is used by finalised pay runs and would " +
                                    (it == fresh.end() ? "be removed" : "change to " + grades_text(it->second.grades)) +
                                    "; reverse the pay runs from premium month " + from.str() + " first",
                                who});
      continue;
    }
    if (it == fresh.end()) {
      dets.remove(old.employee_id, kind, from);
      out.notes.push_back(who + ": the earlier " + social::kind_code(kind) + " determination from " + from.str() +
                          " was removed (no longer produced)");
    }
  }
  if (!conflicts.empty()) throw KyuyoErrors(conflicts);
  for (const auto& [id, d] : fresh) {
    if (!charged_otherwise(db, EmployeeId(id), from, d.grades)) {
      dets.save(er, EmployeeId(id), d);
      continue;
    }
    auto st = staff.find(id);
    std::string who = st != staff.end() ? "社員 " + st->second->code + " " + name_of(*st->second) : std::to_string(id);
    bool had = false;
    for (const auto& old : dets.for_employee(EmployeeId(id)))
      had = had || (old.determination.kind == kind && old.determination.effective_from == from);
    if (had) {  // stored before, unchanged: the runs used something else already (keep as is)
      dets.save(er, EmployeeId(id), d);
      continue;
    }
    dets.save(er, EmployeeId(id), d);
    out.notes.push_back(who + ": finalised pay runs already charged premium months from " + from.str() +
                        " with other standard amounts; reverse and re-run them to apply this determination");
  }
}

}  // namespace

BatchResult teiji_batch(db::Database& db, const rules::RuleLibrary& lib, EmployerId er, int year) {
  db::Transaction tx(db);
  db::DeterminationRepo dets(db);
  auto staff = db::EmployeeRepo(db).list_by_employer(er);
  std::map<long long, const model::Employee*> by_id;
  for (const auto& e : staff) by_id[e.id.value()] = &e;
  PayHistory h = load_pay(db, er, {year, 4}, {year, 8});
  std::map<long long, YearMonth> zuiji_summer;
  for (int m : {7, 8, 9})
    for (const auto& s : dets.list(er, DeterminationKind::kZuiji, {year, m}))
      if (s.determination.effective_from == YearMonth{year, m}) zuiji_summer[s.employee_id.value()] = {year, m};

  BatchResult out;
  std::map<long long, social::Determination> fresh;
  std::vector<Error> errors;
  for (const auto& e : staff) {
    if (!e.social_insurance) continue;
    BatchLine l{e.code, name_of(e)};
    auto exclude = [&](std::string why) {
      l.note = std::move(why);
      out.lines.push_back(l);
    };
    if (e.hire_date >= Date(year, 6, 1)) {
      if (e.hire_date <= Date(year, 12, 31))
        exclude("対象外: 資格取得 " + iso(e.hire_date) + " (on or after 1 June: 資格取得時決定 applies until August " +
                std::to_string(year + 1) + ")");
      continue;
    }
    if (e.leave_date && *e.leave_date <= Date(year, 6, 30)) {
      if (*e.leave_date >= Date(year, 1, 1)) exclude("対象外: 退職 " + iso(*e.leave_date) + " (not insured on 1 July)");
      continue;
    }
    if (auto z = zuiji_summer.find(e.id.value()); z != zuiji_summer.end()) {
      exclude("対象外: 随時改定 from " + z->second.str() + " (7–9月改定)");
      continue;
    }
    social::TeijiInput in;
    in.year = year;
    bool any = false;
    for (int i = 0; i < 3; ++i) {
      in.months[static_cast<std::size_t>(i)] = pay_month(h, e, {year, 4 + i});
      any = any || month_of(h, e, {year, 4 + i});
    }
    auto cur = current_for(dets, h, e, {year, 8});
    if (cur) {
      in.previous = cur->grades;
      in.previous_from = cur->from;
      l.previous = cur->grades;
    }
    if (!any) {
      exclude("対象外: no finalised monthly pay paid in April–June " + std::to_string(year) +
              " (保険者算定 / check by hand)");
      continue;
    }
    auto d = social::teiji_kettei(lib, in);
    if (!d) {
      if (d.error().code == ErrorCode::kInvalidInput) {
        exclude("not decided: " + d.error().message);
        continue;
      }
      Error x = d.error();
      x.where = "社員 " + e.code + " " + name_of(e) + (x.where.empty() ? "" : ": " + x.where);
      errors.push_back(x);
      continue;
    }
    if (cur) d->trace.insert(d->trace.begin(), cur->source);
    l.stored = true;
    if (!d->kept_previous) l.average = d->average;
    l.grades = d->grades;
    if (d->kept_previous) l.note = "no month with enough 支払基礎日数: 従前の標準報酬月額 kept";
    else {
      int n = static_cast<int>(std::count(d->qualifying.begin(), d->qualifying.end(), true));
      if (n < 3) {
        std::string months;
        for (std::size_t i = 0; i < d->months.size(); ++i)
          if (!d->qualifying[i])
            months += (months.empty() ? "" : ", ") + d->months[i].paid_month.str() + " (" +
                      std::to_string(d->months[i].base_days) + "日" +
                      (d->months[i].partial ? ", 途中入社月" : "") + ")";
        l.note = "not counted: " + months;
      }
    }
    fresh[e.id.value()] = std::move(*d);
    out.lines.push_back(l);
    ++out.stored;
  }
  if (!errors.empty()) throw KyuyoErrors(errors);
  replace_all(db, dets, er, DeterminationKind::kTeiji, {year, 9}, fresh, by_id, out);
  tx.commit();
  return out;
}

BatchResult zuiji_batch(db::Database& db, const rules::RuleLibrary& lib, EmployerId er, const YearMonth& revision) {
  db::Transaction tx(db);
  db::DeterminationRepo dets(db);
  auto staff = db::EmployeeRepo(db).list_by_employer(er);
  std::map<long long, const model::Employee*> by_id;
  for (const auto& e : staff) by_id[e.id.value()] = &e;
  const YearMonth change = revision.plus_months(-3), before = revision.plus_months(-4), last = revision.plus_months(-1);
  PayHistory h = load_pay(db, er, before, last);

  BatchResult out;
  std::map<long long, social::Determination> fresh;
  std::vector<Error> errors;
  std::vector<const model::Employee*> summer;  // 7–9月改定: their 定時決定 goes
  for (const auto& e : staff) {
    if (!e.social_insurance) continue;
    if (e.hire_date > before.last_day()) continue;  // no pay before the change month (資格取得時決定)
    if (e.leave_date && *e.leave_date < before.first_day()) continue;   // long gone
    BatchLine l{e.code, name_of(e)};
    auto exclude = [&](std::string why) {
      l.note = std::move(why);
      out.lines.push_back(l);
    };
    auto cur = current_for(dets, h, e, last);
    if (cur) l.previous = cur->grades;
    if (e.leave_date && *e.leave_date < revision.first_day()) {
      exclude("対象外: 退職 " + iso(*e.leave_date) + " (not insured in " + revision.str() + ")");
      continue;
    }
    const MonthPay* p0 = month_of(h, e, before);
    const MonthPay* p1 = month_of(h, e, change);
    if (!p0 || !p1) {
      exclude("no change judged: no finalised monthly pay paid in " + (!p0 ? before.str() : change.str()));
      continue;
    }
    if (p0->fixed == p1->fixed) {
      exclude("no change of 固定的賃金 (" + p0->fixed.str() + ")");
      continue;
    }
    const MonthPay* p2 = month_of(h, e, change.plus_months(1));
    const MonthPay* p3 = month_of(h, e, change.plus_months(2));
    if (!p2 || !p3 || p2->fixed != p1->fixed || p3->fixed != p1->fixed) {
      exclude("check by hand: 固定的賃金 " + p0->fixed.str() + " → " + p1->fixed.str() + ", then " +
              (p2 ? p2->fixed.str() : std::string("no pay")) + ", " + (p3 ? p3->fixed.str() : std::string("no pay")) +
              " (not one new amount for the three months; pay by the hour or day?)");
      continue;
    }
    if (!cur) {
      exclude("not judged: no 標準報酬月額 in force for " + last.str() + " is known (no determination, no pay slip)");
      continue;
    }
    social::ZuijiInput in;
    in.change_month = change;
    in.direction = p1->fixed > p0->fixed ? +1 : -1;
    for (int i = 0; i < 3; ++i) in.months[static_cast<std::size_t>(i)] = pay_month(h, e, change.plus_months(i));
    in.current = cur->grades;
    in.current_from = cur->from;
    in.current_remuneration = cur->remuneration;
    auto r = social::zuiji_kaitei(lib, in);
    if (!r) {
      Error x = r.error();
      x.where = "社員 " + e.code + " " + name_of(e) + (x.where.empty() ? "" : ": " + x.where);
      errors.push_back(x);
      continue;
    }
    std::string fixed_change = "固定的賃金 " + p0->fixed.str() + " → " + p1->fixed.str() + " (" +
                               (in.direction > 0 ? "昇給" : "降給") + " " + change.str() + ")";
    if (!r->triggered) {
      std::string why;
      for (const auto& s : r->reasons) why += (why.empty() ? "" : "; ") + s;
      exclude("対象外: " + fixed_change + "; " + why);
      continue;
    }
    auto& d = *r->determination;
    d.trace.insert(d.trace.begin(), fixed_change);
    d.trace.insert(d.trace.begin(), cur->source);
    l.stored = true;
    l.average = d.average;
    l.grades = d.grades;
    l.note = fixed_change;
    if (!d.health_changed) l.note += "; 厚年 only";
    if (!d.pension_changed) l.note += "; 健保 only";
    if (revision.month >= 7 && revision.month <= 9) summer.push_back(&e);
    fresh[e.id.value()] = std::move(d);
    out.lines.push_back(l);
    ++out.stored;
  }
  if (!errors.empty()) throw KyuyoErrors(errors);
  replace_all(db, dets, er, DeterminationKind::kZuiji, revision, fresh, by_id, out);
  // A 随時改定 effective July–September takes the place of that year's 定時決定.
  std::vector<Error> conflicts;
  for (const auto* e : summer) {
    YearMonth sept{revision.year, 9};
    auto t = dets.list(er, DeterminationKind::kTeiji, sept);
    bool has = std::any_of(t.begin(), t.end(), [&](const auto& s) { return s.employee_id == e->id; });
    if (!has) continue;
    if (used_by_runs(db, e->id, sept)) {
      conflicts.push_back(Error{ErrorCode::kConflict,
                                "the stored 定時決定 from " + sept.str() +
                                    " is used by finalised pay runs and a 随時改定 from " + revision.str() +
                                    " takes its place; reverse the pay runs from premium month " + sept.str() + " first",
                                "社員 " + e->code + " " + name_of(*e)});
      continue;
    }
    dets.remove(e->id, DeterminationKind::kTeiji, sept);
    out.notes.push_back("社員 " + e->code + " " + name_of(*e) + ": the stored 定時決定 from " + sept.str() +
                        " was removed (随時改定 from " + revision.str() + " takes its place)");
  }
  if (!conflicts.empty()) throw KyuyoErrors(conflicts);
  tx.commit();
  return out;
}

}  // namespace kyuyo::shaho
