// CSV writer: RFC 4180 quoting, CRLF, UTF-8 with BOM or CP932; output reads back identically.
#include "kyuyo/adapters/csv/csv_writer.hpp"

#include <gtest/gtest.h>

#include "kyuyo/adapters/csv/csv_reader.hpp"
#include "support/helpers.hpp"

using namespace kyuyo;

TEST(CsvWriter, QuotesOnlyWhatNeedsIt) {
  EXPECT_EQ(csv::quote_field("山田"), "山田");
  EXPECT_EQ(csv::quote_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv::quote_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv::quote_field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv::quote_field(" padded"), "\" padded\"");
}

TEST(CsvWriter, Utf8WithBomAndCrlf) {
  csv::Writer w(csv::OutputEncoding::kUtf8Bom);
  w.row({"社員番号", "氏名"});
  w.row({"1", "山田, 太郎"});
  EXPECT_EQ(w.bytes(), "\xEF\xBB\xBF社員番号,氏名\r\n1,\"山田, 太郎\"\r\n");
}

TEST(CsvWriter, Cp932RoundTripsThroughTheReader) {
  csv::Writer w(csv::OutputEncoding::kCp932);
  std::vector<std::string> header{"社員番号", "氏名", "備考"};
  std::vector<std::string> row{"0001", "髙橋 ソ表", "改行\nと \"引用符\", ①"};
  w.row(header);
  w.row(row);
  std::string bytes = w.bytes();
  EXPECT_EQ(bytes.find("\xEF\xBB\xBF"), std::string::npos);
  EXPECT_TRUE(csv::first_invalid_utf8(bytes).has_value());  // really Shift_JIS, not UTF-8
  std::vector<Error> errors;
  auto t = csv::parse(bytes, "w.csv", csv::Encoding::kAuto, errors);
  ASSERT_TRUE(errors.empty());
  EXPECT_EQ(t.encoding, csv::Encoding::kCp932);
  EXPECT_EQ(t.headers, header);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].fields, row);
}

TEST(CsvWriter, CharacterOutsideCp932NamesRowAndColumn) {
  csv::Writer w(csv::OutputEncoding::kCp932);
  w.row({"a", "b"});
  w.row({"x", "𠮷野家"});
  try {
    w.bytes();
    FAIL() << "expected an error";
  } catch (const KyuyoError& e) {
    EXPECT_EQ(e.error().where, "CSV output row 2, column 2");
    EXPECT_NE(e.error().message.find("𠮷"), std::string::npos);
  }
}

TEST(CsvWriter, SaveCreatesDirectoriesAndWritesTheBytes) {
  test::TempDir dir;
  csv::Writer w;
  w.row({"a"});
  w.save(dir.str("sub/x.csv"));
  EXPECT_EQ(test::read_file(dir.path() / "sub/x.csv"),
            "\xEF\xBB\xBF"
            "a\r\n");
}
