// CompactDocument: the per-employee payslip writer (fonts parsed once per batch, each file embeds
// only its glyphs). The files must read back through pdftotext, embed a subset font with a
// ToUnicode map (pdffonts), render without errors (pdftoppm), lay text out with the same widths
// as the libharu Document, and stay small.
#include "kyuyo/adapters/pdf/compact_document.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "kyuyo/adapters/pdf/pdf_document.hpp"
#include "support/helpers.hpp"

namespace {
using kyuyo::pdf::CompactDocument;
using kyuyo::pdf::Font;
using kyuyo::pdf::FontSet;
using kyuyo::pdf::PageSize;

std::string run(const std::string& cmd) {
  std::string out;
  FILE* p = popen((cmd + " 2>&1").c_str(), "r");
  if (!p) return "popen failed";
  char buf[512];
  while (std::fgets(buf, sizeof buf, p)) out += buf;
  pclose(p);
  return out;
}

void draw_slip(CompactDocument& d, const std::string& name, const std::string& net) {
  d.set_info("給与明細書 2026-04 " + name);
  d.new_page(PageSize{210, 148});
  d.text(10, 15, "給与明細書 令和8年4月分", 12);
  d.text(10, 25, name + " 様");
  d.text_right(200, 40, "差引支給額 " + net + "円", 10);
  d.text(10, 50, "子ども・子育て支援金（明朝）", 9, Font::kMincho);
  d.rect(5, 5, 200, 138);
  d.line(5, 30, 205, 30);
}
}  // namespace

TEST(CompactDocument, TextRoundTripsThroughPdftotextWithAnEmbeddedSubsetFont) {
  kyuyo::test::TempDir dir;
  FontSet fonts;  // once for both files
  for (const char* who : {"a", "b"}) {
    CompactDocument d(fonts);
    draw_slip(d, std::string(who) == "a" ? "試験 花子" : "見本 太郎", std::string(who) == "a" ? "254,321" : "198,765");
    d.save(dir.str(std::string(who) + ".pdf"));
    EXPECT_EQ(d.page_count(), 1);
  }
  std::string a = run("pdftotext -enc UTF-8 " + dir.str("a.pdf") + " -");
  EXPECT_NE(a.find("給与明細書 令和8年4月分"), std::string::npos) << a;
  EXPECT_NE(a.find("試験 花子 様"), std::string::npos) << a;
  EXPECT_NE(a.find("差引支給額 254,321円"), std::string::npos) << a;
  EXPECT_NE(a.find("子ども・子育て支援金（明朝）"), std::string::npos) << a;
  // The second file carries its own name only: nothing of the first employee leaks into it.
  std::string b = run("pdftotext -enc UTF-8 " + dir.str("b.pdf") + " -");
  EXPECT_NE(b.find("見本 太郎 様"), std::string::npos) << b;
  EXPECT_EQ(b.find("花子"), std::string::npos) << b;
  EXPECT_EQ(b.find("254,321"), std::string::npos) << b;

  std::string fl = run("pdffonts " + dir.str("a.pdf"));
  EXPECT_NE(fl.find("IPAexGothic"), std::string::npos) << fl;
  EXPECT_NE(fl.find("IPAexMincho"), std::string::npos) << fl;
  EXPECT_NE(fl.find("CID TrueType      Identity-H       yes yes yes"), std::string::npos) << fl;
  EXPECT_EQ(fl.find("Warning"), std::string::npos) << fl;
  EXPECT_EQ(fl.find("Error"), std::string::npos) << fl;

  // Renders (the glyph outlines are really there) without complaints from poppler.
  std::string r = run("pdftoppm -r 30 -png " + dir.str("a.pdf") + " " + dir.str("page"));
  EXPECT_EQ(r, "");
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "page-1.png") || std::filesystem::exists(dir.path() / "page-01.png"));
  // A subset, not the 6 MB font: a payslip file stays small (100,000 employees → 100,000 files).
  EXPECT_LT(std::filesystem::file_size(dir.path() / "a.pdf"), 60u * 1024);
}

TEST(CompactDocument, TextWidthsMatchTheLibharuDocument) {
  FontSet fonts;
  CompactDocument c(fonts);
  kyuyo::pdf::Document d;
  for (const std::string s : {"1,234,567", "健康保険料", "Abc 子ども・子育て支援金 ｶﾅ"}) {
    EXPECT_NEAR(c.text_width_mm(s, 9), d.text_width_mm(s, 9), 0.05) << s;
    EXPECT_NEAR(c.text_width_mm(s, 9, Font::kMincho), d.text_width_mm(s, 9, Font::kMincho), 0.05) << s;
  }
}
