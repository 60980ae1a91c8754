// 賞与支払届 2265700. Source: shared/reference/social-insurance.md §2.2, §4.3, §5.4.3.
#include "kyuyo/forms/shaho/shoyo_record.hpp"

#include <algorithm>

#include "kyuyo/core/rounding.hpp"
#include "kyuyo/forms/shaho/shaho_text.hpp"

namespace kyuyo::forms::shaho {

Built build_shoyo(const ShoyoInput& in, const std::optional<Date>& as_of) {
  detail::RecordBuilder b("2265700", in.person);
  b.office_and_person(in.office, in.person);
  if (in.over70_only) b.set(5, "");
  if (in.payments.empty()) {
    b.error(11, "no bonus payment given");
    return b.finish(as_of);
  }
  std::vector<BonusPayment> ps = in.payments;
  std::sort(ps.begin(), ps.end(), [](const BonusPayment& a, const BonusPayment& c) { return a.paid_on < c.paid_on; });
  Yen cash, kind;
  for (const auto& p : ps) {
    if (YearMonth::of(p.paid_on) != YearMonth::of(ps.front().paid_on)) {
      b.error(11, "bonuses paid in different months (" + iso(ps.front().paid_on) + ", " + iso(p.paid_on) +
                      ") are separate 賞与支払届 records");
      return b.finish(as_of);
    }
    cash += p.cash;
    kind += p.in_kind;
  }
  EraDate paid = era_date(ps.back().paid_on);
  b.set(10, paid.era);
  b.set(11, paid.yymmdd);
  b.set(12, amount7(cash));
  b.set(13, amount7(kind));
  Yen sum = cash + kind;
  // 合計: amounts below ¥1,000 cut off (標準賞与額 definition, [HRS]); cap 9999999 ([RK-CHK]).
  b.set(14, sum.value() >= 9'999'999 ? std::string("9999999") : *amount7(rounding::truncate_to_1000_yen(sum)));
  b.record().wants_my_number = in.over70;
  if (in.over70) {
    b.basic_pension_number(16, in.person.basic_pension_number);
    b.set(18, "1");
  }
  if (in.two_offices) b.set(19, "1");
  if (ps.size() > 1) b.set(20, two(ps.front().paid_on.day()));
  if (in.over70_only) b.set(21, "1");
  return b.finish(as_of);
}

}  // namespace kyuyo::forms::shaho
