#include "kyuyo/adapters/payroll/engine_sources.hpp"

#include <map>
#include <memory>

#include <soci/soci.h>

#include "kyuyo/adapters/db/determination_repo.hpp"
#include "kyuyo/adapters/xml/rule_loader.hpp"
#include "kyuyo/social/eligibility.hpp"
#include "kyuyo/social/grades.hpp"
#include "kyuyo/social/payroll_premiums.hpp"
#include "kyuyo/social/premiums.hpp"
#include "kyuyo/withholding/withholding.hpp"

namespace kyuyo::payroll_run {
namespace {

// 源泉徴収: the withholding engine (tables compiled once per run).
class Withholding : public payroll::WithholdingCalculator {
 public:
  explicit Withholding(const rules::RuleLibrary& lib) : eng_(lib) {}
  Result<payroll::TaxFigure> monthly(const payroll::MonthlyTaxQuery& q) const override {
    auto r = eng_.monthly({q.payment_date, q.amount_after_social, q.dependents, q.column, q.method}, q.trace);
    if (!r) return std::unexpected(r.error());
    return payroll::TaxFigure{r->tax, std::move(r->trace)};
  }
  Result<payroll::TaxFigure> bonus(const payroll::BonusTaxQuery& q) const override {
    withholding::BonusQuery b;
    b.payment_date = q.payment_date;
    b.bonus = q.bonus;
    b.social = q.social;
    b.prev_month_after_social = q.prev_month_after_social;
    b.prev_month_paid = q.prev_month_paid;
    b.dependents = q.dependents;
    b.column = q.column;
    auto r = eng_.bonus(b, q.trace);
    if (!r) return std::unexpected(r.error());
    return payroll::TaxFigure{r->tax, std::move(r->trace)};
  }

 private:
  withholding::Engine eng_;
};

// 社会保険料・雇用保険料: the social engine. Lines as the payslip shows them: 健康保険料 (the
// combined 健保+介護+支援金 deduction less the two lines shown on their own), 介護保険料,
// 子ども・子育て支援金, 厚生年金保険料, 雇用保険料.
class Premiums : public payroll::PremiumCalculator {
 public:
  explicit Premiums(const rules::RuleLibrary& lib) : lib_(lib), rates_(lib) {}

  Result<payroll::PremiumFigures> monthly(const payroll::MonthlyPremiumQuery& q) const override {
    social::PremiumInput in;
    auto ins = insurer(*q.employer);
    if (!ins) return std::unexpected(ins.error());
    in.insurer = *ins;
    in.person = person(*q.employee);
    if (!q.standard) in.person.social_insured = false;
    in.person.leave = social::exempting_leave(q.leaves, q.premium_month, false);  // 産休/育休
    in.premium_month = q.premium_month;
    if (q.standard)
      in.standard = social::Grades{q.standard->health_grade, q.standard->health, q.standard->pension_grade,
                                   q.standard->pension};
    in.wages_paid = q.wages_paid;
    in.wage_date = q.wage_date;
    in.trace = q.trace;
    auto r = social::monthly_premiums(rates_, in);
    if (!r) return std::unexpected(r.error());
    auto f = figures(*r);
    social::add_run_facts(f, *r, in.person, q.premium_month);  // employer totals, leave exemption
    return f;
  }
  Result<payroll::PremiumFigures> bonus(const payroll::BonusPremiumQuery& q) const override {
    social::BonusInput in;
    auto ins = insurer(*q.employer);
    if (!ins) return std::unexpected(ins.error());
    in.insurer = *ins;
    in.person = person(*q.employee);
    if (!q.insured) in.person.social_insured = false;
    in.person.leave = social::exempting_leave(q.leaves, YearMonth::of(q.payment_date), true);  // 産休/育休
    in.payment_date = q.payment_date;
    in.bonus = q.bonus;
    in.prior_health_fy = q.prior_standard_bonus_health_fy;
    in.prior_pension_month = q.prior_standard_bonus_pension_month;
    in.trace = q.trace;
    auto r = social::bonus_premiums(rates_, in);
    if (!r) return std::unexpected(r.error());
    auto f = figures(*r);
    // 標準賞与額 whenever insured in the month, charged or not: a bonus exempted under 産休/育休 still
    // counts towards the 健保 年度 573万 total (and is reported on the 賞与支払届).
    f.standard_bonus_health = r->health_base;
    f.standard_bonus_pension = r->pension_base;
    social::add_run_facts(f, *r, in.person, YearMonth::of(q.payment_date));
    return f;
  }
  Result<payroll::StandardAmounts> standard_for(Yen remuneration, const YearMonth& m) const override {
    // The month's grade tables are fetched once and searched here (以上 lower, 未満 upper, as
    // social::grade_for does); other months or amounts outside the rows go to grade_for itself.
    if (!tables_month_ || *tables_month_ != m) {
      auto h = social::grade_table(lib_, social::GradeTable::kHealth, m);
      auto p = social::grade_table(lib_, social::GradeTable::kPension, m);
      if (!h || !p) return slow(remuneration, m);
      health_rows_ = std::move(*h);
      pension_rows_ = std::move(*p);
      tables_month_ = m;
    }
    auto find = [&](const std::vector<social::GradeRow>& rows) -> const social::GradeRow* {
      for (const auto& r : rows)
        if ((!r.lower || remuneration >= *r.lower) && (!r.upper || remuneration < *r.upper)) return &r;
      return nullptr;
    };
    const auto* h = find(health_rows_);
    const auto* p = find(pension_rows_);
    if (remuneration < Yen() || !h || !p) return slow(remuneration, m);
    return payroll::StandardAmounts{h->standard, p->standard, h->grade, p->grade};
  }

 private:
  Result<social::InsurerFacts> insurer(const model::Employer& er) const {
    social::InsurerFacts f;
    f.prefecture = er.prefecture;
    f.business = er.employment_business;
    if (er.health_insurer == model::HealthInsurer::kKumiai) {
      if (er.kumiai_rate_file.empty())
        return fail(ErrorCode::kRuleData, "employer " + er.code + " is in a 健保組合 but names no rate file");
      auto it = kumiai_.find(er.kumiai_rate_file);
      if (it == kumiai_.end()) {
        try {
          it = kumiai_.emplace(er.kumiai_rate_file, xml::load_rule_file(er.kumiai_rate_file)).first;
        } catch (const KyuyoErrors& e) {
          return std::unexpected(e.errors().front());
        }
      }
      f.kumiai = &it->second;
    }
    return f;
  }
  static social::PersonFacts person(const model::Employee& e) {
    social::PersonFacts p;
    p.birth_date = e.birth_date;
    p.social_insured = e.social_insurance;
    p.employment_insured = e.employment_insurance;
    p.acquired = e.hire_date;
    if (e.leave_date) p.lost = social::loss_date_after_leaving(*e.leave_date);
    return p;
  }
  static payroll::PremiumFigures figures(const social::PremiumResult& r) {
    payroll::PremiumFigures f;
    f.lines = {{"health", "健康保険料", r.health_employee_line},
               {"care", "介護保険料", r.care_employee_line},
               {"kids_support", "子ども・子育て支援金", r.support_employee_line},
               {"pension", "厚生年金保険料", r.pension.employee},
               {"employment", "雇用保険料", r.employment.employee}};
    f.social_insurance = r.social_employee();
    f.employment = r.employment.employee;
    f.trace = r.trace;
    return f;
  }
  Result<payroll::StandardAmounts> slow(Yen remuneration, const YearMonth& m) const {
    auto g = social::grade_for(lib_, remuneration, m);
    if (!g) return std::unexpected(g.error());
    return payroll::StandardAmounts{g->health_standard, g->pension_standard, g->health_grade, g->pension_grade};
  }
  const rules::RuleLibrary& lib_;
  social::RateSource rates_;  // remembered rate lookups: one table scan per prefecture and month
  mutable std::map<std::string, rules::RuleFile> kumiai_;
  mutable std::optional<YearMonth> tables_month_;
  mutable std::vector<social::GradeRow> health_rows_, pension_rows_;
};

struct Bound {
  Withholding withholding;
  Premiums premiums;
  explicit Bound(const rules::RuleLibrary& lib) : withholding(lib), premiums(lib) {}
};
}  // namespace

Sources engine_sources(const rules::RuleLibrary& lib) {
  auto b = std::make_shared<Bound>(lib);
  Sources s;
  s.keep_alive = b;
  s.premiums = &b->premiums;
  s.withholding = &b->withholding;
  // 標準報酬月額: the determination in force for the premium month (social module), when the
  // store holds any; otherwise the pay data's declared 報酬月額 is graded (pay_run_service).
  auto has_any = std::make_shared<std::map<long long, bool>>();  // per employer
  s.standard = [has_any](db::Database& db, const model::Employee& e,
                         const YearMonth& m) -> std::optional<payroll::StandardAmounts> {
    long long er = e.employer_id.value();
    auto it = has_any->find(er);
    if (it == has_any->end()) {
      long long n = 0;
      db.session() << "SELECT COUNT(*) FROM social_determinations WHERE employer_id = :e", soci::use(er),
          soci::into(n);
      it = has_any->emplace(er, n > 0).first;
    }
    if (!it->second) return std::nullopt;
    auto d = db::DeterminationRepo(db).in_force(e.id, m);
    if (!d) return std::nullopt;
    const auto& g = d->determination.grades;
    return payroll::StandardAmounts{g.health_standard, g.pension_standard, g.health_grade, g.pension_grade};
  };
  s.dependents = [&lib](const model::Employee& e, const std::vector<model::Dependent>& deps, const Date& d) {
    auto n = withholding::dependents_count(lib, {&e, &deps, d, std::nullopt});
    if (!n) throw KyuyoError(n.error());
    return n->total;
  };
  return s;
}

}  // namespace kyuyo::payroll_run
