#include "kyuyo/vault/person.hpp"

#include <soci/soci.h>

#include "kyuyo/adapters/db/database.hpp"
#include "sql_util.hpp"

namespace kyuyo::vault {

Result<PersonRef> PersonRef::parse(std::string_view text) {
  auto bad = [](const std::string& why) {
    return fail(ErrorCode::kInvalidInput, "person must be 社員番号 (E001) or 社員番号:扶養親族の連番 (E001:2): " + why);
  };
  if (text.empty()) return bad("empty");
  if (text == "@owner" || text == "事業主") {
    PersonRef o;
    o.owner = true;
    return o;
  }
  // never echo something that could be a number typed into the wrong field
  std::size_t digits = 0;
  for (char c : text) digits += (c >= '0' && c <= '9');
  auto colon = text.rfind(':');
  PersonRef r;
  r.employee_code = std::string(text.substr(0, colon));
  if (r.employee_code.empty()) return bad("no 社員番号");
  if (digits >= 12 && text.find_first_not_of("0123456789") == std::string_view::npos)
    return bad("a 12-digit value is not a person reference (is this a 個人番号 in the wrong column?)");
  if (colon != std::string_view::npos) {
    auto seq = text.substr(colon + 1);
    if (seq.empty() || seq.size() > 3 || seq.find_first_not_of("0123456789") != std::string_view::npos)
      return bad("the dependent number after ':' must be 1–999");
    r.dependent_seq = std::stoi(std::string(seq));
    if (*r.dependent_seq <= 0) return bad("the dependent number after ':' must be 1–999");
  }
  return r;
}

std::string PersonRef::str() const {
  if (owner) return "@owner";
  return dependent_seq ? employee_code + ":" + std::to_string(*dependent_seq) : employee_code;
}

std::string Person::key() const {
  if (ref.owner) return "o:" + std::to_string(employer_id);
  return dependent_id ? "d:" + std::to_string(*dependent_id) : "e:" + std::to_string(employee_id);
}

namespace {
Person fill(db::Database& db, const std::string& where, std::int64_t a, const std::string& what) {
  auto& sql = db.session();
  long long employer_id = 0, employee_id = 0;
  std::string employer_code, code, family, given;
  std::string leave;
  soci::indicator leave_ind = soci::i_null;
  long long aa = a;
  sql << "SELECT e.employer_id, r.code, e.id, e.code, e.family_name, e.given_name, e.leave_date FROM employees e "
         "JOIN employers r ON r.id = e.employer_id WHERE " + where,
      soci::use(aa), soci::into(employer_id), soci::into(employer_code), soci::into(employee_id), soci::into(code),
      soci::into(family), soci::into(given), soci::into(leave, leave_ind);
  if (!sql.got_data()) throw KyuyoError(ErrorCode::kNotFound, "no such employee: " + what);
  Person p;
  p.employer_id = employer_id;
  p.employer_code = employer_code;
  p.employee_id = employee_id;
  p.ref.employee_code = code;
  p.name = family + " " + given;
  if (leave_ind == soci::i_ok && !leave.empty()) {
    auto d = parse_date(leave);
    if (d) p.leave_date = *d;
  }
  return p;
}

void add_dependent(db::Database& db, Person& p, const std::string& by, long long value, const std::string& what) {
  auto& sql = db.session();
  long long id = 0, emp = p.employee_id;
  int seq = 0;
  std::string family, given;
  sql << "SELECT id, seq, family_name, given_name FROM dependents WHERE employee_id = :e AND " + by + " = :v",
      soci::use(emp), soci::use(value), soci::into(id), soci::into(seq), soci::into(family), soci::into(given);
  if (!sql.got_data()) throw KyuyoError(ErrorCode::kNotFound, "no such dependent: " + what);
  p.dependent_id = id;
  p.ref.dependent_seq = seq;
  p.name = family + " " + given;
}
}  // namespace

Person owner_person(db::Database& db, std::int64_t employer_id, bool sole_proprietor_only) {
  auto& sql = db.session();
  long long id = employer_id;
  std::string code, name, corporate, representative;
  soci::indicator ci = soci::i_null, ri = soci::i_null;
  sql << "SELECT code, name, corporate_number, representative FROM employers WHERE id = :id", soci::use(id),
      soci::into(code), soci::into(name), soci::into(corporate, ci), soci::into(representative, ri);
  if (!sql.got_data()) throw KyuyoError(ErrorCode::kNotFound, "no such employer: id " + std::to_string(employer_id));
  if (ci != soci::i_ok) corporate.clear();
  if (ri != soci::i_ok) representative.clear();
  if (sole_proprietor_only && !corporate.empty())
    throw KyuyoError(ErrorCode::kInvalidInput,
                     "employer " + code + " has a 法人番号: its payer box takes the 法人番号; an owner's 個人番号 is "
                     "held for a 個人事業主 (an employer without 法人番号) only",
                     "@owner");
  Person p;
  p.employer_id = employer_id;
  p.employer_code = code;
  p.ref.owner = true;
  p.name = representative.empty() ? name : representative;
  return p;
}

Person resolve_person(db::Database& db, std::int64_t employer_id, const PersonRef& ref) {
  if (ref.owner) return owner_person(db, employer_id);
  auto& sql = db.session();
  long long id = 0, er = employer_id;
  std::string code = ref.employee_code;
  sql << "SELECT id FROM employees WHERE employer_id = :r AND code = :c", soci::use(er), soci::use(code),
      soci::into(id);
  if (!sql.got_data()) throw KyuyoError(ErrorCode::kNotFound, "no employee with 社員番号 '" + code + "'", ref.str());
  Person p = fill(db, "e.id = :id", id, ref.str());
  if (ref.dependent_seq) add_dependent(db, p, "seq", *ref.dependent_seq, ref.str());
  return p;
}

Person person_by_id(db::Database& db, std::int64_t employee_id, std::optional<std::int64_t> dependent_id) {
  Person p = fill(db, "e.id = :id", employee_id, "employee id " + std::to_string(employee_id));
  if (dependent_id) add_dependent(db, p, "id", *dependent_id, "dependent id " + std::to_string(*dependent_id));
  return p;
}

}  // namespace kyuyo::vault
