#include "kyuyo/adapters/pdf/gensen_renderer.hpp"

#include <cstdlib>
#include <filesystem>
#include <xercesc/sax/Locator.hpp>
#include <xercesc/sax2/Attributes.hpp>
#include <xercesc/sax2/DefaultHandler.hpp>

#include "kyuyo/adapters/resources.hpp"
#include "kyuyo/adapters/xml/xerces.hpp"
#include "kyuyo/core/error.hpp"
#include "kyuyo/vault/secret.hpp"

namespace kyuyo::pdf {
namespace {
using namespace xercesc;
namespace fs = std::filesystem;

class LayoutHandler : public xml::HardenedHandler {
 public:
  LayoutHandler(std::string path, GensenLayout& out)
      : HardenedHandler(std::move(path), ErrorCode::kInvalidInput, "a layout"), out_(out) {}

  void startElement(const XMLCh* const, const XMLCh* const local, const XMLCh* const, const Attributes& a) override {
    std::string name = xml::to_utf8(local);
    auto attr = [&](const char* n) { return xml::attribute(a, n); };
    auto num = [&](const char* n, double def = 0) {
      std::string s = attr(n);
      return s.empty() ? def : std::strtod(s.c_str(), nullptr);
    };
    in_label_ = false;
    text_.clear();
    if (name == "gensen-layout") {
      out_.year = static_cast<int>(num("year"));
      out_.width_mm = num("width", 148);
      out_.height_mm = num("height", 105);
      return;
    }
    using I = GensenLayout::Item;
    I it;
    it.x = num("x");
    it.y = num("y");
    it.size = num("size", 5);
    std::string al = attr("align");
    it.align = al == "right" ? Align::kRight : al == "center" ? Align::kCenter : Align::kLeft;
    it.field = attr("field");
    it.w = num("w");
    if (name == "box") {
      it.kind = I::kBox;
      it.h = num("h");
      it.line_width = num("width", 0.3);
    } else if (name == "line") {
      it.kind = I::kLine;
      it.x = num("x1");
      it.y = num("y1");
      it.x2 = num("x2");
      it.y2 = num("y2");
      it.line_width = num("width", 0.2);
    } else if (name == "label") {
      it.kind = I::kLabel;
      it.font = attr("font") == "gothic" ? Font::kGothic : Font::kMincho;
      it.vertical = attr("vertical") == "true" || attr("vertical") == "1";
      in_label_ = true;
    } else if (name == "text") {
      it.kind = I::kText;
      it.font = attr("font") == "mincho" ? Font::kMincho : Font::kGothic;
    } else if (name == "yen") {
      it.kind = I::kYen;
      it.split = num("split");
      it.right = num("right");
      it.size = num("size", 6.5);
    } else if (name == "check") {
      it.kind = I::kCheck;
    } else if (name == "mynumber") {
      it.kind = I::kMyNumber;
      it.field = attr("slot");
    } else if (name == "payernumber") {
      it.kind = I::kPayerNumber;
    } else if (name == "tekiyo") {
      it.kind = I::kTekiyo;
      it.row = num("row");
      it.rows = static_cast<int>(num("rows"));
    } else {
      return;
    }
    out_.items.push_back(it);
  }
  void characters(const XMLCh* const chars, const XMLSize_t length) override {
    if (in_label_) text_ += xml::to_utf8(chars, length);
  }
  void endElement(const XMLCh* const, const XMLCh* const, const XMLCh* const) override {
    if (in_label_ && !out_.items.empty()) out_.items.back().text = text_;
    in_label_ = false;
  }

 private:
  GensenLayout& out_;
  std::string text_;
  bool in_label_ = false;
};

std::vector<std::string> utf8_chars(const std::string& s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    out.push_back(s.substr(i, n));
    i += n;
  }
  return out;
}

/// "4968200" → thousands "4,968" and "200" (千|円 cells).
std::pair<std::string, std::string> split_yen(const std::string& digits) {
  std::int64_t v = std::strtoll(digits.c_str(), nullptr, 10);
  if (v < 1000 && v > -1000) return {"", std::to_string(v)};
  std::string rem = std::to_string((v < 0 ? -v : v) % 1000);
  rem = std::string(3 - rem.size(), '0') + rem;
  return {Yen(v / 1000).with_commas(), rem};
}

void fitted_text(Document& doc, double x, double y, const std::string& t, double size, Font f, Align a, double w) {
  if (w > 0) {
    double tw = doc.text_width_mm(t, size, f);
    if (tw > w) size = size * w / tw;
  }
  doc.text(x, y, t, size, f, a);
}

}  // namespace

GensenLayout load_gensen_layout_file(const std::string& path) {
  std::string dir = resources::forms_dir() + "/layouts/gensen";
  auto parser = xml::make_validating_sax_parser(dir + "/gensen-layout.xsd", "urn:kyuyo:forms:gensen:1");
  GensenLayout out;
  out.path = path;
  LayoutHandler h(path, out);
  xml::parse_file(parser, path, h);
  return out;
}

GensenLayout load_gensen_layout(int year) {
  std::string dir = resources::forms_dir() + "/layouts/gensen";
  int best = 0;
  if (fs::is_directory(dir))
    for (const auto& ent : fs::directory_iterator(dir)) {
      auto stem = ent.path().stem().string();
      if (ent.path().extension() != ".xml" || stem.size() != 4 || stem.find_first_not_of("0123456789") != std::string::npos)
        continue;
      int y = std::stoi(stem);
      if (y <= year && y > best) best = y;
    }
  if (best == 0)
    throw KyuyoError(ErrorCode::kNotFound,
                     "no 源泉徴収票 layout for " + std::to_string(year) + " (expected " + dir + "/<year>.xml)");
  return load_gensen_layout_file(dir + "/" + std::to_string(best) + ".xml");
}

void render_gensen(Document& doc, const GensenLayout& layout, const forms::WithholdingSlip& s,
                   const GensenRenderOptions& o, double ox, double oy) {
  using I = GensenLayout::Item;
  const bool numbers = forms::copy_carries_numbers(o.copy) && o.numbers;
  auto fields = forms::slip_fields(s, o.copy);
  auto field = [&](const std::string& k) -> std::string {
    auto it = fields.find(k);
    return it == fields.end() ? std::string() : it->second;
  };
  for (const auto& it : layout.items) {
    double x = ox + it.x, y = oy + it.y;
    switch (it.kind) {
      case I::kBox: doc.rect(x, y, it.w, it.h, it.line_width); break;
      case I::kLine: doc.line(x, y, ox + it.x2, oy + it.y2, it.line_width); break;
      case I::kLabel:
        if (it.vertical) {
          double step = it.size * 0.3528 * 1.05;
          double yy = y + it.size * 0.3528;
          for (const auto& ch : utf8_chars(it.text)) {
            doc.text(x, yy, ch, it.size, it.font, Align::kCenter);
            yy += step;
          }
        } else {
          doc.text(x, y, it.text, it.size, it.font, it.align);
        }
        break;
      case I::kText: {
        std::string t = field(it.field);
        if (!t.empty()) fitted_text(doc, x, y, t, it.size, it.font, it.align, it.w);
        break;
      }
      case I::kYen: {
        std::string v = field(it.field);
        if (v.empty()) break;
        if (it.split == it.right) {
          doc.text_right(ox + it.right, y, Yen(std::strtoll(v.c_str(), nullptr, 10)).with_commas(), it.size);
        } else {
          auto [th, rem] = split_yen(v);
          if (!th.empty()) doc.text_right(ox + it.split, y, th, it.size);
          doc.text_right(ox + it.right, y, rem, it.size);
        }
        break;
      }
      case I::kCheck:
        if (field(it.field) == "1") doc.text(x, y, "＊", it.size, Font::kGothic, Align::kCenter);
        break;
      case I::kMyNumber: {
        if (!numbers) break;
        auto ref = forms::number_slot(s, it.field);
        if (!ref) break;
        if (it.field.rfind("minor", 0) == 0 && !forms::copy_carries_minor_numbers(o.copy)) break;
        o.numbers->with_number(*ref, [&](std::string_view d) { doc.text(x, y, std::string(d), it.size); });
        break;
      }
      case I::kPayerNumber:
        // 個人番号又は法人番号 (右詰め): the 法人番号, or for a 個人事業主 the owner's 個人番号 through
        // the vault; submission copies only (the employee copy never shows either)
        if (!forms::copy_carries_numbers(o.copy)) break;
        if (!s.payer_corporate_number.empty()) {
          doc.text_right(x, y, s.payer_corporate_number, it.size);
        } else if (s.payer_number && numbers) {
          o.numbers->with_number(*s.payer_number, [&](std::string_view d) { doc.text_right(x, y, std::string(d), it.size); });
        }
        break;
      case I::kTekiyo: {
        // One printed row per line; when there are more lines than rows, the last row carries the
        // rest joined (shrunk to fit), so nothing is dropped and no 別紙 is needed.
        std::vector<std::string> texts;
        for (const auto& l : forms::tekiyo_lines(s, o.electronic && o.copy == forms::SlipCopy::kEmployee)) {
          std::string t = l.text;
          if (l.number && numbers && (!l.minor || forms::copy_carries_minor_numbers(o.copy)))
            o.numbers->with_number(*l.number, [&](std::string_view d) {
              t += " (個人番号 ";  // the digits go from the vault's buffer into t (wiped below)
              t.append(d);
              t += ")";
            });
          texts.push_back(std::move(t));
        }
        if (it.rows > 0 && texts.size() > static_cast<std::size_t>(it.rows)) {
          std::string tail;
          for (std::size_t k = static_cast<std::size_t>(it.rows) - 1; k < texts.size(); ++k) {
            tail += (tail.empty() ? "" : " / ") + texts[k];
            vault::wipe(texts[k]);
          }
          texts.resize(static_cast<std::size_t>(it.rows));
          texts.back() = std::move(tail);
        }
        for (std::size_t row = 0; row < texts.size(); ++row) {
          fitted_text(doc, x, y + static_cast<double>(row + 1) * it.row, texts[row], it.size, Font::kGothic, Align::kLeft,
                      it.w);
          vault::wipe(texts[row]);
        }
        break;
      }
    }
  }
}

void render_gensen_a6(Document& doc, const GensenLayout& layout, const forms::WithholdingSlip& s,
                      const GensenRenderOptions& o) {
  doc.new_page(PageSize{layout.width_mm, layout.height_mm});
  render_gensen(doc, layout, s, o);
}

void render_gensen_a4(Document& doc, const GensenLayout& layout, const std::vector<forms::WithholdingSlip>& slips,
                      const GensenRenderOptions& o) {
  const double cw = 297.0 / 2, ch = 210.0 / 2;
  for (std::size_t i = 0; i < slips.size(); ++i) {
    int pos = static_cast<int>(i % 4);
    if (pos == 0) {
      doc.new_page(PageSize::a4_landscape());
      doc.line(cw, 0, cw, 210, 0.1);
      doc.line(0, ch, 297, ch, 0.1);
    }
    double ox = (pos % 2) * cw + (cw - layout.width_mm) / 2, oy = (pos / 2) * ch + (ch - layout.height_mm) / 2;
    render_gensen(doc, layout, slips[i], o, ox, oy);
  }
}

}  // namespace kyuyo::pdf
