// 資格取得届 2200700. Source: shared/reference/social-insurance.md §4.4, §4.5, §5.4.4.
#include "kyuyo/forms/shaho/shutoku_record.hpp"

#include "kyuyo/forms/shaho/form_spec.hpp"
#include "kyuyo/forms/shaho/shaho_text.hpp"

namespace kyuyo::forms::shaho {
namespace {

struct Address {
  std::string parent, child, kana, kanji;
};

Result<Address> address_items(const ShutokuInput& in) {
  Address a;
  std::string d;
  for (char c : in.postal_code)
    if (c >= '0' && c <= '9') d += c;
  if (d.size() != 7) return fail(ErrorCode::kInvalidInput, "郵便番号 must be 7 digits", "項番29 郵便番号");
  a.parent = d.substr(0, 3);
  a.child = d.substr(3);
  if (in.address_kana.empty())
    return fail(ErrorCode::kInvalidInput, "住所(カナ) is required when the 個人番号 is not given (no カナ address on record)",
                "項番31 被保険者住所(カナ)");
  auto k = halfwidth_kana(in.address_kana, true);
  if (!k) return fail(ErrorCode::kInvalidInput, k.error().message, "項番31 被保険者住所(カナ)");
  a.kana = *k;
  a.kanji = fullwidth(in.address);
  return a;
}

}  // namespace

Built build_shutoku(const ShutokuInput& in, const std::optional<Date>& as_of) {
  detail::RecordBuilder b("2200700", in.person);
  b.office_and_person(in.office, in.person);
  if (!in.over70_only) {
    b.set(11, in.sex == model::Sex::kMale ? "1" : "2");
    b.set(12, in.acquisition_kind);
  } else {
    b.set(6, "");
  }
  b.record().wants_my_number = in.want_my_number;
  if (!in.want_my_number) {
    auto a = address_items(in);
    if (!a) b.error(a.error().where == "項番29 郵便番号" ? 29 : 31, a.error().message);
    else {
      b.set(29, a->parent);
      b.set(30, a->child);
      b.set(31, a->kana);
      b.set(32, a->kanji);
    }
    b.set(14, in.no_address_reason);
  }
  if (in.acquisition_kind != "3" && in.acquisition_kind != "4") b.basic_pension_number(16, in.person.basic_pension_number);
  EraDate acq = era_date(in.acquired_on);
  b.set(18, acq.era);
  b.set(19, acq.yymmdd);
  b.set(20, in.has_dependents ? "1" : "0");
  b.set(21, amount7(in.cash));
  b.set(22, amount7(in.in_kind));
  b.set(23, amount7(in.cash + in.in_kind));
  if (in.over70) b.set(24, "1");
  if (in.two_offices) b.set(25, "1");
  if (in.short_time) b.set(26, "1");
  if (in.rehired) b.set(27, "1");
  b.set(28, in.remarks);
  if (in.over70_only) b.set(33, "1");
  if (in.card_needed) b.set(34, "1");
  return b.finish(as_of);
}

Result<void> shutoku_fill_address(Record& r, const ShutokuInput& in) {
  auto a = address_items(in);
  if (!a) {
    const FormSpec* f = form_spec("2200700");
    return fail(ErrorCode::kInvalidInput, a.error().message, r.person + ": 2200700 " + f->title + " " + a.error().where);
  }
  r.items[29 - 1] = a->parent;
  r.items[30 - 1] = a->child;
  r.items[31 - 1] = a->kana;
  r.items[32 - 1] = a->kanji;
  r.items[14 - 1] = in.no_address_reason;
  return {};
}

}  // namespace kyuyo::forms::shaho
