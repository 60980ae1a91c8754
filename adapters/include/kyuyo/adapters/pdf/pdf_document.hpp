#pragma once
/// \brief A thin libharu wrapper for every PDF kyuyo writes (payslips, slips, certificates):
/// IPAex fonts embedded once per document through libharu's UTF-8 CID encoder, pages in mm,
/// text, boxes and lines. libharu errors become KyuyoError. Coordinates: origin top-left, mm.
#include <memory>
#include <string>

namespace kyuyo::pdf {

enum class Font { kGothic, kMincho };
enum class Align { kLeft, kRight, kCenter };

struct PageSize {
  double width_mm;
  double height_mm;
  static PageSize a4() { return {210, 297}; }
  static PageSize a4_landscape() { return {297, 210}; }
  static PageSize a5() { return {148, 210}; }
  static PageSize a6() { return {105, 148}; }
};

class Document {
 public:
  Document();  ///< loads IPAex Gothic (and Mincho on first use) once for this document
  ~Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  void new_page(PageSize size = PageSize::a4());
  void text(double x_mm, double y_mm, const std::string& utf8, double size_pt = 9, Font f = Font::kGothic,
            Align a = Align::kLeft);
  /// Text right-aligned so that it ends at x_mm.
  void text_right(double x_mm, double y_mm, const std::string& utf8, double size_pt = 9,
                  Font f = Font::kGothic) {
    text(x_mm, y_mm, utf8, size_pt, f, Align::kRight);
  }
  void rect(double x_mm, double y_mm, double w_mm, double h_mm, double line_width_pt = 0.5);
  void line(double x1_mm, double y1_mm, double x2_mm, double y2_mm, double line_width_pt = 0.5);
  double text_width_mm(const std::string& utf8, double size_pt, Font f = Font::kGothic);
  int page_count() const;
  /// Sets document info (title, author); never put a My Number here.
  void set_info(const std::string& title, const std::string& creator = "kyuyo");
  /// Writes the file (directories must exist). Throws KyuyoError on failure.
  void save(const std::string& path);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kyuyo::pdf
