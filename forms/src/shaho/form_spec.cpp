// The five SHFD0006.CSV layouts. Source: shared/reference/social-insurance.md §5.4.1–5.4.5.
#include "kyuyo/forms/shaho/form_spec.hpp"

namespace kyuyo::forms::shaho {
namespace {
using K = ItemKind;

constexpr const char* kEras = "1|3|5|7|9";
constexpr const char* kNewEras = "7|9";

std::vector<ItemSpec> common_block(const char* code) {
  return {
      {1, "様式コード", K::kFixed, 0, 0, code, true},
      {2, "都道府県コード", K::kPrefecture, 2, 2, "", true},
      {3, "郡市区符号", K::kDigits, 2, 2, "", true},
      {4, "事業所記号", K::kKigou, 1, 4, "", true},
      {5, "被保険者整理番号", K::kDigits, 1, 6},
      {6, "被保険者氏名(カナ)", K::kKanaName, 0, 25, "", true},
      {7, "被保険者氏名(漢字)", K::kKanjiName, 0, 24},
      {8, "生年月日 元号", K::kCodes, 0, 0, kEras, true},
      {9, "生年月日 年月日", K::kDigits, 6, 6, "", true},
  };
}

std::vector<ItemSpec> office_block(const char* code) {
  return {
      {1, "様式コード", K::kFixed, 0, 0, code, true},
      {2, "都道府県コード", K::kPrefecture, 2, 2, "", true},
      {3, "郡市区符号", K::kDigits, 2, 2, "", true},
      {4, "事業所記号", K::kKigou, 1, 4, "", true},
      {5, "事業所番号", K::kDigits, 1, 5, "", true},
      {6, "被保険者整理番号", K::kDigits, 1, 6},
      {7, "被保険者氏名(カナ)", K::kKanaName, 0, 25, "", true},
      {8, "被保険者氏名(漢字)", K::kKanjiName, 0, 24},
      {9, "生年月日 元号", K::kCodes, 0, 0, kEras, true},
      {10, "生年月日 年月日", K::kDigits, 6, 6, "", true},
  };
}

void add(std::vector<ItemSpec>& v, std::vector<ItemSpec> more) {
  for (auto& i : more) v.push_back(i);
}

// Items 13–39 shared by 算定 (2225700) and 月変 (2221700); `req` makes the pay items required.
std::vector<ItemSpec> remuneration_block(bool monthly_change) {
  bool req = monthly_change;
  std::vector<ItemSpec> v = {
      {13, "従前の標準報酬月額 健保", K::kDigits, 4, 4},
      {14, "従前の標準報酬月額 厚年", K::kDigits, 4, 4},
      {15, "従前の改定月 元号", K::kCodes, 0, 0, kNewEras, true},
      {16, "従前の改定月 年", K::kDigits, 2, 2, "", true},
      {17, "従前の改定月 月", K::kDigits, 2, 2, "", true},
      {18, "昇(降)給月", K::kDigits, 2, 2},
      {19, "昇(降)給区分", K::kCodes, 0, 0, "1|2"},
      {20, "遡及支払月", monthly_change ? K::kDigits : K::kCodes, 2, 2, monthly_change ? "" : "04|05|06"},
      {21, "遡及支払額", K::kDigits, 1, 7},
  };
  const char* m1 = monthly_change ? "給与支給月(前三ヶ月)" : "給与支給月 4月";
  const char* m2 = monthly_change ? "給与支給月(前二ヶ月)" : "給与支給月 5月";
  const char* m3 = monthly_change ? "給与支給月(前一ヶ月)" : "給与支給月 6月";
  add(v, {
             {22, m1, monthly_change ? K::kDigits : K::kCodes, 2, 2, monthly_change ? "" : "04", true},
             {23, m2, monthly_change ? K::kDigits : K::kCodes, 2, 2, monthly_change ? "" : "05", true},
             {24, m3, monthly_change ? K::kDigits : K::kCodes, 2, 2, monthly_change ? "" : "06", true},
             {25, "給与計算の基礎日数 1", K::kDigits, 2, 2, "", req},
             {26, "給与計算の基礎日数 2", K::kDigits, 2, 2, "", req},
             {27, "給与計算の基礎日数 3", K::kDigits, 2, 2, "", req},
             {28, "通貨によるものの額 1", K::kDigits, 1, 7, "", req},
             {29, "通貨によるものの額 2", K::kDigits, 1, 7, "", req},
             {30, "通貨によるものの額 3", K::kDigits, 1, 7, "", req},
             {31, "現物によるものの額 1", K::kDigits, 1, 7, "", req},
             {32, "現物によるものの額 2", K::kDigits, 1, 7, "", req},
             {33, "現物によるものの額 3", K::kDigits, 1, 7, "", req},
             {34, "合計 1", K::kDigits, 1, 7, "", req},
             {35, "合計 2", K::kDigits, 1, 7, "", req},
             {36, "合計 3", K::kDigits, 1, 7, "", req},
             {37, "総計", K::kDigits, 1, 7, "", req},
             {38, "平均額", K::kDigits, 1, 7, "", req},
             {39, "修正平均額", K::kDigits, 1, 7},
             {40, "個人番号", K::kMyNumber, 12, 12},
             {41, "基礎年金番号 課所符号", K::kDigits, 4, 4},
             {42, "基礎年金番号 一連番号", K::kDigits, 6, 6},
             {43, "備考 70歳以上被用者", K::kFlag},
         });
  return v;
}

FormSpec santei() {
  FormSpec f{"2225700", "算定基礎届", common_block("2225700"), 40, 0, 0};
  add(f.items, {
                   {10, "適用年月 元号", K::kCodes, 0, 0, kNewEras, true},
                   {11, "適用年月 年", K::kDigits, 2, 2, "", true},
                   {12, "適用年月 月", K::kCodes, 0, 0, "09", true},
               });
  add(f.items, remuneration_block(false));
  add(f.items, {
                   {44, "70歳算定基礎月", K::kDigits, 2, 4},
                   {45, "備考 二以上事業所勤務者", K::kFlag},
                   {46, "備考 月額変更予定", K::kFlag},
                   {47, "備考 途中入社", K::kFlag},
                   {48, "備考 病休・育休・休職等", K::kFlag},
                   {49, "備考 短時間労働者", K::kFlag},
                   {50, "備考 パート", K::kFlag},
                   {51, "備考 年間平均", K::kFlag},
                   {52, "備考 その他", K::kText, 0, 75},
                   {53, "70歳以上被用者届のみ提出", K::kFlag},
               });
  return f;
}

FormSpec gekkaku() {
  FormSpec f{"2221700", "月額変更届", common_block("2221700"), 40, 0, 0};
  add(f.items, {
                   {10, "改定年月 元号", K::kCodes, 0, 0, kNewEras, true},
                   {11, "改定年月 年", K::kDigits, 2, 2, "", true},
                   {12, "改定年月 月", K::kDigits, 2, 2, "", true},
               });
  add(f.items, remuneration_block(true));
  add(f.items, {
                   {44, "備考 二以上事業所勤務者", K::kFlag},
                   {45, "備考 短時間労働者", K::kFlag},
                   {46, "備考 昇給・降給の理由", K::kText, 0, 75},
                   {47, "備考 健康保険のみ月額変更", K::kFlag},
                   {48, "備考 その他", K::kText, 0, 75},
                   {49, "70歳以上被用者届のみ提出", K::kFlag},
               });
  return f;
}

FormSpec shoyo() {
  FormSpec f{"2265700", "賞与支払届", common_block("2265700"), 15, 0, 0};
  add(f.items, {
                   {10, "賞与支払年月日 元号", K::kCodes, 0, 0, kNewEras, true},
                   {11, "賞与支払年月日", K::kDigits, 6, 6, "", true},
                   {12, "賞与額 通貨によるものの額", K::kDigits, 1, 7},
                   {13, "賞与額 現物によるものの額", K::kDigits, 1, 7},
                   {14, "賞与額 合計", K::kDigits, 1, 7, "", true},
                   {15, "個人番号", K::kMyNumber, 12, 12},
                   {16, "基礎年金番号 課所符号", K::kDigits, 4, 4},
                   {17, "基礎年金番号 一連番号", K::kDigits, 6, 6},
                   {18, "備考 70歳以上被用者", K::kFlag},
                   {19, "備考 二以上事業所勤務者", K::kFlag},
                   {20, "備考 同一月内の賞与合算 初回支払日", K::kDigits, 2, 2},
                   {21, "70歳以上被用者届のみ提出", K::kFlag},
               });
  return f;
}

FormSpec shutoku() {
  FormSpec f{"2200700", "資格取得届", office_block("2200700"), 13, 5, 1};
  add(f.items, {
                   {11, "種別", K::kCodes, 0, 0, "1|2|3|5|6|7"},
                   {12, "取得区分", K::kCodes, 0, 0, "1|3|4|6|7"},
                   {13, "個人番号", K::kMyNumber, 12, 12},
                   {14, "住民票住所を記載できない理由", K::kCodes, 0, 0, "1|2|3"},
                   {15, "個人番号情報(備考)", K::kText, 0, 75},
                   {16, "基礎年金番号 課所符号", K::kDigits, 4, 4},
                   {17, "基礎年金番号 一連番号", K::kDigits, 6, 6},
                   {18, "資格取得年月日 元号", K::kCodes, 0, 0, kNewEras, true},
                   {19, "資格取得年月日", K::kDigits, 6, 6, "", true},
                   {20, "被扶養者の有無", K::kCodes, 0, 0, "0|1", true},
                   {21, "報酬月額 通貨によるものの額", K::kDigits, 1, 7, "", true},
                   {22, "報酬月額 現物によるものの額", K::kDigits, 1, 7, "", true},
                   {23, "報酬月額 合計", K::kDigits, 1, 7, "", true},
                   {24, "備考 70歳以上被用者該当", K::kFlag},
                   {25, "備考 二以上事業所勤務者", K::kFlag},
                   {26, "備考 短時間労働者", K::kFlag},
                   {27, "備考 退職後の継続再雇用者", K::kFlag},
                   {28, "備考 その他", K::kText, 0, 75},
                   {29, "郵便番号 親番号", K::kDigits, 3, 3},
                   {30, "郵便番号 子番号", K::kDigits, 4, 4},
                   {31, "被保険者住所(カナ)", K::kKanaText, 0, 75},
                   {32, "被保険者住所(漢字)", K::kWideText, 0, 74},
                   {33, "70歳以上被用者届のみ提出", K::kFlag},
                   {34, "資格確認書発行要否", K::kFlag},
               });
  return f;
}

FormSpec soshitsu() {
  FormSpec f{"2201700", "資格喪失届", office_block("2201700"), 11, 5, 1};
  add(f.items, {
                   {11, "個人番号", K::kMyNumber, 12, 12},
                   {12, "基礎年金番号 課所符号", K::kDigits, 4, 4},
                   {13, "基礎年金番号 一連番号", K::kDigits, 6, 6},
                   {14, "資格喪失年月日 元号", K::kCodes, 0, 0, kNewEras},
                   {15, "資格喪失年月日", K::kDigits, 6, 6},
                   {16, "喪失(不該当)原因", K::kCodes, 0, 0, "4|5|7|9|11", true},
                   {17, "退職日・死亡日 元号", K::kCodes, 0, 0, kNewEras},
                   {18, "退職日・死亡日", K::kDigits, 6, 6},
                   {19, "備考 二以上事業所勤務者の喪失", K::kFlag},
                   {20, "備考 退職後の継続再雇用者の喪失", K::kFlag},
                   {21, "備考 その他", K::kText, 0, 75},
                   {22, "資格確認書回収 添付", K::kDigits, 1, 2},
                   {23, "資格確認書回収 返不能", K::kDigits, 1, 2},
                   {24, "70歳不該当", K::kFlag},
                   {25, "不該当年月日 元号", K::kCodes, 0, 0, kNewEras},
                   {26, "不該当年月日", K::kDigits, 6, 6},
                   {27, "70歳以上被用者届のみ提出", K::kFlag},
               });
  return f;
}

}  // namespace

const std::vector<const FormSpec*>& all_form_specs() {
  static const FormSpec s = santei(), g = gekkaku(), b = shoyo(), a = shutoku(), l = soshitsu();
  static const std::vector<const FormSpec*> all{&s, &g, &b, &a, &l};
  return all;
}

const FormSpec* form_spec(std::string_view code) {
  for (const FormSpec* f : all_form_specs())
    if (code == f->code) return f;
  return nullptr;
}

std::string item_label(const FormSpec& f, int no) {
  std::string s = "項番" + std::to_string(no);
  if (no >= 1 && no <= static_cast<int>(f.items.size())) s += std::string(" ") + f.items[no - 1].name;
  return s;
}

}  // namespace kyuyo::forms::shaho
