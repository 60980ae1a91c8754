#include "kyuyo/core/date.hpp"

#include <charconv>

namespace kyuyo {
namespace {
bool to_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

struct EraStart {
  Era era;
  Date start;
};
// Gregorian start dates of each era (元号法 and the 改元 政令). 明治 is counted from 1873-01-01,
// the adoption of the Gregorian calendar; earlier dates are out of range.
const EraStart kEras[] = {
    {Era::kReiwa, Date(2019, 5, 1)},
    {Era::kHeisei, Date(1989, 1, 8)},
    {Era::kShowa, Date(1926, 12, 25)},
    {Era::kTaisho, Date(1912, 7, 30)},
    {Era::kMeiji, Date(1868, 1, 25)},
};
Date era_base_year_start(Era e) {
  switch (e) {
    case Era::kReiwa: return Date(2019, 1, 1);
    case Era::kHeisei: return Date(1989, 1, 1);
    case Era::kShowa: return Date(1926, 1, 1);
    case Era::kTaisho: return Date(1912, 1, 1);
    case Era::kMeiji: return Date(1868, 1, 1);
  }
  return Date(1868, 1, 1);
}
}  // namespace

Result<Date> parse_date(std::string_view text) {
  char sep = 0;
  for (char c : text)
    if (c == '-' || c == '/') { sep = c; break; }
  auto bad = [&] { return fail(ErrorCode::kInvalidInput, "not a date (expected YYYY-MM-DD): '" + std::string(text) + "'"); };
  if (!sep) return bad();
  auto p1 = text.find(sep);
  auto p2 = text.find(sep, p1 + 1);
  if (p2 == std::string_view::npos) return bad();
  int y, m, d;
  if (p1 != 4 || !to_int(text.substr(0, p1), y) || !to_int(text.substr(p1 + 1, p2 - p1 - 1), m) ||
      !to_int(text.substr(p2 + 1), d))
    return bad();
  if (sep == '-' && (p2 - p1 - 1 != 2 || text.size() - p2 - 1 != 2)) return bad();
  if (y < 1868 || y > 9999 || m < 1 || m > 12 || d < 1) return bad();
  if (d > boost::gregorian::gregorian_calendar::end_of_month_day(y, m))
    return fail(ErrorCode::kInvalidInput, "no such day: '" + std::string(text) + "'");
  return Date(y, m, d);
}

namespace {
// "YYYY-MM" (and "-DD") without snprintf: formatted for every slip of a pay run. Years outside
// 0–9999 (not representable by boost::gregorian anyway) take the printf path.
void put2(char* p, int v) {
  p[0] = static_cast<char>('0' + v / 10);
  p[1] = static_cast<char>('0' + v % 10);
}
bool put_year_month(char* p, int y, int m) {
  if (y < 0 || y > 9999 || m < 0 || m > 99) return false;
  put2(p, y / 100);
  put2(p + 2, y % 100);
  p[4] = '-';
  put2(p + 5, m);
  return true;
}
}  // namespace

std::string iso(const Date& d) {
  char buf[16];
  const int y = static_cast<int>(d.year()), m = static_cast<int>(d.month()), day = static_cast<int>(d.day());
  if (put_year_month(buf, y, m)) {
    buf[7] = '-';
    put2(buf + 8, day);
    return std::string(buf, 10);
  }
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, day);
  return buf;
}

Result<YearMonth> YearMonth::parse(std::string_view text) {
  int y, m;
  if (text.size() != 7 || text[4] != '-' || !to_int(text.substr(0, 4), y) || !to_int(text.substr(5, 2), m) ||
      m < 1 || m > 12 || y < 1868)
    return fail(ErrorCode::kInvalidInput, "not a month (expected YYYY-MM): '" + std::string(text) + "'");
  return YearMonth{y, m};
}

YearMonth YearMonth::plus_months(int n) const {
  int idx = year * 12 + (month - 1) + n;
  return YearMonth{idx / 12, idx % 12 + 1};
}

std::string YearMonth::str() const {
  char buf[16];
  if (put_year_month(buf, year, month)) return std::string(buf, 7);
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

int age_at(const Date& birth, const Date& on) {
  // 年齢計算ニ関スル法律: age increases at the start of the birthday (the end of the day before).
  int age = on.year() - birth.year();
  if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day())) --age;
  return age;
}

Date reaches_age_on(const Date& birth, int years) {
  // The day before the anniversary (for 2/29 births in non-leap years the anniversary is 3/1).
  int y = birth.year() + years;
  Date anniversary = (birth.month() == 2 && birth.day() == 29 && !boost::gregorian::gregorian_calendar::is_leap_year(y))
                         ? Date(y, 3, 1)
                         : Date(y, birth.month(), birth.day());
  return anniversary - boost::gregorian::days(1);
}

Wareki to_wareki(const Date& d) {
  for (const auto& x : kEras) {
    if (d >= x.start) {
      int year = d.year() - era_base_year_start(x.era).year() + 1;
      return Wareki{x.era, year, d.month(), d.day()};
    }
  }
  throw KyuyoError(ErrorCode::kInvalidInput, "date before 明治: " + iso(d));
}

Result<Date> from_wareki(Era era, int year, int month, int day) {
  if (year < 1 || month < 1 || month > 12 || day < 1)
    return fail(ErrorCode::kInvalidInput, "invalid 和暦 date");
  int gy = era_base_year_start(era).year() + year - 1;
  if (day > boost::gregorian::gregorian_calendar::end_of_month_day(gy, month))
    return fail(ErrorCode::kInvalidInput, "invalid 和暦 date");
  Date d(gy, month, day);
  Wareki w = to_wareki(d);
  if (w.era != era) return fail(ErrorCode::kInvalidInput, "date outside the era " + era_name(era));
  return d;
}

std::string era_name(Era e) {
  switch (e) {
    case Era::kMeiji: return "明治";
    case Era::kTaisho: return "大正";
    case Era::kShowa: return "昭和";
    case Era::kHeisei: return "平成";
    case Era::kReiwa: return "令和";
  }
  return "";
}
std::string era_letter(Era e) {
  switch (e) {
    case Era::kMeiji: return "M";
    case Era::kTaisho: return "T";
    case Era::kShowa: return "S";
    case Era::kHeisei: return "H";
    case Era::kReiwa: return "R";
  }
  return "";
}
int nenkin_era_code(Era e) {
  switch (e) {
    case Era::kMeiji: return 1;
    case Era::kTaisho: return 3;
    case Era::kShowa: return 5;
    case Era::kHeisei: return 7;
    case Era::kReiwa: return 9;
  }
  return 0;
}
int etax_era_code(Era e) {
  switch (e) {
    case Era::kMeiji: return 1;
    case Era::kTaisho: return 2;
    case Era::kShowa: return 3;
    case Era::kHeisei: return 4;
    case Era::kReiwa: return 5;
  }
  return 0;
}

std::string wareki_string(const Date& d) {
  Wareki w = to_wareki(d);
  std::string y = w.year == 1 ? "元" : std::to_string(w.year);
  return era_name(w.era) + y + "年" + std::to_string(w.month) + "月" + std::to_string(w.day) + "日";
}

std::string wareki_year(int gregorian_year) {
  Wareki w = to_wareki(Date(gregorian_year, 12, 31));
  return era_name(w.era) + (w.year == 1 ? std::string("元") : std::to_string(w.year)) + "年";
}

}  // namespace kyuyo
