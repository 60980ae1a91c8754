#pragma once
/// \brief The item lists of the five SHFD0006.CSV data records (項番, name, kind, lengths), one
/// table per 様式コード, shared by the record builders (to name a refused field) and by the
/// checker (`kyuyo filing shaho check`). Source: shared/reference/social-insurance.md §5.4
/// ([RK-CHK] re-implementing 年金機構 仕様チェック csv225/csv221/csv265/csv200_202412/csv201,
/// [KIRICO] for 2225700/2221700/2265700). Not read against the primary PDF (see §7).
#include <string>
#include <string_view>
#include <vector>

namespace kyuyo::forms::shaho {

enum class ItemKind {
  kFixed,      ///< exactly `codes`
  kPrefecture, ///< 年金機構 都道府県コード (2 digits)
  kKigou,      ///< 事業所記号: 1–4 bytes, ASCII alphanumerics or 半角カナ, not all zeros
  kDigits,     ///< ASCII digits, min..max characters
  kCodes,      ///< one of `codes` ("1|3|5|7|9")
  kKanaName,   ///< 半角カナ family + one half-width space + given, ≤ max bytes
  kKanjiName,  ///< full-width family + one full-width space + given, ≤ max bytes
  kKanaText,   ///< 半角カナ / ASCII, ≤ max bytes, no two spaces in a row
  kWideText,   ///< full-width characters only, ≤ max bytes
  kText,       ///< any permitted character, ≤ max bytes
  kFlag,       ///< "1" or blank
  kMyNumber,   ///< 個人番号: 12 digits (never echoed in messages)
};

struct ItemSpec {
  int no;  ///< 項番 (1-based)
  const char* name;
  ItemKind kind;
  int min = 0;  ///< digits: minimum length
  int max = 0;  ///< digits: maximum length; texts: maximum Shift_JIS bytes
  const char* codes = "";
  bool required = false;
};

struct FormSpec {
  const char* code;   ///< "2225700"
  const char* title;  ///< 算定基礎届
  std::vector<ItemSpec> items;
  int my_number_item;  ///< 項番 of 個人番号
  int office_number_item;  ///< 項番 of 事業所番号, 0 when the layout has none
  int name_offset;     ///< 0 for the 算定/月変/賞与 layouts, 1 where 事業所番号 is item 5
};

/// The five layouts: 2225700 (53), 2221700 (49), 2265700 (21), 2200700 (34), 2201700 (27).
/// nullptr for any other code.
const FormSpec* form_spec(std::string_view form_code);
const std::vector<const FormSpec*>& all_form_specs();

/// "項番40 個人番号".
std::string item_label(const FormSpec& f, int no);

}  // namespace kyuyo::forms::shaho
