// 法定資料の種類 315 record in the eLTAX 統一CSV item order (147 items). Sources and status per
// item: docs/eltax.md and the header. Widths (半角/全角 limits) are those of the 2014 validator;
// kyuyo does not truncate: a too-long value is the caller's data to fix.
#include "kyuyo/forms/eltax_record.hpp"

#include <map>

#include "kyuyo/core/error.hpp"

namespace kyuyo::forms {
namespace {

std::string yen(Yen v) { return v == Yen(0) ? "" : v.str(); }
std::string yen0(Yen v) { return v.str(); }
std::string cnt(int n) { return n == 0 ? "" : std::to_string(n); }
std::string flag(bool b) { return b ? "1" : "0"; }
std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

/// 元号 code of the 法定調書 光ディスク / 統一CSV records: 1 昭和, 2 大正, 3 明治, 4 平成, 5 令和
/// (chumaltd/luca-jp jp_payreport.rb 和暦(); the 2014 validator allows 1–4, before 令和). This is
/// NOT the e-Tax XML code (General.xsd: 1 明治 … 5 令和).
int record_era_code(Era e) {
  switch (e) {
    case Era::kShowa: return 1;
    case Era::kTaisho: return 2;
    case Era::kMeiji: return 3;
    case Era::kHeisei: return 4;
    case Era::kReiwa: return 5;
  }
  return 0;
}

/// 住宅借入金等特別控除区分: the record takes a two-digit code (validator: 数字2 01~04); the slip
/// holds the printed text (住, 認, 増, 震 …) whose code table was not read, so only digits pass.
std::string housing_code(const std::string& k) {
  if (k.size() == 2 && k.find_first_not_of("0123456789") == std::string::npos) return k;
  return "";
}

const std::map<std::string, std::string>& halfwidth_table() {
  static const std::map<std::string, std::string> t = [] {
    std::map<std::string, std::string> m;
    const char* pairs[][2] = {
        {"ァ", "ｧ"}, {"ア", "ｱ"}, {"ィ", "ｨ"}, {"イ", "ｲ"}, {"ゥ", "ｩ"}, {"ウ", "ｳ"}, {"ェ", "ｪ"}, {"エ", "ｴ"},
        {"ォ", "ｫ"}, {"オ", "ｵ"}, {"カ", "ｶ"}, {"ガ", "ｶﾞ"}, {"キ", "ｷ"}, {"ギ", "ｷﾞ"}, {"ク", "ｸ"}, {"グ", "ｸﾞ"},
        {"ケ", "ｹ"}, {"ゲ", "ｹﾞ"}, {"コ", "ｺ"}, {"ゴ", "ｺﾞ"}, {"サ", "ｻ"}, {"ザ", "ｻﾞ"}, {"シ", "ｼ"}, {"ジ", "ｼﾞ"},
        {"ス", "ｽ"}, {"ズ", "ｽﾞ"}, {"セ", "ｾ"}, {"ゼ", "ｾﾞ"}, {"ソ", "ｿ"}, {"ゾ", "ｿﾞ"}, {"タ", "ﾀ"}, {"ダ", "ﾀﾞ"},
        {"チ", "ﾁ"}, {"ヂ", "ﾁﾞ"}, {"ッ", "ｯ"}, {"ツ", "ﾂ"}, {"ヅ", "ﾂﾞ"}, {"テ", "ﾃ"}, {"デ", "ﾃﾞ"}, {"ト", "ﾄ"},
        {"ド", "ﾄﾞ"}, {"ナ", "ﾅ"}, {"ニ", "ﾆ"}, {"ヌ", "ﾇ"}, {"ネ", "ﾈ"}, {"ノ", "ﾉ"}, {"ハ", "ﾊ"}, {"バ", "ﾊﾞ"},
        {"パ", "ﾊﾟ"}, {"ヒ", "ﾋ"}, {"ビ", "ﾋﾞ"}, {"ピ", "ﾋﾟ"}, {"フ", "ﾌ"}, {"ブ", "ﾌﾞ"}, {"プ", "ﾌﾟ"}, {"ヘ", "ﾍ"},
        {"ベ", "ﾍﾞ"}, {"ペ", "ﾍﾟ"}, {"ホ", "ﾎ"}, {"ボ", "ﾎﾞ"}, {"ポ", "ﾎﾟ"}, {"マ", "ﾏ"}, {"ミ", "ﾐ"}, {"ム", "ﾑ"},
        {"メ", "ﾒ"}, {"モ", "ﾓ"}, {"ャ", "ｬ"}, {"ヤ", "ﾔ"}, {"ュ", "ｭ"}, {"ユ", "ﾕ"}, {"ョ", "ｮ"}, {"ヨ", "ﾖ"},
        {"ラ", "ﾗ"}, {"リ", "ﾘ"}, {"ル", "ﾙ"}, {"レ", "ﾚ"}, {"ロ", "ﾛ"}, {"ヮ", "ﾜ"}, {"ワ", "ﾜ"}, {"ヰ", "ｲ"},
        {"ヱ", "ｴ"}, {"ヲ", "ｦ"}, {"ン", "ﾝ"}, {"ヴ", "ｳﾞ"}, {"ヵ", "ｶ"}, {"ヶ", "ｹ"}, {"ー", "ｰ"}, {"・", "･"},
        {"　", " "}, {"゛", "ﾞ"}, {"゜", "ﾟ"}};
    for (const auto& p : pairs) m.emplace(p[0], p[1]);
    return m;
  }();
  return t;
}

}  // namespace

std::string to_halfwidth_kana(const std::string& utf8) {
  const auto& t = halfwidth_table();
  std::string out;
  for (std::size_t i = 0; i < utf8.size();) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    std::string ch = utf8.substr(i, len);
    auto it = t.find(ch);
    out += it == t.end() ? ch : it->second;
    i += len;
  }
  return out;
}

std::string ordinary_collection_reason(const WithholdingSlip& s) {
  if (s.left_on) return "普F";
  if (s.otsu) return "普B";
  return "";
}

std::vector<EltaxField> eltax_315_record(const WithholdingSlip& s, bool file_tax_office) {
  if (s.municipality_code.empty())
    throw KyuyoError(ErrorCode::kInvalidInput, "社員番号 " + s.employee_code + ": no 市区町村コード (1月1日現在の住所)",
                     "employees: 市区町村コード");
  std::vector<EltaxField> r;
  auto add = [&](const std::string& n, const std::string& v) { r.push_back({n, v, std::nullopt, {}}); };
  auto num = [&](const std::string& n, const std::optional<NumberRef>& who) { r.push_back({n, "", who, {}}); };
  auto ymd = [&](const std::string& what, const std::optional<Date>& d) {
    std::optional<Wareki> w;
    if (d) w = to_wareki(*d);
    add(what + " 年", w ? two(w->year) : "");
    add(what + " 月", w ? two(w->month) : "");
    add(what + " 日", w ? two(w->day) : "");
  };
  auto w = to_wareki(Date(static_cast<unsigned short>(s.year), 12, 31));
  // 1–13 提出義務者, 年分, 住所 (網走市 仕様書; validator items 1–13)
  add("法定資料の種類", "315");
  add("整理番号1", "");
  add("本支店等区分番号", "");
  add("提出義務者の住所又は所在地", s.payer_address);
  add("提出義務者の氏名又は名称", s.payer_name);
  add("提出義務者の電話番号", s.payer_phone);
  add("整理番号2", "");
  add("提出者の住所又は所在地", "");
  add("提出者の氏名又は名称", "");
  add("訂正表示", "0");  // 統一CSV: 提出区分 0 新規 (1 追加, 2 訂正, 3 取消)
  add("年分", two(w.year));
  add("支払を受ける者の住所又は居所", s.address);
  add("国外住所表示", "0");
  // 14–43 (validator items 14–43)
  add("支払を受ける者の氏名", s.name);
  add("役職名", s.job_title);
  add("種別", s.kind);
  add("支払金額", yen0(s.payment));
  add("未払金額", yen(s.payment_unpaid));
  add("給与所得控除後の給与等の金額", s.employment_income ? yen0(*s.employment_income) : "");
  add("所得控除の額の合計額", s.total_deductions ? yen0(*s.total_deductions) : "");
  add("源泉徴収税額", yen0(s.tax));
  add("未徴収税額", yen(s.tax_uncollected));
  // 1 有 / 2 無 (luca-jp); 3 従有 / 4 従無 for a 乙欄 (従たる給与) slip: the validator allows 1–4,
  // the meaning of 3/4 is recalled, not read.
  add("控除対象配偶者の有無等", s.otsu ? (s.spouse_present_otsu ? "3" : "4") : (s.spouse_present ? "1" : "2"));
  add("老人控除対象配偶者", flag(s.spouse_elderly));
  add("配偶者(特別)控除の額", yen(s.spouse_deduction));
  add("控除対象扶養親族の数 特定 主", cnt(s.specific));
  add("控除対象扶養親族の数 特定 従", cnt(s.specific_otsu));
  add("控除対象扶養親族の数 老人 主", cnt(s.elderly));
  add("控除対象扶養親族の数 老人 上の内訳", cnt(s.elderly_cohabiting));
  add("控除対象扶養親族の数 老人 従", cnt(s.elderly_otsu));
  add("控除対象扶養親族の数 その他 主", cnt(s.other));
  add("控除対象扶養親族の数 その他 従", cnt(s.other_otsu));
  add("障害者の数 特別障害者", cnt(s.disabled_special));
  add("障害者の数 上の内訳", cnt(s.disabled_special_cohabiting));
  add("障害者の数 その他", cnt(s.disabled_other));
  add("社会保険料等の金額", yen(s.social_insurance));
  add("上の内訳 小規模企業共済等掛金の額", yen(s.social_insurance_inner));
  add("生命保険料の控除額", yen(s.life_insurance));
  add("地震保険料の控除額", yen(s.earthquake_insurance));
  add("住宅借入金等特別控除等の額", yen(s.housing_credit));
  add("旧個人年金保険料の金額", yen(s.pension_old));
  add("配偶者の合計所得", s.spouse ? yen0(s.spouse_income) : "");
  add("旧長期損害保険料の金額", yen(s.old_long_term_insurance));
  // 44–63 生年月日, flags, 中途就・退職 (validator items 44–63)
  auto b = to_wareki(s.birth_date);
  add("受給者の生年月日 元号", std::to_string(record_era_code(b.era)));
  add("受給者の生年月日 年", two(b.year));
  add("受給者の生年月日 月", two(b.month));
  add("受給者の生年月日 日", two(b.day));
  add("夫あり", "");  // validator: ブランク
  add("未成年者", flag(s.minor));
  add("乙欄適用", flag(s.otsu));
  add("本人が特別障害者", flag(s.self_disabled_special));
  add("本人がその他の障害者", flag(s.self_disabled_other));
  add("老年者", "0");
  add("寡婦", s.widow ? "1" : "0");  // validator 0–2 (2 was 特別の寡婦 until 令和元年分)
  add("寡夫", "0");
  add("勤労学生", flag(s.working_student));
  add("死亡退職", flag(s.death_retirement));
  add("災害者", flag(s.disaster));
  add("外国人", flag(s.foreigner));
  add("中途就・退職 区分", s.left_on ? "2" : s.hired_on ? "1" : "0");
  ymd("中途就・退職", s.left_on ? s.left_on : s.hired_on);
  // 64–73 前職 (他の支払者) (validator items 64–73)
  const PreviousJob* pj = s.previous ? &*s.previous : nullptr;
  add("前職 住所又は所在地", pj ? pj->address : "");
  add("前職 国外住所表示", pj ? "0" : "");
  add("前職 氏名又は名称", pj ? pj->payer : "");
  add("前職 給与等の金額", pj ? yen0(pj->salary) : "");
  add("前職 徴収した額", pj ? yen0(pj->tax) : "");
  add("前職 控除した社会保険料の金額", pj ? yen0(pj->social) : "");
  add("災害者に係る徴収猶予税額", "");
  ymd("前職 退職年月日", pj ? pj->left_on : std::nullopt);
  // 74–85 住宅借入金等 (validator items 74–85)
  ymd("居住開始年月日(1回目)", s.housing_start1);
  add("住宅借入金等特別控除適用数", cnt(s.housing_count));
  add("住宅借入金等特別控除可能額", yen(s.housing_possible));
  add("住宅借入金等特別控除区分(1回目)", housing_code(s.housing_kubun1));
  add("住宅借入金等年末残高(1回目)", yen(s.housing_balance1));
  ymd("居住開始年月日(2回目)", s.housing_start2);
  add("住宅借入金等特別控除区分(2回目)", housing_code(s.housing_kubun2));
  add("住宅借入金等年末残高(2回目)", yen(s.housing_balance2));
  // 86 摘要 (全角65): the 前職 and the 5th and later persons have their own items; here the
  // 普通徴収 切替理由 code (eLTAX: the reason goes in 摘要) and remarks.
  std::string tekiyo = ordinary_collection_reason(s);
  for (const auto& l : s.remarks) tekiyo += (tekiyo.empty() ? "" : "　") + l;
  add("摘要", tekiyo);
  // 87–91 (validator items 87–91)
  add("新生命保険料の金額", yen(s.life_new));
  add("旧生命保険料の金額", yen(s.life_old));
  add("介護医療保険料の金額", yen(s.life_care));
  add("新個人年金保険料の金額", yen(s.pension_new));
  add("16歳未満扶養親族の数", cnt(s.under16));
  // 92–133 (平成28年分から; luca-jp)
  add("国民年金保険料等の金額", yen(s.national_pension));
  add("非居住者である親族の数", cnt(s.non_resident_relatives));
  // 94: luca-jp writes the 法人番号 here; for a 個人事業主 the same box (個人番号又は法人番号) takes
  // the owner's 個人番号 (kyuyo's reading of the form; the item name in the layout was not read).
  if (s.payer_corporate_number.empty() && s.payer_number) num("提出義務者の個人番号又は法人番号", s.payer_number);
  else add("提出義務者の個人番号又は法人番号", s.payer_corporate_number);
  num("支払を受ける者の個人番号", s.number);
  auto person = [&](const std::string& what, const SlipPerson* p) {
    add(what + " フリガナ", p ? p->kana : "");
    add(what + " 氏名", p ? p->name : "");
    // 区分 (国外扶養区分): a listed non-resident 控除対象扶養親族's code 01–04, the spouse's and
    // 16歳未満's 01; residents 00 (SlipPerson::overseas_code)
    add(what + " 区分", p ? (!p->non_resident ? "00" : p->overseas_code.empty() ? "01" : p->overseas_code) : "");
    num(what + " 個人番号", p ? std::optional<NumberRef>(p->number) : std::nullopt);
  };
  person("控除対象配偶者", s.spouse ? &*s.spouse : nullptr);
  for (std::size_t i = 0; i < 4; ++i)
    person("控除対象扶養親族" + std::to_string(i + 1), i < s.dependents.size() ? &s.dependents[i] : nullptr);
  for (std::size_t i = 0; i < 4; ++i)
    person("16歳未満の扶養親族" + std::to_string(i + 1), i < s.minors.size() ? &s.minors[i] : nullptr);
  auto fifth = [&](const std::string& what, const std::vector<SlipPerson>& ps) {
    EltaxField f{what, "", std::nullopt, {}};
    for (std::size_t i = 4; i < ps.size(); ++i) f.numbered_names.emplace_back(ps[i].number, ps[i].name);
    r.push_back(std::move(f));
  };
  fifth("5人目以降の控除対象扶養親族 (個人番号)氏名", s.dependents);
  fifth("5人目以降の16歳未満の扶養親族 (個人番号)氏名", s.minors);
  // 134–140 (validator items 92–98, after the 42 inserted items)
  add("普通徴収", flag(!ordinary_collection_reason(s).empty()));
  add("青色専従者", "0");
  add("条約免除", "0");
  add("支払を受ける者のフリガナ (半角カナ)", to_halfwidth_kana(s.kana));
  add("受給者番号", s.employee_code);
  add("提出先市町村コード", s.municipality_code);
  add("指定番号", "");  // 特別徴収義務者指定番号: not in the employer master
  // 141–143 (令和2年分から; luca-jp)
  add("基礎控除の額", yen(s.basic_deduction));
  add("所得金額調整控除額", yen(s.income_adjustment));
  add("ひとり親", flag(s.single_parent));
  // 144–146 (令和7年分から; luca-jp has three unnamed items here: their order is kyuyo's reading)
  add("控除対象扶養親族等の数 特親 主", cnt(s.specific_relatives));
  add("控除対象扶養親族等の数 特親 従", cnt(s.specific_relatives_otsu));
  add("特定親族特別控除の額", yen(s.specific_relative_deduction));
  // 147 作成区分 (統一CSV: 0 国税のみ, 1 地方のみ, 2 両方; luca-jp)
  add("作成区分", file_tax_office ? "2" : "1");
  return r;
}

}  // namespace kyuyo::forms
