#pragma once
/// \brief Persons whose numbers the vault holds: employees and their dependents, named on the
/// command line by 社員番号 ("E001") or 社員番号:扶養親族の連番 ("E001:2") within an employer, and the
/// owner of a 個人事業主 employer ("@owner", also 「事業主」): the payer whose 個人番号 goes in the
/// 支払者 個人番号又は法人番号 box of the 源泉徴収票 submission copies. The vault keys rows on the
/// surrogate ids, never on the number.
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
  bool owner = false;  ///< the employer's owner (個人事業主), "@owner"
  /// "E001", "E001:2", or "@owner" / "事業主". The error never echoes a 12-digit input.
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
  /// The 個人事業主 employer's owner: employee_id is 0 and there is no employee row.
  bool is_owner() const { return ref.owner; }
  /// "e:<employee id>" / "d:<dependent id>" / "o:<employer id>": the vault row key and the AEAD
  /// associated data.
  std::string key() const;
};

/// Throws KyuyoError(kNotFound) naming the reference when there is no such person.
Person resolve_person(db::Database& db, std::int64_t employer_id, const PersonRef& ref);
/// By surrogate ids (what pay runs and filings hold).
Person person_by_id(db::Database& db, std::int64_t employee_id, std::optional<std::int64_t> dependent_id = {});
/// The owner of an employer (name: the 代表者氏名, else the employer's name). `sole_proprietor_only`:
/// refuse (KyuyoError kInvalidInput) an employer with a 法人番号, whose payer box takes the 法人番号.
Person owner_person(db::Database& db, std::int64_t employer_id, bool sole_proprietor_only = true);

}  // namespace kyuyo::vault
