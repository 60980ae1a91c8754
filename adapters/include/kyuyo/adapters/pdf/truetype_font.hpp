#pragma once
/// \brief A TrueType font file read into memory and parsed once per batch (IPAex Gothic/Mincho),
/// from which each small PDF embeds only the glyphs it uses (CompactDocument). Only what a
/// CIDFontType2 needs is parsed: the Unicode BMP cmap (format 4), horizontal metrics, loca/glyf
/// and the head/hhea/maxp fields. The subset is a valid TrueType program with the glyphs
/// renumbered 0..n-1 (composite glyphs bring their components along, their indices rewritten)
/// and the tables PDF requires for an embedded CIDFontType2 (ISO 32000-1 9.9: head, hhea, loca,
/// maxp, cvt, prep, glyf, hmtx, fpgm).
#include <cstdint>
#include <string>
#include <vector>

namespace kyuyo::pdf {

class TrueTypeFont {
 public:
  /// Reads and parses the file. Throws KyuyoError (kInternal) naming the file when it is not a
  /// usable TrueType font.
  explicit TrueTypeFont(const std::string& path);

  /// Glyph of a BMP code point (0 = .notdef when the font has none).
  std::uint16_t glyph(char32_t cp) const { return cp < 0x10000 ? cmap_[cp] : 0; }
  /// Advance width in font units.
  std::uint16_t advance(std::uint16_t gid) const;
  int units_per_em() const { return units_per_em_; }
  int ascent() const { return ascent_; }
  int descent() const { return descent_; }
  int cap_height() const { return cap_height_; }
  const std::int16_t* bbox() const { return bbox_; }  ///< xMin, yMin, xMax, yMax
  const std::string& postscript_name() const { return ps_name_; }
  const std::string& path() const { return path_; }

  /// Component glyphs of a composite glyph (empty for a simple one).
  std::vector<std::uint16_t> components(std::uint16_t gid) const;
  /// A TrueType program holding glyphs[i] as glyph i (glyphs[0] should be 0, .notdef); every
  /// component of a composite glyph must be in `glyphs` too.
  std::string subset(const std::vector<std::uint16_t>& glyphs) const;

 private:
  struct Table {
    std::uint32_t offset = 0, length = 0;
  };
  Table table(const char* tag) const;
  std::uint32_t glyph_offset(std::uint16_t gid) const;

  std::string path_, data_, ps_name_;
  std::vector<std::uint16_t> cmap_;  ///< 65536 entries
  int units_per_em_ = 1000, ascent_ = 0, descent_ = 0, cap_height_ = 0;
  std::int16_t bbox_[4] = {0, 0, 0, 0};
  std::uint16_t num_glyphs_ = 0, num_hmetrics_ = 0;
  bool long_loca_ = false;
  Table head_, hhea_, maxp_, hmtx_, loca_, glyf_;
};

}  // namespace kyuyo::pdf
