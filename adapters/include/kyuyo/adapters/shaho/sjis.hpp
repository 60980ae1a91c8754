#pragma once
/// \brief Shift_JIS for the 日本年金機構 CSV形式届書: 1-byte JIS X 0201 (ASCII, 半角カナ) and
/// 2-byte JIS X 0208 only (0x8140–0x84BE, 0x889F–0x9FFC, 0xE040–0xEAA4). Text goes through
/// iconv "CP932" and every 2-byte code outside those rows is refused: the NEC特殊文字
/// (①, Ⅰ, ㈱), the NEC選定IBM拡張 and IBM拡張 (髙, 﨑) that Windows would otherwise write.
/// Source: shared/reference/social-insurance.md §5.1 ([RK-CSV] 仕様書 p.38, [KIRICO]).
#include <string>
#include <string_view>

#include "kyuyo/core/error.hpp"

namespace kyuyo::shaho {

/// UTF-8 → Shift_JIS (JIS X 0208). The error names the first refused character
/// ("「髙」(U+9AD9) is outside JIS X 0208"), never the whole text. Control characters are refused.
Result<std::string> to_sjis(std::string_view utf8);

/// Whether two bytes form a JIS X 0208 code in Shift_JIS (the three ranges above).
bool is_jisx0208_pair(unsigned char lead, unsigned char trail);

/// Shift_JIS (JIS X 0208 + JIS X 0201) → UTF-8 for the checker. Errors give the byte offset of
/// the first byte that is not allowed.
Result<std::string> from_sjis(std::string_view bytes);

}  // namespace kyuyo::shaho
