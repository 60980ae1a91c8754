#pragma once
/// \brief Persons whose numbers the vault holds: employees and their dependents, named on the
/// command line by 社員番号 ("E001") or 社員番号:扶養親族の連番 ("E001:2") within an employer.
/// The vault keys rows on the surrogate ids, never on the number.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kyuyo/core/date.hpp"
#include "kyuyo/core/error.hpp"

namespace kyuyo::db {
class Database;
}

namespace kyuyo::vault {

struct PersonRef {
  std::string employee_code;
  std::optional<int> dependent_seq;
  /// "E001" or "E001:2". The error never echoes a 12-digit input.
  static Result<PersonRef> parse(std::string_view text);
  std::string str() const;
};

struct Person {
  std::int64_t employer_id = 0;
  std::string employer_code;
  std::int64_t employee_id = 0;
  std::optional<std::int64_t> dependent_id;
  PersonRef ref;
  std::string name;                 ///< 氏名
  std::optional<Date> leave_date;   ///< the employee's 退職日 (for a dependent: their employee's)
  bool is_dependent() const { return dependent_id.has_value(); }
  /// "e:<employee id>" / "d:<dependent id>": the vault row key and the AEAD associated data.
  std::string key() const;
};

/// Throws KyuyoError(kNotFound) naming the reference when there is no such person.
Person resolve_person(db::Database& db, std::int64_t employer_id, const PersonRef& ref);
/// By surrogate ids (what pay runs and filings hold).
Person person_by_id(db::Database& db, std::int64_t employee_id, std::optional<std::int64_t> dependent_id = {});

}  // namespace kyuyo::vault
