// Check digits of 法人番号 and 全国地方公共団体コード.
#include "kyuyo/model/check_digits.hpp"

#include <gtest/gtest.h>

using namespace kyuyo::model;

// Vectors: ../shared/reference/my-number.md §3.2 (7000012050002 worked example; 5835678256246
// python-stdnum doctest; 1180301018771 corporate-number-jp README).
TEST(CorporateNumber, ValidVectors) {
  EXPECT_TRUE(valid_corporate_number("7000012050002"));
  EXPECT_TRUE(valid_corporate_number("5835678256246"));
  EXPECT_TRUE(valid_corporate_number("1180301018771"));
  EXPECT_EQ(corporate_number_check_digit("000012050002"), 7);
}

TEST(CorporateNumber, RejectsWrongDigitLengthAndText) {
  EXPECT_FALSE(valid_corporate_number("6000012050002"));  // wrong check digit
  EXPECT_FALSE(valid_corporate_number("7000012050003"));  // a typo in the body
  EXPECT_FALSE(valid_corporate_number("700001205000"));   // 12 digits
  EXPECT_FALSE(valid_corporate_number("70000120500021"));
  EXPECT_FALSE(valid_corporate_number("700001205000A"));
  EXPECT_EQ(corporate_number_check_digit("00001205000"), -1);
  // the check digit is never 0 (9 − r with r in 0..8)
  for (const char* base : {"000000000000", "999999999999", "123456789012"}) {
    int cd = corporate_number_check_digit(base);
    EXPECT_GE(cd, 1);
    EXPECT_LE(cd, 9);
  }
}

// Codes from 総務省「全国地方公共団体コード」: 131016 千代田区, 131041 新宿区 (remainder 0 → 1),
// 011002 札幌市, 271004 大阪市, 141330 川崎市中原区 (remainder 1 → 0).
TEST(MunicipalityCode, ValidCodes) {
  for (const char* c : {"131016", "131041", "011002", "271004", "141330", "131121"})
    EXPECT_TRUE(valid_municipality_code(c)) << c;
  EXPECT_EQ(municipality_code_check_digit("13104"), 1);
  EXPECT_EQ(municipality_code_check_digit("14133"), 0);
}

TEST(MunicipalityCode, RejectsWrongCheckDigitAndLength) {
  EXPECT_FALSE(valid_municipality_code("131017"));
  EXPECT_FALSE(valid_municipality_code("13101"));
  EXPECT_FALSE(valid_municipality_code("1310160"));
  EXPECT_FALSE(valid_municipality_code("13101x"));
}
