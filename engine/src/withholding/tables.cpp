// Compiles withholding rule files into the flat tables of tables.hpp, checking that each table's
// rows are contiguous and ordered (errors name the file, line and table).
#include "tables.hpp"

#include "kyuyo/core/error.hpp"

namespace kyuyo::withholding::detail {
namespace {

[[noreturn]] void bad(const rules::Table& t, std::size_t row, const std::string& what) {
  throw KyuyoError(ErrorCode::kRuleData, what, t.where(row));
}

std::int64_t bound(const rules::Table& t, std::size_t i, const std::string& col) {
  return t.is_null(i, col) ? kOpen : t.yen(i, col).value();
}

std::optional<Rate> opt_rate(const rules::Table& t, std::size_t i, const std::string& col) {
  if (t.is_null(i, col)) return std::nullopt;
  return t.rate(i, col);
}

/// Half-open rows must start at 0, follow each other without gaps and end open.
template <class Row>
void check_half_open(const rules::Table& t, const std::vector<Row>& rows, bool from_zero) {
  if (rows.empty()) bad(t, 0, "table has no rows");
  if (from_zero && rows.front().lower != 0) bad(t, 0, "first row must start at 0");
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].upper <= rows[i].lower) bad(t, i, "upper bound must exceed lower bound");
    if (i + 1 < rows.size() && rows[i].upper != rows[i + 1].lower)
      bad(t, i, "upper bound must equal the next row's lower bound");
  }
  if (rows.back().upper != kOpen) bad(t, rows.size() - 1, "last row must be open (upper -)");
}

void check_closed(const rules::Table& t, const std::vector<ComputerBand>& rows) {
  if (rows.empty() || rows.front().lower != 0) bad(t, 0, "first band must start at 0");
  for (std::size_t i = 0; i + 1 < rows.size(); ++i)
    if (rows[i].upper == kOpen || rows[i].upper + 1 != rows[i + 1].lower)
      bad(t, i, "band upper (以下) + 1 must equal the next band's lower (以上)");
  if (rows.back().upper != kOpen) bad(t, rows.size() - 1, "last band must be open (upper -)");
}

std::vector<ComputerBand> closed_bands(const rules::Table& t, const std::string& amount_col,
                                       bool with_rate) {
  std::vector<ComputerBand> out;
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    ComputerBand b;
    b.lower = t.yen(i, "lower").value();
    b.upper = bound(t, i, "upper");
    if (with_rate) b.rate = opt_rate(t, i, "rate");
    b.amount = t.yen(i, amount_col).value();
    b.line = t.rows[i].line;
    out.push_back(b);
  }
  check_closed(t, out);
  return out;
}

}  // namespace

Origin origin_of(const rules::RuleFile& f) {
  Origin o;
  auto p = f.path.rfind("schemas/");
  o.path = p == std::string::npos ? f.path : f.path.substr(p);
  o.title = f.title;
  o.from = f.from;
  o.until = f.until ? *f.until : Date(9999, 12, 31);
  return o;
}

MonthlyTable compile_monthly(const rules::RuleFile& f) {
  MonthlyTable m;
  m.origin = origin_of(f);
  m.max_column = static_cast<int>(f.param_int("max_dependents_column"));
  if (m.max_column != 7)
    throw KyuyoError(ErrorCode::kRuleData, "max_dependents_column must be 7", f.path);
  m.per_extra_dependent = f.param_yen("per_extra_dependent");
  m.otsu_per_declared_person = f.param_yen("otsu_per_declared_person");
  const auto& kou = f.table("kou");
  m.kou_line = kou.line;
  for (std::size_t i = 0; i < kou.rows.size(); ++i) {
    MonthlyRow r;
    r.lower = kou.yen(i, "lower").value();
    r.upper = bound(kou, i, "upper");
    r.rate = opt_rate(kou, i, "rate");
    for (int n = 0; n < 8; ++n) r.base[n] = kou.yen(i, "d" + std::to_string(n)).value();
    r.line = kou.rows[i].line;
    m.kou.push_back(r);
  }
  check_half_open(kou, m.kou, true);
  const auto& otsu = f.table("otsu");
  m.otsu_line = otsu.line;
  for (std::size_t i = 0; i < otsu.rows.size(); ++i) {
    MonthlyRow r;
    r.lower = otsu.yen(i, "lower").value();
    r.upper = bound(otsu, i, "upper");
    r.rate = opt_rate(otsu, i, "rate");
    r.base[0] = otsu.yen(i, "tax").value();
    r.line = otsu.rows[i].line;
    m.otsu.push_back(r);
  }
  check_half_open(otsu, m.otsu, true);
  return m;
}

ComputerTable compile_computer(const rules::RuleFile& f) {
  ComputerTable c;
  c.origin = origin_of(f);
  c.deduction = closed_bands(f.table("employment_income_deduction"), "amount", true);
  c.dependent_deduction = f.param_yen("dependent_deduction");
  c.basic = closed_bands(f.table("basic_deduction"), "amount", false);
  c.tax = closed_bands(f.table("tax"), "subtract", true);
  for (std::size_t i = 0; i < c.tax.size(); ++i)
    if (!c.tax[i].rate) bad(f.table("tax"), i, "別表第四 row needs a rate");
  return c;
}

BonusTable compile_bonus(const rules::RuleFile& f) {
  BonusTable b;
  b.origin = origin_of(f);
  b.max_column = static_cast<int>(f.param_int("max_dependents_column"));
  if (b.max_column != 7)
    throw KyuyoError(ErrorCode::kRuleData, "max_dependents_column must be 7", f.path);
  b.exception_multiple = f.param_int("exception_multiple");
  const auto& kou = f.table("kou");
  for (int n = 0; n < 8; ++n) {
    std::string lo = "d" + std::to_string(n) + "_lower", hi = "d" + std::to_string(n) + "_upper";
    for (std::size_t i = 0; i < kou.rows.size(); ++i) {
      BonusBand band;
      band.lower = kou.is_null(i, lo) ? 0 : kou.yen(i, lo).value();
      band.upper = bound(kou, i, hi);
      band.rate = kou.rate(i, "rate");
      band.line = kou.rows[i].line;
      b.kou[n].push_back(band);
    }
    check_half_open(kou, b.kou[n], true);
  }
  const auto& otsu = f.table("otsu");
  for (std::size_t i = 0; i < otsu.rows.size(); ++i) {
    BonusBand band;
    band.lower = otsu.is_null(i, "lower") ? 0 : otsu.yen(i, "lower").value();
    band.upper = bound(otsu, i, "upper");
    band.rate = otsu.rate(i, "rate");
    band.line = otsu.rows[i].line;
    b.otsu.push_back(band);
  }
  check_half_open(otsu, b.otsu, true);
  return b;
}

}  // namespace kyuyo::withholding::detail
