#pragma once
// Internal to the vault module: reading soci::row columns portably (SQLite and PostgreSQL
// report integer columns with different SOCI types).
#include <cstdint>
#include <optional>
#include <soci/soci.h>
#include <string>

namespace kyuyo::vault::detail {

inline std::optional<std::int64_t> opt_int(const soci::row& r, std::size_t i) {
  if (r.get_indicator(i) == soci::i_null) return std::nullopt;
  switch (r.get_properties(i).get_data_type()) {
    case soci::dt_integer: return r.get<int>(i);
    case soci::dt_long_long: return r.get<long long>(i);
    case soci::dt_unsigned_long_long: return static_cast<std::int64_t>(r.get<unsigned long long>(i));
    case soci::dt_string: return std::stoll(r.get<std::string>(i));
    default: return std::stoll(r.get<std::string>(i));
  }
}
inline std::int64_t int_col(const soci::row& r, std::size_t i) { return opt_int(r, i).value_or(0); }

inline std::optional<std::string> opt_str(const soci::row& r, std::size_t i) {
  if (r.get_indicator(i) == soci::i_null) return std::nullopt;
  switch (r.get_properties(i).get_data_type()) {
    case soci::dt_string: return r.get<std::string>(i);
    default: return std::to_string(int_col(r, i));
  }
}
inline std::string str_col(const soci::row& r, std::size_t i) { return opt_str(r, i).value_or(std::string()); }

}  // namespace kyuyo::vault::detail
