// CSV reader: RFC 4180 quoting, CRLF/LF, UTF-8 with and without BOM, CP932, detection, and
// every syntax/encoding problem reported with file, line and column (all of them, not the first).
#include "kyuyo/adapters/csv/csv_reader.hpp"

#include <gtest/gtest.h>

#include "kyuyo/adapters/csv/encoding.hpp"
#include "support/helpers.hpp"

using namespace kyuyo;
using csv::Encoding;

namespace {
std::string cp932(const std::string& utf8) { return value_or_throw(csv::utf8_to_cp932(utf8)); }

bool has_error(const std::vector<Error>& es, const std::string& where_part,
               const std::string& message_part) {
  for (const auto& e : es)
    if (e.where.find(where_part) != std::string::npos &&
        e.message.find(message_part) != std::string::npos)
      return true;
  return false;
}
std::string dump(const std::vector<Error>& es) {
  std::string s;
  for (const auto& e : es) s += e.to_string() + "\n";
  return s;
}
}  // namespace

TEST(CsvReader, Rfc4180QuotingAndLineNumbers) {
  std::vector<Error> errors;
  // quoted comma, doubled quote, a line break inside quotes (CRLF, kept as LF), an empty field
  std::string text =
      "社員番号,氏名,住所\r\n"
      "1,\"山田, 太郎\",\"東京都\r\n千代田区\"\r\n"
      "2,\"佐藤 \"\"ケン\"\"\",\r\n"
      "3,鈴木,大阪\r\n";
  auto t = csv::parse(text, "a.csv", Encoding::kAuto, errors);
  ASSERT_TRUE(errors.empty()) << dump(errors);
  ASSERT_EQ(t.headers, (std::vector<std::string>{"社員番号", "氏名", "住所"}));
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.get(t.rows[0], "氏名"), "山田, 太郎");
  EXPECT_EQ(t.get(t.rows[0], "住所"), "東京都\n千代田区");
  EXPECT_EQ(t.rows[0].line, 2);
  EXPECT_EQ(t.get(t.rows[1], "氏名"), "佐藤 \"ケン\"");
  EXPECT_EQ(t.get(t.rows[1], "住所"), "");
  EXPECT_EQ(t.rows[1].line, 4);  // the quoted line break moved it down one line
  EXPECT_EQ(t.rows[2].line, 5);
  EXPECT_EQ(t.as_map(t.rows[2]).at("住所"), "大阪");
  EXPECT_EQ(t.get(t.rows[2], "no such column"), "");
}

TEST(CsvReader, LfAndCrlfAndNoFinalNewlineAndBlankLinesReadAlike) {
  std::vector<Error> e1, e2, e3;
  auto a = csv::parse("a,b\r\n1,2\r\n\r\n3,4\r\n", "x.csv", Encoding::kAuto, e1);
  auto b = csv::parse("a,b\n1,2\n\n3,4\n", "x.csv", Encoding::kAuto, e2);
  auto c = csv::parse("a,b\n1,2\n\n3,4", "x.csv", Encoding::kAuto, e3);
  for (auto* t : {&a, &b, &c}) {
    ASSERT_EQ(t->rows.size(), 2u);
    EXPECT_EQ(t->rows[1].fields, (std::vector<std::string>{"3", "4"}));
    EXPECT_EQ(t->rows[1].line, 4);  // blank line 3 skipped but counted
  }
  EXPECT_TRUE(e1.empty() && e2.empty() && e3.empty());
}

TEST(CsvReader, Utf8WithBomIsDetectedAndStripped) {
  std::vector<Error> errors;
  auto t = csv::parse(std::string(csv::kUtf8Bom) + "社員番号,氏\n1,山田\n", "b.csv",
                      Encoding::kAuto, errors);
  EXPECT_TRUE(errors.empty()) << dump(errors);
  EXPECT_TRUE(t.bom);
  EXPECT_EQ(t.encoding, Encoding::kUtf8);
  EXPECT_EQ(t.headers[0], "社員番号");  // no BOM glued to the first header
  EXPECT_EQ(t.get(t.rows[0], "氏"), "山田");
}

TEST(CsvReader, Utf8WithoutBomIsDetected) {
  std::vector<Error> errors;
  auto t = csv::parse("社員番号,氏\n1,髙橋\n", "c.csv", Encoding::kAuto, errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_FALSE(t.bom);
  EXPECT_EQ(t.encoding, Encoding::kUtf8);
  EXPECT_EQ(t.get(t.rows[0], "氏"), "髙橋");
}

TEST(CsvReader, Cp932IsDetectedAndDecoded) {
  // ソ (83 5C) and 表 (95 5C) have 0x5C ("\") as second byte; 髙 and ① are CP932 extensions.
  std::string text = cp932("社員番号,氏名,備考\r\n1,\"ソ表, 髙橋\",①\r\n");
  std::vector<Error> errors;
  auto t = csv::parse(text, "d.csv", Encoding::kAuto, errors);
  ASSERT_TRUE(errors.empty()) << dump(errors);
  EXPECT_EQ(t.encoding, Encoding::kCp932);
  EXPECT_EQ(t.headers[1], "氏名");
  EXPECT_EQ(t.get(t.rows[0], "氏名"), "ソ表, 髙橋");
  EXPECT_EQ(t.get(t.rows[0], "備考"), "①");
  // forcing cp932 gives the same
  std::vector<Error> e2;
  auto forced = csv::parse(text, "d.csv", Encoding::kCp932, e2);
  EXPECT_TRUE(e2.empty());
  EXPECT_EQ(forced.get(forced.rows[0], "氏名"), "ソ表, 髙橋");
}

TEST(CsvReader, ForcedUtf8OnShiftJisNamesLineAndColumn) {
  std::string text = cp932("社員番号,氏\n1,abc\n2,山田\n");
  std::vector<Error> errors;
  auto t = csv::parse(text, "e.csv", Encoding::kUtf8, errors);
  ASSERT_EQ(errors.size(), 3u) << dump(errors);  // the header's 社員番号 and 氏, and line 3's 山田
  EXPECT_TRUE(has_error(errors, "e.csv line 1, column 1", "not valid UTF-8"));
  EXPECT_TRUE(has_error(errors, "e.csv line 1, column 2", "not valid UTF-8"));
  EXPECT_TRUE(has_error(errors, "e.csv line 3, column 2", "--encoding cp932"));
}

TEST(CsvReader, ForcedCp932OnUtf8BomIsAnError) {
  std::vector<Error> errors;
  csv::parse(std::string(csv::kUtf8Bom) + "a\n1\n", "f.csv", Encoding::kCp932, errors);
  EXPECT_TRUE(has_error(errors, "f.csv line 1", "BOM"));
}

TEST(CsvReader, InvalidShiftJisBytesNameLineAndColumn) {
  std::string text = cp932("a,b\n1,山\n") + "2,x\x81\n";  // a lead byte with no trail byte
  std::vector<Error> errors;
  csv::parse(text, "g.csv", Encoding::kCp932, errors);
  ASSERT_EQ(errors.size(), 1u) << dump(errors);
  EXPECT_EQ(errors[0].where, "g.csv line 3, column 2 (b)");
  EXPECT_NE(errors[0].message.find("Shift_JIS"), std::string::npos);
}

TEST(CsvReader, EverySyntaxProblemIsReportedWithItsPlace) {
  std::string text =
      "a,b,c\n"
      "1,x\"y,3\n"            // line 2: quote in an unquoted field (column 2)
      "2,\"ok\"tail,3\n"      // line 3: text after the closing quote (column 2)
      "3,4\n"                 // line 4: too few fields
      "4,5,6,7\n"             // line 5: too many fields
      "5,6,\"never closed\n"  // line 6: unterminated quote (column 3)
      "6,7,8\n";
  std::vector<Error> errors;
  csv::parse(text, "h.csv", Encoding::kAuto, errors);
  EXPECT_TRUE(has_error(errors, "h.csv line 2, column 2", "unquoted field")) << dump(errors);
  EXPECT_TRUE(has_error(errors, "h.csv line 3, column 2", "after the closing quote"))
      << dump(errors);
  EXPECT_TRUE(has_error(errors, "h.csv line 4", "2 fields but the header has 3")) << dump(errors);
  EXPECT_TRUE(has_error(errors, "h.csv line 5", "4 fields but the header has 3")) << dump(errors);
  EXPECT_TRUE(has_error(errors, "h.csv line 6, column 3", "never closed")) << dump(errors);
}

TEST(CsvReader, TrailingEmptyFieldsAreTolerated) {
  std::vector<Error> errors;
  auto t = csv::parse("a,b\n1,2,,\n", "i.csv", Encoding::kAuto, errors);
  EXPECT_TRUE(errors.empty()) << dump(errors);
  EXPECT_EQ(t.rows[0].fields.size(), 2u);
}

TEST(CsvReader, EmptyFileIsAnError) {
  std::vector<Error> errors;
  csv::parse("", "j.csv", Encoding::kAuto, errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].where, "j.csv");
}

TEST(CsvReader, HeadersAreNormalised) {
  EXPECT_EQ(csv::normalize_header("　フリガナ（氏） "), "フリガナ(氏)");
  EXPECT_EQ(csv::normalize_header("社員番号*"), "社員番号");
}

TEST(CsvReader, ErrorMessagesWithholdMyNumberLikeValues) {
  EXPECT_EQ(csv::safe_value("123456789018"), "(value withheld)");
  EXPECT_EQ(csv::safe_value("abc"), "abc");
  EXPECT_EQ(csv::safe_value("12345678901"), "12345678901");  // 11 digits: not a My Number
}

TEST(CsvReader, ReadFileNamesThePathAndFailsOnMissingFile) {
  test::TempDir dir;
  test::write_file(dir.path() / "k.csv", "a\n\"x\n");
  std::vector<Error> errors;
  auto t = csv::read_file(dir.str("k.csv"), Encoding::kAuto, errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].where, dir.str("k.csv") + " line 2, column 1");
  EXPECT_THROW(csv::read_file(dir.str("missing.csv"), Encoding::kAuto, errors), KyuyoError);
}

TEST(Encoding, NamesAndUtf8Validation) {
  EXPECT_EQ(*csv::parse_encoding("UTF-8"), Encoding::kUtf8);
  EXPECT_EQ(*csv::parse_encoding("cp932"), Encoding::kCp932);
  EXPECT_EQ(*csv::parse_encoding("Shift_JIS"), Encoding::kCp932);
  EXPECT_EQ(*csv::parse_encoding("auto"), Encoding::kAuto);
  EXPECT_FALSE(csv::parse_encoding("latin1"));
  EXPECT_FALSE(csv::first_invalid_utf8("山田 abc"));
  EXPECT_EQ(csv::first_invalid_utf8("ab\xC0\xAF"), 2u);       // overlong '/'
  EXPECT_EQ(csv::first_invalid_utf8("a\xED\xA0\x80"), 1u);    // UTF-16 surrogate
  EXPECT_EQ(csv::first_invalid_utf8("a\xE5\xB1"), 1u);        // truncated
  EXPECT_FALSE(csv::first_invalid_utf8("\xF0\xA0\xAE\xB7"));  // 𠮷 (4 bytes) is fine
}
