// 資格喪失届 2201700. Source: shared/reference/social-insurance.md §4.4, §4.5, §5.4.5.
#include "kyuyo/forms/shaho/soshitsu_record.hpp"

#include "kyuyo/forms/shaho/shaho_text.hpp"

namespace kyuyo::forms::shaho {

Built build_soshitsu(const SoshitsuInput& in, const std::optional<Date>& as_of) {
  detail::RecordBuilder b("2201700", in.person);
  b.office_and_person(in.office, in.person);
  b.record().wants_my_number = in.want_my_number;
  // 基礎年金番号: always written when known (required when the vault gives no 個人番号).
  b.basic_pension_number(12, in.person.basic_pension_number);
  bool retire_or_death = in.cause == LossCause::kRetirement || in.cause == LossCause::kDeath;
  std::optional<Date> lost = in.lost_on;
  if (!lost && retire_or_death && in.left_on) lost = *in.left_on + boost::gregorian::days(1);  // 退職日の翌日
  if (!lost && in.cause == LossCause::kAge75) lost = reaches_age_on(in.person.birth_date, 75) + boost::gregorian::days(1);
  if (in.over70_only) {
    b.set(6, "");
  } else if (lost) {
    EraDate l = era_date(*lost);
    b.set(14, l.era);
    b.set(15, l.yymmdd);
  } else {
    b.error(15, "資格喪失年月日 is unknown (give 退職日/死亡日)");
  }
  b.set(16, std::to_string(static_cast<int>(in.cause)));
  if (retire_or_death && in.left_on) {
    EraDate d = era_date(*in.left_on);
    b.set(17, d.era);
    b.set(18, d.yymmdd);
  }
  if (in.two_offices) b.set(19, "1");
  if (in.rehired) b.set(20, "1");
  b.set(21, in.remarks);
  if (in.cards_attached) b.set(22, std::to_string(*in.cards_attached));
  if (in.cards_unreturnable) b.set(23, std::to_string(*in.cards_unreturnable));
  if (in.over70) {
    b.set(24, "1");
    // 70歳以上被用者不該当: 不該当年月日 = 退職日/死亡日 itself, not + 1 ([SOSHITSU henreisoushitsu]).
    std::optional<Date> not70 = retire_or_death ? in.left_on : lost;
    if (not70) {
      EraDate d = era_date(*not70);
      b.set(25, d.era);
      b.set(26, d.yymmdd);
    }
  }
  if (in.over70_only) b.set(27, "1");
  return b.finish(as_of);
}

}  // namespace kyuyo::forms::shaho
