#include "kyuyo/adapters/pdf/truetype_font.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>

#include "kyuyo/core/error.hpp"

namespace kyuyo::pdf {
namespace {
std::uint16_t u16(const std::string& d, std::size_t at) {
  if (at + 2 > d.size()) throw KyuyoError(ErrorCode::kInternal, "font file truncated");
  return static_cast<std::uint16_t>((static_cast<unsigned char>(d[at]) << 8) | static_cast<unsigned char>(d[at + 1]));
}
std::int16_t s16(const std::string& d, std::size_t at) { return static_cast<std::int16_t>(u16(d, at)); }
std::uint32_t u32(const std::string& d, std::size_t at) {
  return (static_cast<std::uint32_t>(u16(d, at)) << 16) | u16(d, at + 2);
}
void put16(std::string& s, std::size_t at, std::uint16_t v) {
  s[at] = static_cast<char>(v >> 8);
  s[at + 1] = static_cast<char>(v & 0xff);
}
void add16(std::string& s, std::uint16_t v) {
  s += static_cast<char>(v >> 8);
  s += static_cast<char>(v & 0xff);
}
void add32(std::string& s, std::uint32_t v) {
  add16(s, static_cast<std::uint16_t>(v >> 16));
  add16(s, static_cast<std::uint16_t>(v & 0xffff));
}
std::uint32_t checksum(const std::string& s) {
  std::uint32_t sum = 0;
  for (std::size_t i = 0; i < s.size(); i += 4) {
    std::uint32_t v = 0;
    for (std::size_t k = 0; k < 4; ++k)
      v = (v << 8) | (i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u);
    sum += v;
  }
  return sum;
}
// Composite glyph flags (OpenType 'glyf').
constexpr std::uint16_t kArgsAreWords = 0x0001, kHaveScale = 0x0008, kMoreComponents = 0x0020,
                        kHaveXYScale = 0x0040, kHaveTwoByTwo = 0x0080;

// Calls f(offset of the glyph index within the glyph) for each component of a composite glyph.
template <class F>
void for_each_component(const std::string& d, std::size_t glyph, std::size_t end, F&& f) {
  if (end - glyph < 10 || s16(d, glyph) >= 0) return;
  std::size_t p = glyph + 10;
  for (;;) {
    if (p + 4 > end) throw KyuyoError(ErrorCode::kInternal, "font: malformed composite glyph");
    std::uint16_t flags = u16(d, p);
    f(p + 2);
    p += 4 + ((flags & kArgsAreWords) ? 4 : 2);
    if (flags & kHaveScale) p += 2;
    else if (flags & kHaveXYScale) p += 4;
    else if (flags & kHaveTwoByTwo) p += 8;
    if (!(flags & kMoreComponents)) break;
  }
}
}  // namespace

TrueTypeFont::TrueTypeFont(const std::string& path) : path_(path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw KyuyoError(ErrorCode::kInternal, "cannot read font file", path);
  data_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  try {
    head_ = table("head");
    hhea_ = table("hhea");
    maxp_ = table("maxp");
    hmtx_ = table("hmtx");
    loca_ = table("loca");
    glyf_ = table("glyf");
    Table cmap = table("cmap");
    if (!head_.length || !hhea_.length || !maxp_.length || !hmtx_.length || !loca_.length || !glyf_.length ||
        !cmap.length)
      throw KyuyoError(ErrorCode::kInternal, "not a TrueType font with glyf outlines");
    units_per_em_ = u16(data_, head_.offset + 18);
    for (int i = 0; i < 4; ++i) bbox_[i] = s16(data_, head_.offset + 36 + 2 * i);
    long_loca_ = s16(data_, head_.offset + 50) != 0;
    ascent_ = s16(data_, hhea_.offset + 4);
    descent_ = s16(data_, hhea_.offset + 6);
    num_hmetrics_ = u16(data_, hhea_.offset + 34);
    num_glyphs_ = u16(data_, maxp_.offset + 4);
    cap_height_ = ascent_;
    Table os2 = table("OS/2");
    if (os2.length >= 90 && u16(data_, os2.offset) >= 2) cap_height_ = s16(data_, os2.offset + 88);
    // cmap: the Windows Unicode BMP subtable (3,1), format 4.
    cmap_.assign(0x10000, 0);
    std::size_t sub = 0;
    for (std::uint16_t i = 0, n = u16(data_, cmap.offset + 2); i < n; ++i) {
      std::size_t rec = cmap.offset + 4 + 8 * i;
      if (u16(data_, rec) == 3 && u16(data_, rec + 2) == 1) sub = cmap.offset + u32(data_, rec + 4);
    }
    if (!sub || u16(data_, sub) != 4) throw KyuyoError(ErrorCode::kInternal, "font has no Unicode BMP cmap (3,1,4)");
    std::size_t segs = u16(data_, sub + 6) / 2;
    std::size_t ends = sub + 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs,
                ranges = deltas + 2 * segs;
    for (std::size_t s = 0; s < segs; ++s) {
      std::uint32_t end = u16(data_, ends + 2 * s), start = u16(data_, starts + 2 * s);
      std::uint16_t delta = u16(data_, deltas + 2 * s), ro = u16(data_, ranges + 2 * s);
      for (std::uint32_t c = start; c <= end && c < 0x10000; ++c) {
        std::uint16_t g = 0;
        if (ro == 0) {
          g = static_cast<std::uint16_t>(c + delta);
        } else {
          std::size_t at = ranges + 2 * s + ro + 2 * (c - start);
          g = u16(data_, at);
          if (g) g = static_cast<std::uint16_t>(g + delta);
        }
        cmap_[c] = g < num_glyphs_ ? g : 0;
      }
    }
    // PostScript name (name ID 6), Macintosh Roman or Windows UTF-16BE record.
    Table name = table("name");
    if (name.length) {
      std::size_t count = u16(data_, name.offset + 2), strings = name.offset + u16(data_, name.offset + 4);
      for (std::size_t i = 0; i < count && ps_name_.empty(); ++i) {
        std::size_t r = name.offset + 6 + 12 * i;
        if (u16(data_, r + 6) != 6) continue;
        std::size_t len = u16(data_, r + 8), off = strings + u16(data_, r + 10);
        if (off + len > data_.size()) continue;
        bool wide = u16(data_, r) == 3 || u16(data_, r) == 0;
        for (std::size_t k = wide ? 1 : 0; k < len; k += wide ? 2 : 1) {
          char ch = data_[off + k];
          if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-')
            ps_name_ += ch;
        }
      }
    }
    if (ps_name_.empty()) ps_name_ = "Font";
  } catch (const KyuyoError& e) {
    throw KyuyoError(ErrorCode::kInternal, "font: " + e.error().message, path);
  }
}

TrueTypeFont::Table TrueTypeFont::table(const char* tag) const {
  std::uint16_t n = u16(data_, 4);
  for (std::uint16_t i = 0; i < n; ++i) {
    std::size_t rec = 12 + 16 * static_cast<std::size_t>(i);
    if (data_.compare(rec, 4, tag, 4) == 0) {
      Table t{u32(data_, rec + 8), u32(data_, rec + 12)};
      if (static_cast<std::size_t>(t.offset) + t.length > data_.size())
        throw KyuyoError(ErrorCode::kInternal, std::string("table ") + tag + " outside the file");
      return t;
    }
  }
  return {};
}

std::uint16_t TrueTypeFont::advance(std::uint16_t gid) const {
  std::uint16_t i = gid < num_hmetrics_ ? gid : static_cast<std::uint16_t>(num_hmetrics_ - 1);
  return u16(data_, hmtx_.offset + 4 * static_cast<std::size_t>(i));
}

std::uint32_t TrueTypeFont::glyph_offset(std::uint16_t gid) const {
  return long_loca_ ? u32(data_, loca_.offset + 4 * static_cast<std::size_t>(gid))
                    : 2u * u16(data_, loca_.offset + 2 * static_cast<std::size_t>(gid));
}

std::vector<std::uint16_t> TrueTypeFont::components(std::uint16_t gid) const {
  std::vector<std::uint16_t> out;
  if (gid >= num_glyphs_) return out;
  std::size_t a = glyf_.offset + glyph_offset(gid), b = glyf_.offset + glyph_offset(static_cast<std::uint16_t>(gid + 1));
  for_each_component(data_, a, b, [&](std::size_t at) { out.push_back(u16(data_, at)); });
  return out;
}

std::string TrueTypeFont::subset(const std::vector<std::uint16_t>& glyphs) const {
  std::map<std::uint16_t, std::uint16_t> renumber;
  for (std::size_t i = 0; i < glyphs.size(); ++i) renumber.emplace(glyphs[i], static_cast<std::uint16_t>(i));
  const auto n = static_cast<std::uint16_t>(glyphs.size());
  std::string glyf, loca, hmtx;
  for (std::uint16_t g : glyphs) {
    add32(loca, static_cast<std::uint32_t>(glyf.size()));
    std::size_t a = glyf_.offset + glyph_offset(g), b = glyf_.offset + glyph_offset(static_cast<std::uint16_t>(g + 1));
    if (g < num_glyphs_ && b > a) {
      std::string one = data_.substr(a, b - a);
      for_each_component(data_, a, b, [&](std::size_t at) {
        auto it = renumber.find(u16(data_, at));
        if (it == renumber.end()) throw KyuyoError(ErrorCode::kInternal, "font subset misses a component glyph");
        put16(one, at - a, it->second);
      });
      glyf += one;
      while (glyf.size() % 4) glyf += '\0';
    }
    std::uint16_t lsb_index = g < num_hmetrics_ ? g : num_hmetrics_;
    add16(hmtx, advance(g));
    add16(hmtx, g < num_hmetrics_ ? u16(data_, hmtx_.offset + 4 * static_cast<std::size_t>(g) + 2)
                                  : u16(data_, hmtx_.offset + 4 * static_cast<std::size_t>(num_hmetrics_) +
                                                   2 * static_cast<std::size_t>(g - lsb_index)));
  }
  add32(loca, static_cast<std::uint32_t>(glyf.size()));
  std::string head = data_.substr(head_.offset, head_.length);
  put16(head, 8, 0);  // checkSumAdjustment, set below
  put16(head, 10, 0);
  put16(head, 50, 1);  // long loca
  std::string hhea = data_.substr(hhea_.offset, hhea_.length);
  put16(hhea, 34, n);
  std::string maxp = data_.substr(maxp_.offset, maxp_.length);
  put16(maxp, 4, n);
  std::vector<std::pair<std::string, std::string>> tables;  // tag order (sorted)
  auto copy = [&](const char* tag) {
    Table t = table(tag);
    if (t.length) tables.emplace_back(tag, data_.substr(t.offset, t.length));
  };
  copy("cvt ");
  copy("fpgm");
  tables.emplace_back("glyf", std::move(glyf));
  tables.emplace_back("head", std::move(head));
  tables.emplace_back("hhea", std::move(hhea));
  tables.emplace_back("hmtx", std::move(hmtx));
  tables.emplace_back("loca", std::move(loca));
  tables.emplace_back("maxp", std::move(maxp));
  copy("prep");
  std::sort(tables.begin(), tables.end());
  std::uint16_t count = static_cast<std::uint16_t>(tables.size()), pow2 = 1, log2 = 0;
  while (pow2 * 2 <= count) {
    pow2 = static_cast<std::uint16_t>(pow2 * 2);
    ++log2;
  }
  std::string out;
  add32(out, 0x00010000);
  add16(out, count);
  add16(out, static_cast<std::uint16_t>(pow2 * 16));
  add16(out, log2);
  add16(out, static_cast<std::uint16_t>(count * 16 - pow2 * 16));
  std::size_t offset = 12 + 16 * tables.size(), head_at = 0;
  for (auto& [tag, body] : tables) {
    out += tag;
    add32(out, checksum(body));
    add32(out, static_cast<std::uint32_t>(offset));
    add32(out, static_cast<std::uint32_t>(body.size()));
    if (tag == "head") head_at = offset;
    offset += (body.size() + 3) / 4 * 4;
  }
  for (auto& [tag, body] : tables) {
    out += body;
    while (out.size() % 4) out += '\0';
  }
  std::uint32_t adjust = 0xB1B0AFBAu - checksum(out);
  put16(out, head_at + 8, static_cast<std::uint16_t>(adjust >> 16));
  put16(out, head_at + 10, static_cast<std::uint16_t>(adjust & 0xffff));
  return out;
}

}  // namespace kyuyo::pdf
