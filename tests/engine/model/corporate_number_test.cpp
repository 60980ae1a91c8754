// 法人番号 check digit (国税庁 checkdigit.pdf; vectors from shared/reference/my-number.md §3.2:
// 7000012050002 worked example, 5835678256246 python-stdnum doctest, 1180301018771 corporate-number-jp).
#include <gtest/gtest.h>

#include "kyuyo/model/corporate_number.hpp"

using kyuyo::model::CorporateNumber;

TEST(CorporateNumberType, AcceptsReferenceVectors) {
  for (const char* s : {"7000012050002", "5835678256246", "1180301018771"}) {
    auto c = CorporateNumber::parse(s);
    ASSERT_TRUE(c) << s;
    EXPECT_EQ(c->str(), s);
  }
}

TEST(CorporateNumberType, RefusesWrongCheckDigitLengthAndNonDigits) {
  for (char d = '1'; d <= '9'; ++d) {
    std::string s = "7000012050002";
    s[0] = d;
    EXPECT_EQ(CorporateNumber::parse(s).has_value(), d == '7') << s;
  }
  EXPECT_FALSE(CorporateNumber::parse("700001205000"));
  EXPECT_FALSE(CorporateNumber::parse("70000120500020"));
  EXPECT_FALSE(CorporateNumber::parse("700001205000A"));
  EXPECT_FALSE(CorporateNumber::parse("７000012050002"));
  auto e = CorporateNumber::parse("8000012050002");
  ASSERT_FALSE(e);
  EXPECT_NE(e.error().message.find("check digit"), std::string::npos);
}
