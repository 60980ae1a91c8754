#include "kyuyo/adapters/pdf/payslip_renderer.hpp"

#include <cstdlib>
#include <xercesc/sax/Locator.hpp>
#include <xercesc/sax2/Attributes.hpp>
#include <xercesc/sax2/DefaultHandler.hpp>
#include <xercesc/util/XMLString.hpp>

#include "kyuyo/adapters/resources.hpp"
#include "kyuyo/adapters/xml/xerces.hpp"
#include "kyuyo/core/error.hpp"

namespace kyuyo::pdf {
namespace {
using namespace xercesc;

class LayoutHandler : public xml::HardenedHandler {
 public:
  LayoutHandler(std::string path, PayslipLayout& out)
      : HardenedHandler(std::move(path), ErrorCode::kInvalidInput, "a layout"), out_(out) {}

  void startElement(const XMLCh* const, const XMLCh* const local, const XMLCh* const, const Attributes& a) override {
    std::string name = xml::to_utf8(local);
    auto attr = [&](const char* n) { return xml::attribute(a, n); };
    auto num = [&](const char* n, double def = 0) {
      std::string s = attr(n);
      return s.empty() ? def : std::strtod(s.c_str(), nullptr);
    };
    text_.clear();
    in_text_ = false;
    if (name == "payslip-layout") {
      out_.width_mm = num("width", 210);
      out_.height_mm = num("height", 148);
      return;
    }
    PayslipLayout::Item it;
    if (name == "text") {
      it.kind = PayslipLayout::Item::kText;
      it.x = num("x");
      it.y = num("y");
      it.size = num("size", 9);
      std::string al = attr("align");
      it.align = al == "right" ? Align::kRight : al == "center" ? Align::kCenter : Align::kLeft;
      it.font = attr("font") == "mincho" ? Font::kMincho : Font::kGothic;
      it.field = attr("field");
      in_text_ = true;
    } else if (name == "box") {
      it.kind = PayslipLayout::Item::kBox;
      it.x = num("x");
      it.y = num("y");
      it.w = num("w");
      it.h = num("h");
      it.line_width = num("width", 0.5);
    } else if (name == "line") {
      it.kind = PayslipLayout::Item::kLine;
      it.x = num("x1");
      it.y = num("y1");
      it.x2 = num("x2");
      it.y2 = num("y2");
      it.line_width = num("width", 0.5);
    } else if (name == "list") {
      it.kind = PayslipLayout::Item::kList;
      it.earning = attr("section") == "earning";
      it.x = num("x");
      it.y = num("y");
      it.w = num("w");
      it.h = num("row");
      it.rows = static_cast<int>(num("rows"));
      it.size = num("size", 8);
    } else {
      return;
    }
    out_.items.push_back(it);
  }
  void characters(const XMLCh* const chars, const XMLSize_t length) override {
    if (in_text_) text_ += xml::to_utf8(chars, length);
  }
  void endElement(const XMLCh* const, const XMLCh* const local, const XMLCh* const) override {
    if (in_text_ && xml::to_utf8(local) == "text" && !out_.items.empty()) {
      auto b = text_.find_first_not_of(" \t\r\n"), e = text_.find_last_not_of(" \t\r\n");
      out_.items.back().text = b == std::string::npos ? "" : text_.substr(b, e - b + 1);
    }
    in_text_ = false;
  }

 private:
  PayslipLayout& out_;
  std::string text_;
  bool in_text_ = false;
};

std::string yen_text(Yen y) { return y.with_commas(); }
std::string days(int d) { return std::to_string(d) + "日"; }
}  // namespace

PayslipLayout load_payslip_layout(const std::string& path_in) {
  std::string dir = resources::forms_dir() + "/layouts/payslip";
  std::string path = path_in.empty() ? dir + "/default.xml" : path_in;
  auto parser = xml::make_validating_sax_parser(dir + "/payslip-layout.xsd", "urn:kyuyo:forms:payslip:1");
  PayslipLayout out;
  LayoutHandler h(path, out);
  xml::parse_file(parser, path, h);
  return out;
}

std::string payslip_field(const PayslipPage& p, const std::string& f) {
  const auto& s = *p.slip;
  bool bonus = s.kind == payroll::RunKind::kBonus;
  if (f == "title") {
    auto w = to_wareki(s.period.first_day());
    std::string ym = era_name(w.era) + (w.year == 1 ? std::string("元") : std::to_string(w.year)) + "年" +
                     std::to_string(s.period.month) + "月分";
    return bonus ? "賞与明細書 " + wareki_string(s.payment_date) + "支給" : "給与明細書 " + ym;
  }
  if (f == "employer") return p.employer_name;
  if (f == "employee_code") return p.employee_code;
  if (f == "employee_name") return p.employee_name;
  if (f == "payment_date") return "支給日 " + wareki_string(s.payment_date);
  if (f == "work_days") return bonus ? "" : days(s.days.work_days);
  if (f == "paid_leave_days") return bonus ? "" : days(s.days.paid_leave_days);
  if (f == "absence_days") return bonus ? "" : days(s.days.absence_days);
  if (f == "base_days") return bonus ? "" : days(s.days.base_days);
  if (f == "dependents") return std::to_string(s.dependents) + "人" + (s.column == model::TaxColumn::kOtsu ? "(乙)" : "");
  if (f == "gross") return yen_text(s.gross);
  if (f == "total_deductions") return yen_text(s.total_deductions);
  if (f == "net") return yen_text(s.net);
  if (f == "taxable") return yen_text(s.taxable);
  if (f == "non_taxable") return yen_text(s.non_taxable);
  if (f == "in_kind") return yen_text(s.in_kind);
  if (f == "standard_health") return s.standard ? yen_text(s.standard->health) : "";
  if (f == "standard_pension") return s.standard ? yen_text(s.standard->pension) : "";
  if (f == "premium_month") return s.premium_month.str();
  if (f == "footnote") {
    std::string t;
    for (const auto& r : s.remarks) t += r + "　";  // 産休免除 / 育休免除 / 住民税一括徴収
    t += "課税支給額 " + yen_text(s.taxable) + "円　非課税支給額 " + yen_text(s.non_taxable) + "円";
    if (s.in_kind != Yen::zero()) t += "　うち現物給与 " + yen_text(s.in_kind) + "円 (差引支給額に含まず)";
    if (bonus) {
      t += "　標準賞与額 " + yen_text(s.standard_bonus_health) + "円";
    } else if (s.standard) {
      t += "　標準報酬月額 " + yen_text(s.standard->health) + "円 (" + std::to_string(s.premium_month.month) + "月分保険料)";
    }
    return t;
  }
  return {};
}

namespace {
template <class Doc>
void render(Doc& doc, const PayslipLayout& layout, const PayslipPage& p) {
  doc.new_page(PageSize{layout.width_mm, layout.height_mm});
  for (const auto& it : layout.items) {
    switch (it.kind) {
      case PayslipLayout::Item::kText: {
        std::string t = it.field.empty() ? it.text : payslip_field(p, it.field);
        if (!t.empty()) doc.text(it.x, it.y, t, it.size, it.font, it.align);
        break;
      }
      case PayslipLayout::Item::kBox: doc.rect(it.x, it.y, it.w, it.h, it.line_width); break;
      case PayslipLayout::Item::kLine: doc.line(it.x, it.y, it.x2, it.y2, it.line_width); break;
      case PayslipLayout::Item::kList: {
        int row = 0;
        auto want = it.earning ? payroll::LineSection::kEarning : payroll::LineSection::kDeduction;
        for (const auto& l : p.slip->lines) {
          if (l.section != want) continue;
          if (row >= it.rows)
            throw KyuyoError(ErrorCode::kInvalidInput,
                             "payslip layout has room for " + std::to_string(it.rows) + " lines only",
                             p.employee_code);
          double y = it.y + row * it.h;
          doc.text(it.x, y, l.name, it.size);
          doc.text(it.x + it.w, y, l.amount.with_commas(), it.size, Font::kGothic, Align::kRight);
          ++row;
        }
        break;
      }
    }
  }
}

}  // namespace

void render_payslip(Document& doc, const PayslipLayout& layout, const PayslipPage& p) { render(doc, layout, p); }
void render_payslip(CompactDocument& doc, const PayslipLayout& layout, const PayslipPage& p) {
  render(doc, layout, p);
}

}  // namespace kyuyo::pdf
