// Shift_JIS restricted to JIS X 0208 (see sjis.hpp).
#include "kyuyo/adapters/shaho/sjis.hpp"

#include <iconv.h>

#include <cerrno>
#include <cstdio>
#include <memory>

#include "kyuyo/forms/shaho/shaho_text.hpp"

namespace kyuyo::shaho {
namespace {

struct Iconv {
  iconv_t cd;
  Iconv(const char* to, const char* from) : cd(iconv_open(to, from)) {
    if (cd == reinterpret_cast<iconv_t>(-1))
      throw KyuyoError(ErrorCode::kInternal, std::string("iconv cannot convert ") + from + " to " + to);
  }
  ~Iconv() { iconv_close(cd); }
  /// Converts all of in; false on an unconvertible sequence.
  bool convert(std::string_view in, std::string& out) {
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    char* src = const_cast<char*>(in.data());
    std::size_t left = in.size();
    char buf[64];
    while (left > 0) {
      char* dst = buf;
      std::size_t room = sizeof buf;
      std::size_t r = iconv(cd, &src, &left, &dst, &room);
      out.append(buf, dst - buf);
      if (r == static_cast<std::size_t>(-1) && errno != E2BIG) return false;
    }
    return true;
  }
};

std::string label(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  if (c < 0x20 || c == 0x7F) return std::string("control character (") + buf + ")";
  return "「" + forms::shaho::utf8_of(c) + "」(" + buf + ")";
}

}  // namespace

bool is_jisx0208_pair(unsigned char lead, unsigned char trail) {
  unsigned code = (static_cast<unsigned>(lead) << 8) | trail;
  if (trail < 0x40 || trail == 0x7F || trail > 0xFC) return false;
  return (code >= 0x8140 && code <= 0x84BE) || (code >= 0x889F && code <= 0x9FFC) || (code >= 0xE040 && code <= 0xEAA4);
}

Result<std::string> to_sjis(std::string_view utf8) {
  Iconv cv("CP932", "UTF-8");
  std::string out;
  for (char32_t c : forms::shaho::code_points(utf8)) {
    if (c < 0x20 || c == 0x7F || c == 0xFFFD)
      return fail(ErrorCode::kInvalidInput, label(c) + " is not allowed");
    std::string one;
    if (!cv.convert(forms::shaho::utf8_of(c), one) || one.empty())
      return fail(ErrorCode::kInvalidInput, label(c) + " cannot be written in Shift_JIS (JIS X 0208)");
    unsigned char b0 = one[0];
    if (one.size() == 1) {
      // ASCII, or 半角カナ 0xA1–0xDF. (CP932 maps ¥ U+00A5 to 0x5C; refuse it: the reader sees '\'.)
      if (c >= 0x80 && !(b0 >= 0xA1 && b0 <= 0xDF))
        return fail(ErrorCode::kInvalidInput, label(c) + " is outside JIS X 0208 / JIS X 0201");
    } else if (one.size() != 2 || !is_jisx0208_pair(b0, static_cast<unsigned char>(one[1]))) {
      return fail(ErrorCode::kInvalidInput,
                  label(c) + " is outside JIS X 0208 (a Windows/NEC/IBM extension character); use a JIS X 0208 form, e.g. 高 for 髙, (株) for ㈱, 1 for ①");
    }
    out += one;
  }
  return out;
}

Result<std::string> from_sjis(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    unsigned char b = bytes[i];
    if ((b >= 0x20 && b <= 0x7E) || (b >= 0xA1 && b <= 0xDF)) continue;
    if (i + 1 < bytes.size() && is_jisx0208_pair(b, static_cast<unsigned char>(bytes[i + 1]))) {
      ++i;
      continue;
    }
    return fail(ErrorCode::kInvalidInput, "byte " + std::to_string(i + 1) + " is not Shift_JIS within JIS X 0208 / JIS X 0201");
  }
  Iconv cv("UTF-8", "CP932");
  std::string out;
  if (!cv.convert(bytes, out)) return fail(ErrorCode::kInvalidInput, "undecodable Shift_JIS");
  return out;
}

}  // namespace kyuyo::shaho
