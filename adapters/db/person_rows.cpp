#include "person_rows.hpp"

namespace kyuyo::db::rows {

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
const char* to_text(model::LeaveReason v) {
  switch (v) {
    case model::LeaveReason::kDeath:
      return "death";
    case model::LeaveReason::kDisability:
      return "disability";
    default:
      return "ordinary";
  }
}
const char* to_text(model::OverseasCondition v) {
  switch (v) {
    case model::OverseasCondition::kStudent:
      return "student";
    case model::OverseasCondition::kRemittance38:
      return "remittance38";
    default:
      return "none";
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
namespace {
model::LeaveReason leave_reason_of(const std::string& s) {
  return s == "death"        ? model::LeaveReason::kDeath
         : s == "disability" ? model::LeaveReason::kDisability
                             : model::LeaveReason::kOrdinary;
}
model::OverseasCondition overseas_of(const std::string& s) {
  return s == "student"        ? model::OverseasCondition::kStudent
         : s == "remittance38" ? model::OverseasCondition::kRemittance38
                               : model::OverseasCondition::kNone;
}
std::string prefixed(const std::string& alias, std::initializer_list<const char*> names) {
  std::string out;
  for (const char* n : names) {
    if (!out.empty()) out += ", ";
    out += alias + n;
  }
  return out;
}
}  // namespace

Date stored_date(const std::string& s, const char* column) {
  auto d = parse_date(s);
  if (!d) throw KyuyoError(ErrorCode::kInternal, "stored date is malformed", column);
  return *d;
}

// ---- employees --------------------------------------------------------------------------------
std::string EmployeeRow::columns(const std::string& a) {
  return prefixed(a, {"id", "employer_id", "code", "family_name", "given_name", "family_kana",
                      "given_kana", "birth_date", "sex", "postal_code", "address", "address_kana",
                      "municipality_code", "hire_date", "leave_date", "leave_reason", "tax_column",
                      "employment_type", "basic_pension_number", "employment_insurance_number",
                      "insured_person_number", "social_insurance", "employment_insurance",
                      "disability", "widow", "working_student", "resident", "professional"});
}

void EmployeeRow::bind_into(soci::statement& st) { fields(SociInto{st}); }

EmployeeRow EmployeeRow::from(const model::Employee& e) {
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
  r.address_kana = e.address_kana;
  r.municipality_code = e.municipality_code;
  r.hire_date = iso(e.hire_date);
  if (e.leave_date) {
    r.leave_date = iso(*e.leave_date);
    r.leave_ind = soci::i_ok;
  }
  r.leave_reason = to_text(e.leave_reason);
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
  r.professional = e.professional ? 1 : 0;
  return r;
}

model::Employee EmployeeRow::to_model() const {
  model::Employee e;
  e.id = EmployeeId(id);
  e.employer_id = EmployerId(employer_id);
  e.code = code;
  e.family_name = family_name;
  e.given_name = given_name;
  e.family_kana = family_kana;
  e.given_kana = given_kana;
  e.birth_date = stored_date(birth_date, "employees.birth_date");
  e.sex = sex == "F" ? model::Sex::kFemale : model::Sex::kMale;
  e.postal_code = postal_code;
  e.address = address;
  e.address_kana = address_kana;
  e.municipality_code = municipality_code;
  e.hire_date = stored_date(hire_date, "employees.hire_date");
  if (leave_ind == soci::i_ok && !leave_date.empty())
    e.leave_date = stored_date(leave_date, "employees.leave_date");
  e.leave_reason = leave_reason_of(leave_reason);
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
  e.professional = professional != 0;
  return e;
}

bool EmployeeRow::same_content(const EmployeeRow& y) const {
  const EmployeeRow& x = *this;
  return x.employer_id == y.employer_id && x.code == y.code && x.family_name == y.family_name &&
         x.given_name == y.given_name && x.family_kana == y.family_kana &&
         x.given_kana == y.given_kana && x.birth_date == y.birth_date && x.sex == y.sex &&
         x.postal_code == y.postal_code && x.address == y.address &&
         x.address_kana == y.address_kana && x.municipality_code == y.municipality_code &&
         x.hire_date == y.hire_date && x.leave_ind == y.leave_ind &&
         x.leave_date == y.leave_date && x.leave_reason == y.leave_reason &&
         x.tax_column == y.tax_column && x.employment_type == y.employment_type &&
         x.basic_pension_number == y.basic_pension_number &&
         x.employment_insurance_number == y.employment_insurance_number &&
         x.insured_person_number == y.insured_person_number &&
         x.social_insurance == y.social_insurance &&
         x.employment_insurance == y.employment_insurance && x.disability == y.disability &&
         x.widow == y.widow && x.working_student == y.working_student &&
         x.resident == y.resident && x.professional == y.professional;
}

// ---- dependents -------------------------------------------------------------------------------
std::string DependentRow::columns(const std::string& a) {
  return prefixed(a, {"id", "employee_id", "seq", "family_name", "given_name", "family_kana",
                      "given_kana", "relation", "birth_date", "estimated_income", "disability",
                      "cohabiting", "non_resident", "health_dependent", "overseas_condition"});
}

void DependentRow::bind_into(soci::statement& st) { fields(SociInto{st}); }

DependentRow DependentRow::from(const model::Dependent& d) {
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
  r.overseas_condition = to_text(d.overseas_condition);
  return r;
}

model::Dependent DependentRow::to_model() const {
  model::Dependent d;
  d.id = DependentId(id);
  d.employee_id = EmployeeId(employee_id);
  d.seq = seq;
  d.family_name = family_name;
  d.given_name = given_name;
  d.family_kana = family_kana;
  d.given_kana = given_kana;
  d.relation = relation_of(relation);
  d.birth_date = stored_date(birth_date, "dependents.birth_date");
  d.estimated_income = Yen(estimated_income);
  d.disability = disability_of(disability);
  d.cohabiting = cohabiting != 0;
  d.non_resident = non_resident != 0;
  d.health_dependent = health_dependent != 0;
  d.overseas_condition = overseas_of(overseas_condition);
  return d;
}

bool DependentRow::same_content(const DependentRow& y) const {
  const DependentRow& x = *this;
  return x.employee_id == y.employee_id && x.seq == y.seq && x.family_name == y.family_name &&
         x.given_name == y.given_name && x.family_kana == y.family_kana &&
         x.given_kana == y.given_kana && x.relation == y.relation && x.birth_date == y.birth_date &&
         x.estimated_income == y.estimated_income && x.disability == y.disability &&
         x.cohabiting == y.cohabiting && x.non_resident == y.non_resident &&
         x.health_dependent == y.health_dependent && x.overseas_condition == y.overseas_condition;
}

}  // namespace kyuyo::db::rows
