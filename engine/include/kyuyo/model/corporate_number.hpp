#pragma once
/// \brief 法人番号 (Corporate Number): 13 digits, the FIRST a check digit (check_digits.hpp has
/// the formula). Public information: no vault, ordinary text conversion. Made only by parse().
#include <string>
#include <string_view>

#include "kyuyo/core/error.hpp"

namespace kyuyo::model {

class CorporateNumber {
 public:
  /// Exactly 13 ASCII digits whose first digit is the check digit of the other twelve.
  static Result<CorporateNumber> parse(std::string_view text);
  const std::string& str() const { return digits_; }
  auto operator<=>(const CorporateNumber&) const = default;

 private:
  explicit CorporateNumber(std::string d) : digits_(std::move(d)) {}
  std::string digits_;
};

}  // namespace kyuyo::model
