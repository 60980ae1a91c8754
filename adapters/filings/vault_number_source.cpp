#include "kyuyo/adapters/filings/vault_number_source.hpp"

namespace kyuyo::filings {

bool VaultNumberSource::with_number(const forms::NumberRef& who, const std::function<void(std::string_view)>& sink) {
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
