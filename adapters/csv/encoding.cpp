#include "kyuyo/adapters/csv/encoding.hpp"

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <memory>

namespace kyuyo::csv {
namespace {
std::string lower(std::string_view s) {
  std::string r(s);
  std::transform(r.begin(), r.end(), r.begin(), [](unsigned char c) { return std::tolower(c); });
  return r;
}

struct IconvCloser {
  void operator()(void* cd) const { iconv_close(static_cast<iconv_t>(cd)); }
};

/// Converts all of `in`; on failure returns the byte offset of the offending input.
Result<std::string> convert(const char* to, const char* from, std::string_view in,
                            std::size_t* bad_offset) {
  iconv_t raw = iconv_open(to, from);
  if (raw == reinterpret_cast<iconv_t>(-1))
    return fail(ErrorCode::kInternal, std::string("iconv cannot convert ") + from + " to " + to);
  std::unique_ptr<void, IconvCloser> cd(raw);
  std::string out;
  out.resize(in.size() * 4 + 16);
  char* inp = const_cast<char*>(in.data());
  std::size_t inleft = in.size();
  char* outp = out.data();
  std::size_t outleft = out.size();
  while (inleft > 0) {
    std::size_t r = iconv(raw, &inp, &inleft, &outp, &outleft);
    if (r == static_cast<std::size_t>(-1)) {
      if (errno == E2BIG) {
        std::size_t used = out.size() - outleft;
        out.resize(out.size() * 2);
        outp = out.data() + used;
        outleft = out.size() - used;
        continue;
      }
      *bad_offset = in.size() - inleft;
      return fail(ErrorCode::kInvalidInput,
                  errno == EINVAL ? "incomplete multibyte sequence" : "invalid sequence");
    }
  }
  out.resize(out.size() - outleft);
  return out;
}

std::size_t utf8_length(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }
}  // namespace

Result<Encoding> parse_encoding(std::string_view name) {
  std::string n = lower(name);
  if (n == "auto") return Encoding::kAuto;
  if (n == "utf-8" || n == "utf8" || n == "utf-8-bom") return Encoding::kUtf8;
  if (n == "cp932" || n == "sjis" || n == "shift_jis" || n == "shift-jis" || n == "windows-31j" ||
      n == "ms932")
    return Encoding::kCp932;
  return fail(ErrorCode::kInvalidInput,
              "unknown encoding '" + std::string(name) + "' (use utf-8, cp932 or auto)");
}

std::string encoding_name(Encoding e) {
  switch (e) {
    case Encoding::kUtf8:
      return "utf-8";
    case Encoding::kCp932:
      return "cp932";
    default:
      return "auto";
  }
}

std::optional<std::size_t> first_invalid_utf8(std::string_view s) {
  std::size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // bounds of the second byte (Unicode Table 3-7)
    if (c >= 0xC2 && c <= 0xDF)
      len = 2;
    else if (c == 0xE0)
      len = 3, lo = 0xA0;
    else if (c >= 0xE1 && c <= 0xEC)
      len = 3;
    else if (c == 0xED)
      len = 3, hi = 0x9F;
    else if (c >= 0xEE && c <= 0xEF)
      len = 3;
    else if (c == 0xF0)
      len = 4, lo = 0x90;
    else if (c >= 0xF1 && c <= 0xF3)
      len = 4;
    else if (c == 0xF4)
      len = 4, hi = 0x8F;
    else
      return i;
    if (i + len > n) return i;
    unsigned char c1 = s[i + 1];
    if (c1 < lo || c1 > hi) return i;
    for (std::size_t k = 2; k < len; ++k) {
      unsigned char ck = s[i + k];
      if (ck < 0x80 || ck > 0xBF) return i;
    }
    i += len;
  }
  return std::nullopt;
}

Result<std::string> cp932_to_utf8(std::string_view bytes) {
  std::size_t bad = 0;
  auto r = convert("UTF-8", "CP932", bytes, &bad);
  if (!r && r.error().code == ErrorCode::kInvalidInput)
    return fail(ErrorCode::kInvalidInput,
                "not valid Shift_JIS (CP932) at byte " + std::to_string(bad + 1) + " of the field");
  return r;
}

Result<std::string> utf8_to_cp932(std::string_view utf8) {
  std::size_t bad = 0;
  auto r = convert("CP932", "UTF-8", utf8, &bad);
  if (!r && r.error().code == ErrorCode::kInvalidInput) {
    std::string ch(utf8.substr(
        bad, std::min(utf8_length(static_cast<unsigned char>(utf8[bad])), utf8.size() - bad)));
    return fail(ErrorCode::kInvalidInput,
                "the character '" + ch + "' cannot be written in Shift_JIS (CP932)");
  }
  return r;
}

}  // namespace kyuyo::csv
