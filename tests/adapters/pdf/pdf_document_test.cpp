// The PDF wrapper embeds IPAex and writes Japanese text that pdftotext reads back.
#include "kyuyo/adapters/pdf/pdf_document.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

#include "support/helpers.hpp"

TEST(PdfDocument, JapaneseTextRoundTripsThroughPdftotext) {
  kyuyo::test::TempDir dir;
  {
    kyuyo::pdf::Document d;
    d.new_page(kyuyo::pdf::PageSize::a5());
    d.text(10, 20, "給与明細 令和8年4月分", 12);
    d.text_right(130, 30, "差引支給額 254,321円", 10, kyuyo::pdf::Font::kMincho);
    d.rect(5, 5, 138, 200);
    d.line(5, 40, 143, 40);
    d.save(dir.str("t.pdf"));
    EXPECT_EQ(d.page_count(), 1);
  }
  std::string cmd = "pdftotext -enc UTF-8 " + dir.str("t.pdf") + " " + dir.str("t.txt");
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  std::string text = kyuyo::test::read_file(dir.path() / "t.txt");
  EXPECT_NE(text.find("給与明細"), std::string::npos) << text;
  EXPECT_NE(text.find("254,321"), std::string::npos) << text;
}
