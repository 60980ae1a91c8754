#include "kyuyo/adapters/filings/vault_number_source.hpp"

namespace kyuyo::filings {

bool VaultNumberSource::with_number(const forms::NumberRef& who, const std::function<void(std::string_view)>& sink) {
  if (who.owner_of_employer) {
    notes_.push_back("事業主の個人番号: not yet held by the vault");
    return false;
  }
  auto person = vault::person_by_id(db_, who.employee_id, who.dependent_id);
  vault::ProvideRequest req{person, vault::Purpose::kTaxWithholding, dest_, kind_, year_, std::nullopt, file_};
  auto p = vault_.provide(req);
  if (!p.provided()) {
    notes_.push_back(person.ref.str() + " " + person.name + ": " + p.note());
    return false;
  }
  sink(p.digits());
  ++provided_;
  return true;
}

}  // namespace kyuyo::filings
