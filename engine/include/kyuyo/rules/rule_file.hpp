#pragma once
/// \brief Rule data in memory: one RuleFile per rule set and period (loaded from
/// schemas/rules/**.xml by adapters/xml), holding cited tables and parameters. Typed engine
/// modules (withholding, premiums, year-end) read their numbers from here; code holds formulas,
/// data holds numbers.
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "kyuyo/core/date.hpp"
#include "kyuyo/core/rate.hpp"
#include "kyuyo/core/yen.hpp"

namespace kyuyo::rules {

/// Which date a rule set is looked up by (design.md "RuleSet lookup by date axis").
enum class Axis {
  kPaymentDate,   ///< 源泉徴収税額表: by 支払日
  kPremiumMonth,  ///< 社会保険料率: by the first day of the premium month (…月分)
  kWagePeriod,    ///< 雇用保険料率: by the wage period (labour-insurance year April–March)
  kTaxYear,       ///< 年末調整: by 1 January of the tax year
  kFixed,         ///< not dated by an axis (e.g. grade tables valid for a range)
};
std::string axis_name(Axis a);

enum class ColumnType { kInt, kYen, kRate, kText };

using CellValue = std::variant<std::monostate, std::int64_t, Yen, Rate, std::string>;

struct Column {
  std::string name;
  ColumnType type = ColumnType::kInt;
};

struct Row {
  std::vector<CellValue> cells;
  int line = 0;  ///< line in the source file, for error messages
};

class Table {
 public:
  std::string id;
  std::string source;  ///< citation of the official publication
  std::string file;    ///< source file path
  int line = 0;
  std::vector<Column> columns;
  std::vector<Row> rows;

  /// Index of a column; throws KyuyoError(kRuleData) naming file and table when absent.
  std::size_t col(const std::string& name) const;
  bool has_col(const std::string& name) const;
  std::int64_t integer(std::size_t row, const std::string& column) const;
  Yen yen(std::size_t row, const std::string& column) const;
  Rate rate(std::size_t row, const std::string& column) const;
  const std::string& text(std::size_t row, const std::string& column) const;
  /// True when the cell is "-" (no value).
  bool is_null(std::size_t row, const std::string& column) const;
  /// "file:line (table id)" for messages.
  std::string where(std::size_t row) const;
};

struct Param {
  std::string id;
  ColumnType type = ColumnType::kInt;
  std::string source;
  CellValue value;
  int line = 0;
};

class RuleFile {
 public:
  std::string id;        ///< e.g. "withholding.monthly"
  Axis axis = Axis::kFixed;
  Date from;             ///< first day in force (inclusive)
  std::optional<Date> until;  ///< last day in force (inclusive); open when absent
  std::string title;
  std::string path;      ///< file it came from
  std::string content_hash;  ///< hex FNV-1a-64 of the file bytes (recorded with every run)
  std::map<std::string, Table> tables;
  std::map<std::string, Param> params;

  bool covers(const Date& d) const { return d >= from && (!until || d <= *until); }
  const Table& table(const std::string& table_id) const;
  bool has_table(const std::string& table_id) const { return tables.count(table_id) > 0; }
  bool has_param(const std::string& param_id) const { return params.count(param_id) > 0; }
  const Param& param(const std::string& param_id) const;
  Yen param_yen(const std::string& param_id) const;
  Rate param_rate(const std::string& param_id) const;
  std::int64_t param_int(const std::string& param_id) const;
  const std::string& param_text(const std::string& param_id) const;
};

/// Every loaded rule file, looked up by id and date.
class RuleLibrary {
 public:
  void add(RuleFile f);
  /// The file with this id in force on date d; throws KyuyoError(kRuleData) with a clear message
  /// ("no rule data 'withholding.monthly' in force on 2027-01-05") when none or several match.
  const RuleFile& at(const std::string& id, const Date& d) const;
  const RuleFile* find(const std::string& id, const Date& d) const;
  std::vector<const RuleFile*> all(const std::string& id) const;
  std::vector<const RuleFile*> files() const;
  std::size_t size() const { return files_.size(); }

 private:
  std::vector<RuleFile> files_;
};

}  // namespace kyuyo::rules
