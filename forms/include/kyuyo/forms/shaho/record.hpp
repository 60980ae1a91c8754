#pragma once
/// \brief A built SHFD0006.CSV data record and the parts every builder shares: the 事業所
/// (都道府県コード, 郡市区符号, 事業所記号, 事業所番号 as they appear in the file) and the
/// insured person. Builders (santei_record.hpp, gekkaku_record.hpp, shoyo_record.hpp,
/// shutoku_record.hpp, soshitsu_record.hpp) are pure: plain input structs in, a Record (items in
/// UTF-8) or every error naming the person and the item out. The 個人番号 item is always left
/// empty here; `wants_my_number` tells the file writer (adapters/shaho) to ask the vault's 提供
/// call for it while writing.
#include <cstdint>
#include <expected>
#include <string>
#include <vector>

#include "kyuyo/core/date.hpp"
#include "kyuyo/core/error.hpp"
#include "kyuyo/model/employee.hpp"
#include "kyuyo/model/employer.hpp"

namespace kyuyo::forms::shaho {

struct Office {
  std::string prefecture;  ///< 年金機構 都道府県コード, "21"
  std::string gunshiku;    ///< 郡市区符号, "01"
  std::string kigou;       ///< 事業所記号 in 半角, "ｻｸﾗ"
  std::string number;      ///< 事業所番号, "12345"
};

/// From the employer: JIS prefecture → 年金機構 code; 事業所整理記号 "01-サクラ" split into
/// 郡市区符号 "01" and 事業所記号 "ｻｸﾗ" (仕様書 p.69 via [RK-CSV]).
Result<Office> office_of(const model::Employer& er);

struct Insured {
  std::int64_t employee_id = 0;
  std::string code;  ///< 社員番号 (for messages)
  std::string seiri_bango;  ///< 被保険者整理番号 (digits, may be empty)
  std::string family_name, given_name;
  std::string family_kana, given_kana;  ///< 全角 or 半角 カナ
  Date birth_date;
  std::string basic_pension_number;  ///< 基礎年金番号, 10 digits ("1234-567890" accepted)
  /// "社員 1001 山田 太郎" — used in every error about this person.
  std::string label() const;
};
Insured insured_of(const model::Employee& e);

struct Record {
  std::string form_code;
  std::vector<std::string> items;  ///< UTF-8, one per 項番 (items[0] = 様式コード)
  std::string person;              ///< Insured::label()
  std::int64_t employee_id = 0;
  int my_number_item = 0;          ///< 項番 of 個人番号 in this layout
  bool wants_my_number = false;    ///< the writer asks the vault for the number
};

using Built = std::expected<Record, std::vector<Error>>;

namespace detail {
/// Collects errors naming the person and item while a builder fills a record.
class RecordBuilder {
 public:
  RecordBuilder(const char* form_code, const Insured& who);
  void set(int no, std::string value) { rec_.items[no - 1] = std::move(value); }
  void set(int no, const char* value);
  /// Sets the item from a Result, or records its error against the item.
  void set(int no, const Result<std::string>& r);
  void error(int no, const std::string& message);
  /// Office block (2–4, plus 事業所番号 for 2200700/2201700) and person block (整理番号, names,
  /// 生年月日).
  void office_and_person(const Office& o, const Insured& who);
  void basic_pension_number(int first_item, const std::string& number);
  Record& record() { return rec_; }
  /// Runs the record rules (record_check.hpp) and returns the record or every error.
  Built finish(const std::optional<Date>& as_of);

 private:
  Record rec_;
  std::vector<Error> errors_;
};
}  // namespace detail

}  // namespace kyuyo::forms::shaho
