#include "kyuyo/adapters/db/employer_repo.hpp"

#include <soci/soci.h>

#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/core/error.hpp"

namespace kyuyo::db {
namespace {
using model::Employer;

const char* to_text(model::HealthInsurer v) {
  return v == model::HealthInsurer::kKumiai ? "kumiai" : "kyokai";
}
const char* to_text(model::EmploymentBusiness v) {
  switch (v) {
    case model::EmploymentBusiness::kAgriculture:
      return "agriculture";
    case model::EmploymentBusiness::kConstruction:
      return "construction";
    default:
      return "general";
  }
}
const char* to_text(model::PremiumCollection v) {
  return v == model::PremiumCollection::kCurrentMonth ? "current" : "next";
}
const char* to_text(model::WithholdingMethod v) {
  return v == model::WithholdingMethod::kComputer ? "computer" : "table";
}

// The stored text form of every column, in the order of kColumns.
struct EmployerRow {
  long long id = 0;
  std::string code, name, name_kana, corporate_number, office_symbol, office_number;
  int prefecture = 0;
  std::string postal_code, address, phone, representative, health_insurer, kumiai_name,
      kumiai_rate_file, employment_business, employment_office_number, premium_collection,
      withholding_method, etax_user_id, tax_office_code, tax_office_name;

  static EmployerRow from(const Employer& e) {
    EmployerRow r;
    r.id = e.id.value();
    r.code = e.code;
    r.name = e.name;
    r.name_kana = e.name_kana;
    r.corporate_number = e.corporate_number;
    r.office_symbol = e.office_symbol;
    r.office_number = e.office_number;
    r.prefecture = e.prefecture;
    r.postal_code = e.postal_code;
    r.address = e.address;
    r.phone = e.phone;
    r.representative = e.representative;
    r.health_insurer = to_text(e.health_insurer);
    r.kumiai_name = e.kumiai_name;
    r.kumiai_rate_file = e.kumiai_rate_file;
    r.employment_business = to_text(e.employment_business);
    r.employment_office_number = e.employment_office_number;
    r.premium_collection = to_text(e.premium_collection);
    r.withholding_method = to_text(e.withholding_method);
    r.etax_user_id = e.etax_user_id;
    r.tax_office_code = e.tax_office_code;
    r.tax_office_name = e.tax_office_name;
    return r;
  }
  Employer to_model() const {
    Employer e;
    e.id = EmployerId(id);
    e.code = code;
    e.name = name;
    e.name_kana = name_kana;
    e.corporate_number = corporate_number;
    e.office_symbol = office_symbol;
    e.office_number = office_number;
    e.prefecture = prefecture;
    e.postal_code = postal_code;
    e.address = address;
    e.phone = phone;
    e.representative = representative;
    e.health_insurer =
        health_insurer == "kumiai" ? model::HealthInsurer::kKumiai : model::HealthInsurer::kKyokai;
    e.kumiai_name = kumiai_name;
    e.kumiai_rate_file = kumiai_rate_file;
    e.employment_business =
        employment_business == "agriculture"    ? model::EmploymentBusiness::kAgriculture
        : employment_business == "construction" ? model::EmploymentBusiness::kConstruction
                                                : model::EmploymentBusiness::kGeneral;
    e.employment_office_number = employment_office_number;
    e.premium_collection = premium_collection == "current" ? model::PremiumCollection::kCurrentMonth
                                                           : model::PremiumCollection::kNextMonth;
    e.withholding_method = withholding_method == "computer" ? model::WithholdingMethod::kComputer
                                                            : model::WithholdingMethod::kTable;
    e.etax_user_id = etax_user_id;
    e.tax_office_code = tax_office_code;
    e.tax_office_name = tax_office_name;
    return e;
  }
};

constexpr const char* kSelect =
    "SELECT id, code, name, name_kana, corporate_number, office_symbol, office_number, prefecture, "
    "postal_code, "
    "address, phone, representative, health_insurer, kumiai_name, kumiai_rate_file, "
    "employment_business, "
    "employment_office_number, premium_collection, withholding_method, etax_user_id, tax_office_code, "
    "tax_office_name FROM employers ";

template <class Stmt>
void bind_into(Stmt& st, EmployerRow& r) {
  st.exchange(soci::into(r.id));
  st.exchange(soci::into(r.code));
  st.exchange(soci::into(r.name));
  st.exchange(soci::into(r.name_kana));
  st.exchange(soci::into(r.corporate_number));
  st.exchange(soci::into(r.office_symbol));
  st.exchange(soci::into(r.office_number));
  st.exchange(soci::into(r.prefecture));
  st.exchange(soci::into(r.postal_code));
  st.exchange(soci::into(r.address));
  st.exchange(soci::into(r.phone));
  st.exchange(soci::into(r.representative));
  st.exchange(soci::into(r.health_insurer));
  st.exchange(soci::into(r.kumiai_name));
  st.exchange(soci::into(r.kumiai_rate_file));
  st.exchange(soci::into(r.employment_business));
  st.exchange(soci::into(r.employment_office_number));
  st.exchange(soci::into(r.premium_collection));
  st.exchange(soci::into(r.withholding_method));
  st.exchange(soci::into(r.etax_user_id));
  st.exchange(soci::into(r.tax_office_code));
  st.exchange(soci::into(r.tax_office_name));
}

std::vector<Employer> query(Database& db, const std::string& where, const std::string* text_arg,
                            const long long* id_arg) {
  EmployerRow r;
  soci::statement st(db.session());
  st.alloc();
  st.prepare(std::string(kSelect) + where);
  bind_into(st, r);
  std::string text = text_arg ? *text_arg : std::string();
  long long id = id_arg ? *id_arg : 0;
  if (text_arg) st.exchange(soci::use(text));
  if (id_arg) st.exchange(soci::use(id));
  st.define_and_bind();
  std::vector<Employer> out;
  if (st.execute(true)) {
    do out.push_back(r.to_model());
    while (st.fetch());
  }
  return out;
}
}  // namespace

bool same_content(const Employer& a, const Employer& b) {
  auto x = EmployerRow::from(a), y = EmployerRow::from(b);
  return x.code == y.code && x.name == y.name && x.name_kana == y.name_kana &&
         x.corporate_number == y.corporate_number && x.office_symbol == y.office_symbol &&
         x.office_number == y.office_number && x.prefecture == y.prefecture &&
         x.postal_code == y.postal_code && x.address == y.address && x.phone == y.phone &&
         x.representative == y.representative && x.health_insurer == y.health_insurer &&
         x.kumiai_name == y.kumiai_name && x.kumiai_rate_file == y.kumiai_rate_file &&
         x.employment_business == y.employment_business &&
         x.employment_office_number == y.employment_office_number &&
         x.premium_collection == y.premium_collection &&
         x.withholding_method == y.withholding_method && x.etax_user_id == y.etax_user_id &&
         x.tax_office_code == y.tax_office_code && x.tax_office_name == y.tax_office_name;
}

std::optional<Employer> EmployerRepo::find(EmployerId id) {
  long long v = id.value();
  auto rows = query(db_, "WHERE id = :id", nullptr, &v);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::optional<Employer> EmployerRepo::find_by_code(const std::string& code) {
  auto rows = query(db_, "WHERE code = :code", &code, nullptr);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Employer> EmployerRepo::list() { return query(db_, "ORDER BY code", nullptr, nullptr); }

Upserted<EmployerId> EmployerRepo::upsert(const Employer& e) {
  auto& sql = db_.session();
  auto existing = find_by_code(e.code);
  EmployerRow r = EmployerRow::from(e);
  if (existing && same_content(*existing, e)) return {existing->id, Change::kUnchanged};
  if (existing) {
    r.id = existing->id.value();
    sql << "UPDATE employers SET name=:name, name_kana=:name_kana, "
           "corporate_number=:corporate_number, "
           "office_symbol=:office_symbol, office_number=:office_number, prefecture=:prefecture, "
           "postal_code=:postal_code, address=:address, phone=:phone, "
           "representative=:representative, "
           "health_insurer=:health_insurer, kumiai_name=:kumiai_name, "
           "kumiai_rate_file=:kumiai_rate_file, "
           "employment_business=:employment_business, "
           "employment_office_number=:employment_office_number, "
           "premium_collection=:premium_collection, withholding_method=:withholding_method, "
           "etax_user_id=:etax_user_id, tax_office_code=:tax_office_code, tax_office_name=:tax_office_name "
           "WHERE id=:id",
        soci::use(r.name), soci::use(r.name_kana), soci::use(r.corporate_number),
        soci::use(r.office_symbol), soci::use(r.office_number), soci::use(r.prefecture),
        soci::use(r.postal_code), soci::use(r.address), soci::use(r.phone),
        soci::use(r.representative), soci::use(r.health_insurer), soci::use(r.kumiai_name),
        soci::use(r.kumiai_rate_file), soci::use(r.employment_business),
        soci::use(r.employment_office_number), soci::use(r.premium_collection),
        soci::use(r.withholding_method), soci::use(r.etax_user_id), soci::use(r.tax_office_code),
        soci::use(r.tax_office_name), soci::use(r.id);
    return {existing->id, Change::kUpdated};
  }
  long long id = 0;
  sql << "INSERT INTO employers (code, name, name_kana, corporate_number, office_symbol, "
         "office_number, "
         "prefecture, postal_code, address, phone, representative, health_insurer, kumiai_name, "
         "kumiai_rate_file, "
         "employment_business, employment_office_number, premium_collection, withholding_method, "
         "etax_user_id, tax_office_code, tax_office_name) "
         "VALUES (:code, "
         ":name, :name_kana, :corporate_number, :office_symbol, :office_number, :prefecture, "
         ":postal_code, "
         ":address, :phone, :representative, :health_insurer, :kumiai_name, :kumiai_rate_file, "
         ":employment_business, :employment_office_number, :premium_collection, "
         ":withholding_method, :etax_user_id, :tax_office_code, :tax_office_name) RETURNING id",
      soci::use(r.code), soci::use(r.name), soci::use(r.name_kana), soci::use(r.corporate_number),
      soci::use(r.office_symbol), soci::use(r.office_number), soci::use(r.prefecture),
      soci::use(r.postal_code), soci::use(r.address), soci::use(r.phone),
      soci::use(r.representative), soci::use(r.health_insurer), soci::use(r.kumiai_name),
      soci::use(r.kumiai_rate_file), soci::use(r.employment_business),
      soci::use(r.employment_office_number), soci::use(r.premium_collection),
      soci::use(r.withholding_method), soci::use(r.etax_user_id), soci::use(r.tax_office_code),
      soci::use(r.tax_office_name), soci::into(id);
  return {EmployerId(id), Change::kInserted};
}

}  // namespace kyuyo::db
