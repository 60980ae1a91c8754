// 月額変更届 2221700. Source: shared/reference/social-insurance.md §4.2, §5.4.2.
#include "kyuyo/forms/shaho/gekkaku_record.hpp"

#include "kyuyo/forms/shaho/shaho_text.hpp"

namespace kyuyo::forms::shaho {

Built build_gekkaku(const GekkakuInput& in) {
  detail::RecordBuilder b("2221700", in.person);
  b.office_and_person(in.office, in.person);
  if (in.over70_only) b.set(5, "");
  EraMonth rev = era_month(in.revision);
  b.set(10, rev.era);
  b.set(11, rev.yy);
  b.set(12, rev.mm);
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
  Yen total;
  for (int i = 0; i < 3; ++i) {
    const MonthPay& m = in.months[i];
    b.set(22 + i, two(in.revision.plus_months(i - 3).month));
    b.set(25 + i, two(m.base_days));
    b.set(28 + i, amount7(m.cash));
    b.set(31 + i, amount7(m.in_kind));
    b.set(34 + i, amount7(m.cash + m.in_kind));
    total += min(m.cash + m.in_kind, Yen(9'999'999));  // Σ of the 合計 as written (each capped)
  }
  b.set(37, amount7(total));
  b.set(38, amount7(Yen(total.value() / 3)));  // 総計 ÷ 3, yen fractions cut off ([RK-CHK] 項番38)
  if (in.corrected_average) b.set(39, amount7(*in.corrected_average));
  b.record().wants_my_number = in.over70;
  if (in.over70) {
    b.basic_pension_number(41, in.person.basic_pension_number);
    b.set(43, "1");
  }
  if (in.two_offices) b.set(44, "1");
  if (in.short_time) b.set(45, "1");
  b.set(46, in.reason);
  if (in.health_only) b.set(47, "1");
  b.set(48, in.remarks);
  if (in.over70_only) b.set(49, "1");
  return b.finish(std::nullopt);
}

}  // namespace kyuyo::forms::shaho
