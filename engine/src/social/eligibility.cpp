#include "kyuyo/social/eligibility.hpp"

namespace kyuyo::social {

YearMonth premium_month_for_pay(const Date& pay_date, model::PremiumCollection c) {
  auto m = YearMonth::of(pay_date);
  return c == model::PremiumCollection::kCurrentMonth ? m : m.plus_months(-1);
}

std::vector<YearMonth> premium_months_for_pay(const Date& pay_date, model::PremiumCollection c, const Date& acquired,
                                              const std::optional<Date>& lost, bool last_pay) {
  std::vector<YearMonth> out;
  const auto base = premium_month_for_pay(pay_date, c);
  if (covered_in(base, acquired, lost)) out.push_back(base);
  const auto own = YearMonth::of(pay_date);
  if (c == model::PremiumCollection::kNextMonth && last_pay && lost && covered_in(own, acquired, lost))
    out.push_back(own);
  return out;
}

bool covered_in(const YearMonth& m, const Date& acquired, const std::optional<Date>& lost) {
  if (acquired.is_special()) return false;
  if (m < YearMonth::of(acquired)) return false;
  if (lost && !lost->is_special() && m >= YearMonth::of(*lost)) return false;
  return true;
}

Date loss_date_after_leaving(const Date& last_day_of_employment) {
  return last_day_of_employment + boost::gregorian::days(1);
}

YearMonth care_first_month(const Date& birth) { return YearMonth::of(reaches_age_on(birth, 40)); }
YearMonth care_end_month(const Date& birth) { return YearMonth::of(reaches_age_on(birth, 65)); }
bool care_applies(const Date& birth, const YearMonth& m) {
  return m >= care_first_month(birth) && m < care_end_month(birth);
}

YearMonth pension_end_month(const Date& birth) { return YearMonth::of(reaches_age_on(birth, 70)); }
// The 75th birthday = the day after one reaches 75 in law (for 29 February births: 1 March).
YearMonth health_end_month(const Date& birth) {
  return YearMonth::of(reaches_age_on(birth, 75) + boost::gregorian::days(1));
}

bool leave_exempts_month(const LeavePeriod& p, const YearMonth& m) {
  if (p.start.is_special() || p.end.is_special() || p.end < p.start) return false;
  const auto first = YearMonth::of(p.start);
  const auto stop = YearMonth::of(p.end + boost::gregorian::days(1));
  if (m >= first && m < stop) return true;
  if (p.kind == LeaveKind::kChildcare && first == m && YearMonth::of(p.end) == m &&
      (p.end - p.start).days() + 1 >= 14)
    return true;
  return false;
}

Date first_day_beyond_one_month(const Date& start) {
  // 民法143条2項: a month counted from `start` ends the day before its 応当日 (the same day of the
  // next month), or at the end of the next month when that month has no such day. The first day
  // beyond it is therefore the 応当日 itself, or the first day of the month after next.
  const YearMonth next = YearMonth::of(start).plus_months(1);
  const int last = next.last_day().day();
  if (start.day() <= last) return Date(next.year, next.month, start.day());
  return next.plus_months(1).first_day();
}

bool leave_exempts_bonus(const LeavePeriod& p, const YearMonth& m) {
  if (p.start.is_special() || p.end.is_special() || p.end < p.start) return false;
  const auto first = YearMonth::of(p.start);
  const auto stop = YearMonth::of(p.end + boost::gregorian::days(1));
  if (!(m >= first && m < stop)) return false;
  if (p.kind == LeaveKind::kChildcare) return p.end >= first_day_beyond_one_month(p.start);
  return true;
}

}  // namespace kyuyo::social
