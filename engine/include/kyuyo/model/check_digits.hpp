#pragma once
/// \brief Check digits of the public identifiers on employer and employee records.
#include <string_view>

namespace kyuyo::model {

/// 法人番号 (13 digits): the FIRST digit is the check digit,
/// check = 9 − (Σ_{n=1..12} P_n × Q_n mod 9), P_n the n-th digit of the 12-digit 基礎番号 counted
/// from the right, Q_n = 1 for odd n and 2 for even n (国税庁「法人番号の指定等に関する省令」第2条;
/// ../shared/reference/my-number.md §3.2). Returns -1 unless base12 is 12 ASCII digits.
int corporate_number_check_digit(std::string_view base12);
/// True for 13 ASCII digits whose first digit is the check digit of the other 12.
bool valid_corporate_number(std::string_view number13);

/// 全国地方公共団体コード (6 digits): the sixth digit is the check digit,
/// check = (11 − (d1×6 + d2×5 + d3×4 + d4×3 + d5×2) mod 11) mod 10 (総務省 「全国地方公共団体
/// コード」の検査数字, JIS X 0402 附属書). Returns -1 unless base5 is 5 ASCII digits.
int municipality_code_check_digit(std::string_view base5);
bool valid_municipality_code(std::string_view code6);

}  // namespace kyuyo::model
