#pragma once
// Fixture 源泉徴収票 values for the renderer/writer tests (until a test builds them from the store):
// a 年末調整済み employee with spouse, dependents and minors (6 of them, so 摘要 gets the 5th and
// later), 前職, and a 中途退職者 without 年末調整. The amounts are box values chosen to fill every box
// with distinct digits (not a computed case: the CLI tests take computed cases from the store).
#include <functional>
#include <map>
#include <string>

#include "kyuyo/forms/number_source.hpp"
#include "kyuyo/forms/withholding_slip.hpp"

namespace kyuyo::test {

/// A test 個人番号 with a valid check digit (番号法施行令8条: check = 11 − Σ Pn×Qn mod 11; 0 when
/// the remainder is 0 or 1), from an 11-digit base. Never a real person's (bases start with 9).
inline std::string test_my_number(const std::string& base11) {
  int sum = 0;
  for (int n = 1; n <= 11; ++n) {
    int p = base11[11 - n] - '0';
    int q = n <= 6 ? n + 1 : n - 5;
    sum += p * q;
  }
  int r = sum % 11;
  int check = r <= 1 ? 0 : 11 - r;
  return base11 + std::to_string(check);
}

/// Numbers by person: employee id e → base 9000000 e 000, dependent id d → 9100000 d 000 (padded).
class FixtureNumbers : public forms::NumberSource {
 public:
  std::map<std::string, int> calls;
  bool with_number(const forms::NumberRef& who, const std::function<void(std::string_view)>& sink) override {
    std::string n = number_for(who);
    ++calls[n];
    sink(n);
    return true;
  }
  static std::string number_for(const forms::NumberRef& who) {
    std::string id = std::to_string(who.dependent_id ? *who.dependent_id : who.employee_id);
    std::string base = std::string(who.dependent_id ? "91" : "90") + std::string(9 - id.size(), '0') + id;
    return test_my_number(base);
  }
};

inline forms::SlipPerson fixture_person(const std::string& kana, const std::string& name, std::int64_t emp,
                                        std::int64_t dep) {
  forms::SlipPerson p;
  p.kana = kana;
  p.name = name;
  p.number = {emp, dep};
  return p;
}

inline forms::WithholdingSlip fixture_slip_adjusted() {
  forms::WithholdingSlip s;
  s.year = 2026;
  s.employee_code = "1001";
  s.postal_code = "154-0001";
  s.address = "東京都世田谷区池尻九丁目1番1号";
  s.kana = "ヤマダ タロウ";
  s.name = "山田 太郎";
  s.number = {1, std::nullopt};
  s.municipality_code = "131121";
  s.payment = Yen(6543210);
  s.employment_income = Yen(4788889);
  s.total_deductions = Yen(2695000);
  s.tax = Yen(106400);
  s.spouse_present = true;
  s.spouse_deduction = Yen(380000);
  s.specific = 1;
  s.other = 2;
  s.specific_relatives = 1;
  s.under16 = 2;
  s.disabled_other = 1;
  s.social_insurance = Yen(987654);
  s.social_insurance_inner = Yen(120000);
  s.life_insurance = Yen(40000);
  s.earthquake_insurance = Yen(25000);
  s.housing_credit = Yen(50000);
  s.housing_count = 1;
  s.housing_possible = Yen(180000);
  s.housing_start1 = Date(2022, 4, 1);
  s.housing_kubun1 = "住";
  s.housing_balance1 = Yen(25000000);
  s.life_new = Yen(80000);
  s.life_care = Yen(30000);
  s.spouse = fixture_person("ヤマダ ハナコ", "山田 花子", 1, 11);
  s.spouse_income = Yen(0);
  s.national_pension = Yen(0);
  s.basic_deduction = Yen(1040000);
  s.income_adjustment = Yen(0);
  s.specific_relative_deduction = Yen(610000);
  s.dependents = {fixture_person("ヤマダ ジロウ", "山田 二郎", 1, 12), fixture_person("ヤマダ ミドリ", "山田 緑", 1, 13),
                  fixture_person("ヤマダ ゴロウ", "山田 五郎", 1, 14), fixture_person("ヤマダ サブロウ", "山田 三郎", 1, 15),
                  fixture_person("ヤマダ シロウ", "山田 四郎", 1, 16)};
  s.dependents[3].specific_relative = true;
  s.minors = {fixture_person("ヤマダ サクラ", "山田 さくら", 1, 17), fixture_person("ヤマダ モモ", "山田 もも", 1, 18)};
  s.hired_on = Date(2026, 4, 1);
  s.birth_date = Date(1980, 5, 12);
  forms::PreviousJob pj;
  pj.payer = "株式会社みどり商事";
  pj.salary = Yen(900000);
  pj.social = Yen(130000);
  pj.tax = Yen(21000);
  pj.left_on = Date(2026, 3, 31);
  s.previous = pj;
  s.payer_address = "東京都千代田区内神田九丁目9番9号 さくらビル3階";
  s.payer_name = "株式会社さくら精機";
  s.payer_phone = "03-0000-0000";
  s.payer_corporate_number = "7030001099997";
  s.year_end_adjusted = true;
  return s;
}

inline forms::WithholdingSlip fixture_slip_leaver() {
  forms::WithholdingSlip s;
  s.year = 2026;
  s.employee_code = "1009";
  s.postal_code = "164-0001";
  s.address = "東京都中野区中野九丁目9番9号";
  s.kana = "ナカノ ケイコ";
  s.name = "中野 恵子";
  s.number = {9, std::nullopt};
  s.municipality_code = "131148";
  s.payment = Yen(1850000);
  s.tax = Yen(38520);
  s.social_insurance = Yen(270000);
  s.left_on = Date(2026, 6, 30);
  s.birth_date = Date(1995, 1, 8);
  s.payer_address = "東京都千代田区内神田九丁目9番9号 さくらビル3階";
  s.payer_name = "株式会社さくら精機";
  s.payer_phone = "03-0000-0000";
  s.payer_corporate_number = "7030001099997";
  return s;
}

}  // namespace kyuyo::test
