#include "kyuyo/model/corporate_number.hpp"

#include "kyuyo/model/check_digits.hpp"

namespace kyuyo::model {

Result<CorporateNumber> CorporateNumber::parse(std::string_view text) {
  if (text.size() != 13 || text.find_first_not_of("0123456789") != std::string_view::npos)
    return fail(ErrorCode::kInvalidInput, "法人番号 must be exactly 13 half-width digits, got '" + std::string(text) + "'");
  if (!valid_corporate_number(text))
    return fail(ErrorCode::kInvalidInput, "法人番号 '" + std::string(text) + "': check digit (the first digit) does not match");
  return CorporateNumber(std::string(text));
}

}  // namespace kyuyo::model
