#include "kyuyo/adapters/pdf/compact_document.hpp"

#include <zlib.h>

#include <cstdio>
#include <fstream>
#include <unordered_map>

#include "kyuyo/adapters/resources.hpp"
#include "kyuyo/core/error.hpp"

namespace kyuyo::pdf {
namespace {
constexpr double kPtPerMm = 72.0 / 25.4;
double pt(double mm) { return mm * kPtPerMm; }

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

std::string deflate(const std::string& in) {
  uLongf len = compressBound(static_cast<uLong>(in.size()));
  std::string out(len, '\0');
  if (compress2(reinterpret_cast<Bytef*>(out.data()), &len, reinterpret_cast<const Bytef*>(in.data()),
                static_cast<uLong>(in.size()), Z_BEST_SPEED) != Z_OK)
    throw KyuyoError(ErrorCode::kInternal, "PDF: compression failed");
  out.resize(len);
  return out;
}

// UTF-8 → code points (malformed bytes become U+FFFD).
std::vector<char32_t> decode_utf8(const std::string& s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
    if (extra < 0 || i + static_cast<std::size_t>(extra) >= s.size() + (extra == 0 ? 1 : 0)) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    char32_t cp = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
    bool ok = true;
    for (int k = 1; k <= extra; ++k) {
      auto d = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
      if ((d & 0xC0) != 0x80) ok = false;
      cp = (cp << 6) | (d & 0x3F);
    }
    out.push_back(ok ? cp : 0xFFFD);
    i += ok ? static_cast<std::size_t>(extra) + 1 : 1;
  }
  return out;
}

void hex4(std::string& s, unsigned v) {
  static const char* d = "0123456789ABCDEF";
  s += d[(v >> 12) & 15];
  s += d[(v >> 8) & 15];
  s += d[(v >> 4) & 15];
  s += d[v & 15];
}

std::string utf16_hex(const std::string& utf8) {
  std::string s = "<FEFF";
  for (char32_t cp : decode_utf8(utf8)) {
    if (cp >= 0x10000) {
      cp -= 0x10000;
      hex4(s, 0xD800 + static_cast<unsigned>(cp >> 10));
      hex4(s, 0xDC00 + static_cast<unsigned>(cp & 0x3FF));
    } else {
      hex4(s, static_cast<unsigned>(cp));
    }
  }
  return s + ">";
}
}  // namespace

FontSet::FontSet() : gothic_(std::make_unique<TrueTypeFont>(resources::ipaex_gothic())) {}

const TrueTypeFont& FontSet::font(Font f) {
  if (f == Font::kGothic) return *gothic_;
  if (!mincho_) mincho_ = std::make_unique<TrueTypeFont>(resources::ipaex_mincho());
  return *mincho_;
}

struct CompactDocument::Impl {
  struct Used {
    const TrueTypeFont* ttf = nullptr;
    std::vector<std::uint16_t> glyphs{0};  ///< CID (= glyph in the subset) → glyph in the font
    std::vector<char32_t> unicode{0};      ///< CID → code point (0: component only)
    std::unordered_map<std::uint16_t, std::uint16_t> cid;
    bool used = false;

    std::uint16_t add(std::uint16_t gid, char32_t cp) {
      auto it = cid.find(gid);
      if (it != cid.end()) return it->second;
      auto c = static_cast<std::uint16_t>(glyphs.size());
      cid.emplace(gid, c);
      glyphs.push_back(gid);
      unicode.push_back(cp);
      for (std::uint16_t part : ttf->components(gid)) add(part, 0);
      return c;
    }
  };
  struct Page {
    double w_pt, h_pt, h_mm;
    std::string content;
  };
  FontSet& fonts;
  Used used[2];
  std::vector<Page> pages;
  std::string title, creator = "kyuyo";

  explicit Impl(FontSet& f) : fonts(f) {
    cid0(Font::kGothic);
    cid0(Font::kMincho);
  }
  void cid0(Font f) {
    auto& u = used[f == Font::kGothic ? 0 : 1];
    u.cid.emplace(0, 0);
  }
  Used& font(Font f) {
    auto& u = used[f == Font::kGothic ? 0 : 1];
    if (!u.ttf) u.ttf = &fonts.font(f);
    u.used = true;
    return u;
  }
  Page& page() {
    if (pages.empty()) pages.push_back({pt(210), pt(297), 297, {}});
    return pages.back();
  }
};

CompactDocument::CompactDocument(FontSet& fonts) : impl_(std::make_unique<Impl>(fonts)) {}
CompactDocument::~CompactDocument() = default;

void CompactDocument::new_page(PageSize size) {
  impl_->pages.push_back({pt(size.width_mm), pt(size.height_mm), size.height_mm, {}});
}

int CompactDocument::page_count() const { return static_cast<int>(impl_->pages.size()); }

double CompactDocument::text_width_mm(const std::string& utf8, double size_pt, Font f) {
  const TrueTypeFont& t = impl_->fonts.font(f);
  long units = 0;
  for (char32_t cp : decode_utf8(utf8)) units += t.advance(t.glyph(cp));
  return static_cast<double>(units) * size_pt / t.units_per_em() / kPtPerMm;
}

void CompactDocument::text(double x_mm, double y_mm, const std::string& utf8, double size_pt, Font f, Align a) {
  auto& p = impl_->page();
  if (utf8.empty()) return;
  auto& u = impl_->font(f);
  std::string hex = "<";
  long units = 0;
  for (char32_t cp : decode_utf8(utf8)) {
    std::uint16_t gid = u.ttf->glyph(cp);
    units += u.ttf->advance(gid);
    hex4(hex, u.add(gid, cp));
  }
  hex += ">";
  double x = pt(x_mm), w = static_cast<double>(units) * size_pt / u.ttf->units_per_em();
  if (a == Align::kRight) x -= w;
  if (a == Align::kCenter) x -= w / 2;
  p.content += "BT /" + std::string(f == Font::kGothic ? "F1 " : "F2 ") + num(size_pt) + " Tf " + num(x) + " " +
               num(pt(p.h_mm - y_mm)) + " Td " + hex + " Tj ET\n";
}

void CompactDocument::rect(double x_mm, double y_mm, double w_mm, double h_mm, double lw) {
  auto& p = impl_->page();
  p.content += num(lw) + " w " + num(pt(x_mm)) + " " + num(pt(p.h_mm - y_mm - h_mm)) + " " + num(pt(w_mm)) + " " +
               num(pt(h_mm)) + " re S\n";
}

void CompactDocument::line(double x1, double y1, double x2, double y2, double lw) {
  auto& p = impl_->page();
  p.content += num(lw) + " w " + num(pt(x1)) + " " + num(pt(p.h_mm - y1)) + " m " + num(pt(x2)) + " " +
               num(pt(p.h_mm - y2)) + " l S\n";
}

void CompactDocument::set_info(const std::string& title, const std::string& creator) {
  impl_->title = title;
  impl_->creator = creator;
}

std::string CompactDocument::bytes() {
  auto& m = *impl_;
  if (m.pages.empty()) new_page();
  std::vector<std::string> objs;  // objs[i] is object i+1 (without "n 0 obj")
  auto reserve = [&] {
    objs.emplace_back();
    return static_cast<int>(objs.size());
  };
  auto ref = [](int n) { return std::to_string(n) + " 0 R"; };
  auto stream = [](const std::string& dict_extra, const std::string& raw) {
    std::string z = deflate(raw);
    return "<< /Length " + std::to_string(z.size()) + " /Filter /FlateDecode" + dict_extra + " >>\nstream\n" + z +
           "\nendstream";
  };
  int catalog = reserve(), pages = reserve();
  // Fonts: Type0 → CIDFontType2 → descriptor → FontFile2 subset, and a ToUnicode map.
  std::string font_res;
  for (int i = 0; i < 2; ++i) {
    auto& u = m.used[i];
    if (!u.used) continue;
    const TrueTypeFont& t = *u.ttf;
    std::uint64_t h = 1469598103934665603ull;
    for (auto g : u.glyphs) h = (h ^ g) * 1099511628211ull;
    std::string tag;
    for (int k = 0; k < 6; ++k, h /= 26) tag += static_cast<char>('A' + h % 26);
    std::string name = tag + "+" + t.postscript_name();
    double k = 1000.0 / t.units_per_em();
    int type0 = reserve(), cidfont = reserve(), desc = reserve(), file = reserve(), tounicode = reserve();
    std::string program = t.subset(u.glyphs);
    objs[file - 1] = stream(" /Length1 " + std::to_string(program.size()), program);
    std::string widths;
    for (auto g : u.glyphs) widths += std::to_string(static_cast<long>(t.advance(g) * k + 0.5)) + " ";
    const auto* bb = t.bbox();
    objs[desc - 1] = "<< /Type /FontDescriptor /FontName /" + name + " /Flags 4 /FontBBox [" +
                     std::to_string(static_cast<long>(bb[0] * k)) + " " + std::to_string(static_cast<long>(bb[1] * k)) +
                     " " + std::to_string(static_cast<long>(bb[2] * k)) + " " +
                     std::to_string(static_cast<long>(bb[3] * k)) + "] /ItalicAngle 0 /Ascent " +
                     std::to_string(static_cast<long>(t.ascent() * k)) + " /Descent " +
                     std::to_string(static_cast<long>(t.descent() * k)) + " /CapHeight " +
                     std::to_string(static_cast<long>(t.cap_height() * k)) + " /StemV 80 /FontFile2 " + ref(file) +
                     " >>";
    objs[cidfont - 1] = "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + name +
                        " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor " +
                        ref(desc) + " /DW 1000 /W [0 [" + widths + "]] /CIDToGIDMap /Identity >>";
    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) "
        "/Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    std::vector<std::pair<unsigned, char32_t>> map;
    for (std::size_t c = 1; c < u.unicode.size(); ++c)
      if (u.unicode[c]) map.emplace_back(static_cast<unsigned>(c), u.unicode[c]);
    for (std::size_t b = 0; b < map.size(); b += 100) {
      std::size_t e = std::min(map.size(), b + 100);
      cmap += std::to_string(e - b) + " beginbfchar\n";
      for (std::size_t j = b; j < e; ++j) {
        cmap += "<";
        hex4(cmap, map[j].first);
        char32_t cp = map[j].second;
        cmap += "> <";
        if (cp >= 0x10000) {
          hex4(cmap, 0xD800 + static_cast<unsigned>((cp - 0x10000) >> 10));
          hex4(cmap, 0xDC00 + static_cast<unsigned>((cp - 0x10000) & 0x3FF));
        } else {
          hex4(cmap, static_cast<unsigned>(cp));
        }
        cmap += ">\n";
      }
      cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    objs[tounicode - 1] = stream("", cmap);
    objs[type0 - 1] = "<< /Type /Font /Subtype /Type0 /BaseFont /" + name +
                      " /Encoding /Identity-H /DescendantFonts [" + ref(cidfont) + "] /ToUnicode " + ref(tounicode) +
                      " >>";
    font_res += std::string(i == 0 ? "/F1 " : "/F2 ") + ref(type0) + " ";
  }
  std::string kids;
  for (auto& p : m.pages) {
    int page = reserve(), content = reserve();
    objs[content - 1] = stream("", p.content);
    objs[page - 1] = "<< /Type /Page /Parent " + ref(pages) + " /MediaBox [0 0 " + num(p.w_pt) + " " + num(p.h_pt) +
                     "] /Resources << /Font << " + font_res + ">> >> /Contents " + ref(content) + " >>";
    kids += ref(page) + " ";
  }
  objs[catalog - 1] = "<< /Type /Catalog /Pages " + ref(pages) + " >>";
  objs[pages - 1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(m.pages.size()) + " >>";
  int info = reserve();
  objs[info - 1] = "<< /Producer (kyuyo) /Creator " + utf16_hex(m.creator) +
                   (m.title.empty() ? std::string() : " /Title " + utf16_hex(m.title)) + " >>";

  std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objs.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objs[i] + "\nendobj\n";
  }
  std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objs.size() + 1) + "\n0000000000 65535 f \n";
  char buf[24];
  for (auto o : offsets) {
    std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", o);
    out += buf;
  }
  out += "trailer\n<< /Size " + std::to_string(objs.size() + 1) + " /Root " + ref(catalog) + " /Info " + ref(info) +
         " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

void CompactDocument::save(const std::string& path) {
  std::string b = bytes();
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f.write(b.data(), static_cast<std::streamsize>(b.size()));
  f.close();
  if (!f) throw KyuyoError(ErrorCode::kInternal, "PDF: cannot write " + path);
}

}  // namespace kyuyo::pdf
