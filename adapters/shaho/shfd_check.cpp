// SHFD0006.CSV checker. Sources: shared/reference/social-insurance.md §5.1 (file rules), §5.2
// (header records, [RK-CHK] 表4.1.1-1, 表4.3.1-1, 表4.3.2.1-1), §5.4 (data records).
#include "kyuyo/adapters/shaho/shfd_check.hpp"

#include <algorithm>

#include "kyuyo/adapters/shaho/sjis.hpp"
#include "kyuyo/adapters/shaho/shfd_writer.hpp"
#include "kyuyo/forms/shaho/form_spec.hpp"
#include "kyuyo/forms/shaho/shaho_text.hpp"

namespace kyuyo::shaho {
namespace {
namespace fsh = forms::shaho;

bool digits(const std::string& s, std::size_t lo, std::size_t hi) {
  return s.size() >= lo && s.size() <= hi && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> f;
  std::size_t start = 0;
  for (;;) {
    std::size_t c = line.find(',', start);
    f.push_back(line.substr(start, c == std::string::npos ? std::string::npos : c - start));
    if (c == std::string::npos) break;
    start = c + 1;
  }
  return f;
}

struct Checker {
  CheckSummary s;
  const fsh::CheckOptions& opt;
  void bad(int line, int item, std::string m) { s.problems.push_back({line, item, std::move(m)}); }

  void office_codes(int ln, const std::vector<std::string>& f) {
    if (!fsh::is_nenkin_prefecture_code(f[0])) bad(ln, 1, "都道府県コード must be a 年金機構 code (東京 = 21)");
    if (!digits(f[1], 2, 2) || f[1] == "00" || f[1] == "99") bad(ln, 2, "郡市区符号 must be 2 digits, not 00 or 99");
    bool kigou_ok = fsh::sjis_length(f[2]) >= 1 && fsh::sjis_length(f[2]) <= 4 &&
                    fsh::is_halfwidth_kana_text(f[2], "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") &&
                    f[2].find_first_not_of('0') != std::string::npos;
    if (!kigou_ok) bad(ln, 3, "事業所記号 must be 1–4 bytes of letters/digits or 半角カナ, not all zeros");
  }

  bool management(int ln, const std::vector<std::string>& f, bool& sharoushi) {
    if (f.size() != 6) {
      bad(ln, 0, "媒体管理レコード must have 6 fields, has " + std::to_string(f.size()));
      return false;
    }
    sharoushi = f[0].empty() && f[1].empty();
    if (sharoushi) {
      if (!digits(f[2], 8, 8)) bad(ln, 3, "社会保険労務士コード must be 8 digits");
    } else {
      office_codes(ln, f);
    }
    if (!digits(f[3], 3, 3) || f[3] == "000") bad(ln, 4, "媒体通番 must be 001–999");
    if (!digits(f[4], 8, 8) || !parse_date(f[4].substr(0, 4) + "-" + f[4].substr(4, 2) + "-" + f[4].substr(6, 2)))
      bad(ln, 5, "作成年月日 must be a date YYYYMMDD");
    if (f[5] != "22223") bad(ln, 6, "代表届書コード must be 22223");
    return true;
  }

  void office_info(int ln, const std::vector<std::string>& f) {
    if (f.size() != 12) {
      bad(ln, 0, "事業所情報 must have 12 fields, has " + std::to_string(f.size()));
      return;
    }
    office_codes(ln, f);
    if (!digits(f[3], 1, 5)) bad(ln, 4, "事業所番号 must be 1–5 digits");
    if (!digits(f[4], 3, 3)) bad(ln, 5, "郵便番号(親) must be 3 digits");
    if (!digits(f[5], 4, 4)) bad(ln, 6, "郵便番号(子) must be 4 digits");
    auto wide = [&](int item, const char* what, std::size_t max_chars) {
      const std::string& v = f[item - 1];
      if (v.empty() || !fsh::is_fullwidth_text(v)) bad(ln, item, std::string(what) + " must be full-width characters (1–" + std::to_string(max_chars) + ")");
      else if (fsh::code_points(v).size() > max_chars) bad(ln, item, std::string(what) + " is longer than " + std::to_string(max_chars) + " characters");
    };
    wide(7, "事業所所在地", 37);
    wide(8, "事業所名称", 25);
    wide(9, "事業主氏名", 12);
    for (int i = 10; i <= 12; ++i)
      if (!digits(f[i - 1], 1, 5)) bad(ln, i, "電話番号 must be digits");
  }
};

}  // namespace

std::string FileProblem::str() const {
  std::string s;
  if (line) s += "line " + std::to_string(line);
  if (item) s += std::string(s.empty() ? "" : ", ") + "item " + std::to_string(item);
  return (s.empty() ? "file" : s) + ": " + message;
}

CheckSummary check_shfd(std::string_view bytes, const fsh::CheckOptions& opt) {
  Checker c{{}, opt};
  if (bytes.size() >= kMaxFileBytes) c.bad(0, 0, "the file is " + std::to_string(bytes.size()) + " bytes; e-Gov refuses 4.5 MB (4,500,000 bytes) or more: split it");
  if (bytes.empty()) {
    c.bad(0, 0, "the file is empty");
    return c.s;
  }
  // Lines: every one ends in CRLF (the last one too).
  std::vector<std::string> raw;
  std::size_t start = 0;
  int ln = 0;
  while (start < bytes.size()) {
    ++ln;
    std::size_t lf = bytes.find('\n', start);
    std::size_t end = lf == std::string_view::npos ? bytes.size() : lf;
    std::string_view l = bytes.substr(start, end - start);
    if (lf == std::string_view::npos) c.bad(ln, 0, "the last line does not end in CRLF");
    else if (l.empty() || l.back() != '\r') c.bad(ln, 0, "line ends in LF only: lines must end in CRLF");
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (l.find('\r') != std::string_view::npos) c.bad(ln, 0, "a bare CR inside the line");
    raw.emplace_back(l);
    start = end + 1;
  }
  std::vector<std::string> text(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    // Decode field by field so that a bad character is reported with its item number.
    std::string line;
    bool ok = true;
    auto fields = split(raw[i]);
    for (std::size_t k = 0; k < fields.size(); ++k) {
      auto dec = from_sjis(fields[k]);
      if (!dec) {
        c.bad(static_cast<int>(i) + 1, static_cast<int>(k) + 1,
              "a character outside Shift_JIS JIS X 0208 / JIS X 0201 (" + dec.error().message + " of the item)");
        ok = false;
      }
      if (k) line += ',';
      line += dec ? *dec : std::string();
    }
    text[i] = ok ? line : line;
  }
  if (text.size() < 5) {
    c.bad(0, 0, "a file needs the 5 header lines and at least one data record");
    return c.s;
  }
  bool sharoushi = false;
  c.management(1, split(text[0]), sharoushi);
  if (text[1] != "[kanri]") c.bad(2, 0, "line 2 must be [kanri]");
  auto count = split(text[2]);
  if (count.size() != 2) c.bad(3, 0, "事業所数情報 must have 2 fields");
  else {
    if (!sharoushi && !count[0].empty()) c.bad(3, 1, "予備 must be empty (it holds the 社労士氏名 only in the 社会保険労務士 variant)");
    if (sharoushi && count[0].empty()) c.bad(3, 1, "社会保険労務士氏名 is required when line 1 carries a 社労士コード");
    if (count[1] != "001" && count[1] != "01" && count[1] != "1") c.bad(3, 2, "事業所情報数 must be 001");
  }
  auto office = split(text[3]);
  c.office_info(4, office);
  if (text[4] != "[data]") c.bad(5, 0, "line 5 must be [data]");
  for (std::size_t i = 5; i < text.size(); ++i) {
    int line_no = static_cast<int>(i) + 1;
    auto items = split(text[i]);
    ++c.s.data_records;
    for (const auto& p : fsh::check_record(items, opt)) c.bad(line_no, p.item, p.message);
    if (items.size() >= 4 && office.size() == 12 &&
        (items[1] != office[0] || items[2] != office[1] || items[3] != office[2]))
      c.bad(line_no, 2, "都道府県コード/郡市区符号/事業所記号 differ from the 事業所情報 (line 4)");
    const fsh::FormSpec* f = items.empty() ? nullptr : fsh::form_spec(items[0]);
    if (f && f->office_number_item && static_cast<int>(items.size()) >= f->office_number_item && office.size() == 12 &&
        items[f->office_number_item - 1] != office[3])
      c.bad(line_no, f->office_number_item, "事業所番号 differs from the 事業所情報 (line 4)");
  }
  if (c.s.data_records == 0) c.bad(0, 0, "no data records after [data]");
  return c.s;
}

}  // namespace kyuyo::shaho
