#pragma once
/// \brief A small PDF writer for batches of short documents (one payslip per employee): the
/// fonts are read and parsed once per batch (FontSet), and each document embeds only the glyphs
/// it uses as a CIDFontType2 subset (Identity-H, a ToUnicode map so that text stays extractable,
/// e.g. by pdftotext). Drawing calls are those of pdf::Document (mm, origin top-left), so a
/// renderer can draw on either. libharu 2.3.0 (Debian 12) parses the TrueType file and builds a
/// 64K-entry CID map per document and compresses the whole 470 KB font program into every file
/// (about 90 ms per file); this writer takes well under 2 ms.
#include <memory>
#include <string>
#include <vector>

#include "kyuyo/adapters/pdf/pdf_document.hpp"
#include "kyuyo/adapters/pdf/truetype_font.hpp"

namespace kyuyo::pdf {

/// IPAex Gothic (and Mincho on first use), loaded once and shared by the documents of a batch.
class FontSet {
 public:
  FontSet();  ///< loads IPAex Gothic (resources::ipaex_gothic)
  const TrueTypeFont& font(Font f);

 private:
  std::unique_ptr<TrueTypeFont> gothic_, mincho_;
};

class CompactDocument {
 public:
  explicit CompactDocument(FontSet& fonts);
  ~CompactDocument();
  CompactDocument(const CompactDocument&) = delete;
  CompactDocument& operator=(const CompactDocument&) = delete;

  void new_page(PageSize size = PageSize::a4());
  void text(double x_mm, double y_mm, const std::string& utf8, double size_pt = 9, Font f = Font::kGothic,
            Align a = Align::kLeft);
  void text_right(double x_mm, double y_mm, const std::string& utf8, double size_pt = 9,
                  Font f = Font::kGothic) {
    text(x_mm, y_mm, utf8, size_pt, f, Align::kRight);
  }
  void rect(double x_mm, double y_mm, double w_mm, double h_mm, double line_width_pt = 0.5);
  void line(double x1_mm, double y1_mm, double x2_mm, double y2_mm, double line_width_pt = 0.5);
  double text_width_mm(const std::string& utf8, double size_pt, Font f = Font::kGothic);
  int page_count() const;
  /// Document title (never a My Number).
  void set_info(const std::string& title, const std::string& creator = "kyuyo");
  /// The whole file as bytes.
  std::string bytes();
  /// Writes the file (directories must exist). Throws KyuyoError on failure.
  void save(const std::string& path);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kyuyo::pdf
