// SHFD0006.CSV record builders and record rules. Expected item prefixes are the sample rows
// quoted in shared/reference/social-insurance.md §5.4.1–5.4.3 from [KIRICO] spec/…_spec.rb;
// the other expectations follow the rules of §5.1 and §5.4 (sources named there).
#include <gtest/gtest.h>

#include "kyuyo/forms/shaho/gekkaku_record.hpp"
#include "kyuyo/forms/shaho/record_check.hpp"
#include "kyuyo/forms/shaho/santei_record.hpp"
#include "kyuyo/forms/shaho/shaho_text.hpp"
#include "kyuyo/forms/shaho/shoyo_record.hpp"
#include "kyuyo/forms/shaho/shutoku_record.hpp"
#include "kyuyo/forms/shaho/soshitsu_record.hpp"

namespace kyuyo::forms::shaho {
namespace {

using boost::gregorian::date;

std::string join(const std::vector<std::string>& v, std::size_t n) {
  std::string s;
  for (std::size_t i = 0; i < n && i < v.size(); ++i) s += (i ? "," : "") + v[i];
  return s;
}

Office kutowa() { return {"21", "14", "ｸﾄﾜ", "12345"}; }

Insured yoshida() {
  Insured p;
  p.employee_id = 1;
  p.code = "2";
  p.seiri_bango = "000002";
  p.family_name = "吉田";
  p.given_name = "太郎";
  p.family_kana = "ヨシダ";
  p.given_kana = "タロウ";
  p.birth_date = date(1984, 5, 27);  // 昭和59年5月27日
  p.basic_pension_number = "1234-567890";
  return p;
}

SanteiInput santei_base() {
  SanteiInput in;
  in.office = kutowa();
  in.person = yoshida();
  in.year = 2016;  // 平成28年9月
  in.previous_health = Yen(260000);
  in.previous_pension = Yen(260000);
  in.previous_revision = {2015, 9};
  in.months = {MonthPay{31, Yen(300000), Yen(0)}, MonthPay{30, Yen(310000), Yen(5000)}, MonthPay{31, Yen(290000), Yen(0)}};
  return in;
}

std::string messages(const std::vector<Error>& es) {
  std::string s;
  for (const auto& e : es) s += e.to_string() + "\n";
  return s;
}

TEST(ShahoText, NenkinPrefectureCodesAreNotJis) {
  // reference §1.1 column 2 / §5.3: 東京 21, 神奈川 31, 大阪 41, 愛知 51, 北海道 01, 沖縄 82.
  EXPECT_EQ(*nenkin_prefecture_code(13), "21");
  EXPECT_EQ(*nenkin_prefecture_code(14), "31");
  EXPECT_EQ(*nenkin_prefecture_code(27), "41");
  EXPECT_EQ(*nenkin_prefecture_code(23), "51");
  EXPECT_EQ(*nenkin_prefecture_code(1), "01");
  EXPECT_EQ(*nenkin_prefecture_code(47), "82");
  EXPECT_FALSE(nenkin_prefecture_code(48));
  EXPECT_FALSE(is_nenkin_prefecture_code("13"));
}

TEST(ShahoText, EraCodesAndYymmdd) {
  // 1 明治, 3 大正, 5 昭和, 7 平成, 9 令和 (reference §5.1).
  EXPECT_EQ(era_date(date(1984, 5, 27)).era, "5");
  EXPECT_EQ(era_date(date(1984, 5, 27)).yymmdd, "590527");
  EXPECT_EQ(era_date(date(1989, 1, 7)).era, "5");
  EXPECT_EQ(era_date(date(1989, 1, 8)).era, "7");
  EXPECT_EQ(era_date(date(2019, 4, 30)).yymmdd, "310430");
  EXPECT_EQ(era_date(date(2019, 5, 1)).era, "9");
  EXPECT_EQ(era_date(date(2019, 5, 1)).yymmdd, "010501");
  EXPECT_EQ(era_date(date(1920, 1, 1)).era, "3");
  EXPECT_EQ(era_date(date(1911, 1, 1)).era, "1");
  EXPECT_EQ(*parse_era_date("9", "080401"), date(2026, 4, 1));
  EXPECT_FALSE(parse_era_date("9", "080231"));
  EXPECT_FALSE(parse_era_date("4", "080401"));
}

TEST(ShahoText, HalfwidthKanaNamesWithOneSpace) {
  EXPECT_EQ(*kana_name("ヨシダ", "タロウ"), "ﾖｼﾀﾞ ﾀﾛｳ");
  EXPECT_EQ(*kana_name("ガンバ", "ヴォーパル"), "ｶﾞﾝﾊﾞ ｳﾞｫｰﾊﾟﾙ");
  EXPECT_EQ(*kana_name("やまだ", "はなこ"), "ﾔﾏﾀﾞ ﾊﾅｺ");  // ひらがな accepted
  EXPECT_EQ(*kana_name("ヤマ ダ", "タロウ"), "ﾔﾏﾀﾞ ﾀﾛｳ");  // spaces inside a part removed
  EXPECT_FALSE(kana_name("山田", "タロウ"));
  EXPECT_EQ(kanji_name("吉田", "太郎"), "吉田\u3000太郎");  // one full-width space
  EXPECT_EQ(sjis_length("ﾖｼﾀﾞ ﾀﾛｳ"), 8u);  // ﾞ is its own byte
  EXPECT_EQ(sjis_length("吉田\u3000太郎"), 10u);
}

TEST(ShahoText, AmountsCapAndThousands) {
  EXPECT_EQ(*amount7(Yen(300000)), "0300000");
  EXPECT_EQ(*amount7(Yen(9'999'998)), "9999998");
  EXPECT_EQ(*amount7(Yen(9'999'999)), "9999999");
  EXPECT_EQ(*amount7(Yen(12'000'000)), "9999999");  // ≥ ¥10,000,000 → 9999999
  EXPECT_FALSE(amount7(Yen(-1)));
  EXPECT_EQ(*thousands4(Yen(260000)), "0260");  // 従前 in thousands of yen ([KIRICO] define_in_k_method)
  EXPECT_EQ(*thousands4(Yen(1'390'000)), "1390");
  EXPECT_FALSE(thousands4(Yen(260500)));
  EXPECT_FALSE(thousands4(Yen(0)));
}

TEST(SanteiRecord, MatchesTheKiricoSamplePrefixAndHas53Items) {
  auto r = build_santei(santei_base());
  ASSERT_TRUE(r) << messages(r.error());
  ASSERT_EQ(r->items.size(), 53u);
  // [KIRICO spec] 2225700,21,14,ｸﾄﾜ,000002,ﾖｼﾀﾞ ﾀﾛｳ,吉田　太郎,5,590527,7,28,09,…
  EXPECT_EQ(join(r->items, 12), "2225700,21,14,ｸﾄﾜ,000002,ﾖｼﾀﾞ ﾀﾛｳ,吉田\u3000太郎,5,590527,7,28,09");
  EXPECT_EQ(r->items[12], "0260");
  EXPECT_EQ(r->items[13], "0260");
  EXPECT_EQ(join({r->items.begin() + 14, r->items.begin() + 17}, 3), "7,27,09");
  EXPECT_EQ(join({r->items.begin() + 21, r->items.begin() + 24}, 3), "04,05,06");
  EXPECT_EQ(r->items[34], "0315000");  // 合計 May = 310,000 + 5,000
  EXPECT_EQ(r->items[36], "0905000");  // 総計
  EXPECT_EQ(r->items[37], "0301666");  // 平均額 905,000 / 3 = 301,666.67 → cut
  EXPECT_EQ(r->items[39], "");         // 個人番号: never for the under-70
  EXPECT_FALSE(r->wants_my_number);
}

TEST(SanteiRecord, QualifyingMonthsOnly17DaysOr11ForShortTime) {
  auto in = santei_base();
  in.months[0]->base_days = 16;  // April does not count
  auto r = build_santei(in);
  ASSERT_TRUE(r) << messages(r.error());
  EXPECT_EQ(r->items[36], "0605000");
  EXPECT_EQ(r->items[37], "0302500");
  in.short_time = true;  // 短時間労働者: 11 days suffice
  r = build_santei(in);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->items[36], "0905000");
  EXPECT_EQ(r->items[48], "1");
}

TEST(SanteiRecord, PartTimeFifteenDayRule) {
  auto in = santei_base();
  in.part_time = true;
  in.months = {MonthPay{16, Yen(100000), Yen(0)}, MonthPay{14, Yen(90000), Yen(0)}, MonthPay{15, Yen(95000), Yen(0)}};
  auto r = build_santei(in);
  ASSERT_TRUE(r) << messages(r.error());
  EXPECT_EQ(r->items[36], "0195000");  // April + June (≥ 15 days)
  EXPECT_EQ(r->items[37], "0097500");
  EXPECT_EQ(r->items[49], "1");
}

TEST(SanteiRecord, MidwayJoinerLeavesTheMissingMonthBlank) {
  auto in = santei_base();
  in.months[0].reset();
  in.joined_midway = true;
  auto r = build_santei(in);
  ASSERT_TRUE(r) << messages(r.error());
  EXPECT_EQ(r->items[24], "");
  EXPECT_EQ(r->items[27], "");
  EXPECT_EQ(r->items[36], "0605000");
  EXPECT_EQ(r->items[46], "1");
}

TEST(SanteiRecord, Over70HasFlagAndAsksForTheNumberWithoutPensionGrade) {
  auto in = santei_base();
  in.over70 = true;
  in.previous_pension.reset();
  auto r = build_santei(in);
  ASSERT_TRUE(r) << messages(r.error());
  EXPECT_TRUE(r->wants_my_number);
  EXPECT_EQ(r->my_number_item, 40);
  EXPECT_EQ(r->items[42], "1");
  EXPECT_EQ(r->items[40], "1234");
  EXPECT_EQ(r->items[41], "567890");
  EXPECT_EQ(r->items[13], "");
}

TEST(SanteiRecord, CapsAt9999999) {
  auto in = santei_base();
  in.months = {MonthPay{31, Yen(12'000'000), Yen(0)}, MonthPay{30, Yen(3'000'000), Yen(0)}, MonthPay{31, Yen(3'000'000), Yen(0)}};
  auto r = build_santei(in);
  ASSERT_TRUE(r) << messages(r.error());
  EXPECT_EQ(r->items[27], "9999999");
  EXPECT_EQ(r->items[33], "9999999");
  EXPECT_EQ(r->items[36], "9999999");  // 総計 capped
  EXPECT_EQ(r->items[37], "5333333");  // (9,999,999 + 3,000,000 + 3,000,000) / 3: from the written 合計
}

TEST(SanteiRecord, RefusesANonKanaNameNamingPersonAndItem) {
  auto in = santei_base();
  in.person.family_kana = "吉田";
  auto r = build_santei(in);
  ASSERT_FALSE(r);
  std::string m = messages(r.error());
  EXPECT_NE(m.find("社員 2 吉田 太郎"), std::string::npos) << m;
  EXPECT_NE(m.find("項番6 被保険者氏名(カナ)"), std::string::npos) << m;
}

TEST(GekkakuRecord, MatchesTheKiricoSamplePrefix) {
  GekkakuInput in;
  in.office = {"21", "57", "ｹﾏ", "1"};
  in.person = yoshida();
  in.person.seiri_bango = "17";
  in.person.family_name = "厚年";
  in.person.given_name = "三郎";
  in.person.family_kana = "コウネン";
  in.person.given_kana = "サブロウ";
  in.person.birth_date = date(1960, 7, 8);
  in.revision = {2019, 12};
  in.previous_health = Yen(260000);
  in.previous_pension = Yen(260000);
  in.previous_revision = {2019, 9};
  in.raise_month = 9;
  in.raise_kind = 1;
  in.months = {MonthPay{30, Yen(330000), Yen(0)}, MonthPay{31, Yen(330000), Yen(0)}, MonthPay{30, Yen(331000), Yen(0)}};
  auto r = build_gekkaku(in);
  ASSERT_TRUE(r) << messages(r.error());
  ASSERT_EQ(r->items.size(), 49u);
  // [KIRICO spec] 2221700,21,57,ｹﾏ,17,ｺｳﾈﾝ ｻﾌﾞﾛｳ,厚年　三郎,5,350708,9,01,12,0260,0260,9,01,09,09,1,,,…
  EXPECT_EQ(join(r->items, 21), "2221700,21,57,ｹﾏ,17,ｺｳﾈﾝ ｻﾌﾞﾛｳ,厚年\u3000三郎,5,350708,9,01,12,0260,0260,9,01,09,09,1,,");
  EXPECT_EQ(join({r->items.begin() + 21, r->items.begin() + 24}, 3), "09,10,11");
  EXPECT_EQ(r->items[36], "0991000");
  EXPECT_EQ(r->items[37], "0330333");
}

TEST(GekkakuRecord, RefusesA16DayMonth) {
  GekkakuInput in;
  in.office = kutowa();
  in.person = yoshida();
  in.revision = {2026, 7};
  in.previous_revision = {2025, 9};
  in.months = {MonthPay{16, Yen(330000), Yen(0)}, MonthPay{31, Yen(330000), Yen(0)}, MonthPay{30, Yen(331000), Yen(0)}};
  auto r = build_gekkaku(in);
  ASSERT_FALSE(r);
  EXPECT_NE(messages(r.error()).find("項番25"), std::string::npos);
  in.short_time = true;  // 11–31 for 短時間労働者
  EXPECT_TRUE(build_gekkaku(in));
}

ShoyoInput shoyo_base() {
  ShoyoInput in;
  in.office = kutowa();
  in.person = yoshida();
  in.payments = {{date(2019, 9, 1), Yen(500500), Yen(0)}};
  return in;
}

TEST(ShoyoRecord, MatchesTheKiricoSamplePrefixAndCutsBelowThousand) {
  auto r = build_shoyo(shoyo_base());
  ASSERT_TRUE(r) << messages(r.error());
  ASSERT_EQ(r->items.size(), 21u);
  // [KIRICO spec] 2265700,21,14,ｸﾄﾜ,000002,ﾖｼﾀﾞ ﾀﾛｳ,吉田　太郎,5,590527,9,010901,…
  EXPECT_EQ(join(r->items, 11), "2265700,21,14,ｸﾄﾜ,000002,ﾖｼﾀﾞ ﾀﾛｳ,吉田\u3000太郎,5,590527,9,010901");
  EXPECT_EQ(r->items[11], "0500500");
  EXPECT_EQ(r->items[13], "0500000");  // 合計: below ¥1,000 cut off
  EXPECT_EQ(r->items[19], "");
}

TEST(ShoyoRecord, TwoBonusesInAMonthAreAddedWithTheFirstDay) {
  auto in = shoyo_base();
  in.payments = {{date(2026, 7, 25), Yen(100000), Yen(0)}, {date(2026, 7, 10), Yen(600000), Yen(20000)}};
  auto r = build_shoyo(in);
  ASSERT_TRUE(r) << messages(r.error());
  EXPECT_EQ(r->items[10], "080725");  // the last payment
  EXPECT_EQ(r->items[11], "0700000");
  EXPECT_EQ(r->items[12], "0020000");
  EXPECT_EQ(r->items[13], "0720000");
  EXPECT_EQ(r->items[19], "10");  // 備考 同一月内の賞与合算: first payment day
  in.payments.push_back({date(2026, 8, 1), Yen(1000), Yen(0)});
  EXPECT_FALSE(build_shoyo(in));  // different months are separate records
}

TEST(ShoyoRecord, CapAndFuturePaymentRefused) {
  auto in = shoyo_base();
  in.payments = {{date(2026, 7, 10), Yen(15'000'000), Yen(0)}};
  auto r = build_shoyo(in);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->items[11], "9999999");
  EXPECT_EQ(r->items[13], "9999999");  // [RK-CHK]; [KIRICO] writes 9999000 (reference §7.2)
  EXPECT_FALSE(build_shoyo(in, date(2026, 7, 9)));  // payment after the check date
}

TEST(ShutokuRecord, NumberOrAddressNeverBoth) {
  ShutokuInput in;
  in.office = kutowa();
  in.person = yoshida();
  in.sex = model::Sex::kFemale;
  in.acquired_on = date(2026, 7, 1);
  in.cash = Yen(275000);
  in.in_kind = Yen(9800);
  in.postal_code = "154-0001";
  in.address = "東京都世田谷区池尻9-1-1";
  in.address_kana = "トウキョウト セタガヤク イケジリ 9-1-1";
  auto r = build_shutoku(in);
  ASSERT_TRUE(r) << messages(r.error());
  ASSERT_EQ(r->items.size(), 34u);
  EXPECT_EQ(join(r->items, 5), "2200700,21,14,ｸﾄﾜ,12345");  // 事業所番号 is item 5
  EXPECT_EQ(r->items[10], "2");
  EXPECT_EQ(r->items[11], "1");
  EXPECT_TRUE(r->wants_my_number);
  EXPECT_EQ(r->items[28], "");  // address left out while the number is wanted
  EXPECT_EQ(join({r->items.begin() + 17, r->items.begin() + 23}, 6), "9,080701,0,0275000,0009800,0284800");
  ASSERT_TRUE(shutoku_fill_address(*r, in));
  EXPECT_EQ(r->items[28], "154");
  EXPECT_EQ(r->items[29], "0001");
  EXPECT_EQ(r->items[30], "ﾄｳｷｮｳﾄ ｾﾀｶﾞﾔｸ ｲｹｼﾞﾘ 9-1-1");
  EXPECT_EQ(r->items[31], "東京都世田谷区池尻９－１－１");
  in.address_kana.clear();
  Record r2 = *build_shutoku(in);
  auto filled = shutoku_fill_address(r2, in);
  ASSERT_FALSE(filled);
  EXPECT_NE(filled.error().to_string().find("項番31"), std::string::npos);
}

TEST(SoshitsuRecord, LossIsTheDayAfterLeavingAnd70NotPlusOne) {
  SoshitsuInput in;
  in.office = kutowa();
  in.person = yoshida();
  in.person.birth_date = date(1950, 6, 1);
  in.left_on = date(2026, 9, 30);
  in.over70 = true;
  auto r = build_soshitsu(in);
  ASSERT_TRUE(r) << messages(r.error());
  ASSERT_EQ(r->items.size(), 27u);
  EXPECT_EQ(r->items[13], "9");
  EXPECT_EQ(r->items[14], "081001");  // 資格喪失年月日 = 退職日 + 1
  EXPECT_EQ(r->items[15], "4");
  EXPECT_EQ(r->items[17], "080930");
  EXPECT_EQ(r->items[23], "1");
  EXPECT_EQ(r->items[25], "080930");  // 不該当年月日 = 退職日 itself
  EXPECT_EQ(r->items[11], "1234");
}

TEST(SoshitsuRecord, NeedsBasicPensionNumberWithoutMyNumber) {
  SoshitsuInput in;
  in.office = kutowa();
  in.person = yoshida();
  in.person.basic_pension_number.clear();
  in.left_on = date(2026, 9, 30);
  in.want_my_number = false;
  auto r = build_soshitsu(in);
  ASSERT_FALSE(r);
  EXPECT_NE(messages(r.error()).find("項番12"), std::string::npos);
}

// ---- record rules (checker side), one broken record per rule -------------------------------

std::vector<std::string> good_santei() { return build_santei(santei_base())->items; }

bool has_problem(const std::vector<std::string>& items, int item, const std::string& fragment = {}) {
  for (const auto& p : check_record(items, {date(2026, 11, 23)}))
    if (p.item == item && p.message.find(fragment) != std::string::npos) return true;
  return false;
}

TEST(RecordRules, EachRuleIsReported) {
  EXPECT_TRUE(check_record(good_santei(), {date(2026, 11, 23)}).empty());
  auto v = good_santei();
  v[1] = "13";
  EXPECT_TRUE(has_problem(v, 2, "JIS 13"));
  v = good_santei();
  v[5] = "ﾖｼﾀﾞﾀﾛｳ";
  EXPECT_TRUE(has_problem(v, 6, "one half-width space"));
  v = good_santei();
  v[6] = "吉田 太郎";
  EXPECT_TRUE(has_problem(v, 7));
  v = good_santei();
  v[7] = "4";
  EXPECT_TRUE(has_problem(v, 8));
  v = good_santei();
  v[11] = "10";
  EXPECT_TRUE(has_problem(v, 12));
  v = good_santei();
  v[12] = "0000";
  EXPECT_TRUE(has_problem(v, 13, "0000"));
  v = good_santei();
  v[17] = "04";  // 昇給月 without 区分
  EXPECT_TRUE(has_problem(v, 19, "together"));
  v = good_santei();
  v[33] = "0300001";
  EXPECT_TRUE(has_problem(v, 34, "must equal"));
  v = good_santei();
  v[36] = "0905001";
  EXPECT_TRUE(has_problem(v, 37));
  v = good_santei();
  v[37] = "0301667";
  EXPECT_TRUE(has_problem(v, 38, "cut off"));
  v = good_santei();
  v[39] = "123456789012";  // 個人番号 for someone not 70+
  EXPECT_TRUE(has_problem(v, 40, "70歳以上被用者"));
  v = good_santei();
  v[42] = "1";  // 70+ without 個人番号 or 基礎年金番号
  EXPECT_TRUE(has_problem(v, 41, "required"));
  v = good_santei();
  v[52] = "1";  // 70歳以上被用者届のみ with 整理番号 and without flag
  EXPECT_TRUE(has_problem(v, 5));
  EXPECT_TRUE(has_problem(v, 43));
  v = good_santei();
  v[51] = std::string(76, 'a');
  EXPECT_TRUE(has_problem(v, 52, "75 bytes"));
  v = good_santei();
  v.pop_back();
  EXPECT_TRUE(has_problem(v, 0, "53 items"));
  v = good_santei();
  v[0] = "2225799";
  EXPECT_TRUE(has_problem(v, 1, "unknown"));
  // Problems never echo a 個人番号.
  v = good_santei();
  v[39] = "123456789018";
  for (const auto& p : check_record(v)) EXPECT_EQ(p.message.find("123456789018"), std::string::npos);
}

TEST(RecordRules, ShoyoSoshitsuShutokuCrossFields) {
  auto b = build_shoyo(shoyo_base())->items;
  b[13] = "0500500";
  EXPECT_TRUE(has_problem(b, 14, "cut off"));
  b = build_shoyo(shoyo_base())->items;
  b[10] = "090101";  // 令和9年 = 2027: after the check date
  EXPECT_TRUE(has_problem(b, 11, "after the check date"));
  b = build_shoyo(shoyo_base())->items;
  b[19] = "05";  // first payment after the payment date
  EXPECT_TRUE(has_problem(b, 20));

  SoshitsuInput s;
  s.office = kutowa();
  s.person = yoshida();
  s.left_on = date(2026, 9, 30);
  auto l = build_soshitsu(s)->items;
  l[14] = "080930";  // loss date equal to the leaving day
  EXPECT_TRUE(has_problem(l, 15, "day after"));
  l = build_soshitsu(s)->items;
  l[15] = "7";  // 75歳到達 with 退職日 filled, before the 75th birthday
  EXPECT_TRUE(has_problem(l, 17));
  EXPECT_TRUE(has_problem(l, 15, "75th birthday"));

  ShutokuInput a;
  a.office = kutowa();
  a.person = yoshida();
  a.acquired_on = date(2026, 7, 1);
  a.cash = Yen(275000);
  auto q = build_shutoku(a)->items;
  q[12] = "123456789018";
  q[28] = "154";
  EXPECT_TRUE(has_problem(q, 29, "個人番号"));
  q = build_shutoku(a)->items;  // no number and no address
  EXPECT_TRUE(has_problem(q, 31, "required"));
  q[12] = "123456789018";
  q[22] = "0275001";
  EXPECT_TRUE(has_problem(q, 23, "must equal"));
  q = build_shutoku(a)->items;
  q[12] = "123456789018";
  q[23] = "1";  // 70歳以上被用者該当 for a 42-year-old
  EXPECT_TRUE(has_problem(q, 19, "70"));
}

}  // namespace
}  // namespace kyuyo::forms::shaho
