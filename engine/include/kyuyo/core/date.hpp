#pragma once
/// \brief Calendar dates (boost::gregorian), year-months (premium months, pay periods) and
/// 和暦 conversion with the era codes the filings use. The engine never reads a clock:
/// every "as of" date is an argument.
#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <compare>
#include <string>
#include <string_view>

#include "kyuyo/core/error.hpp"

namespace kyuyo {

using Date = boost::gregorian::date;

/// Parses "YYYY-MM-DD" (also accepts "YYYY/MM/DD" and "YYYY/M/D" as Excel writes them).
Result<Date> parse_date(std::string_view text);
/// "YYYY-MM-DD".
std::string iso(const Date& d);

/// A calendar month: premium months (…月分), pay periods, 定時決定 months.
struct YearMonth {
  int year = 0;
  int month = 0;  ///< 1..12

  static Result<YearMonth> parse(std::string_view text);  ///< "YYYY-MM"
  static YearMonth of(const Date& d) { return {d.year(), d.month()}; }
  Date first_day() const { return Date(year, month, 1); }
  Date last_day() const { return first_day().end_of_month(); }
  YearMonth plus_months(int n) const;
  int months_since(const YearMonth& o) const { return (year - o.year) * 12 + (month - o.month); }
  /// 4月始まりの年度 (April–March), e.g. 2026-03 → 2025.
  int fiscal_year() const { return month >= 4 ? year : year - 1; }
  std::string str() const;  ///< "YYYY-MM"
  auto operator<=>(const YearMonth&) const = default;
};

/// Age in whole years on a date (民法: the age increases at the end of the day before the
/// birthday, 年齢計算ニ関スル法律). Use age_at for "満年齢 on date".
int age_at(const Date& birth, const Date& on);
/// The day on which one reaches `years` of age in law: the day before the birthday.
Date reaches_age_on(const Date& birth, int years);

enum class Era { kMeiji, kTaisho, kShowa, kHeisei, kReiwa };

struct Wareki {
  Era era;
  int year;  ///< 1 for 元年
  int month;
  int day;
};

Wareki to_wareki(const Date& d);
/// Inverse of to_wareki; errors for dates outside the era or invalid days.
Result<Date> from_wareki(Era era, int year, int month, int day);

std::string era_name(Era e);         ///< 令和
std::string era_letter(Era e);       ///< R, H, S, T, M
/// 日本年金機構 届書 (CSV形式届書作成仕様書) era codes: 1 明治, 3 大正, 5 昭和, 7 平成, 9 令和.
int nenkin_era_code(Era e);
/// e-Tax / 法定調書 era codes: 1 明治, 2 大正, 3 昭和, 4 平成, 5 令和.
int etax_era_code(Era e);
/// "令和8年1月15日" (元年 for year 1).
std::string wareki_string(const Date& d);
/// "令和8年" for a tax year (as of 31 December, or 1 January for the year 2019 edge:
/// 2019 is 令和元年分 per 国税庁 practice).
std::string wareki_year(int gregorian_year);

}  // namespace kyuyo
