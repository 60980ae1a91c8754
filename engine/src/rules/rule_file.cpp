#include "kyuyo/rules/rule_file.hpp"

#include "kyuyo/core/error.hpp"

namespace kyuyo::rules {

std::string axis_name(Axis a) {
  switch (a) {
    case Axis::kPaymentDate: return "payment-date";
    case Axis::kPremiumMonth: return "premium-month";
    case Axis::kWagePeriod: return "wage-period";
    case Axis::kTaxYear: return "tax-year";
    case Axis::kFixed: return "fixed";
  }
  return "?";
}

namespace {
[[noreturn]] void rule_error(const std::string& where, const std::string& what) {
  throw KyuyoError(ErrorCode::kRuleData, what, where);
}
template <class T>
const T& get(const CellValue& v, const std::string& where, const char* want) {
  if (auto p = std::get_if<T>(&v)) return *p;
  rule_error(where, std::string("expected a ") + want + " value");
}
}  // namespace

std::size_t Table::col(const std::string& name) const {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i].name == name) return i;
  rule_error(file + ":" + std::to_string(line), "table '" + id + "' has no column '" + name + "'");
}
bool Table::has_col(const std::string& name) const {
  for (const auto& c : columns)
    if (c.name == name) return true;
  return false;
}
std::string Table::where(std::size_t row) const {
  int l = row < rows.size() ? rows[row].line : line;
  return file + ":" + std::to_string(l) + " (table " + id + ")";
}
std::int64_t Table::integer(std::size_t row, const std::string& column) const {
  return get<std::int64_t>(rows.at(row).cells.at(col(column)), where(row), "integer");
}
Yen Table::yen(std::size_t row, const std::string& column) const {
  return get<Yen>(rows.at(row).cells.at(col(column)), where(row), "yen");
}
Rate Table::rate(std::size_t row, const std::string& column) const {
  return get<Rate>(rows.at(row).cells.at(col(column)), where(row), "rate");
}
const std::string& Table::text(std::size_t row, const std::string& column) const {
  return get<std::string>(rows.at(row).cells.at(col(column)), where(row), "text");
}
bool Table::is_null(std::size_t row, const std::string& column) const {
  return std::holds_alternative<std::monostate>(rows.at(row).cells.at(col(column)));
}

const Table& RuleFile::table(const std::string& table_id) const {
  auto it = tables.find(table_id);
  if (it == tables.end()) rule_error(path, "rule set '" + id + "' has no table '" + table_id + "'");
  return it->second;
}
const Param& RuleFile::param(const std::string& param_id) const {
  auto it = params.find(param_id);
  if (it == params.end()) rule_error(path, "rule set '" + id + "' has no parameter '" + param_id + "'");
  return it->second;
}
Yen RuleFile::param_yen(const std::string& p) const {
  const auto& x = param(p);
  return get<Yen>(x.value, path + ":" + std::to_string(x.line), "yen");
}
Rate RuleFile::param_rate(const std::string& p) const {
  const auto& x = param(p);
  return get<Rate>(x.value, path + ":" + std::to_string(x.line), "rate");
}
std::int64_t RuleFile::param_int(const std::string& p) const {
  const auto& x = param(p);
  return get<std::int64_t>(x.value, path + ":" + std::to_string(x.line), "integer");
}
const std::string& RuleFile::param_text(const std::string& p) const {
  const auto& x = param(p);
  return get<std::string>(x.value, path + ":" + std::to_string(x.line), "text");
}

void RuleLibrary::add(RuleFile f) {
  for (const auto& g : files_) {
    if (g.id != f.id) continue;
    bool overlap = (!g.until || f.from <= *g.until) && (!f.until || g.from <= *f.until);
    if (overlap)
      rule_error(f.path, "rule set '" + f.id + "' overlaps " + g.path + " (both in force on some date)");
  }
  files_.push_back(std::move(f));
}

const RuleFile* RuleLibrary::find(const std::string& id, const Date& d) const {
  for (const auto& f : files_)
    if (f.id == id && f.covers(d)) return &f;
  return nullptr;
}

const RuleFile& RuleLibrary::at(const std::string& id, const Date& d) const {
  if (auto f = find(id, d)) return *f;
  throw KyuyoError(ErrorCode::kRuleData, "no rule data '" + id + "' in force on " + iso(d) +
                                             " (add a dated file under schemas/rules/)");
}

std::vector<const RuleFile*> RuleLibrary::all(const std::string& id) const {
  std::vector<const RuleFile*> out;
  for (const auto& f : files_)
    if (f.id == id) out.push_back(&f);
  return out;
}
std::vector<const RuleFile*> RuleLibrary::files() const {
  std::vector<const RuleFile*> out;
  for (const auto& f : files_) out.push_back(&f);
  return out;
}

}  // namespace kyuyo::rules
