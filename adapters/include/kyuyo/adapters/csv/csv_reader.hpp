#pragma once
/// \brief CSV as Excel writes it: RFC 4180 quoting, CRLF or LF line ends, UTF-8 with or without
/// BOM or Shift_JIS (CP932). The first record is the header; rows are read by header name.
///
///   std::vector<Error> errors;
///   csv::Table t = csv::read_file("employees.csv", csv::Encoding::kAuto, errors);
///   for (const csv::Row& row : t.rows) {
///     const std::string& code = t.get(row, "社員番号");   // "" when the column is absent
///     … row.line …                                         // physical line of the record
///   }
///
/// Every problem (bad byte sequence, stray quote, unterminated quote, ragged row) is appended to
/// `errors` with its location (file, line, column) and reading goes on, so one run reports all of
/// them. Columns are numbered from 1 as Excel shows them (A = 1). Error messages never echo a
/// value that looks like a My Number.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kyuyo/adapters/csv/encoding.hpp"
#include "kyuyo/core/error.hpp"

namespace kyuyo::csv {

struct Row {
  int line = 0;  ///< physical line on which the record starts (the header is line 1)
  std::vector<std::string> fields;  ///< UTF-8, in column order
};

struct Table {
  std::string file;                     ///< the name used in error locations
  Encoding encoding = Encoding::kUtf8;  ///< as detected or forced (never kAuto)
  bool bom = false;                     ///< the file started with a UTF-8 BOM
  std::vector<std::string> headers;  ///< header texts, trimmed, full-width parentheses made ASCII
  std::vector<Row> rows;             ///< data records (blank lines skipped)

  /// 0-based index of the column with this header, or -1.
  int column(std::string_view header) const;
  bool has_column(std::string_view header) const { return column(header) >= 0; }
  /// The row's value in that column ("" when the column is absent or the row is short).
  const std::string& get(const Row& row, std::string_view header) const;
  /// The row as header → value.
  std::map<std::string, std::string> as_map(const Row& row) const;
  /// "file line L, column C (header)" for an Error's where.
  std::string where(int line, int column_index0) const;
  std::string where(const Row& row, std::string_view header) const;
};

/// Parses CSV bytes; problems go to errors (see above).
Table parse(std::string_view bytes, const std::string& file, Encoding encoding,
            std::vector<Error>& errors);
/// Reads and parses a file. Throws KyuyoError when the file cannot be read.
Table read_file(const std::string& path, Encoding encoding, std::vector<Error>& errors);

/// Header normalisation used by Table::headers: trims ASCII and ideographic spaces, maps
/// （） to (), removes a trailing "*" (required-column marks some templates use).
std::string normalize_header(std::string_view h);
/// A value safe to quote in an error message: "(value withheld)" when it holds a run of 12 or
/// more digits (a possible My Number), else the value itself (shortened when long).
std::string safe_value(std::string_view v);

}  // namespace kyuyo::csv
