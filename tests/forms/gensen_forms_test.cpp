// forms/: 提出範囲 per year (rule data schemas/rules/filings/gensen-scope-*.xml; 令和7年分 所得税法施行
// 規則93条2項 thresholds and 令和8年分 みなし提出, shared/reference/filing-formats.md §4), the 合計表
// totals (§4.4: all recipients incl. leavers, 前職分 excluded, the filed subset), the slip built
// from a 年末調整 result, and the 315 record's confirmed items (網走市 仕様書 items 1–13, §1.5).
#include <gtest/gtest.h>

#include "forms/slip_fixture.hpp"
#include "kyuyo/adapters/xml/rule_loader.hpp"
#include "kyuyo/forms/eltax_record.hpp"
#include "kyuyo/forms/gensen_fields.hpp"
#include "kyuyo/forms/slip_builder.hpp"
#include "kyuyo/forms/submission_scope.hpp"
#include "support/helpers.hpp"

namespace kyuyo::test {
namespace {

const rules::RuleLibrary& lib() { return xml::default_rule_library(); }

forms::WithholdingSlip slip(int year, Yen paid, bool adjusted, bool officer = false, bool left = false) {
  forms::WithholdingSlip s;
  s.year = year;
  s.payment = paid;
  s.year_end_adjusted = adjusted;
  s.officer = officer;
  if (left) s.left_on = Date(static_cast<unsigned short>(year), 6, 30);
  return s;
}

TEST(GensenScope, Reiwa7ThresholdsOfShikisoku93) {
  // 年末調整をしたもの: 500万円超 / 役員 150万円超 (所得税法施行規則93条2項一・二)
  EXPECT_FALSE(forms::tax_office_scope(lib(), slip(2025, Yen(5000000), true)).submit);
  EXPECT_TRUE(forms::tax_office_scope(lib(), slip(2025, Yen(5000001), true)).submit);
  EXPECT_FALSE(forms::tax_office_scope(lib(), slip(2025, Yen(1500000), true, true)).submit);
  EXPECT_TRUE(forms::tax_office_scope(lib(), slip(2025, Yen(1500001), true, true)).submit);
  auto pro = slip(2025, Yen(2500001), true);
  pro.professional = true;
  EXPECT_TRUE(forms::tax_office_scope(lib(), pro).submit);
  // 年末調整をしなかったもの: 中途退職 250万円超 (役員 50万円超), 乙欄 50万円超, 2,000万円超 全員
  EXPECT_FALSE(forms::tax_office_scope(lib(), slip(2025, Yen(2500000), false, false, true)).submit);
  EXPECT_TRUE(forms::tax_office_scope(lib(), slip(2025, Yen(2500001), false, false, true)).submit);
  EXPECT_TRUE(forms::tax_office_scope(lib(), slip(2025, Yen(500001), false, true, true)).submit);
  auto otsu = slip(2025, Yen(500001), false);
  otsu.declaration_filed = false;
  EXPECT_TRUE(forms::tax_office_scope(lib(), otsu).submit);
  otsu.payment = Yen(500000);
  EXPECT_FALSE(forms::tax_office_scope(lib(), otsu).submit);
  EXPECT_TRUE(forms::tax_office_scope(lib(), slip(2025, Yen(20000001), false)).submit);
  EXPECT_FALSE(forms::deemed_submission(lib(), 2025));
}

TEST(GensenScope, Reiwa7ProfessionalsAreFiledOver250ManWhenAdjusted) {
  // 所得税法施行規則93条2項三: 弁護士、司法書士、税理士等 paid as 給与, 年末調整済み → 250万円超
  // (filing-formats.md §4.1, tax-com.sakura.ne.jp 2024-09-27). The boundary: 2,500,000 is not over.
  auto pro = slip(2025, Yen(2500000), true);
  pro.professional = true;
  EXPECT_FALSE(forms::tax_office_scope(lib(), pro).submit);
  pro.payment = Yen(2500001);
  auto d = forms::tax_office_scope(lib(), pro);
  EXPECT_TRUE(d.submit);
  EXPECT_NE(d.reason.find("弁護士等"), std::string::npos) << d.reason;
  auto other = slip(2025, Yen(2500001), true);
  EXPECT_FALSE(forms::tax_office_scope(lib(), other).submit) << "not a professional: 500万円 applies";
  // the flag concerns 年末調整済み slips only: a professional leaver falls under the 250万円 leaver rule
  auto leaver = slip(2025, Yen(2500000), false, false, true);
  leaver.professional = true;
  EXPECT_FALSE(forms::tax_office_scope(lib(), leaver).submit);
}

TEST(GensenSummary, Reiwa7FiledSubsetCountsAProfessionalOver250Man) {
  auto pro = slip(2025, Yen(2500001), true);
  pro.professional = true;
  pro.tax = Yen(40000);
  auto at = slip(2025, Yen(2500000), true);  // professional at the boundary: not filed
  at.professional = true;
  at.tax = Yen(39000);
  auto plain = slip(2025, Yen(2600000), true);  // not a professional: not filed (500万円)
  plain.tax = Yen(41000);
  auto t = forms::summary_totals(lib(), 2025, {pro, at, plain});
  EXPECT_EQ(t.all.people, 3);
  EXPECT_EQ(t.all.paid, Yen(2500001 + 2500000 + 2600000));
  EXPECT_EQ(t.submitted.people, 1);
  EXPECT_EQ(t.submitted.paid, Yen(2500001));
  EXPECT_EQ(t.submitted.tax, Yen(40000));
}

TEST(GensenScope, Reiwa8DeemedSubmissionFollowsTheMunicipalityScope) {
  EXPECT_TRUE(forms::deemed_submission(lib(), 2026));
  // a 年末調整済み employee paid 300万円: not filed for 令和7年分, filed (みなし) for 令和8年分
  EXPECT_FALSE(forms::tax_office_scope(lib(), slip(2025, Yen(3000000), true)).submit);
  EXPECT_TRUE(forms::tax_office_scope(lib(), slip(2026, Yen(3000000), true)).submit);
  // a leaver paid 30万円 or less is not reported to the municipality (nor, from 令和8年分, the 税務署)
  EXPECT_FALSE(forms::municipality_scope(lib(), slip(2026, Yen(300000), false, false, true)).submit);
  EXPECT_FALSE(forms::tax_office_scope(lib(), slip(2026, Yen(300000), false, false, true)).submit);
  EXPECT_TRUE(forms::municipality_scope(lib(), slip(2026, Yen(300001), false, false, true)).submit);
  EXPECT_TRUE(forms::municipality_scope(lib(), slip(2026, Yen(100000), true)).submit) << "在職者: always";
}

TEST(GensenSummary, TotalsCoverEveryRecipientWithoutThePreviousEmployersPay) {
  auto a = fixture_slip_adjusted();   // 6,543,210 incl. 前職 900,000; tax 106,400 incl. 前職 21,000
  auto b = fixture_slip_leaver();     // 1,850,000; tax 38,520
  auto c = slip(2026, Yen(200000), false, false, true);  // leaver ≤ 30万, no tax
  auto t = forms::summary_totals(lib(), 2026, {a, b, c});
  EXPECT_EQ(t.all.people, 3);
  EXPECT_EQ(t.all.paid, Yen(6543210 - 900000 + 1850000 + 200000));
  EXPECT_EQ(t.all.tax, Yen(106400 - 21000 + 38520));
  EXPECT_EQ(t.no_tax_people, 1);
  EXPECT_EQ(t.submitted.people, 2);
  EXPECT_EQ(t.submitted.paid, Yen(6543210 - 900000 + 1850000));
  EXPECT_EQ(t.municipality_reports, 2);
  EXPECT_TRUE(t.deemed);
  EXPECT_EQ(t.electronic_threshold, 30);
  EXPECT_EQ(forms::summary_totals(lib(), 2025, {a}).electronic_threshold, 100);
}

TEST(GensenBuilder, AdjustedSlipTakesTheSourceLedgerLinesAndListsThePeople) {
  forms::SlipInputs in;
  in.year = 2026;
  in.employer.name = "株式会社さくら精機";
  in.employee.id = EmployeeId(7);
  in.employee.code = "1001";
  in.employee.family_name = "山田";
  in.employee.given_name = "太郎";
  in.employee.birth_date = Date(1980, 5, 12);
  in.employee.hire_date = Date(2005, 4, 1);
  in.employee.municipality_code = "131121";
  auto dep = [&](int id, model::Relation rel, Date birth, Yen income) {
    model::Dependent d;
    d.id = DependentId(id);
    d.employee_id = in.employee.id;
    d.family_name = "山田";
    d.given_name = "子" + std::to_string(id);
    d.relation = rel;
    d.birth_date = birth;
    d.estimated_income = income;
    return d;
  };
  in.dependents = {dep(1, model::Relation::kSpouse, Date(1982, 8, 21), Yen(0)),
                   dep(2, model::Relation::kChild, Date(2005, 4, 2), Yen(0)),        // 21: 特定扶養
                   dep(3, model::Relation::kChild, Date(2015, 11, 30), Yen(0)),      // 11: 16歳未満
                   dep(4, model::Relation::kChild, Date(2006, 1, 5), Yen(800000))};  // 20, 80万: 特定親族
  yearend::YearEndResult r;
  r.salary = Yen(4944000);
  r.employment_income_after_adjustment = Yen(3435200);
  r.total_deductions = Yen(2808000);
  r.annual_tax = Yen(32000);
  r.social_insurance = Yen(720000);
  r.basic_deduction = Yen(1040000);
  r.spouse_deduction = Yen(380000);
  r.specific_relative_deduction = Yen(630000);
  r.counts.spouse = yearend::SpouseClaim::kSpouse;
  r.counts.specific = 1;
  r.counts.under16 = 1;
  r.counts.specific_relatives = 1;
  in.result = r;
  auto s = forms::build_withholding_slip(lib(), in);
  EXPECT_TRUE(s.year_end_adjusted);
  EXPECT_EQ(s.payment, Yen(4944000));
  EXPECT_EQ(*s.employment_income, Yen(3435200));
  EXPECT_EQ(s.tax, Yen(32000)) << "源泉徴収税額 = 年調年税額 ㉖";
  EXPECT_TRUE(s.spouse_present);
  ASSERT_TRUE(s.spouse);
  EXPECT_EQ(s.spouse->number, (forms::NumberRef{7, 1}));
  ASSERT_EQ(s.dependents.size(), 2u);
  EXPECT_FALSE(s.dependents[0].specific_relative);
  EXPECT_TRUE(s.dependents[1].specific_relative);
  ASSERT_EQ(s.minors.size(), 1u);
  EXPECT_EQ(s.specific_relatives, 1);
  EXPECT_EQ(s.specific_relative_deduction, Yen(630000));
  auto f = forms::slip_fields(s, forms::SlipCopy::kEmployee);
  EXPECT_EQ(f["year"], "令和8");
  EXPECT_EQ(f["specific_relatives"], "1");
  EXPECT_EQ(f["specific_relatives_otsu"], "") << "特親 従人: none";
  EXPECT_EQ(f["dependent2_kubun"], "特親");
}

// 特親 has 人 and 従人 like 特定/老人/その他 (official e-Tax XMLスキーマ HSZ062-006.xsd: DIL00120 特親 =
// DIL00130 人, DIL00140 従人): the form's 従人 cell and the 315 record's item 145 carry it.
TEST(GensenFields, SpecificRelativesHaveAMainAndASecondaryCount) {
  auto s = fixture_slip_adjusted();
  s.specific_relatives_otsu = 2;
  auto f = forms::slip_fields(s, forms::SlipCopy::kEmployee);
  EXPECT_EQ(f["specific_relatives"], "1");
  EXPECT_EQ(f["specific_relatives_otsu"], "2");
  auto r = forms::eltax_315_record(s, true);
  ASSERT_EQ(r.size(), 147u);
  EXPECT_EQ(r[143].value, "1") << "item 144: 特親 主";
  EXPECT_EQ(r[144].value, "2") << "item 145: 特親 従";
  EXPECT_EQ(r[145].value, s.specific_relative_deduction.str()) << "item 146: 特定親族特別控除の額";
}

TEST(GensenBuilder, WithoutYearEndTheDeductionBoxesStayEmpty) {
  forms::SlipInputs in;
  in.year = 2026;
  in.employee.code = "1006";
  in.employee.birth_date = Date(1990, 1, 1);
  in.employee.hire_date = Date(2020, 4, 1);
  in.employee.leave_date = Date(2026, 9, 30);
  payroll::PaymentRecord p;
  p.taxable = Yen(300000);
  p.income_tax = Yen(6750);
  p.social_insurance = Yen(43000);
  p.employment_insurance = Yen(1650);
  in.payments = {p, p, p};
  auto s = forms::build_withholding_slip(lib(), in);
  EXPECT_FALSE(s.year_end_adjusted);
  EXPECT_EQ(s.payment, Yen(900000));
  EXPECT_EQ(s.tax, Yen(20250));
  EXPECT_EQ(s.social_insurance, Yen(133950));
  EXPECT_FALSE(s.employment_income.has_value());
  EXPECT_FALSE(s.total_deductions.has_value());
  EXPECT_EQ(s.left_on, Date(2026, 9, 30));
  auto f = forms::slip_fields(s, forms::SlipCopy::kEmployee);
  EXPECT_EQ(f.count("employment_income"), 0u);
  EXPECT_EQ(f["left"], "1");
}

TEST(GensenBuilder, TheEmployeeMastersProfessionalFlagReachesTheSlip) {
  forms::SlipInputs in;
  in.year = 2025;
  in.employee.code = "1010";
  in.employee.birth_date = Date(1970, 5, 5);
  in.employee.hire_date = Date(2015, 4, 1);
  in.employee.professional = true;  // employee CSV column 弁護士等 = yes
  payroll::PaymentRecord p;
  p.taxable = Yen(250000);
  p.income_tax = Yen(5000);
  in.payments = std::vector<payroll::PaymentRecord>(10, p);
  yearend::YearEndResult r;
  r.salary = Yen(2500001);
  r.annual_tax = Yen(50000);
  in.result = r;
  auto s = forms::build_withholding_slip(lib(), in);
  EXPECT_TRUE(s.professional);
  EXPECT_TRUE(forms::tax_office_scope(lib(), s).submit) << "年末調整済み 弁護士等 2,500,001円";
  in.employee.professional = false;
  EXPECT_FALSE(forms::tax_office_scope(lib(), forms::build_withholding_slip(lib(), in)).submit);
}

TEST(GensenBuilder, ASoleProprietorsPayerBoxIsTheOwnersNumberSlot) {
  forms::SlipInputs in;
  in.year = 2026;
  in.employer.id = EmployerId(5);
  in.employee.code = "2001";
  in.employee.birth_date = Date(1990, 4, 10);
  in.employee.hire_date = Date(2024, 4, 1);
  payroll::PaymentRecord p;
  p.taxable = Yen(260000);
  in.payments = {p};
  auto s = forms::build_withholding_slip(lib(), in);  // no 法人番号: 個人事業主
  ASSERT_TRUE(s.payer_number.has_value());
  EXPECT_EQ(*s.payer_number, forms::NumberRef::employer_owner(5));
  in.employer.corporate_number = "7030001099997";
  EXPECT_FALSE(forms::build_withholding_slip(lib(), in).payer_number.has_value()) << "a 法人 prints its 法人番号";
  // the 315 record's item 94 asks for the owner's number; a 法人's item 94 is the 法人番号 text
  in.employee.municipality_code = "131041";
  in.employer.corporate_number.clear();
  auto r = forms::eltax_315_record(forms::build_withholding_slip(lib(), in));
  ASSERT_TRUE(r[93].number.has_value());
  EXPECT_EQ(*r[93].number, forms::NumberRef::employer_owner(5));
}

// 国外居住親族 (所得税法2条1項34号の2 and 84条1項 as amended, 令和5年分以後; 『令和7年分 年末調整の
// しかた』 国外居住親族): aged 30–69 on 31 December a non-resident is a 控除対象扶養親族 only as 留学,
// 障害者 or with 送金等 38万円以上; without 親族関係書類 none is. Only listed persons are counted in
// 非居住者である親族の数, and each listed non-resident dependent carries its 国外扶養区分.
TEST(GensenBuilder, NonResidentRelativesAreListedOnlyWhenTheyQualify) {
  forms::SlipInputs in;
  in.year = 2026;
  in.employee.code = "3001";
  in.employee.birth_date = Date(1960, 6, 1);
  in.employee.hire_date = Date(2010, 4, 1);
  payroll::PaymentRecord p;
  p.taxable = Yen(400000);
  p.kou = true;
  in.payments = {p};
  auto dep = [](int seq, const char* name, Date birth, bool non_resident, model::OverseasCondition c,
                model::Disability dis = model::Disability::kNone) {
    model::Dependent d;
    d.seq = seq;
    d.id = DependentId(seq);
    d.family_name = name;
    d.relation = model::Relation::kChild;
    d.birth_date = birth;
    d.estimated_income = Yen(0);
    d.non_resident = non_resident;
    d.overseas_condition = c;
    d.disability = dis;
    return d;
  };
  using O = model::OverseasCondition;
  in.dependents = {
      dep(1, "国内", Date(1990, 1, 1), false, O::kNone),                                   // resident, 36
      dep(2, "若年", Date(2000, 1, 1), true, O::kNone),                                    // 26: no condition
      dep(3, "留学", Date(1994, 1, 1), true, O::kStudent),                                 // 32: 留学
      dep(4, "条件なし", Date(1990, 1, 1), true, O::kNone),                                // 36: not 控除対象
      dep(5, "送金", Date(1980, 1, 1), true, O::kRemittance38),                            // 46: 送金
      dep(6, "障害", Date(1970, 1, 1), true, O::kNone, model::Disability::kGeneral),       // 56: 障害者
      dep(7, "書類なし", Date(1950, 1, 1), true, O::kNone),                                // 76, but no documents
      dep(8, "年少", Date(2015, 1, 1), true, O::kNone),                                    // 11: 16歳未満
  };
  yearend::Declarations decl;
  decl.overseas_documents_missing = {7};
  in.declarations = decl;
  auto s = forms::build_withholding_slip(lib(), in);
  std::vector<std::string> names, codes;
  for (const auto& x : s.dependents) {
    names.push_back(x.name);
    codes.push_back(x.overseas_code);
  }
  EXPECT_EQ(names, (std::vector<std::string>{"国内", "若年", "留学", "送金", "障害"}));
  EXPECT_EQ(codes, (std::vector<std::string>{"", "01", "02", "04", "03"}));
  ASSERT_EQ(s.minors.size(), 1u);
  EXPECT_TRUE(s.minors[0].non_resident);
  EXPECT_EQ(s.minors[0].overseas_code, "") << "16歳未満: the box is only 00/01";
  EXPECT_EQ(s.non_resident_relatives, 5) << "若年, 留学, 送金, 障害 and the 16歳未満 child";
  EXPECT_EQ(s.other, 5) << "the five listed dependents are aged 26–56: その他";
  EXPECT_EQ(s.disabled_other, 1);
}

TEST(EltaxRecord, ConfirmedItemsOneToThirteenAndThePeopleSlots) {
  auto s = fixture_slip_leaver();
  auto r = forms::eltax_315_record(s);
  ASSERT_GE(r.size(), 13u);
  EXPECT_EQ(r[0].value, "315");
  EXPECT_EQ(r[3].value, s.payer_address);
  EXPECT_EQ(r[4].value, s.payer_name);
  EXPECT_EQ(r[5].value, s.payer_phone);
  EXPECT_EQ(r[9].value, "0") << "訂正表示";
  EXPECT_EQ(r[10].value, "08") << "年分: 令和8 zero-padded";
  EXPECT_EQ(r[11].value, s.address);
  int numbers = 0;
  for (const auto& f : forms::eltax_315_record(fixture_slip_adjusted())) {
    if (f.number) ++numbers;
    numbers += static_cast<int>(f.numbered_names.size());
    EXPECT_TRUE(find_my_number_like(f.value).empty()) << f.name;
  }
  EXPECT_EQ(numbers, 1 + 1 + 5 + 2) << "employee, spouse, 5 dependents (the 5th in item 132), 2 minors";
  EXPECT_EQ(forms::ordinary_collection_reason(s), "普F") << "退職者";
  s.municipality_code.clear();
  EXPECT_THROW(forms::eltax_315_record(s), KyuyoError);
}

// Item positions of the 統一CSV order: arakanema/kyuhou_csv_validator (2014, items 1–98) with the
// 42 items inserted after item 91 in 平成28年, and items 141–147, per chumaltd/luca-jp
// jp_payreport.rb (docs/eltax.md).
TEST(EltaxRecord, ItemPositionsOfTheUnifiedLayout) {
  auto s = fixture_slip_adjusted();
  auto r = forms::eltax_315_record(s, true);
  ASSERT_EQ(r.size(), 147u);
  auto item = [&](int n) -> const forms::EltaxField& { return r[static_cast<std::size_t>(n - 1)]; };
  EXPECT_EQ(item(14).value, s.name);
  EXPECT_EQ(item(17).value, s.payment.str()) << "支払金額";
  EXPECT_EQ(item(21).value, s.tax.str()) << "源泉徴収税額";
  EXPECT_EQ(item(23).value, "1") << "控除対象配偶者 有";
  auto b = to_wareki(s.birth_date);
  ASSERT_EQ(b.era, Era::kShowa);
  EXPECT_EQ(item(44).value, "1") << "元号: 315 records code 昭和 as 1 (not the e-Tax 3)";
  EXPECT_EQ(item(45).value, (b.year < 10 ? "0" : "") + std::to_string(b.year));
  EXPECT_EQ(item(66).value, s.previous->payer) << "前職 氏名又は名称";
  EXPECT_EQ(item(67).value, s.previous->salary.str());
  EXPECT_EQ(item(68).value, s.previous->tax.str());
  EXPECT_EQ(item(91).value, std::to_string(s.under16)) << "16歳未満扶養親族の数";
  EXPECT_TRUE(item(95).number.has_value()) << "受給者の個人番号";
  EXPECT_EQ(*item(95).number, s.number);
  EXPECT_EQ(*item(99).number, s.spouse->number) << "控除対象配偶者 個人番号";
  EXPECT_EQ(item(101).value, s.dependents[0].name) << "控除対象扶養親族1 氏名";
  ASSERT_EQ(item(132).numbered_names.size(), 1u) << "the 5th dependent";
  EXPECT_EQ(item(132).numbered_names[0].second, s.dependents[4].name);
  EXPECT_EQ(item(134).value, "0") << "普通徴収: 特別徴収";
  EXPECT_EQ(item(137).value, forms::to_halfwidth_kana(s.kana));
  EXPECT_EQ(item(139).value, s.municipality_code);
  EXPECT_EQ(item(147).value, "2") << "作成区分: 国税・地方 両方";
  auto leaver = forms::eltax_315_record(fixture_slip_leaver());
  EXPECT_EQ(leaver[133].value, "1") << "普通徴収 (退職者)";
  EXPECT_EQ(leaver[85].value.rfind("普F", 0), 0u) << "切替理由 in 摘要";
  EXPECT_EQ(leaver[146].value, "1") << "作成区分: 地方のみ";
}

TEST(EltaxRecord, HalfWidthKanaForItem137) {
  EXPECT_EQ(forms::to_halfwidth_kana("ヤマダ　タロウ"), "ﾔﾏﾀﾞ ﾀﾛｳ");
  EXPECT_EQ(forms::to_halfwidth_kana("ペーター・ヴァン"), "ﾍﾟｰﾀｰ･ｳﾞｧﾝ");
}

}  // namespace
}  // namespace kyuyo::test
