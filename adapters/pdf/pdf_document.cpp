#include "kyuyo/adapters/pdf/pdf_document.hpp"

#include <hpdf.h>

#include <string>

#include "kyuyo/adapters/resources.hpp"
#include "kyuyo/core/error.hpp"

namespace kyuyo::pdf {
namespace {
constexpr double kPtPerMm = 72.0 / 25.4;
double pt(double mm) { return mm * kPtPerMm; }

void on_error(HPDF_STATUS error_no, HPDF_STATUS detail_no, void* user) {
  auto* last = static_cast<std::string*>(user);
  char buf[96];
  std::snprintf(buf, sizeof buf, "libharu error 0x%04X (detail %u)", static_cast<unsigned>(error_no),
                static_cast<unsigned>(detail_no));
  *last = buf;
}
}  // namespace

struct Document::Impl {
  HPDF_Doc doc = nullptr;
  HPDF_Page page = nullptr;
  double page_h_mm = 297;
  HPDF_Font gothic = nullptr;
  HPDF_Font mincho = nullptr;
  std::string last_error;
  int pages = 0;

  void check(const char* what) {
    if (!last_error.empty()) {
      std::string e = last_error;
      last_error.clear();
      HPDF_ResetError(doc);
      throw KyuyoError(ErrorCode::kInternal, std::string("PDF: ") + what + ": " + e);
    }
  }
  HPDF_Font font(Font f) {
    HPDF_Font& slot = f == Font::kGothic ? gothic : mincho;
    if (!slot) {
      std::string path = f == Font::kGothic ? resources::ipaex_gothic() : resources::ipaex_mincho();
      const char* name = HPDF_LoadTTFontFromFile(doc, path.c_str(), HPDF_TRUE);
      check(("loading font " + path).c_str());
      slot = HPDF_GetFont(doc, name, "UTF-8");
      check("selecting font");
    }
    return slot;
  }
};

Document::Document() : impl_(std::make_unique<Impl>()) {
  impl_->doc = HPDF_New(on_error, &impl_->last_error);
  if (!impl_->doc) throw KyuyoError(ErrorCode::kInternal, "PDF: cannot create document");
  HPDF_SetCompressionMode(impl_->doc, HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(impl_->doc);
  HPDF_SetCurrentEncoder(impl_->doc, "UTF-8");
  impl_->check("UTF-8 encoder");
  impl_->font(Font::kGothic);
}

Document::~Document() {
  if (impl_ && impl_->doc) HPDF_Free(impl_->doc);
}

void Document::new_page(PageSize size) {
  impl_->page = HPDF_AddPage(impl_->doc);
  HPDF_Page_SetWidth(impl_->page, static_cast<HPDF_REAL>(pt(size.width_mm)));
  HPDF_Page_SetHeight(impl_->page, static_cast<HPDF_REAL>(pt(size.height_mm)));
  impl_->page_h_mm = size.height_mm;
  ++impl_->pages;
  impl_->check("new page");
}

double Document::text_width_mm(const std::string& utf8, double size_pt, Font f) {
  if (!impl_->page) new_page();
  HPDF_Page_SetFontAndSize(impl_->page, impl_->font(f), static_cast<HPDF_REAL>(size_pt));
  double w = HPDF_Page_TextWidth(impl_->page, utf8.c_str());
  impl_->check("text width");
  return w / kPtPerMm;
}

void Document::text(double x_mm, double y_mm, const std::string& utf8, double size_pt, Font f, Align a) {
  if (!impl_->page) new_page();
  if (utf8.empty()) return;
  HPDF_Page_SetFontAndSize(impl_->page, impl_->font(f), static_cast<HPDF_REAL>(size_pt));
  double x = pt(x_mm);
  if (a != Align::kLeft) {
    double w = HPDF_Page_TextWidth(impl_->page, utf8.c_str());
    x -= a == Align::kRight ? w : w / 2;
  }
  // y_mm is the baseline measured from the top of the page
  double y = pt(impl_->page_h_mm - y_mm);
  HPDF_Page_BeginText(impl_->page);
  HPDF_Page_TextOut(impl_->page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(y), utf8.c_str());
  HPDF_Page_EndText(impl_->page);
  impl_->check("text");
}

void Document::rect(double x_mm, double y_mm, double w_mm, double h_mm, double lw) {
  if (!impl_->page) new_page();
  HPDF_Page_SetLineWidth(impl_->page, static_cast<HPDF_REAL>(lw));
  HPDF_Page_Rectangle(impl_->page, static_cast<HPDF_REAL>(pt(x_mm)),
                      static_cast<HPDF_REAL>(pt(impl_->page_h_mm - y_mm - h_mm)), static_cast<HPDF_REAL>(pt(w_mm)),
                      static_cast<HPDF_REAL>(pt(h_mm)));
  HPDF_Page_Stroke(impl_->page);
  impl_->check("rect");
}

void Document::line(double x1, double y1, double x2, double y2, double lw) {
  if (!impl_->page) new_page();
  HPDF_Page_SetLineWidth(impl_->page, static_cast<HPDF_REAL>(lw));
  HPDF_Page_MoveTo(impl_->page, static_cast<HPDF_REAL>(pt(x1)), static_cast<HPDF_REAL>(pt(impl_->page_h_mm - y1)));
  HPDF_Page_LineTo(impl_->page, static_cast<HPDF_REAL>(pt(x2)), static_cast<HPDF_REAL>(pt(impl_->page_h_mm - y2)));
  HPDF_Page_Stroke(impl_->page);
  impl_->check("line");
}

int Document::page_count() const { return impl_->pages; }

void Document::set_info(const std::string& title, const std::string& creator) {
  HPDF_SetInfoAttr(impl_->doc, HPDF_INFO_TITLE, title.c_str());
  HPDF_SetInfoAttr(impl_->doc, HPDF_INFO_CREATOR, creator.c_str());
  impl_->last_error.clear();
}

void Document::save(const std::string& path) {
  if (impl_->pages == 0) new_page();
  HPDF_SaveToFile(impl_->doc, path.c_str());
  impl_->check(("saving " + path).c_str());
}

}  // namespace kyuyo::pdf
