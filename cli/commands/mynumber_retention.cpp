// kyuyo mynumber due --as-of DATE | mynumber purge --as-of DATE --reason TEXT: retention and
// 削除・廃棄 (docs/vault.md, retention.hpp for the rules).
#include <iostream>

#include "kyuyo/vault/audit_log.hpp"
#include "mynumber_common.hpp"

namespace kyuyo::cli {
namespace {

int run_due(Context& ctx) {
  po::options_description d("options");
  add_db_option(d);
  add_format_option(d);
  d.add_options()("as-of", po::value<std::string>()->required(), "date to judge retention on (YYYY-MM-DD)")(
      "all", "also list numbers still inside their retention");
  auto vm = ctx.parse(d, nullptr, "--as-of DATE [--all]");
  if (!vm) return 0;
  Date as_of = vaultcli::date_option(*vm, "as-of");
  auto db = open_db(*vm);
  // listing needs no key and no operator: it decrypts nothing
  vault::Vault v(*db, vault::Operator{0, "(due)", vault::Role::kUser});
  bool csv = (*vm)["format"].as<std::string>() == "csv";
  if (csv) *ctx.out << "employer,person,name,status,keep_until,basis\n";
  int n = 0;
  for (const auto& s : v.retention(as_of)) {
    if (!s.due && !vm->count("all")) continue;
    const auto& p = s.number.person;
    std::string status = s.due ? "削除期限到来" : (s.keep_until ? "保存期間中" : "在職中");
    std::string keep = s.keep_until ? iso(*s.keep_until) : "-";
    if (csv)
      *ctx.out << p.employer_code << "," << p.ref.str() << "," << p.name << "," << status << "," << keep << ",\""
               << s.basis << "\"\n";
    else
      *ctx.out << p.employer_code << " " << p.ref.str() << "\t" << p.name << "\t" << status << "\t保存期限 " << keep
               << "\t" << s.basis << "\n";
    n += s.due;
  }
  if (!csv) *ctx.out << n << " number(s) past retention as of " << iso(as_of) << "\n";
  return 0;
}

int run_purge(Context& ctx) {
  po::options_description d("options");
  add_db_option(d);
  add_out_option(d);
  vaultcli::add_operator_options(d);
  d.add_options()("as-of", po::value<std::string>()->required(), "retention is judged on this date (not after today)")(
      "reason", po::value<std::string>()->required(), "reason recorded in the 削除・廃棄の記録");
  auto vm = ctx.parse(d, nullptr, "--as-of DATE --reason TEXT");
  if (!vm) return 0;
  Date as_of = vaultcli::date_option(*vm, "as-of");
  auto db = open_db(*vm);
  auto op = vaultcli::login(*db, *vm);
  vault::Vault v(*db, op, vaultcli::opt(*vm, "key-file"));
  try {
    auto r = v.purge(as_of, vaultcli::today(), (*vm)["reason"].as<std::string>(), (*vm)["out"].as<std::string>());
    for (const auto& s : r.purged)
      *ctx.out << "deleted: " << s.number.person.employer_code << " " << s.number.person.ref.str() << " "
               << s.number.person.name << " (保存期限 " << iso(*s.keep_until) << ")\n";
    if (r.purged.empty()) *ctx.out << "no number is past its retention as of " << iso(as_of) << "; nothing deleted\n";
    else *ctx.out << r.purged.size() << " number(s) deleted; certificate: " << r.certificate_file << "\n";
  } catch (const KyuyoError& e) {
    if (e.error().code == ErrorCode::kPermission || e.error().code == ErrorCode::kInvalidInput)
      vault::append_audit_now(*db, vault::AuditEvent{op.name, vault::action::kRefused, "", "", "", "", "", "",
                                                     "削除拒否: " + e.error().message});
    throw;
  }
  return 0;
}

Register reg_due({"mynumber", "due"}, "List My Numbers past their retention on a date", run_due);
Register reg_purge({"mynumber", "purge"}, "Delete My Numbers past retention; record it and write a deletion certificate",
                   run_purge);
}  // namespace
}  // namespace kyuyo::cli
