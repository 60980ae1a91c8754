// Typed CSV fields: dates (西暦 and 和暦), yen, integers, digits, labels, yes/no; header checks;
// every error collected with file, line, column and header.
#include "kyuyo/adapters/csv/field_parser.hpp"

#include <gtest/gtest.h>

using namespace kyuyo;

namespace {
bool has_error(const std::vector<Error>& es, const std::string& where,
               const std::string& message_part) {
  for (const auto& e : es)
    if (e.where == where && e.message.find(message_part) != std::string::npos) return true;
  return false;
}
std::string dump(const std::vector<Error>& es) {
  std::string s;
  for (const auto& e : es) s += e.to_string() + "\n";
  return s;
}
enum class Color { kRed, kBlue };
}  // namespace

TEST(FieldParser, DatesInTheFormsExcelAndPeopleWrite) {
  EXPECT_EQ(*csv::parse_date_jp("2026-04-01"), Date(2026, 4, 1));
  EXPECT_EQ(*csv::parse_date_jp("2026/4/1"), Date(2026, 4, 1));
  EXPECT_EQ(*csv::parse_date_jp("２０２６／０４／０１"), Date(2026, 4, 1));
  EXPECT_EQ(*csv::parse_date_jp("令和8年4月1日"), Date(2026, 4, 1));
  EXPECT_EQ(*csv::parse_date_jp("R8.4.1"), Date(2026, 4, 1));
  EXPECT_EQ(*csv::parse_date_jp("r08/04/01"), Date(2026, 4, 1));
  EXPECT_EQ(*csv::parse_date_jp("令和元年5月1日"), Date(2019, 5, 1));
  EXPECT_EQ(*csv::parse_date_jp("平成31年4月30日"), Date(2019, 4, 30));
  EXPECT_EQ(*csv::parse_date_jp("S45.3.1"), Date(1970, 3, 1));
  EXPECT_FALSE(csv::parse_date_jp("2026/2/30"));
  EXPECT_FALSE(csv::parse_date_jp("令和8年13月1日"));
  EXPECT_FALSE(csv::parse_date_jp("平成32年1月1日"));  // 平成 ended in its 31st year
  EXPECT_FALSE(csv::parse_date_jp("昨日"));
}

TEST(FieldParser, YenAmounts) {
  EXPECT_EQ(*csv::parse_yen("380,000"), Yen(380000));
  EXPECT_EQ(*csv::parse_yen("¥380,000"), Yen(380000));
  EXPECT_EQ(*csv::parse_yen("￥１，２００"), Yen(1200));
  EXPECT_EQ(*csv::parse_yen("800000円"), Yen(800000));
  EXPECT_EQ(*csv::parse_yen("-5000"), Yen(-5000));
  EXPECT_EQ(*csv::parse_yen("0"), Yen(0));
  EXPECT_FALSE(csv::parse_yen("1.5"));  // no fractions of a yen
  EXPECT_FALSE(csv::parse_yen("12a"));
  EXPECT_FALSE(csv::parse_yen("円"));
  EXPECT_FALSE(csv::parse_yen("1234567890123456"));  // beyond 15 digits
}

TEST(FieldParser, EveryFieldErrorIsCollectedWithItsPlace) {
  std::vector<Error> errors;
  auto t = csv::parse(
      "code,date,amount,count,digits,color,flag,name\n"
      "A,2026/2/30,12x,120,12-34,green,maybe,\n"
      "B,2026/3/1,\"1,000\",7,1234-5678,赤,はい,x\n",
      "f.csv", csv::Encoding::kAuto, errors);
  ASSERT_TRUE(errors.empty());
  auto read = [&](const csv::Row& row) {
    csv::Fields f(t, row, errors);
    auto d = f.date("date", csv::kRequired);
    auto y = f.yen("amount");
    auto n = f.integer("count", 1, 99);
    auto g = f.digits("digits", 8, 8);
    auto c = f.choice<Color>("color", {{"赤", Color::kRed}, {"青", Color::kBlue}});
    auto b = f.yes_no("flag");
    auto name = f.text("name", csv::kRequired);
    return std::make_tuple(f.failed(), d, y, n, g, c, b, name);
  };
  auto [bad, d1, y1, n1, g1, c1, b1, name1] = read(t.rows[0]);
  EXPECT_TRUE(bad);
  EXPECT_EQ(errors.size(), 7u) << dump(errors);
  EXPECT_TRUE(has_error(errors, "f.csv line 2, column 2 (date)", "not a date")) << dump(errors);
  EXPECT_TRUE(has_error(errors, "f.csv line 2, column 3 (amount)", "not an amount"));
  EXPECT_TRUE(has_error(errors, "f.csv line 2, column 4 (count)", "outside 1–99"));
  EXPECT_TRUE(has_error(errors, "f.csv line 2, column 5 (digits)", "must be 8 digits"));
  EXPECT_TRUE(has_error(errors, "f.csv line 2, column 6 (color)", "is not one of: 赤, 青"));
  EXPECT_TRUE(has_error(errors, "f.csv line 2, column 7 (flag)", "yes/no"));
  EXPECT_TRUE(has_error(errors, "f.csv line 2, column 8 (name)", "a value is required"));

  errors.clear();
  auto [ok_bad, d2, y2, n2, g2, c2, b2, name2] = read(t.rows[1]);
  EXPECT_FALSE(ok_bad) << dump(errors);
  EXPECT_EQ(*d2, Date(2026, 3, 1));
  EXPECT_EQ(*y2, Yen(1000));
  EXPECT_EQ(*n2, 7);
  EXPECT_EQ(g2, "12345678");
  EXPECT_EQ(*c2, Color::kRed);
  EXPECT_TRUE(*b2);
  EXPECT_EQ(name2, "x");
}

TEST(FieldParser, EmptyOptionalCellsAreNotErrors) {
  std::vector<Error> errors;
  auto t = csv::parse("a,b,c\n　,,\n", "g.csv", csv::Encoding::kAuto, errors);
  csv::Fields f(t, t.rows[0], errors);
  EXPECT_FALSE(f.date("a"));  // an ideographic space only: empty
  EXPECT_FALSE(f.yen("b"));
  EXPECT_EQ(f.digits("c", 5, 5), "");
  EXPECT_FALSE(f.yes_no("missing column"));
  EXPECT_FALSE(f.failed());
}

TEST(FieldParser, YesNoWithExtraLabels) {
  std::vector<Error> errors;
  auto t = csv::parse("a,b,c\n同居,別居,0\n", "h.csv", csv::Encoding::kAuto, errors);
  csv::Fields f(t, t.rows[0], errors);
  EXPECT_TRUE(*f.yes_no("a", false, {"同居", "別居"}));
  EXPECT_FALSE(*f.yes_no("b", false, {"同居", "別居"}));
  EXPECT_FALSE(*f.yes_no("c"));
}

TEST(FieldParser, HeaderChecksReportEveryProblem) {
  std::vector<Error> errors;
  auto t = csv::parse("社員番号,氏名カナ,社員番号,個人番号,備考,従業員コード\n", "k.csv",
                      csv::Encoding::kAuto, errors);
  std::vector<csv::Column> cols = {{"社員番号", true},
                                   {"生年月日", true},
                                   {"氏", false, {"姓"}},
                                   {"部署", false, {"従業員コード"}}};
  csv::check_headers(t, cols, errors);
  EXPECT_TRUE(has_error(errors, "k.csv line 1, column 2 (氏名カナ)", "unknown column"))
      << dump(errors);
  EXPECT_TRUE(
      has_error(errors, "k.csv line 1, column 3 (社員番号)", "appears twice (also column 1)"));
  EXPECT_TRUE(
      has_error(errors, "k.csv line 1, column 4 (個人番号)", "My Numbers are not imported here"));
  EXPECT_TRUE(has_error(errors, "k.csv line 1", "required column '生年月日' is missing"));
  EXPECT_EQ(errors.size(), 4u) << dump(errors);  // 備考 is allowed; the alias is renamed
  EXPECT_EQ(t.headers[5], "部署");
}
