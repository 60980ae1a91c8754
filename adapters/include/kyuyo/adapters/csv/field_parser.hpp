#pragma once
/// \brief Typed fields of a header-based CSV row, collecting every error instead of stopping at
/// the first. Import commands use it like this:
///
///   std::vector<Error> errors;
///   csv::Table t = csv::read_file(path, enc, errors);
///   csv::check_headers(t, {{"社員番号", true}, {"生年月日", true}, {"退職日"}}, errors);
///   for (const auto& row : t.rows) {
///     csv::Fields f(t, row, errors);
///     std::string code = f.text("社員番号", csv::kRequired);
///     std::optional<Date> birth = f.date("生年月日", csv::kRequired);
///     auto sex = f.choice<model::Sex>("性別", {{"男", model::Sex::kMale}, {"女",
///     model::Sex::kFemale}}); if (f.failed()) continue;   // errors were recorded with file, line,
///     column
///   }
///   if (!errors.empty()) throw KyuyoErrors(errors);
///
/// Values are trimmed (ASCII and ideographic spaces). Numeric parsers accept full-width digits.
/// An empty optional cell gives nullopt (or "" for text) and no error; an empty required cell is
/// an error. Error messages quote the offending value through safe_value().
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kyuyo/adapters/csv/csv_reader.hpp"
#include "kyuyo/core/date.hpp"
#include "kyuyo/core/error.hpp"
#include "kyuyo/core/yen.hpp"

namespace kyuyo::csv {

inline constexpr bool kRequired = true;

struct Column {
  std::string name;                  ///< the canonical header
  bool required = false;             ///< the column must be present in the header row
  std::vector<std::string> aliases;  ///< other headers accepted for it (renamed to name)
};

/// Checks the header row against the expected columns and reports, with column numbers: missing
/// required columns, duplicated columns, and unknown columns (typos would otherwise be silently
/// ignored). Headers in `ignored` (e.g. "備考") are allowed and not read. Renames aliases in
/// t.headers to the canonical names.
void check_headers(Table& t, const std::vector<Column>& columns, std::vector<Error>& errors,
                   const std::vector<std::string>& ignored = {"備考"});

template <class E>
struct Label {
  std::string_view text;
  E value;
};

/// Full-width digits, Latin letters, hyphens, slashes, commas and dots → ASCII; trims spaces.
std::string to_ascii(std::string_view v);
/// Trims ASCII and ideographic (U+3000) spaces.
std::string trim(std::string_view v);
/// 令和8年4月1日 / R8.4.1 / R08/04/01 / 2026-04-01 / 2026/4/1 (Excel) → Date.
Result<Date> parse_date_jp(std::string_view text);
/// "123,456", "¥123,456", "123456円", "-5000" → Yen.
Result<Yen> parse_yen(std::string_view text);

class Fields {
 public:
  Fields(const Table& t, const Row& r, std::vector<Error>& errors)
      : t_(t), r_(r), errors_(errors), start_(errors.size()) {}

  const Row& row() const { return r_; }
  int line() const { return r_.line; }
  /// The trimmed value ("" when the column is absent).
  std::string raw(std::string_view col) const;
  bool empty(std::string_view col) const { return raw(col).empty(); }
  /// "file line L, column C (col)".
  std::string where(std::string_view col) const { return t_.where(r_, col); }

  std::string text(std::string_view col, bool required = false);
  /// Digits only (ASCII or full-width; hyphens and spaces between groups are dropped), length
  /// between min_len and max_len. Returns "" on error or when empty.
  std::string digits(std::string_view col, std::size_t min_len, std::size_t max_len,
                     bool required = false);
  std::optional<Date> date(std::string_view col, bool required = false);
  std::optional<Yen> yen(std::string_view col, bool required = false);
  std::optional<std::int64_t> integer(std::string_view col, std::int64_t min, std::int64_t max,
                                      bool required = false);
  /// One of the labels (compared after trimming and to_ascii); the error lists the labels.
  template <class E>
  std::optional<E> choice(std::string_view col, std::initializer_list<Label<E>> labels,
                          bool required = false) {
    std::string v = raw(col);
    if (v.empty()) {
      if (required) missing(col);
      return std::nullopt;
    }
    std::string a = to_ascii(v);
    std::string allowed;
    for (const auto& l : labels) {
      if (a == to_ascii(l.text)) return l.value;
      allowed += (allowed.empty() ? "" : ", ") + std::string(l.text);
    }
    fail(col, "'" + safe_value(v) + "' is not one of: " + allowed);
    return std::nullopt;
  }
  /// はい/いいえ, あり/なし, 有/無, ○/×, 1/0, TRUE/FALSE, yes/no, 加入/非加入 (and the
  /// extra labels given, e.g. {"同居", "別居"}).
  std::optional<bool> yes_no(std::string_view col, bool required = false,
                             std::pair<std::string_view, std::string_view> extra = {});

  /// Records an error for this row and column.
  void fail(std::string_view col, std::string message);
  /// Whether any error was recorded through this object.
  bool failed() const { return errors_.size() > start_; }

 private:
  void missing(std::string_view col);
  const Table& t_;
  const Row& r_;
  std::vector<Error>& errors_;
  std::size_t start_;
};

}  // namespace kyuyo::csv
