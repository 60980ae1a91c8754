// Item and cross-field rules of the SHFD0006.CSV data records (see record_check.hpp).
// Source: shared/reference/social-insurance.md §5.1 (names, money), §5.4.1–5.4.5 (per form).
#include "kyuyo/forms/shaho/record_check.hpp"

#include <algorithm>
#include <cstdint>

#include "kyuyo/forms/shaho/shaho_text.hpp"

namespace kyuyo::forms::shaho {
namespace {

bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool in_codes(const std::string& v, std::string_view codes) {
  std::size_t start = 0;
  while (start <= codes.size()) {
    std::size_t bar = codes.find('|', start);
    if (bar == std::string_view::npos) bar = codes.size();
    if (codes.substr(start, bar - start) == v) return true;
    start = bar + 1;
  }
  return false;
}

std::string shown(const std::string& codes) {
  std::string s = codes;
  std::replace(s.begin(), s.end(), '|', '/');
  return s;
}

void check_item(const ItemSpec& spec, const std::string& v, std::vector<Problem>& out) {
  auto bad = [&](std::string m) { out.push_back({spec.no, std::move(m)}); };
  if (v.empty()) {
    if (spec.required) bad("is required");
    return;
  }
  // Echo values only for short code-like items; never for 個人番号 or names.
  switch (spec.kind) {
    case ItemKind::kFixed:
      if (v != spec.codes) bad(std::string("must be ") + spec.codes);
      break;
    case ItemKind::kPrefecture:
      if (!is_nenkin_prefecture_code(v))
        bad("'" + v + "' is not a 年金機構 都道府県コード (東京 = 21, not the JIS 13)");
      break;
    case ItemKind::kKigou: {
      bool ok = sjis_length(v) >= 1 && sjis_length(v) <= 4 &&
                is_halfwidth_kana_text(v, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") &&
                v.find_first_not_of('0') != std::string::npos;
      if (!ok) bad("must be 1–4 bytes of ASCII letters/digits or 半角カナ, not all zeros");
      break;
    }
    case ItemKind::kDigits:
    case ItemKind::kMyNumber:
      if (!all_digits(v)) bad(spec.kind == ItemKind::kMyNumber ? "must be 12 digits" : "must be digits only");
      else if (static_cast<int>(v.size()) < spec.min || static_cast<int>(v.size()) > spec.max)
        bad(spec.kind == ItemKind::kMyNumber ? "must be 12 digits"
            : spec.min == spec.max ? "must be " + std::to_string(spec.min) + " digits"
                                   : "must be " + std::to_string(spec.min) + "–" + std::to_string(spec.max) + " digits");
      break;
    case ItemKind::kCodes:
      if (!in_codes(v, spec.codes)) bad("'" + v + "' is not one of " + shown(spec.codes));
      break;
    case ItemKind::kFlag:
      if (v != "1") bad("must be 1 or blank");
      break;
    case ItemKind::kKanaName: {
      auto sp = v.find(' ');
      if (!is_halfwidth_kana_text(v, " ")) bad("must be 半角カナ");
      else if (sp == std::string::npos || sp == 0 || sp == v.size() - 1 || v.find(' ', sp + 1) != std::string::npos)
        bad("needs exactly one half-width space between family and given name");
      else if (static_cast<int>(sjis_length(v)) > spec.max) bad("is longer than " + std::to_string(spec.max) + " bytes");
      break;
    }
    case ItemKind::kKanjiName: {
      const std::string wide_space = "\u3000";
      auto sp = v.find(wide_space);
      if (!is_fullwidth_text(v)) bad("must be full-width characters only (no half-width space or 半角カナ)");
      else if (sp == std::string::npos || sp == 0 || sp + wide_space.size() == v.size() ||
               v.find(wide_space, sp + 1) != std::string::npos)
        bad("needs exactly one full-width space between family and given name");
      else if (static_cast<int>(sjis_length(v)) > spec.max) bad("is longer than " + std::to_string(spec.max) + " bytes");
      break;
    }
    case ItemKind::kKanaText:
      if (!is_halfwidth_kana_text(v, " !\"#$%&'()*+-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}"))
        bad("must be 半角カナ, ASCII letters, digits or symbols");
      else if (v.find("  ") != std::string::npos) bad("has two spaces in a row");
      else if (static_cast<int>(sjis_length(v)) > spec.max) bad("is longer than " + std::to_string(spec.max) + " bytes");
      break;
    case ItemKind::kWideText:
      if (!is_fullwidth_text(v)) bad("must be full-width characters only (no half-width space)");
      else if (static_cast<int>(sjis_length(v)) > spec.max) bad("is longer than " + std::to_string(spec.max) + " bytes");
      break;
    case ItemKind::kText:
      if (static_cast<int>(sjis_length(v)) > spec.max) bad("is longer than " + std::to_string(spec.max) + " bytes");
      break;
  }
}

std::int64_t num(const std::string& s) { return all_digits(s) && s.size() <= 12 ? std::stoll(s) : -1; }
std::int64_t cap7(std::int64_t v) { return std::min<std::int64_t>(v, 9'999'999); }

struct Ctx {
  const FormSpec& f;
  const std::vector<std::string>& it;
  const CheckOptions& opt;
  std::vector<Problem>& out;
  const std::string& at(int no) const { return it[no - 1]; }
  bool blank(int no) const { return it[no - 1].empty(); }
  bool is1(int no) const { return it[no - 1] == "1"; }
  void bad(int no, std::string m) { out.push_back({no, std::move(m)}); }
  bool item_ok(int no) const {
    for (const auto& p : out)
      if (p.item == no) return false;
    return true;
  }
  /// Date from an era item + YYMMDD item; reports an invalid date once.
  std::optional<Date> date(int era, int ymd) {
    if (blank(era) || blank(ymd) || !item_ok(era) || !item_ok(ymd)) return std::nullopt;
    auto d = parse_era_date(at(era), at(ymd));
    if (!d) {
      bad(ymd, "is not a real date in that 元号");
      return std::nullopt;
    }
    return *d;
  }
  void not_after_check_date(int ymd, const std::optional<Date>& d) {
    if (d && opt.as_of && *d > *opt.as_of) bad(ymd, "is after the check date " + iso(*opt.as_of));
  }
  void pair(int a, int b) {
    if (blank(a) != blank(b)) bad(blank(a) ? a : b, "must be filled together with " + item_label(f, blank(a) ? b : a));
  }
  void month(int no) {
    if (!blank(no) && item_ok(no)) {
      auto m = num(at(no));
      if (m < 1 || m > 12) bad(no, "'" + at(no) + "' is not a month 01–12");
    }
  }
  /// 個人番号 only for 70歳以上被用者 (flag item), and 70+ needs 個人番号 or 基礎年金番号.
  void my_number_70(int mn, int b1, int b2, int flag70) {
    if (!blank(mn) && !is1(flag70)) bad(mn, "may only be given for a 70歳以上被用者 (" + item_label(f, flag70) + " = 1)");
    pair(b1, b2);
    if (is1(flag70) && blank(mn) && (blank(b1) || blank(b2)))
      bad(b1, "is required for a 70歳以上被用者 when 個人番号 is not given");
  }
  void only_70(int only, int seiri, int flag70) {
    if (!is1(only)) return;
    if (!blank(seiri)) bad(seiri, "must be blank when " + item_label(f, only) + " = 1");
    if (!is1(flag70)) bad(flag70, "must be 1 when " + item_label(f, only) + " = 1");
  }
  /// 合計 = 通貨 + 現物 (capped at 9,999,999).
  void sum(int cash, int kind, int total) {
    if (blank(total) || !item_ok(total)) return;
    auto c = blank(cash) ? 0 : num(at(cash));
    auto k = blank(kind) ? 0 : num(at(kind));
    if (c < 0 || k < 0) return;
    if (num(at(total)) != cap7(c + k))
      bad(total, "must equal " + item_label(f, cash) + " + " + item_label(f, kind) + " (" + std::to_string(cap7(c + k)) + ")");
  }
};

void check_common(Ctx& c, int o) {
  auto birth = c.date(8 + o, 9 + o);
  if (birth && c.opt.as_of && *birth > *c.opt.as_of) c.bad(9 + o, "birth date is after the check date");
}

void check_santei_gekkaku(Ctx& c, bool gekkaku) {
  // 適用年月 / 改定年月 (10–12) and 従前の改定月 (15–17).
  c.month(12);
  if (c.item_ok(10) && c.item_ok(11) && c.item_ok(12) && !c.blank(11) && !c.blank(12) && num(c.at(12)) >= 1 && num(c.at(12)) <= 12) {
    if (!parse_era_date(c.at(10), c.at(11) + c.at(12) + "01")) c.bad(11, "is not a year of that 元号");
  }
  c.month(17);
  for (int no : {13, 14})
    if (c.at(no) == "0000") c.bad(no, "must not be 0000 (thousands of yen)");
  c.pair(18, 19);
  c.month(18);
  c.pair(20, 21);
  if (gekkaku) c.month(20);
  int days[3] = {-1, -1, -1};
  bool short_time = gekkaku ? c.is1(45) : c.is1(49);
  for (int i = 0; i < 3; ++i) {
    int no = 25 + i;
    if (c.blank(no) || !c.item_ok(no)) continue;
    days[i] = static_cast<int>(num(c.at(no)));
    int lo = gekkaku ? (short_time ? 11 : 17) : 0;
    if (days[i] < lo || days[i] > 31)
      c.bad(no, "'" + c.at(no) + "' days is outside " + std::to_string(lo) + "–31" +
                    (gekkaku ? (short_time ? " (短時間労働者)" : " (11 only for 短時間労働者)") : ""));
  }
  for (int i = 0; i < 3; ++i) c.sum(28 + i, 31 + i, 34 + i);
  if (gekkaku) {
    // 給与支給月: three consecutive months; 前一ヶ月 + 1 = 改定年月(月).
    for (int no : {22, 23, 24}) c.month(no);
    if (c.item_ok(22) && c.item_ok(23) && c.item_ok(24) && c.item_ok(12) && !c.blank(12)) {
      auto a = num(c.at(22)), b = num(c.at(23)), d = num(c.at(24)), m = num(c.at(12));
      if (b != a % 12 + 1 || d != b % 12 + 1) c.bad(22, "給与支給月 must be three consecutive months");
      else if (m != d % 12 + 1) c.bad(12, "改定年月(月) must be the month after 給与支給月(前一ヶ月)");
    }
    // 総計 = Σ 合計 (cap); 平均額 = floor(総計 / 3) ≥ 1000 unless 修正平均額.
    if (!c.blank(37) && c.item_ok(37)) {
      std::int64_t s = 0;
      bool ok = true;
      for (int no : {34, 35, 36}) {
        auto v = num(c.at(no));
        if (v < 0) ok = false; else s += v;
      }
      if (ok && num(c.at(37)) != cap7(s)) c.bad(37, "must equal the sum of 合計 1–3 (" + std::to_string(cap7(s)) + ")");
      if (ok && !c.blank(38) && c.item_ok(38) && num(c.at(38)) != cap7(s / 3))
        c.bad(38, "must be 総計 ÷ 3 with yen fractions cut off (" + std::to_string(cap7(s / 3)) + ")");
    }
    if (!c.blank(38) && c.item_ok(38) && num(c.at(38)) < 1000 && c.blank(39)) c.bad(38, "must be at least 1000");
    c.my_number_70(40, 41, 42, 43);
    c.only_70(49, 5, 43);
  } else {
    // 総計 over the qualifying months (≥ 17 days; 11 for 短時間; 15-day rule for パート).
    int thr = santei_threshold(days, short_time, c.is1(50));
    std::int64_t s = 0;
    int n = 0;
    bool ok = true;
    for (int i = 0; i < 3; ++i) {
      if (days[i] < thr) continue;
      auto v = num(c.at(34 + i));
      if (v < 0) { ok = false; continue; }
      s += v;
      ++n;
    }
    if (ok && !c.blank(37) && c.item_ok(37) && num(c.at(37)) != cap7(s))
      c.bad(37, "must equal the sum of 合計 over the months of at least " + std::to_string(thr) + " days (" + std::to_string(cap7(s)) + ")");
    if (ok && n > 0 && !c.blank(38) && c.item_ok(38) && num(c.at(38)) != cap7(s / n))
      c.bad(38, "must be 総計 ÷ " + std::to_string(n) + " qualifying months with yen fractions cut off (" + std::to_string(cap7(s / n)) + ")");
    if (n > 0 && (c.blank(37) || c.blank(38)) && !c.is1(53)) c.bad(c.blank(37) ? 37 : 38, "is required when a month qualifies");
    c.my_number_70(40, 41, 42, 43);
    c.only_70(53, 5, 43);
  }
  if (!c.blank(39) && c.item_ok(39) && num(c.at(39)) < 1000) c.bad(39, "must be at least 1000");
}

void check_shoyo(Ctx& c) {
  auto paid = c.date(10, 11);
  c.not_after_check_date(11, paid);
  if (!c.blank(14) && c.item_ok(14)) {
    auto cash = c.blank(12) ? 0 : num(c.at(12));
    auto kind = c.blank(13) ? 0 : num(c.at(13));
    auto total = num(c.at(14));
    if (cash >= 0 && kind >= 0) {
      std::int64_t s = cash + kind;
      // Conflict (reference §7.2): [RK-CHK] 9999999, [KIRICO] 9999000 when 通貨+現物 ≥ 10,000,000.
      bool ok = s >= 9'999'999 ? (total == 9'999'999 || total == 9'999'000) : total == s / 1000 * 1000;
      if (!ok)
        c.bad(14, "must be 通貨 + 現物 with amounts below 1,000 yen cut off (" +
                      std::to_string(s >= 9'999'999 ? 9'999'999 : s / 1000 * 1000) + ")");
    }
    if (total >= 0 && total < 1000) c.bad(14, "must be at least 1000");
  }
  c.my_number_70(15, 16, 17, 18);
  c.only_70(21, 5, 18);
  if (!c.blank(20) && c.item_ok(20)) {
    auto d = num(c.at(20));
    if (d < 1 || d > 31) c.bad(20, "'" + c.at(20) + "' is not a day 01–31");
    else if (paid && d > paid->day()) c.bad(20, "the first payment day must not be after the 賞与支払年月日");
  }
}

void check_shutoku(Ctx& c) {
  bool only70 = c.is1(33);
  if (only70) {
    if (!c.blank(11)) c.bad(11, "must be blank when 70歳以上被用者届のみ提出 = 1");
    if (!c.blank(12)) c.bad(12, "must be blank when 70歳以上被用者届のみ提出 = 1");
    if (!c.blank(6)) c.bad(6, "must be blank when 70歳以上被用者届のみ提出 = 1");
    if (!c.is1(24)) c.bad(24, "must be 1 when 70歳以上被用者届のみ提出 = 1");
  } else {
    if (c.blank(12)) c.bad(12, "is required");
    else if (c.blank(11) && (c.at(12) == "1" || c.at(12) == "3" || c.at(12) == "4")) c.bad(11, "is required when 取得区分 is 1, 3 or 4");
  }
  bool has_mn = !c.blank(13);
  if (has_mn) {
    if (!c.blank(14)) c.bad(14, "must be blank when 個人番号 is given");
    for (int no : {29, 30, 31, 32})
      if (!c.blank(no)) c.bad(no, "must be blank when 個人番号 is given");
  } else {
    for (int no : {29, 30, 31})
      if (c.blank(no)) c.bad(no, "is required when 個人番号 is not given");
    if (c.blank(15) && c.at(14) == "3") c.bad(15, "is required when 個人番号 is not given and 理由 = 3");
  }
  c.pair(16, 17);
  if (!c.blank(16) && (c.at(12) == "3" || c.at(12) == "4")) c.bad(16, "must be blank when 取得区分 is 3 or 4");
  auto birth = c.date(9, 10);
  auto acquired = c.date(18, 19);
  c.not_after_check_date(19, acquired);
  if (birth && acquired && c.is1(24) && *acquired < reaches_age_on(*birth, 70))
    c.bad(19, "is before the person reaches 70, but 70歳以上被用者該当 = 1");
  c.sum(21, 22, 23);
  if (!c.blank(23) && c.item_ok(23) && num(c.at(23)) < 1000) c.bad(23, "must be at least 1000");
}

void check_soshitsu(Ctx& c) {
  bool only70 = c.is1(27);
  c.pair(12, 13);
  if (c.blank(11) && c.blank(12)) c.bad(12, "基礎年金番号 is required when 個人番号 is not given");
  if (only70) {
    if (!c.blank(6)) c.bad(6, "must be blank when 70歳以上被用者届のみ提出 = 1");
    if (!c.blank(14) || !c.blank(15)) c.bad(14, "資格喪失年月日 must be blank when 70歳以上被用者届のみ提出 = 1");
    if (!c.is1(24)) c.bad(24, "must be 1 when 70歳以上被用者届のみ提出 = 1");
  } else {
    if (c.blank(14)) c.bad(14, "is required");
    if (c.blank(15)) c.bad(15, "is required");
  }
  auto birth = c.date(9, 10);
  auto lost = c.date(14, 15);
  auto left = c.date(17, 18);
  c.not_after_check_date(15, lost);
  if (birth && lost && *lost <= *birth) c.bad(15, "must be after the birth date");
  const std::string& cause = c.at(16);
  bool retire_or_death = cause == "4" || cause == "5";
  if (retire_or_death) {
    if (c.blank(17) || c.blank(18)) c.bad(c.blank(17) ? 17 : 18, "退職日・死亡日 is required when 原因 is 4 or 5");
    if (lost && left && *lost != *left + boost::gregorian::days(1))
      c.bad(15, "資格喪失年月日 must be the day after 退職日・死亡日 (" + iso(*left + boost::gregorian::days(1)) + ")");
  } else if (!c.blank(17) || !c.blank(18)) {
    c.bad(17, "退職日・死亡日 must be blank unless 原因 is 4 or 5");
  }
  if (cause == "7" && birth && lost && *lost < reaches_age_on(*birth, 75) + boost::gregorian::days(1))
    c.bad(15, "loss at 75 (原因 7) must be on or after the 75th birthday");
  if (c.is1(24)) {
    auto not70 = c.date(25, 26);
    if (c.blank(25) || c.blank(26)) c.bad(c.blank(25) ? 25 : 26, "不該当年月日 is required when 70歳不該当 = 1");
    if (retire_or_death && not70 && left && *not70 != *left)
      c.bad(26, "不該当年月日 must equal 退職日・死亡日 (not + 1 day)");
  } else if (!c.blank(25) || !c.blank(26)) {
    c.bad(25, "不該当年月日 must be blank unless 70歳不該当 = 1");
  }
}

}  // namespace

int santei_threshold(const int days[3], bool short_time, bool part_time) {
  if (short_time) return 11;
  bool any17 = false;
  for (int i = 0; i < 3; ++i) any17 = any17 || days[i] >= 17;
  return (part_time && !any17) ? 15 : 17;
}

std::vector<Problem> check_record(const std::vector<std::string>& items, const CheckOptions& opt) {
  std::vector<Problem> out;
  if (items.empty()) return {{0, "empty record"}};
  const FormSpec* f = form_spec(items[0]);
  if (!f) return {{1, "unknown 様式コード '" + items[0].substr(0, 10) + "'"}};
  if (items.size() != f->items.size())
    return {{0, std::string(f->code) + " " + f->title + " has " + std::to_string(f->items.size()) + " items, the record has " +
                    std::to_string(items.size())}};
  for (const auto& spec : f->items) check_item(spec, items[spec.no - 1], out);
  Ctx c{*f, items, opt, out};
  check_common(c, f->name_offset);
  std::string code = f->code;
  if (code == "2225700") check_santei_gekkaku(c, false);
  else if (code == "2221700") check_santei_gekkaku(c, true);
  else if (code == "2265700") check_shoyo(c);
  else if (code == "2200700") check_shutoku(c);
  else if (code == "2201700") check_soshitsu(c);
  std::stable_sort(out.begin(), out.end(), [](const Problem& a, const Problem& b) { return a.item < b.item; });
  return out;
}

}  // namespace kyuyo::forms::shaho
