// kyuyo audit verify | audit log: the hash-chained 取扱状況の記録 (never holds a number).
#include <filesystem>
#include <fstream>
#include <iostream>

#include "kyuyo/vault/audit_log.hpp"
#include "mynumber_common.hpp"

namespace kyuyo::cli {
namespace {

int run_verify(Context& ctx) {
  po::options_description d("options");
  add_db_option(d);
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  auto db = open_db(*vm);
  auto v = vault::verify_audit(*db);
  if (v.ok()) {
    *ctx.out << "audit log intact: " << v.entries << " entries, head " << v.head_hash << "\n";
    return 0;
  }
  std::vector<Error> errs;
  for (const auto& p : v.problems)
    errs.push_back(Error{ErrorCode::kConflict, p.what, "audit entry " + std::to_string(p.seq)});
  *ctx.err << "audit log TAMPERED: " << v.problems.size() << " problem(s) in " << v.entries << " entries\n";
  throw KyuyoErrors(errs);
}

std::string csvq(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string r = "\"";
  for (char c : s) r += (c == '"') ? std::string("\"\"") : std::string(1, c);
  return r + "\"";
}

int run_log(Context& ctx) {
  po::options_description d("options");
  add_db_option(d);
  add_format_option(d);
  vaultcli::add_operator_options(d, false);
  d.add_options()("from", po::value<std::string>(), "first day (YYYY-MM-DD, UTC)")("to", po::value<std::string>(),
                                                                                   "last day (YYYY-MM-DD, UTC)")(
      "by", po::value<std::string>(), "only entries of this operator")(
      "person", po::value<std::string>(), "only entries about this person (E001, E001:2)")(
      "action", po::value<std::string>(),
      "only this action: register view provide withheld refused delete document key-init key-rotate login login-failed operator-add")(
      "employer", po::value<std::string>(), "only this employer code")("output", po::value<std::string>(),
                                                                     "write to this file instead of stdout");
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  std::string fmt = (*vm)["format"].as<std::string>();
  if (fmt != "text" && fmt != "csv") throw UsageError("--format must be text or csv");
  vault::AuditFilter f;
  if (vm->count("from")) f.from = vaultcli::date_option(*vm, "from");
  if (vm->count("to")) f.to = vaultcli::date_option(*vm, "to");
  f.operator_name = vaultcli::opt(*vm, "by");
  f.person = vaultcli::opt(*vm, "person");
  f.action = vaultcli::opt(*vm, "action");
  f.employer = vaultcli::opt(*vm, "employer");
  auto db = open_db(*vm);
  auto op = vaultcli::login(*db, *vm);
  if (!vault::may_use_numbers(op.role))
    throw KyuyoError(ErrorCode::kPermission, "the 取扱状況の記録 is for 事務取扱担当者 and 責任者 only");
  auto entries = vault::read_audit(*db, f);
  std::ofstream file;
  std::ostream* o = ctx.out;
  if (vm->count("output")) {
    std::filesystem::path p((*vm)["output"].as<std::string>());
    if (p.has_parent_path()) std::filesystem::create_directories(p.parent_path());
    file.open(p, std::ios::binary);
    if (!file) throw KyuyoError(ErrorCode::kInvalidInput, "cannot write", p.string());
    o = &file;
  }
  if (fmt == "csv") {
    *o << "seq,at,operator,action,action_label,employer,person,purpose,destination,document,output_file,detail,prev_hash,hash\n";
    for (const auto& e : entries)
      *o << e.seq << "," << e.at << "," << csvq(e.operator_name) << "," << e.action << "," << vault::action_label(e.action)
         << "," << csvq(e.employer) << "," << csvq(e.person) << "," << csvq(e.purpose) << "," << csvq(e.destination)
         << "," << csvq(e.document) << "," << csvq(e.output_file) << "," << csvq(e.detail) << "," << e.prev_hash << ","
         << e.hash << "\n";
  } else {
    for (const auto& e : entries) {
      *o << e.seq << "  " << e.at << "  " << e.operator_name << "  " << vault::action_label(e.action) << " ("
         << e.action << ")";
      if (!e.person.empty()) *o << "  " << e.employer << " " << e.person;
      if (!e.purpose.empty()) *o << "  目的: " << e.purpose;
      if (!e.destination.empty()) *o << "  提供先: " << e.destination;
      if (!e.document.empty()) *o << "  書類: " << e.document;
      if (!e.output_file.empty()) *o << "  出力: " << e.output_file;
      if (!e.detail.empty()) *o << "  " << e.detail;
      *o << "\n";
    }
    *o << entries.size() << " entries\n";
  }
  return 0;
}

Register reg_verify({"audit", "verify"}, "Check the hash chain of the My Number audit log", run_verify);
Register reg_log({"audit", "log"}, "List the My Number audit log (filters; text or CSV)", run_log);
}  // namespace
}  // namespace kyuyo::cli
