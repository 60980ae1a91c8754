#pragma once
/// \brief The stored form of employees and dependents (tables of 0001_core.sql and 0002): one
/// mapping shared by every query that reads them (EmployeeRepo, and PayrollRepo's streaming read),
/// so a new column is added in one place. Private to adapters/db.
#include <soci/soci.h>

#include <string>

#include "kyuyo/core/error.hpp"
#include "kyuyo/model/employee.hpp"

namespace kyuyo::db::rows {

/// Binds visited fields as into() elements of a SOCI statement, in order.
struct SociInto {
  soci::statement& st;
  template <class T>
  void operator()(T& v) {
    st.exchange(soci::into(v));
  }
  template <class T>
  void operator()(T& v, soci::indicator& ind) {
    st.exchange(soci::into(v, ind));
  }
};

// ---- enum <-> stored text (the CHECK constraints of the migrations) ---------------------------
const char* to_text(model::TaxColumn v);
const char* to_text(model::EmploymentType v);
const char* to_text(model::Disability v);
const char* to_text(model::WidowStatus v);
const char* to_text(model::Relation v);
const char* to_text(model::LeaveReason v);
const char* to_text(model::OverseasCondition v);
model::Disability disability_of(const std::string& s);
model::Relation relation_of(const std::string& s);

/// A stored date (ISO text) back to a Date; a malformed one is an internal error naming `column`.
Date stored_date(const std::string& s, const char* column);

struct EmployeeRow {
  long long id = 0, employer_id = 0;
  std::string code, family_name, given_name, family_kana, given_kana, birth_date, sex, postal_code,
      address, address_kana, municipality_code, hire_date, leave_date;
  soci::indicator leave_ind = soci::i_null;
  std::string leave_reason, tax_column, employment_type, basic_pension_number,
      employment_insurance_number, insured_person_number;
  int social_insurance = 1, employment_insurance = 1;
  std::string disability, widow;
  int working_student = 0, resident = 1, professional = 0;

  /// The column list, in bind_into's order, each prefixed with `alias` (e.g. "e.").
  static std::string columns(const std::string& alias = "");
  /// Binds every column of `columns()` as an into() of `st`, in order.
  void bind_into(soci::statement& st);
  /// Visits every field in the order of `columns()`: f(field) or f(field, indicator) when nullable.
  template <class F>
  void fields(F&& f) {
    f(id);
    f(employer_id);
    for (auto* v : {&code, &family_name, &given_name, &family_kana, &given_kana, &birth_date, &sex, &postal_code,
                    &address, &address_kana, &municipality_code, &hire_date})
      f(*v);
    f(leave_date, leave_ind);
    for (auto* v : {&leave_reason, &tax_column, &employment_type, &basic_pension_number, &employment_insurance_number,
                    &insured_person_number})
      f(*v);
    f(social_insurance);
    f(employment_insurance);
    f(disability);
    f(widow);
    f(working_student);
    f(resident);
    f(professional);
  }
  /// Clears the nullable indicators before the next fetch.
  void reset() { leave_ind = soci::i_null; }

  static EmployeeRow from(const model::Employee& e);
  model::Employee to_model() const;
  bool same_content(const EmployeeRow& o) const;
};

struct DependentRow {
  long long id = 0, employee_id = 0;
  int seq = 0;
  std::string family_name, given_name, family_kana, given_kana, relation, birth_date;
  long long estimated_income = 0;
  std::string disability;
  int cohabiting = 1, non_resident = 0, health_dependent = 0;
  std::string overseas_condition;

  static std::string columns(const std::string& alias = "");
  void bind_into(soci::statement& st);
  /// Visits every field in the order of `columns()`.
  template <class F>
  void fields(F&& f) {
    f(id);
    f(employee_id);
    f(seq);
    for (auto* v : {&family_name, &given_name, &family_kana, &given_kana, &relation, &birth_date}) f(*v);
    f(estimated_income);
    f(disability);
    f(cohabiting);
    f(non_resident);
    f(health_dependent);
    f(overseas_condition);
  }

  static DependentRow from(const model::Dependent& d);
  model::Dependent to_model() const;
  bool same_content(const DependentRow& o) const;
};

}  // namespace kyuyo::db::rows
