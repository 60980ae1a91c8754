#include "kyuyo/adapters/csv/field_parser.hpp"

#include <algorithm>
#include <map>

namespace kyuyo::csv {
namespace {
bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Reads an unsigned decimal number at s[i..]; returns -1 when there is none.
long read_number(std::string_view s, std::size_t& i) {
  if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return -1;
  long v = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) && v < 100000)
    v = v * 10 + (s[i++] - '0');
  return v;
}
}  // namespace

std::string trim(std::string_view v) {
  std::string s(v);
  auto front_space = [&](std::size_t& len) {
    if (!s.empty() && (s[0] == ' ' || s[0] == '\t')) return len = 1, true;
    if (starts_with(s, "\xE3\x80\x80")) return len = 3, true;
    return false;
  };
  std::size_t len;
  while (front_space(len)) s.erase(0, len);
  for (;;) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
      s.pop_back();
    else if (s.size() >= 3 && s.compare(s.size() - 3, 3, "\xE3\x80\x80") == 0)
      s.erase(s.size() - 3);
    else
      break;
  }
  return s;
}

std::string to_ascii(std::string_view v) {
  std::string in = trim(v), out;
  for (std::size_t i = 0; i < in.size();) {
    unsigned char c = in[i];
    // U+FF01..U+FF5E (full-width ASCII) are EF BC 81..BF and EF BD 80..9E
    if (c == 0xEF && i + 2 < in.size()) {
      unsigned char c1 = in[i + 1], c2 = in[i + 2];
      int cp = -1;
      if (c1 == 0xBC && c2 >= 0x81 && c2 <= 0xBF) cp = 0xFF00 + (c2 - 0x80);
      if (c1 == 0xBD && c2 >= 0x80 && c2 <= 0x9E) cp = 0xFF40 + (c2 - 0x80);
      if (cp >= 0) {
        out += static_cast<char>(cp - 0xFF00 + 0x20);
        i += 3;
        continue;
      }
    }
    if (starts_with(std::string_view(in).substr(i), "\xE2\x88\x92") ||  // − U+2212
        starts_with(std::string_view(in).substr(i), "\xE2\x80\x90")) {  // ‐ U+2010
      out += '-';
      i += 3;
      continue;
    }
    if (starts_with(std::string_view(in).substr(i), "\xE3\x80\x80")) {
      out += ' ';
      i += 3;
      continue;
    }
    out += in[i++];
  }
  return out;
}

Result<Date> parse_date_jp(std::string_view text) {
  std::string s = to_ascii(text);
  if (s.empty()) return fail(ErrorCode::kInvalidInput, "empty date");
  if (std::isdigit(static_cast<unsigned char>(s[0]))) {
    auto d = parse_date(s);
    if (d) return d;
    return fail(ErrorCode::kInvalidInput,
                "'" + safe_value(text) + "' is not a date (write 2026-04-01 or 2026/4/1)");
  }
  // 和暦: 令和8年4月1日, R8.4.1, R08/04/01, 令和元年5月1日
  static const std::vector<std::pair<std::string, Era>> eras = {
      {"令和", Era::kReiwa}, {"平成", Era::kHeisei}, {"昭和", Era::kShowa}, {"大正", Era::kTaisho},
      {"明治", Era::kMeiji}, {"R", Era::kReiwa},     {"H", Era::kHeisei},   {"S", Era::kShowa},
      {"T", Era::kTaisho},   {"M", Era::kMeiji}};
  for (const auto& [name, era] : eras) {
    std::string upper = s;
    if (name.size() == 1)
      upper[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(upper[0])));
    if (!starts_with(upper, name)) continue;
    std::size_t i = name.size();
    long y;
    if (starts_with(std::string_view(s).substr(i), "元")) {
      y = 1;
      i += 3;
    } else {
      y = read_number(s, i);
    }
    auto sep = [&](std::initializer_list<std::string_view> seps) {
      for (auto p : seps)
        if (starts_with(std::string_view(s).substr(i), p)) {
          i += p.size();
          return true;
        }
      return false;
    };
    bool ok = y > 0 && sep({"年", ".", "/", "-"});
    long m = ok ? read_number(s, i) : -1;
    ok = ok && m > 0 && sep({"月", ".", "/", "-"});
    long d = ok ? read_number(s, i) : -1;
    ok = ok && d > 0;
    if (ok) sep({"日"});
    if (ok && i == s.size()) {
      auto r = from_wareki(era, static_cast<int>(y), static_cast<int>(m), static_cast<int>(d));
      if (r) return r;
    }
    break;
  }
  return fail(
      ErrorCode::kInvalidInput,
      "'" + safe_value(text) + "' is not a date (write 2026-04-01, 2026/4/1 or 令和8年4月1日)");
}

Result<Yen> parse_yen(std::string_view text) {
  std::string s = to_ascii(text), digits;
  bool negative = false;
  std::size_t i = 0;
  if (starts_with(s, "\xEF\xBF\xA5"))
    i = 3;  // ￥ U+FFE5
  else if (starts_with(s, "\xC2\xA5"))
    i = 2;  // ¥ U+00A5
  else if (starts_with(s, "\\"))
    i = 1;  // Shift_JIS 0x5C shown as ¥
  if (i < s.size() && s[i] == '-') negative = true, ++i;
  std::string_view rest = std::string_view(s).substr(i);
  if (rest.size() >= 3 && rest.substr(rest.size() - 3) == "円") rest.remove_suffix(3);
  bool ok = !rest.empty();
  for (char c : rest) {
    if (std::isdigit(static_cast<unsigned char>(c)))
      digits += c;
    else if (c != ',')
      ok = false;
  }
  if (!ok || digits.empty())
    return fail(ErrorCode::kInvalidInput,
                "'" + safe_value(text) + "' is not an amount in yen (write 380000 or 380,000)");
  if (digits.size() > 15) return fail(ErrorCode::kOverflow, "amount too large");
  std::int64_t v = std::stoll(digits);
  return Yen(negative ? -v : v);
}

void check_headers(Table& t, const std::vector<Column>& columns, std::vector<Error>& errors,
                   const std::vector<std::string>& ignored) {
  std::map<std::string, int> seen;
  for (std::size_t i = 0; i < t.headers.size(); ++i) {
    std::string& h = t.headers[i];
    for (const auto& c : columns)
      if (std::find(c.aliases.begin(), c.aliases.end(), h) != c.aliases.end()) h = c.name;
    if (h.empty()) {
      errors.push_back(
          Error{ErrorCode::kInvalidInput, "empty column header", t.where(1, static_cast<int>(i))});
      continue;
    }
    bool known =
        std::any_of(columns.begin(), columns.end(), [&](const Column& c) { return c.name == h; });
    bool skip = std::find(ignored.begin(), ignored.end(), h) != ignored.end();
    if (h == "個人番号" || h == "マイナンバー") {
      errors.push_back(Error{
          ErrorCode::kInvalidInput,
          "My Numbers are not imported here (they go only into the vault); remove this column",
          t.where(1, static_cast<int>(i))});
    } else if (!known && !skip) {
      std::string expected;
      for (const auto& c : columns) expected += (expected.empty() ? "" : ", ") + c.name;
      errors.push_back(Error{ErrorCode::kInvalidInput,
                             "unknown column (expected: " + expected + ")",
                             t.where(1, static_cast<int>(i))});
    }
    auto [it, fresh] = seen.emplace(h, static_cast<int>(i));
    if (!fresh)
      errors.push_back(
          Error{ErrorCode::kInvalidInput,
                "column appears twice (also column " + std::to_string(it->second + 1) + ")",
                t.where(1, static_cast<int>(i))});
  }
  for (const auto& c : columns)
    if (c.required && !seen.count(c.name))
      errors.push_back(Error{ErrorCode::kInvalidInput,
                             "required column '" + c.name + "' is missing", t.file + " line 1"});
}

std::string Fields::raw(std::string_view col) const { return trim(t_.get(r_, col)); }

void Fields::fail(std::string_view col, std::string message) {
  errors_.push_back(Error{ErrorCode::kInvalidInput, std::move(message), where(col)});
}

void Fields::missing(std::string_view col) { fail(col, "a value is required"); }

std::string Fields::text(std::string_view col, bool required) {
  std::string v = raw(col);
  if (v.empty() && required) missing(col);
  return v;
}

std::string Fields::digits(std::string_view col, std::size_t min_len, std::size_t max_len,
                           bool required) {
  std::string v = raw(col);
  if (v.empty()) {
    if (required) missing(col);
    return {};
  }
  std::string a = to_ascii(v), d;
  bool ok = true;
  for (char c : a) {
    if (std::isdigit(static_cast<unsigned char>(c)))
      d += c;
    else if (c != '-' && c != ' ')
      ok = false;
  }
  if (!ok || d.size() < min_len || d.size() > max_len) {
    std::string len = min_len == max_len ? std::to_string(min_len)
                                         : std::to_string(min_len) + "–" + std::to_string(max_len);
    fail(col, "'" + safe_value(v) + "' must be " + len + " digits");
    return {};
  }
  return d;
}

std::optional<Date> Fields::date(std::string_view col, bool required) {
  std::string v = raw(col);
  if (v.empty()) {
    if (required) missing(col);
    return std::nullopt;
  }
  auto d = parse_date_jp(v);
  if (!d) {
    fail(col, d.error().message);
    return std::nullopt;
  }
  return *d;
}

std::optional<Yen> Fields::yen(std::string_view col, bool required) {
  std::string v = raw(col);
  if (v.empty()) {
    if (required) missing(col);
    return std::nullopt;
  }
  auto y = parse_yen(v);
  if (!y) {
    fail(col, y.error().message);
    return std::nullopt;
  }
  return *y;
}

std::optional<std::int64_t> Fields::integer(std::string_view col, std::int64_t min,
                                            std::int64_t max, bool required) {
  std::string v = raw(col);
  if (v.empty()) {
    if (required) missing(col);
    return std::nullopt;
  }
  std::string a = to_ascii(v);
  bool ok = !a.empty() && a.size() <= 18;
  for (std::size_t i = 0; i < a.size() && ok; ++i)
    ok = std::isdigit(static_cast<unsigned char>(a[i])) || (i == 0 && a[i] == '-' && a.size() > 1);
  if (!ok) {
    fail(col, "'" + safe_value(v) + "' is not a whole number");
    return std::nullopt;
  }
  std::int64_t n = std::stoll(a);
  if (n < min || n > max) {
    fail(col,
         "'" + safe_value(v) + "' is outside " + std::to_string(min) + "–" + std::to_string(max));
    return std::nullopt;
  }
  return n;
}

std::optional<bool> Fields::yes_no(std::string_view col, bool required,
                                   std::pair<std::string_view, std::string_view> extra) {
  std::string v = raw(col);
  if (v.empty()) {
    if (required) missing(col);
    return std::nullopt;
  }
  std::string a = to_ascii(v);
  std::transform(a.begin(), a.end(), a.begin(), [](unsigned char c) { return std::tolower(c); });
  if (!extra.first.empty() && a == extra.first) return true;
  if (!extra.second.empty() && a == extra.second) return false;
  for (const char* y : {"はい", "あり", "有", "○", "〇", "1", "true", "yes", "y", "加入", "対象"})
    if (a == y) return true;
  for (const char* n : {"いいえ", "なし", "無", "×", "0", "false", "no", "n", "非加入", "対象外"})
    if (a == n) return false;
  std::string labels =
      extra.first.empty() ? "" : std::string(extra.first) + "/" + std::string(extra.second) + ", ";
  fail(col, "'" + safe_value(v) + "' is not a yes/no value (" + labels + "はい/いいえ, 1/0)");
  return std::nullopt;
}

}  // namespace kyuyo::csv
