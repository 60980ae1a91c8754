#pragma once
/// \brief 給与明細 / 賞与明細 PDF pages drawn from a layout file (forms/layouts/payslip/default.xml,
/// validated by payslip-layout.xsd) onto a pdf::Document or a pdf::CompactDocument. The IPAex font
/// is loaded once per batch: the combined print file is one Document holding every page; each
/// per-employee file is a CompactDocument drawing with the batch's FontSet.
/// A payslip never shows a My Number (the stored slip has none to show).
#include <string>
#include <vector>

#include "kyuyo/adapters/pdf/compact_document.hpp"
#include "kyuyo/adapters/pdf/pdf_document.hpp"
#include "kyuyo/payroll/payslip.hpp"

namespace kyuyo::pdf {

struct PayslipLayout {
  struct Item {
    enum Kind { kText, kBox, kLine, kList } kind = kText;
    double x = 0, y = 0, w = 0, h = 0, x2 = 0, y2 = 0, size = 9, line_width = 0.5;
    Align align = Align::kLeft;
    Font font = Font::kGothic;
    std::string text, field;
    bool earning = true;  ///< lists
    int rows = 0;         ///< lists
  };
  double width_mm = 210, height_mm = 148;
  std::vector<Item> items;
};

/// Loads and validates a layout; default: <forms_dir>/layouts/payslip/default.xml.
PayslipLayout load_payslip_layout(const std::string& path = {});

struct PayslipPage {
  std::string employer_name;
  std::string employee_code;
  std::string employee_name;
  const payroll::PayslipResult* slip = nullptr;
};

/// The text for a named layout field ("" for unknown fields).
std::string payslip_field(const PayslipPage& p, const std::string& field);

/// Adds one page for p.
void render_payslip(Document& doc, const PayslipLayout& layout, const PayslipPage& p);
/// The same page on a CompactDocument (one small file per employee, fonts shared by the batch).
void render_payslip(CompactDocument& doc, const PayslipLayout& layout, const PayslipPage& p);

}  // namespace kyuyo::pdf
