// Item formatting for SHFD0006.CSV (see shaho_text.hpp). Sources: shared/reference/
// social-insurance.md §1.1 (都道府県コード column), §5.1 (dates, names, money), §5.3.
#include "kyuyo/forms/shaho/shaho_text.hpp"

#include <array>
#include <cstdio>

namespace kyuyo::forms::shaho {
namespace {

// 年金機構 都道府県コード by JIS X 0401 code (index 1..47); 仕様書 参考資料3 via [RK-CSV KEN_CODE],
// reference §1.1 column 2.
constexpr std::array<int, 48> kNenkinPref = {0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 21, 31, 32,
                                             33, 34, 35, 36, 37, 38, 39, 51, 52, 53, 54, 41, 42, 55, 56, 57,
                                             58, 59, 60, 61, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82};

// U+30A1 (ァ) … U+30F6 (ヶ) → 半角カナ.
constexpr std::array<const char*, 86> kHalfKana = {
    "ｧ",  "ｱ",  "ｨ",  "ｲ",  "ｩ",  "ｳ",  "ｪ",  "ｴ",  "ｫ",  "ｵ",  "ｶ",  "ｶﾞ", "ｷ",  "ｷﾞ", "ｸ",  "ｸﾞ", "ｹ",  "ｹﾞ",
    "ｺ",  "ｺﾞ", "ｻ",  "ｻﾞ", "ｼ",  "ｼﾞ", "ｽ",  "ｽﾞ", "ｾ",  "ｾﾞ", "ｿ",  "ｿﾞ", "ﾀ",  "ﾀﾞ", "ﾁ",  "ﾁﾞ", "ｯ",  "ﾂ",
    "ﾂﾞ", "ﾃ",  "ﾃﾞ", "ﾄ",  "ﾄﾞ", "ﾅ",  "ﾆ",  "ﾇ",  "ﾈ",  "ﾉ",  "ﾊ",  "ﾊﾞ", "ﾊﾟ", "ﾋ",  "ﾋﾞ", "ﾋﾟ", "ﾌ",  "ﾌﾞ",
    "ﾌﾟ", "ﾍ",  "ﾍﾞ", "ﾍﾟ", "ﾎ",  "ﾎﾞ", "ﾎﾟ", "ﾏ",  "ﾐ",  "ﾑ",  "ﾒ",  "ﾓ",  "ｬ",  "ﾔ",  "ｭ",  "ﾕ",  "ｮ",  "ﾖ",
    "ﾗ",  "ﾘ",  "ﾙ",  "ﾚ",  "ﾛ",  "ﾜ",  "ﾜ",  "ｲ",  "ｴ",  "ｦ",  "ﾝ",  "ｳﾞ", "ｶ",  "ｹ"};

bool is_halfwidth_kana(char32_t c) { return c >= 0xFF61 && c <= 0xFF9F; }

std::string zero_pad(std::int64_t v, int width) {
  std::string s = std::to_string(v);
  if (static_cast<int>(s.size()) < width) s.insert(0, width - s.size(), '0');
  return s;
}

std::string char_label(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return "「" + utf8_of(c) + "」(" + buf + ")";
}

}  // namespace

std::u32string code_points(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    char32_t cp;
    int n;
    if (c < 0x80) { cp = c; n = 1; }
    else if ((c & 0xE0) == 0xC0) { cp = c & 0x1F; n = 2; }
    else if ((c & 0xF0) == 0xE0) { cp = c & 0x0F; n = 3; }
    else if ((c & 0xF8) == 0xF0) { cp = c & 0x07; n = 4; }
    else { out.push_back(0xFFFD); ++i; continue; }
    if (i + n > s.size()) { out.push_back(0xFFFD); break; }
    bool ok = true;
    for (int k = 1; k < n; ++k) {
      unsigned char cc = s[i + k];
      if ((cc & 0xC0) != 0x80) { ok = false; break; }
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (!ok) { out.push_back(0xFFFD); ++i; continue; }
    out.push_back(cp);
    i += n;
  }
  return out;
}

std::string utf8_of(char32_t c) {
  std::string s;
  if (c < 0x80) s += static_cast<char>(c);
  else if (c < 0x800) { s += static_cast<char>(0xC0 | (c >> 6)); s += static_cast<char>(0x80 | (c & 0x3F)); }
  else if (c < 0x10000) {
    s += static_cast<char>(0xE0 | (c >> 12));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (c >> 18));
    s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  }
  return s;
}

Result<std::string> nenkin_prefecture_code(int jis) {
  if (jis < 1 || jis > 47) return fail(ErrorCode::kInvalidInput, "都道府県コード " + std::to_string(jis) + " is not 1..47");
  return zero_pad(kNenkinPref[jis], 2);
}

bool is_nenkin_prefecture_code(std::string_view code) {
  if (code.size() != 2) return false;
  for (int j = 1; j <= 47; ++j)
    if (zero_pad(kNenkinPref[j], 2) == code) return true;
  return false;
}

EraDate era_date(const Date& d) {
  Wareki w = to_wareki(d);
  return {std::to_string(nenkin_era_code(w.era)), two(w.year) + two(w.month) + two(w.day)};
}

EraMonth era_month(const YearMonth& ym) {
  Wareki w = to_wareki(ym.first_day());
  return {std::to_string(nenkin_era_code(w.era)), two(w.year), two(w.month)};
}

Result<Date> parse_era_date(std::string_view era, std::string_view yymmdd) {
  if (yymmdd.size() != 6) return fail(ErrorCode::kInvalidInput, "not YYMMDD");
  for (char c : yymmdd)
    if (c < '0' || c > '9') return fail(ErrorCode::kInvalidInput, "not YYMMDD");
  Era e;
  if (era == "1") e = Era::kMeiji;
  else if (era == "3") e = Era::kTaisho;
  else if (era == "5") e = Era::kShowa;
  else if (era == "7") e = Era::kHeisei;
  else if (era == "9") e = Era::kReiwa;
  else return fail(ErrorCode::kInvalidInput, "元号 code is not 1/3/5/7/9");
  int y = std::stoi(std::string(yymmdd.substr(0, 2)));
  int m = std::stoi(std::string(yymmdd.substr(2, 2)));
  int d = std::stoi(std::string(yymmdd.substr(4, 2)));
  return from_wareki(e, y, m, d);
}

Result<std::string> amount7(Yen y) {
  if (y.value() < 0) return fail(ErrorCode::kInvalidInput, "negative amount");
  if (y.value() >= 9'999'999) return std::string("9999999");  // cap: ≥ ¥10,000,000 → 9999999
  return zero_pad(y.value(), 7);
}

Result<std::string> thousands4(Yen y) {
  if (y.value() <= 0 || y.value() % 1000 != 0 || y.value() > 9'999'000)
    return fail(ErrorCode::kInvalidInput, "標準報酬月額 " + std::to_string(y.value()) + " is not a whole number of thousands (1,000–9,999,000)");
  return zero_pad(y.value() / 1000, 4);
}

std::string two(int v) { return zero_pad(v, 2); }

Result<std::string> halfwidth_kana(std::string_view utf8, bool allow_ascii) {
  std::string out;
  for (char32_t c : code_points(utf8)) {
    if (c >= 0x3041 && c <= 0x3096) c += 0x60;  // ひらがな → カタカナ
    if (c >= 0x30A1 && c <= 0x30F6) out += kHalfKana[c - 0x30A1];
    else if (c == 0x30FC) out += "ｰ";
    else if (c == 0x30FB) out += "･";
    else if (c == 0x309B) out += "ﾞ";
    else if (c == 0x309C) out += "ﾟ";
    else if (c == 0x3000 || c == ' ') out += ' ';
    else if (is_halfwidth_kana(c)) out += utf8_of(c);
    else if (allow_ascii && c > 0x20 && c < 0x7F) out += static_cast<char>(c);
    else if (allow_ascii && c >= 0xFF01 && c <= 0xFF5E) out += static_cast<char>(c - 0xFEE0);
    else if (allow_ascii && (c == 0x2212 || c == 0x2015 || c == 0x2010)) out += '-';
    else return fail(ErrorCode::kInvalidInput, "cannot be written in 半角カナ: " + char_label(c));
  }
  return out;
}

std::string fullwidth(std::string_view utf8) {
  std::u32string cps = code_points(utf8);
  std::string out;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    if (c == ' ') { out += utf8_of(0x3000); continue; }
    if (c == '-') { out += utf8_of(0xFF0D); continue; }
    // A comma stays a comma so that the writer refuses it (no silent change of the text).
    if (c > 0x20 && c < 0x7F && c != ',') { out += utf8_of(c + 0xFEE0); continue; }
    if (is_halfwidth_kana(c)) {
      std::string half = utf8_of(c);
      bool voiced = i + 1 < cps.size() && (cps[i + 1] == 0xFF9E || cps[i + 1] == 0xFF9F);
      std::string with = voiced ? half + utf8_of(cps[i + 1]) : half;
      char32_t found = 0;
      for (std::size_t k = 0; k < kHalfKana.size() && !found; ++k)
        if (with == kHalfKana[k]) found = 0x30A1 + k;
      if (found && voiced) ++i;
      if (!found)
        for (std::size_t k = 0; k < kHalfKana.size() && !found; ++k)
          if (half == kHalfKana[k]) found = 0x30A1 + k;
      if (c == 0xFF70) found = 0x30FC;
      out += found ? utf8_of(found) : half;
      continue;
    }
    out += utf8_of(c);
  }
  return out;
}

static std::string strip_spaces(std::string_view s) {
  std::string out;
  for (char32_t c : code_points(s))
    if (c != ' ' && c != 0x3000) out += utf8_of(c);
  return out;
}

Result<std::string> kana_name(std::string_view family, std::string_view given) {
  auto f = halfwidth_kana(strip_spaces(family));
  if (!f) return std::unexpected(f.error());
  auto g = halfwidth_kana(strip_spaces(given));
  if (!g) return std::unexpected(g.error());
  if (f->empty() || g->empty()) return fail(ErrorCode::kInvalidInput, "both family and given name are needed in カナ");
  return *f + " " + *g;
}

std::string kanji_name(std::string_view family, std::string_view given) {
  return fullwidth(strip_spaces(family)) + utf8_of(0x3000) + fullwidth(strip_spaces(given));
}

std::size_t sjis_length(std::string_view utf8) {
  std::size_t n = 0;
  for (char32_t c : code_points(utf8)) n += (c < 0x80 || is_halfwidth_kana(c)) ? 1 : 2;
  return n;
}

bool is_halfwidth_kana_text(std::string_view utf8, std::string_view allowed_ascii) {
  for (char32_t c : code_points(utf8)) {
    if (is_halfwidth_kana(c)) continue;
    if (c < 0x80 && allowed_ascii.find(static_cast<char>(c)) != std::string_view::npos) continue;
    return false;
  }
  return true;
}

bool is_fullwidth_text(std::string_view utf8) {
  for (char32_t c : code_points(utf8))
    if (c < 0x80 || is_halfwidth_kana(c)) return false;
  return true;
}

}  // namespace kyuyo::forms::shaho
