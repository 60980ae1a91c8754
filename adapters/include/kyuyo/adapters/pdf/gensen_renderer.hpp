#pragma once
/// \brief 給与所得の源泉徴収票 / 給与支払報告書(個人別明細書) PDF from a year's layout
/// (forms/layouts/gensen/<year>.xml, validated by gensen-layout.xsd; a year without its own file
/// uses the newest earlier one). A6 landscape per slip, or four A6 on one A4 landscape sheet.
///
///   auto layout = pdf::load_gensen_layout(2026);
///   pdf::Document doc;
///   pdf::render_gensen_a6(doc, layout, slip, {forms::SlipCopy::kEmployee});
///   doc.save("out/2026/gensen/1001-employee.pdf");
///
/// The 受給者交付用 copy never prints a 個人番号 (numbers is ignored for it); submission copies
/// print the digits a NumberSource hands over, and the payer's 法人番号.
#include <string>
#include <vector>

#include "kyuyo/adapters/pdf/pdf_document.hpp"
#include "kyuyo/forms/gensen_fields.hpp"
#include "kyuyo/forms/number_source.hpp"
#include "kyuyo/forms/withholding_slip.hpp"

namespace kyuyo::pdf {

struct GensenLayout {
  struct Item {
    enum Kind { kBox, kLine, kLabel, kText, kYen, kCheck, kMyNumber, kPayerNumber, kTekiyo } kind = kLabel;
    double x = 0, y = 0, w = 0, h = 0, x2 = 0, y2 = 0, size = 5, line_width = 0.2, split = 0, right = 0, row = 0;
    int rows = 0;
    Align align = Align::kLeft;
    Font font = Font::kGothic;
    bool vertical = false;
    std::string text, field;
  };
  int year = 0;
  std::string path;
  double width_mm = 148, height_mm = 105;
  std::vector<Item> items;
};

/// The layout for a tax year: <forms_dir>/layouts/gensen/<year>.xml, else the newest earlier year's.
GensenLayout load_gensen_layout(int year);
/// Loads and validates one layout file (KyuyoErrors with file:line on problems).
GensenLayout load_gensen_layout_file(const std::string& path);

struct GensenRenderOptions {
  forms::SlipCopy copy = forms::SlipCopy::kEmployee;
  bool electronic = false;                 ///< 「電子交付」 in 摘要 (employee copy sent electronically)
  forms::NumberSource* numbers = nullptr;  ///< submission copies only
};

/// Draws one slip with its top-left corner at (ox, oy) on the current page.
void render_gensen(Document& doc, const GensenLayout& layout, const forms::WithholdingSlip& s,
                   const GensenRenderOptions& o, double ox = 0, double oy = 0);
/// One A6 page per slip.
void render_gensen_a6(Document& doc, const GensenLayout& layout, const forms::WithholdingSlip& s,
                      const GensenRenderOptions& o);
/// Four slips per A4 landscape page (2 × 2, cut lines between them).
void render_gensen_a4(Document& doc, const GensenLayout& layout, const std::vector<forms::WithholdingSlip>& slips,
                      const GensenRenderOptions& o);

}  // namespace kyuyo::pdf
