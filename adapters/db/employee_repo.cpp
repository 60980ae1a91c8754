#include "kyuyo/adapters/db/employee_repo.hpp"

#include <soci/soci.h>

#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/core/error.hpp"

namespace kyuyo::db {
namespace {
using model::Dependent;
using model::Employee;

// ---- enum <-> stored text (the CHECK constraints of 0001_core.sql) ------------------------------
const char* to_text(model::TaxColumn v) { return v == model::TaxColumn::kOtsu ? "otsu" : "kou"; }
const char* to_text(model::EmploymentType v) {
  switch (v) {
    case model::EmploymentType::kPartTime:
      return "part_time";
    case model::EmploymentType::kShortTime:
      return "short_time";
    case model::EmploymentType::kOfficer:
      return "officer";
    default:
      return "regular";
  }
}
const char* to_text(model::Disability v) {
  switch (v) {
    case model::Disability::kGeneral:
      return "general";
    case model::Disability::kSpecial:
      return "special";
    default:
      return "none";
  }
}
const char* to_text(model::WidowStatus v) {
  switch (v) {
    case model::WidowStatus::kWidow:
      return "widow";
    case model::WidowStatus::kSingleParent:
      return "single_parent";
    default:
      return "none";
  }
}
const char* to_text(model::Relation v) {
  switch (v) {
    case model::Relation::kSpouse:
      return "spouse";
    case model::Relation::kParent:
      return "parent";
    case model::Relation::kGrandparent:
      return "grandparent";
    case model::Relation::kSibling:
      return "sibling";
    case model::Relation::kOther:
      return "other";
    default:
      return "child";
  }
}
model::Disability disability_of(const std::string& s) {
  return s == "general"   ? model::Disability::kGeneral
         : s == "special" ? model::Disability::kSpecial
                          : model::Disability::kNone;
}
model::Relation relation_of(const std::string& s) {
  if (s == "spouse") return model::Relation::kSpouse;
  if (s == "parent") return model::Relation::kParent;
  if (s == "grandparent") return model::Relation::kGrandparent;
  if (s == "sibling") return model::Relation::kSibling;
  if (s == "other") return model::Relation::kOther;
  return model::Relation::kChild;
}

Date date_of(const std::string& s, const char* column) {
  auto d = parse_date(s);
  if (!d) throw KyuyoError(ErrorCode::kInternal, "stored date is malformed", column);
  return *d;
}

// ---- employees --------------------------------------------------------------------------------
struct EmployeeRow {
  long long id = 0, employer_id = 0;
  std::string code, family_name, given_name, family_kana, given_kana, birth_date, sex, postal_code,
      address, municipality_code, hire_date, leave_date;
  soci::indicator leave_ind = soci::i_null;
  std::string tax_column, employment_type, basic_pension_number, employment_insurance_number,
      insured_person_number;
  int social_insurance = 1, employment_insurance = 1;
  std::string disability, widow;
  int working_student = 0, resident = 1;

  static EmployeeRow from(const Employee& e) {
    EmployeeRow r;
    r.id = e.id.value();
    r.employer_id = e.employer_id.value();
    r.code = e.code;
    r.family_name = e.family_name;
    r.given_name = e.given_name;
    r.family_kana = e.family_kana;
    r.given_kana = e.given_kana;
    r.birth_date = iso(e.birth_date);
    r.sex = e.sex == model::Sex::kFemale ? "F" : "M";
    r.postal_code = e.postal_code;
    r.address = e.address;
    r.municipality_code = e.municipality_code;
    r.hire_date = iso(e.hire_date);
    if (e.leave_date) {
      r.leave_date = iso(*e.leave_date);
      r.leave_ind = soci::i_ok;
    }
    r.tax_column = to_text(e.tax_column);
    r.employment_type = to_text(e.employment_type);
    r.basic_pension_number = e.basic_pension_number;
    r.employment_insurance_number = e.employment_insurance_number;
    r.insured_person_number = e.insured_person_number;
    r.social_insurance = e.social_insurance ? 1 : 0;
    r.employment_insurance = e.employment_insurance ? 1 : 0;
    r.disability = to_text(e.disability);
    r.widow = to_text(e.widow);
    r.working_student = e.working_student ? 1 : 0;
    r.resident = e.resident ? 1 : 0;
    return r;
  }
  Employee to_model() const {
    Employee e;
    e.id = EmployeeId(id);
    e.employer_id = EmployerId(employer_id);
    e.code = code;
    e.family_name = family_name;
    e.given_name = given_name;
    e.family_kana = family_kana;
    e.given_kana = given_kana;
    e.birth_date = date_of(birth_date, "employees.birth_date");
    e.sex = sex == "F" ? model::Sex::kFemale : model::Sex::kMale;
    e.postal_code = postal_code;
    e.address = address;
    e.municipality_code = municipality_code;
    e.hire_date = date_of(hire_date, "employees.hire_date");
    if (leave_ind == soci::i_ok && !leave_date.empty())
      e.leave_date = date_of(leave_date, "employees.leave_date");
    e.tax_column = tax_column == "otsu" ? model::TaxColumn::kOtsu : model::TaxColumn::kKou;
    e.employment_type = employment_type == "part_time"    ? model::EmploymentType::kPartTime
                        : employment_type == "short_time" ? model::EmploymentType::kShortTime
                        : employment_type == "officer"    ? model::EmploymentType::kOfficer
                                                          : model::EmploymentType::kRegular;
    e.basic_pension_number = basic_pension_number;
    e.employment_insurance_number = employment_insurance_number;
    e.insured_person_number = insured_person_number;
    e.social_insurance = social_insurance != 0;
    e.employment_insurance = employment_insurance != 0;
    e.disability = disability_of(disability);
    e.widow = widow == "widow"           ? model::WidowStatus::kWidow
              : widow == "single_parent" ? model::WidowStatus::kSingleParent
                                         : model::WidowStatus::kNone;
    e.working_student = working_student != 0;
    e.resident = resident != 0;
    return e;
  }
};

constexpr const char* kEmployeeSelect =
    "SELECT id, employer_id, code, family_name, given_name, family_kana, given_kana, birth_date, "
    "sex, "
    "postal_code, address, municipality_code, hire_date, leave_date, tax_column, employment_type, "
    "basic_pension_number, employment_insurance_number, insured_person_number, social_insurance, "
    "employment_insurance, disability, widow, working_student, resident FROM employees ";

std::vector<Employee> query_employees(Database& db, const std::string& where,
                                      std::vector<long long> ids, const std::string* text_arg) {
  EmployeeRow r;
  soci::statement st(db.session());
  st.alloc();
  st.prepare(std::string(kEmployeeSelect) + where);
  st.exchange(soci::into(r.id));
  st.exchange(soci::into(r.employer_id));
  st.exchange(soci::into(r.code));
  st.exchange(soci::into(r.family_name));
  st.exchange(soci::into(r.given_name));
  st.exchange(soci::into(r.family_kana));
  st.exchange(soci::into(r.given_kana));
  st.exchange(soci::into(r.birth_date));
  st.exchange(soci::into(r.sex));
  st.exchange(soci::into(r.postal_code));
  st.exchange(soci::into(r.address));
  st.exchange(soci::into(r.municipality_code));
  st.exchange(soci::into(r.hire_date));
  st.exchange(soci::into(r.leave_date, r.leave_ind));
  st.exchange(soci::into(r.tax_column));
  st.exchange(soci::into(r.employment_type));
  st.exchange(soci::into(r.basic_pension_number));
  st.exchange(soci::into(r.employment_insurance_number));
  st.exchange(soci::into(r.insured_person_number));
  st.exchange(soci::into(r.social_insurance));
  st.exchange(soci::into(r.employment_insurance));
  st.exchange(soci::into(r.disability));
  st.exchange(soci::into(r.widow));
  st.exchange(soci::into(r.working_student));
  st.exchange(soci::into(r.resident));
  for (auto& id : ids) st.exchange(soci::use(id));
  std::string text = text_arg ? *text_arg : std::string();
  if (text_arg) st.exchange(soci::use(text));
  st.define_and_bind();
  std::vector<Employee> out;
  if (st.execute(true)) {
    do {
      out.push_back(r.to_model());
      r.leave_ind = soci::i_null;
    } while (st.fetch());
  }
  return out;
}

// ---- dependents -------------------------------------------------------------------------------
struct DependentRow {
  long long id = 0, employee_id = 0;
  int seq = 0;
  std::string family_name, given_name, family_kana, given_kana, relation, birth_date;
  long long estimated_income = 0;
  std::string disability;
  int cohabiting = 1, non_resident = 0, health_dependent = 0;

  static DependentRow from(const Dependent& d) {
    DependentRow r;
    r.id = d.id.value();
    r.employee_id = d.employee_id.value();
    r.seq = d.seq;
    r.family_name = d.family_name;
    r.given_name = d.given_name;
    r.family_kana = d.family_kana;
    r.given_kana = d.given_kana;
    r.relation = to_text(d.relation);
    r.birth_date = iso(d.birth_date);
    r.estimated_income = d.estimated_income.value();
    r.disability = to_text(d.disability);
    r.cohabiting = d.cohabiting ? 1 : 0;
    r.non_resident = d.non_resident ? 1 : 0;
    r.health_dependent = d.health_dependent ? 1 : 0;
    return r;
  }
  Dependent to_model() const {
    Dependent d;
    d.id = DependentId(id);
    d.employee_id = EmployeeId(employee_id);
    d.seq = seq;
    d.family_name = family_name;
    d.given_name = given_name;
    d.family_kana = family_kana;
    d.given_kana = given_kana;
    d.relation = relation_of(relation);
    d.birth_date = date_of(birth_date, "dependents.birth_date");
    d.estimated_income = Yen(estimated_income);
    d.disability = disability_of(disability);
    d.cohabiting = cohabiting != 0;
    d.non_resident = non_resident != 0;
    d.health_dependent = health_dependent != 0;
    return d;
  }
};

std::vector<Dependent> query_dependents(Database& db, const std::string& where,
                                        std::vector<long long> args) {
  DependentRow r;
  soci::statement st(db.session());
  st.alloc();
  st.prepare(
      "SELECT id, employee_id, seq, family_name, given_name, family_kana, given_kana, relation, "
      "birth_date, "
      "estimated_income, disability, cohabiting, non_resident, health_dependent FROM dependents " +
      where);
  st.exchange(soci::into(r.id));
  st.exchange(soci::into(r.employee_id));
  st.exchange(soci::into(r.seq));
  st.exchange(soci::into(r.family_name));
  st.exchange(soci::into(r.given_name));
  st.exchange(soci::into(r.family_kana));
  st.exchange(soci::into(r.given_kana));
  st.exchange(soci::into(r.relation));
  st.exchange(soci::into(r.birth_date));
  st.exchange(soci::into(r.estimated_income));
  st.exchange(soci::into(r.disability));
  st.exchange(soci::into(r.cohabiting));
  st.exchange(soci::into(r.non_resident));
  st.exchange(soci::into(r.health_dependent));
  for (auto& a : args) st.exchange(soci::use(a));
  st.define_and_bind();
  std::vector<Dependent> out;
  if (st.execute(true)) {
    do out.push_back(r.to_model());
    while (st.fetch());
  }
  return out;
}
}  // namespace

bool same_content(const Employee& a, const Employee& b) {
  auto x = EmployeeRow::from(a), y = EmployeeRow::from(b);
  return x.employer_id == y.employer_id && x.code == y.code && x.family_name == y.family_name &&
         x.given_name == y.given_name && x.family_kana == y.family_kana &&
         x.given_kana == y.given_kana && x.birth_date == y.birth_date && x.sex == y.sex &&
         x.postal_code == y.postal_code && x.address == y.address &&
         x.municipality_code == y.municipality_code && x.hire_date == y.hire_date &&
         x.leave_ind == y.leave_ind && x.leave_date == y.leave_date &&
         x.tax_column == y.tax_column && x.employment_type == y.employment_type &&
         x.basic_pension_number == y.basic_pension_number &&
         x.employment_insurance_number == y.employment_insurance_number &&
         x.insured_person_number == y.insured_person_number &&
         x.social_insurance == y.social_insurance &&
         x.employment_insurance == y.employment_insurance && x.disability == y.disability &&
         x.widow == y.widow && x.working_student == y.working_student && x.resident == y.resident;
}

bool same_content(const Dependent& a, const Dependent& b) {
  auto x = DependentRow::from(a), y = DependentRow::from(b);
  return x.employee_id == y.employee_id && x.seq == y.seq && x.family_name == y.family_name &&
         x.given_name == y.given_name && x.family_kana == y.family_kana &&
         x.given_kana == y.given_kana && x.relation == y.relation && x.birth_date == y.birth_date &&
         x.estimated_income == y.estimated_income && x.disability == y.disability &&
         x.cohabiting == y.cohabiting && x.non_resident == y.non_resident &&
         x.health_dependent == y.health_dependent;
}

std::optional<Employee> EmployeeRepo::find(EmployeeId id) {
  auto rows = query_employees(db_, "WHERE id = :id", {id.value()}, nullptr);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::optional<Employee> EmployeeRepo::find_by_code(EmployerId employer, const std::string& code) {
  auto rows =
      query_employees(db_, "WHERE employer_id = :e AND code = :c", {employer.value()}, &code);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Employee> EmployeeRepo::list_by_employer(EmployerId employer) {
  return query_employees(db_, "WHERE employer_id = :e ORDER BY code", {employer.value()}, nullptr);
}

Upserted<EmployeeId> EmployeeRepo::upsert(const Employee& e) {
  auto& sql = db_.session();
  auto existing = find_by_code(e.employer_id, e.code);
  if (existing && same_content(*existing, e)) return {existing->id, Change::kUnchanged};
  EmployeeRow r = EmployeeRow::from(e);
  if (existing) {
    r.id = existing->id.value();
    sql << "UPDATE employees SET family_name=:family_name, given_name=:given_name, "
           "family_kana=:family_kana, "
           "given_kana=:given_kana, birth_date=:birth_date, sex=:sex, postal_code=:postal_code, "
           "address=:address, "
           "municipality_code=:municipality_code, hire_date=:hire_date, leave_date=:leave_date, "
           "tax_column=:tax_column, employment_type=:employment_type, "
           "basic_pension_number=:basic_pension_number, "
           "employment_insurance_number=:employment_insurance_number, "
           "insured_person_number=:insured_person_number, social_insurance=:social_insurance, "
           "employment_insurance=:employment_insurance, disability=:disability, widow=:widow, "
           "working_student=:working_student, resident=:resident WHERE id=:id",
        soci::use(r.family_name), soci::use(r.given_name), soci::use(r.family_kana),
        soci::use(r.given_kana), soci::use(r.birth_date), soci::use(r.sex),
        soci::use(r.postal_code), soci::use(r.address), soci::use(r.municipality_code),
        soci::use(r.hire_date), soci::use(r.leave_date, r.leave_ind), soci::use(r.tax_column),
        soci::use(r.employment_type), soci::use(r.basic_pension_number),
        soci::use(r.employment_insurance_number), soci::use(r.insured_person_number),
        soci::use(r.social_insurance), soci::use(r.employment_insurance), soci::use(r.disability),
        soci::use(r.widow), soci::use(r.working_student), soci::use(r.resident), soci::use(r.id);
    return {existing->id, Change::kUpdated};
  }
  long long id = 0;
  sql << "INSERT INTO employees (employer_id, code, family_name, given_name, family_kana, "
         "given_kana, birth_date, "
         "sex, postal_code, address, municipality_code, hire_date, leave_date, tax_column, "
         "employment_type, "
         "basic_pension_number, employment_insurance_number, insured_person_number, "
         "social_insurance, "
         "employment_insurance, disability, widow, working_student, resident) VALUES "
         "(:employer_id, :code, "
         ":family_name, :given_name, :family_kana, :given_kana, :birth_date, :sex, :postal_code, "
         ":address, "
         ":municipality_code, :hire_date, :leave_date, :tax_column, :employment_type, "
         ":basic_pension_number, "
         ":employment_insurance_number, :insured_person_number, :social_insurance, "
         ":employment_insurance, "
         ":disability, :widow, :working_student, :resident) RETURNING id",
      soci::use(r.employer_id), soci::use(r.code), soci::use(r.family_name),
      soci::use(r.given_name), soci::use(r.family_kana), soci::use(r.given_kana),
      soci::use(r.birth_date), soci::use(r.sex), soci::use(r.postal_code), soci::use(r.address),
      soci::use(r.municipality_code), soci::use(r.hire_date), soci::use(r.leave_date, r.leave_ind),
      soci::use(r.tax_column), soci::use(r.employment_type), soci::use(r.basic_pension_number),
      soci::use(r.employment_insurance_number), soci::use(r.insured_person_number),
      soci::use(r.social_insurance), soci::use(r.employment_insurance), soci::use(r.disability),
      soci::use(r.widow), soci::use(r.working_student), soci::use(r.resident), soci::into(id);
  return {EmployeeId(id), Change::kInserted};
}

std::optional<Dependent> EmployeeRepo::find_dependent(DependentId id) {
  auto rows = query_dependents(db_, "WHERE id = :id", {id.value()});
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Dependent> EmployeeRepo::dependents_of(EmployeeId employee) {
  return query_dependents(db_, "WHERE employee_id = :e ORDER BY seq", {employee.value()});
}

Upserted<DependentId> EmployeeRepo::upsert_dependent(const Dependent& d) {
  auto& sql = db_.session();
  long long emp = d.employee_id.value(), seq = d.seq;
  auto found = query_dependents(db_, "WHERE employee_id = :e AND seq = :s", {emp, seq});
  if (!found.empty() && same_content(found.front(), d))
    return {found.front().id, Change::kUnchanged};
  DependentRow r = DependentRow::from(d);
  if (!found.empty()) {
    r.id = found.front().id.value();
    sql << "UPDATE dependents SET family_name=:family_name, given_name=:given_name, "
           "family_kana=:family_kana, "
           "given_kana=:given_kana, relation=:relation, birth_date=:birth_date, "
           "estimated_income=:income, "
           "disability=:disability, cohabiting=:cohabiting, non_resident=:non_resident, "
           "health_dependent=:health_dependent WHERE id=:id",
        soci::use(r.family_name), soci::use(r.given_name), soci::use(r.family_kana),
        soci::use(r.given_kana), soci::use(r.relation), soci::use(r.birth_date),
        soci::use(r.estimated_income), soci::use(r.disability), soci::use(r.cohabiting),
        soci::use(r.non_resident), soci::use(r.health_dependent), soci::use(r.id);
    return {found.front().id, Change::kUpdated};
  }
  long long id = 0;
  sql << "INSERT INTO dependents (employee_id, seq, family_name, given_name, family_kana, "
         "given_kana, relation, "
         "birth_date, estimated_income, disability, cohabiting, non_resident, health_dependent) "
         "VALUES "
         "(:employee_id, :seq, :family_name, :given_name, :family_kana, :given_kana, :relation, "
         ":birth_date, "
         ":income, :disability, :cohabiting, :non_resident, :health_dependent) RETURNING id",
      soci::use(r.employee_id), soci::use(r.seq), soci::use(r.family_name), soci::use(r.given_name),
      soci::use(r.family_kana), soci::use(r.given_kana), soci::use(r.relation),
      soci::use(r.birth_date), soci::use(r.estimated_income), soci::use(r.disability),
      soci::use(r.cohabiting), soci::use(r.non_resident), soci::use(r.health_dependent),
      soci::into(id);
  return {DependentId(id), Change::kInserted};
}

}  // namespace kyuyo::db
