#include "kyuyo/adapters/payroll/engine_sources.hpp"

namespace kyuyo::payroll_run {
namespace {
// Placeholder until the withholding and premium engines land: refuses rather than guesses.
class Unavailable : public payroll::PremiumCalculator, public payroll::WithholdingCalculator {
 public:
  Result<payroll::PremiumFigures> monthly(const payroll::MonthlyPremiumQuery&) const override { return no("premium"); }
  Result<payroll::PremiumFigures> bonus(const payroll::BonusPremiumQuery&) const override { return no("premium"); }
  Result<payroll::StandardAmounts> standard_for(Yen, const YearMonth&) const override { return no("premium"); }
  Result<payroll::TaxFigure> monthly(const payroll::MonthlyTaxQuery&) const override { return no("withholding"); }
  Result<payroll::TaxFigure> bonus(const payroll::BonusTaxQuery&) const override { return no("withholding"); }

 private:
  static std::unexpected<Error> no(const char* what) {
    return fail(ErrorCode::kUnsupported, std::string("the ") + what + " engine is not available in this build");
  }
};
}  // namespace

Sources engine_sources(const rules::RuleLibrary&) {
  static Unavailable u;
  Sources s;
  s.premiums = &u;
  s.withholding = &u;
  return s;
}

}  // namespace kyuyo::payroll_run
