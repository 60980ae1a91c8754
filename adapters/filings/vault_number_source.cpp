#include "kyuyo/adapters/filings/vault_number_source.hpp"

namespace kyuyo::filings {

bool VaultNumberSource::with_number(const forms::NumberRef& who, const std::function<void(std::string_view)>& sink) {
  // the 個人事業主's owner (payer's 個人番号又は法人番号 box) or an employee / dependent
  auto person = who.owner_of_employer ? vault::owner_person(db_, *who.owner_of_employer)
                                      : vault::person_by_id(db_, who.employee_id, who.dependent_id);
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
