#include "kyuyo/forms/shaho/record.hpp"

#include "kyuyo/forms/shaho/form_spec.hpp"
#include "kyuyo/forms/shaho/record_check.hpp"
#include "kyuyo/forms/shaho/shaho_text.hpp"

namespace kyuyo::forms::shaho {

Result<Office> office_of(const model::Employer& er) {
  Office o;
  auto pref = nenkin_prefecture_code(er.prefecture);
  if (!pref) return fail(ErrorCode::kInvalidInput, pref.error().message, "employer " + er.code + ": 都道府県");
  o.prefecture = *pref;
  // "01-サクラ" / "01－サクラ" / "01 ｻｸﾗ": 郡市区符号 = the leading digits, 事業所記号 = the rest.
  std::u32string cps = code_points(er.office_symbol);
  std::string digits, rest;
  std::size_t i = 0;
  for (; i < cps.size(); ++i) {
    char32_t c = cps[i];
    if (c >= 0xFF10 && c <= 0xFF19) c -= 0xFEE0;
    if (c >= '0' && c <= '9') digits += static_cast<char>(c);
    else break;
  }
  for (; i < cps.size(); ++i) {
    char32_t c = cps[i];
    if (c == '-' || c == 0xFF0D || c == 0x2212 || c == 0x30FC || c == ' ' || c == 0x3000) {
      if (rest.empty()) continue;  // the separator
    }
    rest += utf8_of(c);
  }
  if (digits.size() != 2)
    return fail(ErrorCode::kInvalidInput, "事業所整理記号 '" + er.office_symbol + "' must start with the 2-digit 郡市区符号 (e.g. 01-サクラ)",
                "employer " + er.code + ": 事業所整理記号");
  auto kigou = halfwidth_kana(rest, true);
  if (!kigou || kigou->empty())
    return fail(ErrorCode::kInvalidInput, "事業所記号 in '" + er.office_symbol + "' must be カナ or letters/digits",
                "employer " + er.code + ": 事業所整理記号");
  o.gunshiku = digits;
  o.kigou = *kigou;
  o.number = er.office_number;
  return o;
}

std::string Insured::label() const { return "社員 " + code + " " + family_name + " " + given_name; }

Insured insured_of(const model::Employee& e) {
  Insured p;
  p.employee_id = e.id.value();
  p.code = e.code;
  p.seiri_bango = e.insured_person_number;
  p.family_name = e.family_name;
  p.given_name = e.given_name;
  p.family_kana = e.family_kana;
  p.given_kana = e.given_kana;
  p.birth_date = e.birth_date;
  p.basic_pension_number = e.basic_pension_number;
  return p;
}

namespace detail {

RecordBuilder::RecordBuilder(const char* form_code, const Insured& who) {
  const FormSpec* f = form_spec(form_code);
  rec_.form_code = form_code;
  rec_.items.assign(f->items.size(), "");
  rec_.items[0] = form_code;
  rec_.person = who.label();
  rec_.employee_id = who.employee_id;
  rec_.my_number_item = f->my_number_item;
}

void RecordBuilder::set(int no, const char* value) { rec_.items[no - 1] = std::string(value); }

void RecordBuilder::set(int no, const Result<std::string>& r) {
  if (r) set(no, *r);
  else error(no, r.error().message);
}

void RecordBuilder::error(int no, const std::string& message) {
  const FormSpec* f = form_spec(rec_.form_code);
  errors_.push_back(Error{ErrorCode::kInvalidInput, message,
                          rec_.person + ": " + rec_.form_code + " " + f->title + " " + item_label(*f, no)});
}

void RecordBuilder::office_and_person(const Office& o, const Insured& who) {
  const FormSpec* f = form_spec(rec_.form_code);
  int k = f->name_offset;
  set(2, o.prefecture);
  set(3, o.gunshiku);
  set(4, o.kigou);
  if (f->office_number_item) set(f->office_number_item, o.number);
  set(5 + k, who.seiri_bango);
  set(6 + k, kana_name(who.family_kana, who.given_kana));
  set(7 + k, kanji_name(who.family_name, who.given_name));
  EraDate b = era_date(who.birth_date);
  set(8 + k, b.era);
  set(9 + k, b.yymmdd);
}

void RecordBuilder::basic_pension_number(int first, const std::string& number) {
  std::string d;
  for (char c : number)
    if (c != '-' && c != ' ') d += c;
  if (d.empty()) return;
  if (d.size() != 10 || d.find_first_not_of("0123456789") != std::string::npos) {
    error(first, "基礎年金番号 must be 10 digits (4 + 6)");
    return;
  }
  set(first, d.substr(0, 4));
  set(first + 1, d.substr(4));
}

Built RecordBuilder::finish(const std::optional<Date>& as_of) {
  if (!errors_.empty()) return std::unexpected(errors_);
  std::vector<std::string> probe = rec_.items;
  if (rec_.wants_my_number) probe[rec_.my_number_item - 1] = std::string(12, '0');  // the writer fills it
  const FormSpec* f = form_spec(rec_.form_code);
  for (const Problem& p : check_record(probe, CheckOptions{as_of})) {
    // A refused character or a rule broken by the input: name the person and the item.
    errors_.push_back(Error{ErrorCode::kInvalidInput, p.message,
                            rec_.person + ": " + rec_.form_code + " " + f->title + " " + item_label(*f, p.item)});
  }
  if (!errors_.empty()) return std::unexpected(errors_);
  return rec_;
}

}  // namespace detail
}  // namespace kyuyo::forms::shaho
