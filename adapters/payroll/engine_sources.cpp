#include "kyuyo/adapters/payroll/engine_sources.hpp"

#include <map>
#include <memory>

#include <soci/soci.h>

#include "kyuyo/adapters/db/determination_repo.hpp"
#include "kyuyo/adapters/xml/rule_loader.hpp"
#include "kyuyo/social/payroll_premiums.hpp"
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

// 健保組合 rate files (employer master kumiai_rate_file), loaded once per run and path.
class KumiaiFiles {
 public:
  Result<const rules::RuleFile*> operator()(const model::Employer& er, const YearMonth&) {
    if (er.kumiai_rate_file.empty())
      return fail(ErrorCode::kRuleData, "employer " + er.code + " is in a 健保組合 but names no rate file");
    auto it = files_.find(er.kumiai_rate_file);
    if (it == files_.end()) {
      try {
        it = files_.emplace(er.kumiai_rate_file, xml::load_rule_file(er.kumiai_rate_file)).first;
      } catch (const KyuyoErrors& e) {
        return std::unexpected(e.errors().front());
      }
    }
    return &it->second;
  }

 private:
  std::map<std::string, rules::RuleFile> files_;
};

// 社会保険料・雇用保険料: the social engine's pay-run seam (social::PayrollPremiums).
struct Bound {
  Withholding withholding;
  KumiaiFiles kumiai;
  social::PayrollPremiums premiums;
  explicit Bound(const rules::RuleLibrary& lib)
      : withholding(lib), premiums(lib, [this](const model::Employer& er, const YearMonth& m) {
          return kumiai(er, m);
        }) {}
  Bound(const Bound&) = delete;  // premiums' lookup points at this object's kumiai
  Bound& operator=(const Bound&) = delete;
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
