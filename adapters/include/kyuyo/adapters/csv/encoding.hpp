#pragma once
/// \brief Text encodings at the CSV boundary: UTF-8 (with or without BOM) and Shift_JIS as
/// Windows/Excel writes it (CP932, through iconv "CP932"). Inside kyuyo all text is UTF-8.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "kyuyo/core/error.hpp"

namespace kyuyo::csv {

enum class Encoding {
  kAuto,  ///< BOM → UTF-8; else valid UTF-8 → UTF-8; else CP932
  kUtf8,
  kCp932,
};

/// "auto", "utf-8"/"utf8", "cp932"/"sjis"/"shift_jis"/"windows-31j" (case-insensitive).
Result<Encoding> parse_encoding(std::string_view name);
std::string encoding_name(Encoding e);  ///< "auto", "utf-8", "cp932"

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

/// Offset of the first byte that is not part of a well-formed UTF-8 sequence (overlongs,
/// surrogates and code points above U+10FFFF are ill-formed), or nullopt when all is valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view bytes);

/// CP932 → UTF-8. On an undecodable sequence returns an error whose message gives the byte
/// offset within `bytes` (no input text is echoed).
Result<std::string> cp932_to_utf8(std::string_view bytes);
/// UTF-8 → CP932. Characters CP932 cannot hold (e.g. 𠮷, emoji) are an error naming the character.
Result<std::string> utf8_to_cp932(std::string_view utf8);

}  // namespace kyuyo::csv
