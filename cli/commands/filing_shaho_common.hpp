#pragma once
// Shared by the `kyuyo filing shaho …` commands: options, the employer's header, the vault's 提供
// call for the 個人番号 items, and writing SHFD0006.CSV under OUT/<year>/shaho/<form>/.
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "command.hpp"
#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/adapters/db/employee_repo.hpp"
#include "kyuyo/adapters/db/employer_repo.hpp"
#include "kyuyo/adapters/shaho/shfd_writer.hpp"
#include "kyuyo/forms/shaho/record.hpp"
#include "kyuyo/vault/operators.hpp"
#include "kyuyo/vault/person.hpp"
#include "kyuyo/vault/vault.hpp"

namespace kyuyo::cli::shahocli {

inline std::optional<std::string> opt(const po::variables_map& vm, const char* name) {
  if (vm.count(name)) return vm[name].as<std::string>();
  return std::nullopt;
}

inline Date date_opt(const po::variables_map& vm, const char* name) {
  auto d = parse_date(vm[name].as<std::string>());
  if (!d) throw UsageError(std::string("--") + name + ": " + d.error().message);
  return *d;
}

/// --db, --employer, --out, --created, --serial, --operator, --key-file, --sharoushi-code/-name.
inline void add_common_options(po::options_description& d) {
  add_db_option(d);
  add_employer_options(d, false);
  add_out_option(d);
  d.add_options()("created", po::value<std::string>(), "作成年月日 YYYY-MM-DD (default today); also the check date")(
      "serial", po::value<int>()->default_value(1), "媒体通番 (001–999)")(
      "operator", po::value<std::string>(),
      "vault operator for the 個人番号 items ($KYUYO_OPERATOR); without one the numbers are left out")(
      "key-file", po::value<std::string>(), "vault key file ($KYUYO_KEY_FILE)")(
      "sharoushi-code", po::value<std::string>(), "社会保険労務士コード (8 digits): the 社労士 header variant")(
      "sharoushi-name", po::value<std::string>(), "社会保険労務士氏名 (with --sharoushi-code)");
}

inline Date today() { return value_or_throw(parse_date(db::Database::now_utc().substr(0, 10))); }

struct Job {
  std::unique_ptr<db::Database> db;
  model::Employer employer;
  forms::shaho::Office office;
  Date created;
  shaho::FileHeader header;
  std::unique_ptr<vault::Vault> vault;  ///< null: no operator, numbers left out
  std::string vault_note;
  std::vector<model::Employee> employees;
};

inline Job open_job(const po::variables_map& vm) {
  Job j;
  j.db = open_db(vm);
  EmployerId er(resolve_employer(*j.db, vm));
  auto e = db::EmployerRepo(*j.db).find(er);
  if (!e) throw KyuyoError(ErrorCode::kNotFound, "employer not found");
  j.employer = *e;
  j.created = vm.count("created") ? date_opt(vm, "created") : today();
  j.header = shaho::header_of(j.employer, j.created, vm["serial"].as<int>());
  j.office = j.header.office;
  if (vm.count("sharoushi-code")) {
    if (!vm.count("sharoushi-name")) throw UsageError("--sharoushi-code needs --sharoushi-name");
    j.header.sharoushi = shaho::Sharoushi{vm["sharoushi-code"].as<std::string>(), vm["sharoushi-name"].as<std::string>()};
  }
  auto op_name = opt(vm, "operator");
  if (!op_name && std::getenv("KYUYO_OPERATOR")) op_name = std::getenv("KYUYO_OPERATOR");
  if (op_name && !op_name->empty()) {
    auto op = vault::login_from_environment(*j.db, op_name);
    j.vault = std::make_unique<vault::Vault>(*j.db, op, opt(vm, "key-file"));
  } else {
    j.vault_note = "個人番号なしで作成しました: 操作者が指定されていません (--operator / KYUYO_OPERATOR)";
  }
  j.employees = db::EmployeeRepo(*j.db).list_by_employer(er);
  return j;
}

/// Holds the vault's Provisions until the file is written (they wipe the digits when destroyed).
struct Numbers {
  std::map<std::int64_t, vault::Provision> held;
  std::vector<std::string> notes;
};

/// Asks the vault for each record that wants a number. `fallback(record)` is called when none is
/// provided (to fill the address or leave the item empty); it may throw.
inline void provide_numbers(Job& j, std::vector<forms::shaho::Record>& records, const std::string& document_kind,
                            const std::string& output_file, Numbers& n,
                            const std::function<void(forms::shaho::Record&, const std::string& note)>& fallback) {
  for (auto& r : records) {
    if (!r.wants_my_number) continue;
    if (!j.vault) {
      r.wants_my_number = false;
      fallback(r, j.vault_note);
      continue;
    }
    auto person = vault::person_by_id(*j.db, r.employee_id);
    vault::ProvideRequest req{person, vault::Purpose::kSocialInsurance, vault::Destination::kPensionOffice, document_kind,
                              j.created.year(), j.created, output_file};
    auto p = j.vault->provide(req);
    if (p.provided()) {
      n.held.emplace(r.employee_id, std::move(p));
    } else {
      n.notes.push_back(r.person + ": " + p.note());
      r.wants_my_number = false;
      fallback(r, p.note());
    }
  }
}

/// Writes the file(s) and prints a summary on stdout.
inline int write_and_report(Context& ctx, Job& j, const std::string& dir, const std::vector<forms::shaho::Record>& records,
                            Numbers& n, const std::string& what) {
  auto files = shaho::write_shfd(dir, j.header, records, [&](const forms::shaho::Record& r) -> std::optional<std::string_view> {
    auto it = n.held.find(r.employee_id);
    if (it == n.held.end()) return std::nullopt;
    return it->second.digits();
  });
  n.held.clear();
  for (const auto& f : files)
    *ctx.out << what << ": " << f.path << " (" << f.records << " records, " << f.bytes << " bytes, 媒体通番 " << f.medium_serial << ")\n";
  if (!j.vault_note.empty() && std::any_of(records.begin(), records.end(), [](const auto& r) { return r.my_number_item; }))
    *ctx.err << "note: " << j.vault_note << "\n";
  for (const auto& s : n.notes) *ctx.err << "note: " << s << "\n";
  return 0;
}

inline std::string form_dir(const po::variables_map& vm, int year, const char* form) {
  return vm["out"].as<std::string>() + "/" + std::to_string(year) + "/shaho/" + form;
}

/// Throws KyuyoErrors when any builder failed (every person's errors, one transaction-like batch:
/// nothing is written).
inline void collect(std::vector<forms::shaho::Record>& out, std::vector<Error>& errors, forms::shaho::Built b) {
  if (b) out.push_back(std::move(*b));
  else
    for (auto& e : b.error()) errors.push_back(std::move(e));
}

}  // namespace kyuyo::cli::shahocli
