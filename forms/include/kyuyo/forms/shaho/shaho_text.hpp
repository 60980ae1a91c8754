#pragma once
/// \brief Item formatting for the 日本年金機構 CSV形式届書 (SHFD0006.CSV), pure and in UTF-8:
/// 年金機構 都道府県コード, 元号 code + YYMMDD dates, 半角カナ / 漢字 names, amounts with the
/// 9,999,999 cap, 従前の標準報酬月額 in thousands of yen, Shift_JIS byte lengths.
/// Source: shared/reference/social-insurance.md §5.1–5.3 ([RK-CSV] quoting 仕様書 第16.2版,
/// [KIRICO]). The Shift_JIS conversion itself (and the JIS X 0208 refusal) is in
/// adapters/shaho/sjis.hpp: this layer never encodes.
#include <string>
#include <string_view>

#include "kyuyo/core/date.hpp"
#include "kyuyo/core/error.hpp"
#include "kyuyo/core/yen.hpp"

namespace kyuyo::forms::shaho {

/// 年金機構 都道府県コード (仕様書 参考資料3) for a JIS X 0401 prefecture code: 13 東京 → "21",
/// 27 大阪 → "41", 23 愛知 → "51". Error for codes outside 1..47.
Result<std::string> nenkin_prefecture_code(int jis_code);
/// Inverse, for the checker: whether a 2-digit text is one of the 47 年金機構 codes.
bool is_nenkin_prefecture_code(std::string_view code);

/// 元号 code (1 明治, 3 大正, 5 昭和, 7 平成, 9 令和) and "YYMMDD" (和暦 year).
struct EraDate {
  std::string era;     ///< "9"
  std::string yymmdd;  ///< "080401"
};
EraDate era_date(const Date& d);
/// 元号 code, "YY", "MM" of a month (the era of the month's first day... of the given day 1).
struct EraMonth {
  std::string era, yy, mm;
};
EraMonth era_month(const YearMonth& ym);
/// Parses era code + YYMMDD back to a date (checker); error when not a real date in that era.
Result<Date> parse_era_date(std::string_view era, std::string_view yymmdd);

/// Money items: integer yen, 7 digits zero-padded; ≥ ¥10,000,000 is written 9999999
/// ([RK-CSV][KIRICO]). Negative amounts are an error (caller names the field).
Result<std::string> amount7(Yen y);
/// 従前の標準報酬月額: thousands of yen, 4 digits ("0260" for ¥260,000). Error when not a whole
/// number of thousands or above 9,999 thousand.
Result<std::string> thousands4(Yen y);
/// Zero-padded 2 digits ("04").
std::string two(int v);

/// Full-width (or half-width) katakana/hiragana → 半角カナ (JIS X 0201): ガ → ｶﾞ, ー → ｰ,
/// 全角スペース → ' '. With allow_ascii, ASCII letters/digits/symbols (and their full-width
/// forms) pass as ASCII. Anything else is an error naming the character.
Result<std::string> halfwidth_kana(std::string_view utf8, bool allow_ascii = false);
/// ASCII and 半角カナ → full-width (for 漢字 items: "9番9号 3階" → "９番９号　３階"). Commas and
/// control characters are left as they are, so that the writer refuses them.
std::string fullwidth(std::string_view utf8);

/// "ﾔﾏﾀﾞ ﾀﾛｳ": 半角カナ family + one half-width space + given (spaces inside a part removed).
Result<std::string> kana_name(std::string_view family, std::string_view given);
/// "山田　太郎": family + one full-width space + given (full-width normalised).
std::string kanji_name(std::string_view family, std::string_view given);

/// Bytes the UTF-8 text takes in Shift_JIS: 1 for ASCII and 半角カナ, 2 for everything else.
std::size_t sjis_length(std::string_view utf8);
/// Whether every character is 半角カナ (U+FF61–FF9F) or one of allowed_ascii.
bool is_halfwidth_kana_text(std::string_view utf8, std::string_view allowed_ascii = " ");
/// Whether the text holds no ASCII and no 半角カナ (2-byte characters only).
bool is_fullwidth_text(std::string_view utf8);

/// Decodes UTF-8 into code points (the text is assumed well-formed; invalid bytes map to U+FFFD).
std::u32string code_points(std::string_view utf8);
std::string utf8_of(char32_t c);

}  // namespace kyuyo::forms::shaho
