#include "kyuyo/model/check_digits.hpp"

namespace kyuyo::model {
namespace {
bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}
}  // namespace

int corporate_number_check_digit(std::string_view base12) {
  if (base12.size() != 12 || !all_digits(base12)) return -1;
  int sum = 0;
  for (int n = 1; n <= 12; ++n) {
    int p = base12[12 - n] - '0';
    sum += p * (n % 2 == 1 ? 1 : 2);
  }
  return 9 - sum % 9;
}

bool valid_corporate_number(std::string_view number13) {
  if (number13.size() != 13 || !all_digits(number13)) return false;
  return corporate_number_check_digit(number13.substr(1)) == number13[0] - '0';
}

int municipality_code_check_digit(std::string_view base5) {
  if (base5.size() != 5 || !all_digits(base5)) return -1;
  int sum = 0;
  for (int i = 0; i < 5; ++i) sum += (base5[i] - '0') * (6 - i);
  return (11 - sum % 11) % 10;
}

bool valid_municipality_code(std::string_view code6) {
  if (code6.size() != 6 || !all_digits(code6)) return false;
  return municipality_code_check_digit(code6.substr(0, 5)) == code6[5] - '0';
}

}  // namespace kyuyo::model
