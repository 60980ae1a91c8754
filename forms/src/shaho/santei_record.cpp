// 算定基礎届 2225700. Source: shared/reference/social-insurance.md §4.1, §5.4.1.
#include "kyuyo/forms/shaho/santei_record.hpp"

#include <algorithm>

#include "kyuyo/forms/shaho/record_check.hpp"
#include "kyuyo/forms/shaho/shaho_text.hpp"

namespace kyuyo::forms::shaho {

Built build_santei(const SanteiInput& in) {
  detail::RecordBuilder b("2225700", in.person);
  b.office_and_person(in.office, in.person);
  if (in.over70_only) b.set(5, "");
  EraMonth applies = era_month(YearMonth{in.year, 9});
  b.set(10, applies.era);
  b.set(11, applies.yy);
  b.set(12, applies.mm);
  if (in.previous_health) b.set(13, thousands4(*in.previous_health));
  if (in.previous_pension) b.set(14, thousands4(*in.previous_pension));
  EraMonth prev = era_month(in.previous_revision);
  b.set(15, prev.era);
  b.set(16, prev.yy);
  b.set(17, prev.mm);
  if (in.raise_month) {
    b.set(18, two(*in.raise_month));
    b.set(19, std::to_string(in.raise_kind));
  }
  if (in.retro_month) {
    b.set(20, two(*in.retro_month));
    b.set(21, amount7(in.retro_amount));
  }
  b.set(22, "04");
  b.set(23, "05");
  b.set(24, "06");
  int days[3] = {-1, -1, -1};
  for (int i = 0; i < 3; ++i) {
    if (!in.months[i]) continue;  // nothing paid that month: the items stay blank
    const MonthPay& m = *in.months[i];
    days[i] = m.base_days;
    b.set(25 + i, two(m.base_days));
    b.set(28 + i, amount7(m.cash));
    b.set(31 + i, amount7(m.in_kind));
    b.set(34 + i, amount7(m.cash + m.in_kind));
  }
  int thr = santei_threshold(days, in.short_time, in.part_time);
  Yen total;
  int n = 0;
  for (int i = 0; i < 3; ++i) {
    if (!in.months[i] || days[i] < thr) continue;
    // Σ of the 合計 as written (each capped at 9,999,999), so the file is self-consistent.
    total += std::min(in.months[i]->cash + in.months[i]->in_kind, Yen(9'999'999));
    ++n;
  }
  if (n > 0) {
    b.set(37, amount7(total));
    // 平均額: 総計 ÷ qualifying months, yen fractions cut off ([KJ], [KIRICO] "1 円未満は切り捨て").
    b.set(38, amount7(Yen(total.value() / n)));
  }
  if (in.corrected_average) b.set(39, amount7(*in.corrected_average));
  b.record().wants_my_number = in.over70;
  if (in.over70) b.basic_pension_number(41, in.person.basic_pension_number);
  if (in.over70) b.set(43, "1");
  b.set(44, in.over70_months);
  if (in.two_offices) b.set(45, "1");
  if (in.change_expected) b.set(46, "1");
  if (in.joined_midway) b.set(47, "1");
  if (in.on_leave) b.set(48, "1");
  if (in.short_time) b.set(49, "1");
  if (in.part_time) b.set(50, "1");
  if (in.annual_average) b.set(51, "1");
  b.set(52, in.remarks);
  if (in.over70_only) b.set(53, "1");
  return b.finish(std::nullopt);
}

}  // namespace kyuyo::forms::shaho
