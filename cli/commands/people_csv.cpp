#include "people_csv.hpp"

#include <algorithm>
#include <map>

#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/adapters/db/employer_repo.hpp"
#include "kyuyo/core/error.hpp"
#include "kyuyo/model/check_digits.hpp"

namespace kyuyo::cli::people_csv {
namespace {
using csv::Column;
using csv::Fields;
using csv::kRequired;
using csv::Label;

const char* const kPrefectures[] = {
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県",   "福島県", "茨城県",
    "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県",
    "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県",   "愛知県", "三重県",
    "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県",
    "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県",   "高知県", "福岡県",
    "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"};

// Decodes one UTF-8 code point at s[i], advancing i; -1 on malformed input.
long next_code_point(const std::string& s, std::size_t& i) {
  unsigned char c = s[i];
  int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (i + len > s.size()) return -1;
  long cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += len;
  return cp;
}

// 郵便番号: 7 digits, stored as NNN-NNNN.
std::string postal(Fields& f, const char* col) {
  std::string d = f.digits(col, 7, 7);
  return d.empty() ? d : d.substr(0, 3) + "-" + d.substr(3);
}

void kana(Fields& f, const char* col, std::string& out) {
  out = f.text(col);
  if (!out.empty() && !is_katakana(out))
    f.fail(col, "'" + csv::safe_value(out) + "' must be written in full-width katakana (全角カナ)");
}

const std::initializer_list<Label<model::Disability>> kDisability = {
    {"なし", model::Disability::kNone},      {"一般", model::Disability::kGeneral},
    {"障害者", model::Disability::kGeneral}, {"一般障害者", model::Disability::kGeneral},
    {"特別", model::Disability::kSpecial},   {"特別障害者", model::Disability::kSpecial}};
}  // namespace

bool is_kana_address(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    long cp = next_code_point(s, i);
    bool ok = (cp >= 0x30A1 && cp <= 0x30FA) || cp == 0x30FC || cp == 0x30FB || cp == 0x3000 ||
              cp == ' ' || (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19) ||
              cp == '-' || cp == 0xFF0D || cp == 0x2010 || cp == 0x2212;
    if (!ok) return false;
  }
  return true;
}

bool is_katakana(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    long cp = next_code_point(s, i);
    bool ok = (cp >= 0x30A1 && cp <= 0x30FA) || cp == 0x30FC || cp == 0x30FB || cp == 0x3000 ||
              cp == ' ' || cp == 0x30FD || cp == 0x30FE;
    if (!ok) return false;
  }
  return true;
}

int prefecture_code(const std::string& raw) {
  std::string s = csv::to_ascii(raw);
  if (!s.empty() && s.size() <= 2 && std::isdigit(static_cast<unsigned char>(s[0])) &&
      std::isdigit(static_cast<unsigned char>(s.back()))) {
    int n = std::stoi(s);
    return n >= 1 && n <= 47 ? n : 0;
  }
  for (int i = 0; i < 47; ++i) {
    std::string name = kPrefectures[i];
    if (s == name) return i + 1;
    // without the 都/道/府/県 suffix (東京, 大阪, 神奈川); 北海道 stays whole
    if (i != 0 && name.size() > 3 && s == name.substr(0, name.size() - 3)) return i + 1;
  }
  return 0;
}

std::string prefecture_name(int code) {
  return code >= 1 && code <= 47 ? kPrefectures[code - 1] : "";
}

const std::vector<Column>& employer_columns() {
  static const std::vector<Column> c = {
      {"事業所コード", true, {"顧問先コード", "会社コード"}},
      {"名称", true, {"事業所名称", "会社名"}},
      {"名称カナ", false, {"事業所名称カナ", "フリガナ"}},
      {"法人番号", false, {}},
      {"事業所整理記号", false, {}},
      {"事業所番号", false, {}},
      {"都道府県", true, {}},
      {"郵便番号", false, {}},
      {"所在地", false, {"住所"}},
      {"電話番号", false, {}},
      {"代表者氏名", false, {"事業主氏名"}},
      {"健康保険", false, {"保険者"}},
      {"健保組合名", false, {}},
      {"健保組合料率ファイル", false, {}},
      {"雇用保険事業区分", false, {"事業の種類"}},
      {"雇用保険適用事業所番号", false, {}},
      {"社会保険料徴収", false, {"保険料徴収"}},
      {"源泉徴収税額計算", false, {}},
      {"利用者識別番号", false, {"e-Tax利用者識別番号"}},
      {"税務署番号", false, {}},
      {"税務署名", false, {"所轄税務署"}},
  };
  return c;
}

const std::vector<Column>& employee_columns() {
  static const std::vector<Column> c = {
      {"事業所コード", false, {}},
      {"社員番号", true, {"従業員番号", "社員コード"}},
      {"氏", true, {"姓"}},
      {"名", true, {}},
      {"フリガナ(氏)", false, {"フリガナ(姓)", "氏カナ", "セイ"}},
      {"フリガナ(名)", false, {"名カナ", "メイ"}},
      {"生年月日", true, {}},
      {"性別", true, {}},
      {"郵便番号", false, {}},
      {"住所", false, {}},
      {"住所(フリガナ)", false, {"住所カナ", "住所フリガナ"}},
      {"市区町村コード", false, {"住所地市区町村コード"}},
      {"入社日", true, {"入社年月日"}},
      {"退職日", false, {"退職年月日"}},
      {"退職事由", false, {"退職理由"}},
      {"税額表区分", false, {"税額表区分(甲/乙)", "甲乙区分"}},
      {"雇用形態", false, {"雇用区分"}},
      {"基礎年金番号", false, {}},
      {"雇用保険被保険者番号", false, {}},
      {"健康保険被保険者整理番号", false, {"被保険者整理番号"}},
      {"社会保険加入", false, {"社保加入"}},
      {"雇用保険加入", false, {}},
      {"障害者区分", false, {"障害者"}},
      {"寡婦・ひとり親", false, {"寡婦/ひとり親", "寡婦ひとり親区分"}},
      {"勤労学生", false, {}},
      {"居住区分", false, {"居住者区分"}},
      {"弁護士等", false, {"弁護士等区分"}},
  };
  return c;
}

const std::vector<Column>& dependent_columns() {
  static const std::vector<Column> c = {
      {"事業所コード", false, {}},
      {"社員番号", true, {"従業員番号", "社員コード"}},
      {"連番", true, {"扶養親族番号"}},
      {"氏", true, {"姓"}},
      {"名", true, {}},
      {"フリガナ(氏)", false, {"フリガナ(姓)", "氏カナ", "セイ"}},
      {"フリガナ(名)", false, {"名カナ", "メイ"}},
      {"続柄", true, {}},
      {"生年月日", true, {}},
      {"所得見積額", false, {"合計所得金額(見積額)", "合計所得金額の見積額", "所得の見積額"}},
      {"障害者区分", false, {"障害者"}},
      {"同居", false, {"同居区分", "同居・別居"}},
      {"居住区分", false, {"居住者区分"}},
      {"健康保険被扶養者", false, {"健保被扶養者"}},
      {"国外居住親族の要件", false, {"国外居住要件"}},
  };
  return c;
}

std::optional<model::Employer> parse_employer(Fields& f) {
  model::Employer e;
  e.code = f.text("事業所コード", kRequired);
  e.name = f.text("名称", kRequired);
  kana(f, "名称カナ", e.name_kana);
  e.corporate_number = f.digits("法人番号", 13, 13);
  if (!e.corporate_number.empty() && !model::valid_corporate_number(e.corporate_number))
    f.fail("法人番号",
           "the check digit (first digit) of the 法人番号 is wrong: expected " +
               std::to_string(model::corporate_number_check_digit(e.corporate_number.substr(1))));
  e.office_symbol = f.text("事業所整理記号");
  e.office_number = f.digits("事業所番号", 1, 5);
  std::string pref = f.text("都道府県", kRequired);
  if (!pref.empty()) {
    e.prefecture = prefecture_code(pref);
    if (e.prefecture == 0)
      f.fail("都道府県", "'" + csv::safe_value(pref) + "' is not a 都道府県 (東京都 or 13)");
  }
  e.postal_code = postal(f, "郵便番号");
  e.address = f.text("所在地");
  e.phone = f.text("電話番号");
  e.representative = f.text("代表者氏名");
  e.health_insurer = f.choice<model::HealthInsurer>(
                          "健康保険", {{"協会けんぽ", model::HealthInsurer::kKyokai},
                                       {"全国健康保険協会", model::HealthInsurer::kKyokai},
                                       {"健康保険組合", model::HealthInsurer::kKumiai},
                                       {"健保組合", model::HealthInsurer::kKumiai}})
                         .value_or(model::HealthInsurer::kKyokai);
  e.kumiai_name = f.text("健保組合名");
  e.kumiai_rate_file = f.text("健保組合料率ファイル");
  if (e.health_insurer == model::HealthInsurer::kKumiai && e.kumiai_name.empty() &&
      !f.empty("健康保険"))
    f.fail("健保組合名", "required when 健康保険 is 健康保険組合");
  e.employment_business =
      f.choice<model::EmploymentBusiness>(
           "雇用保険事業区分",
           {{"一般の事業", model::EmploymentBusiness::kGeneral},
            {"一般", model::EmploymentBusiness::kGeneral},
            {"農林水産・清酒製造の事業", model::EmploymentBusiness::kAgriculture},
            {"農林水産", model::EmploymentBusiness::kAgriculture},
            {"建設の事業", model::EmploymentBusiness::kConstruction},
            {"建設", model::EmploymentBusiness::kConstruction}})
          .value_or(model::EmploymentBusiness::kGeneral);
  e.employment_office_number = f.digits("雇用保険適用事業所番号", 11, 11);
  // e-Tax (the IT part of the 法定調書 document, kyuyo filing etax)
  e.etax_user_id = f.digits("利用者識別番号", 16, 16);
  e.tax_office_code = f.digits("税務署番号", 5, 5);
  e.tax_office_name = f.text("税務署名");
  if (e.tax_office_name.size() > 15 * 3) f.fail("税務署名", "at most 15 characters (e-Tax zeimusho_NM)");
  e.premium_collection =
      f.choice<model::PremiumCollection>("社会保険料徴収",
                                         {{"翌月徴収", model::PremiumCollection::kNextMonth},
                                          {"翌月", model::PremiumCollection::kNextMonth},
                                          {"当月徴収", model::PremiumCollection::kCurrentMonth},
                                          {"当月", model::PremiumCollection::kCurrentMonth}})
          .value_or(model::PremiumCollection::kNextMonth);
  e.withholding_method =
      f.choice<model::WithholdingMethod>("源泉徴収税額計算",
                                         {{"月額表", model::WithholdingMethod::kTable},
                                          {"電算機特例", model::WithholdingMethod::kComputer}})
          .value_or(model::WithholdingMethod::kTable);
  if (f.failed()) return std::nullopt;
  return e;
}

std::optional<model::Employee> parse_employee(Fields& f) {
  model::Employee e;
  e.code = f.text("社員番号", kRequired);
  e.family_name = f.text("氏", kRequired);
  e.given_name = f.text("名", kRequired);
  kana(f, "フリガナ(氏)", e.family_kana);
  kana(f, "フリガナ(名)", e.given_kana);
  auto birth = f.date("生年月日", kRequired);
  auto sex = f.choice<model::Sex>("性別",
                                  {{"男", model::Sex::kMale},
                                   {"男性", model::Sex::kMale},
                                   {"女", model::Sex::kFemale},
                                   {"女性", model::Sex::kFemale}},
                                  kRequired);
  e.postal_code = postal(f, "郵便番号");
  e.address = f.text("住所");
  e.address_kana = f.text("住所(フリガナ)");
  if (!e.address_kana.empty() && !is_kana_address(e.address_kana))
    f.fail("住所(フリガナ)", "'" + csv::safe_value(e.address_kana) +
                                 "' must be full-width katakana with digits and hyphens only");
  e.municipality_code = f.digits("市区町村コード", 6, 6);
  if (!e.municipality_code.empty() && !model::valid_municipality_code(e.municipality_code))
    f.fail(
        "市区町村コード",
        "'" + e.municipality_code +
            "' has a wrong check digit (6-digit 全国地方公共団体コード, last digit " +
            std::to_string(model::municipality_code_check_digit(e.municipality_code.substr(0, 5))) +
            " expected)");
  auto hire = f.date("入社日", kRequired);
  e.leave_date = f.date("退職日");
  e.leave_reason = f.choice<model::LeaveReason>("退職事由",
                                                {{"退職", model::LeaveReason::kOrdinary},
                                                 {"死亡", model::LeaveReason::kDeath},
                                                 {"死亡退職", model::LeaveReason::kDeath},
                                                 {"心身の障害", model::LeaveReason::kDisability},
                                                 {"障害", model::LeaveReason::kDisability}})
                       .value_or(model::LeaveReason::kOrdinary);
  if (!e.leave_date && e.leave_reason != model::LeaveReason::kOrdinary)
    f.fail("退職事由", "a 退職事由 other than 退職 needs a 退職日");
  e.tax_column = f.choice<model::TaxColumn>("税額表区分", {{"甲", model::TaxColumn::kKou},
                                                           {"甲欄", model::TaxColumn::kKou},
                                                           {"乙", model::TaxColumn::kOtsu},
                                                           {"乙欄", model::TaxColumn::kOtsu}})
                     .value_or(model::TaxColumn::kKou);
  e.employment_type = f.choice<model::EmploymentType>(
                           "雇用形態", {{"一般", model::EmploymentType::kRegular},
                                        {"正社員", model::EmploymentType::kRegular},
                                        {"パート", model::EmploymentType::kPartTime},
                                        {"アルバイト", model::EmploymentType::kPartTime},
                                        {"短時間労働者", model::EmploymentType::kShortTime},
                                        {"役員", model::EmploymentType::kOfficer}})
                          .value_or(model::EmploymentType::kRegular);
  e.basic_pension_number = f.digits("基礎年金番号", 10, 10);
  e.employment_insurance_number = f.digits("雇用保険被保険者番号", 11, 11);
  e.insured_person_number = f.text("健康保険被保険者整理番号");
  e.social_insurance = f.yes_no("社会保険加入").value_or(true);
  e.employment_insurance = f.yes_no("雇用保険加入").value_or(true);
  e.disability =
      f.choice<model::Disability>("障害者区分", kDisability).value_or(model::Disability::kNone);
  e.widow = f.choice<model::WidowStatus>("寡婦・ひとり親",
                                         {{"なし", model::WidowStatus::kNone},
                                          {"寡婦", model::WidowStatus::kWidow},
                                          {"ひとり親", model::WidowStatus::kSingleParent}})
                .value_or(model::WidowStatus::kNone);
  e.working_student = f.yes_no("勤労学生").value_or(false);
  e.resident = f.choice<bool>("居住区分", {{"居住者", true}, {"非居住者", false}}).value_or(true);
  e.professional = f.yes_no("弁護士等").value_or(false);
  if (birth && hire && *hire < *birth)
    f.fail("入社日", "入社日 " + iso(*hire) + " is before the 生年月日");
  if (hire && e.leave_date && *e.leave_date < *hire)
    f.fail("退職日", "退職日 " + iso(*e.leave_date) + " is before the 入社日 " + iso(*hire));
  if (f.failed()) return std::nullopt;
  e.birth_date = *birth;
  e.hire_date = *hire;
  e.sex = *sex;
  return e;
}

std::optional<model::Dependent> parse_dependent(Fields& f) {
  model::Dependent d;
  auto seq = f.integer("連番", 1, 99, kRequired);
  d.family_name = f.text("氏", kRequired);
  d.given_name = f.text("名", kRequired);
  kana(f, "フリガナ(氏)", d.family_kana);
  kana(f, "フリガナ(名)", d.given_kana);
  using R = model::Relation;
  auto rel = f.choice<R>(
      "続柄", {{"配偶者", R::kSpouse},    {"妻", R::kSpouse},   {"夫", R::kSpouse},
               {"子", R::kChild},         {"長男", R::kChild},  {"長女", R::kChild},
               {"次男", R::kChild},       {"次女", R::kChild},  {"三男", R::kChild},
               {"三女", R::kChild},       {"父", R::kParent},   {"母", R::kParent},
               {"義父", R::kParent},      {"義母", R::kParent}, {"祖父", R::kGrandparent},
               {"祖母", R::kGrandparent}, {"兄", R::kSibling},  {"弟", R::kSibling},
               {"姉", R::kSibling},       {"妹", R::kSibling},  {"孫", R::kOther},
               {"その他", R::kOther}},
      kRequired);
  auto birth = f.date("生年月日", kRequired);
  d.estimated_income = f.yen("所得見積額").value_or(Yen(0));
  d.disability =
      f.choice<model::Disability>("障害者区分", kDisability).value_or(model::Disability::kNone);
  d.cohabiting = f.yes_no("同居", false, {"同居", "別居"}).value_or(true);
  d.non_resident =
      !f.choice<bool>("居住区分", {{"居住者", true}, {"非居住者", false}}).value_or(true);
  d.health_dependent = f.yes_no("健康保険被扶養者").value_or(false);
  using O = model::OverseasCondition;
  d.overseas_condition = f.choice<O>("国外居住親族の要件", {{"なし", O::kNone},
                                                            {"留学", O::kStudent},
                                                            {"送金38万円以上", O::kRemittance38},
                                                            {"送金38万以上", O::kRemittance38},
                                                            {"38万円以上の送金", O::kRemittance38}})
                             .value_or(O::kNone);
  if (d.overseas_condition != O::kNone && !d.non_resident)
    f.fail("国外居住親族の要件", "applies only to a 非居住者 (居住区分 非居住者)");
  if (f.failed()) return std::nullopt;
  d.seq = static_cast<int>(*seq);
  d.relation = *rel;
  d.birth_date = *birth;
  return d;
}

std::vector<std::string> employee_header() {
  std::vector<std::string> h;
  for (const auto& c : employee_columns()) h.push_back(c.name);
  return h;
}

std::vector<std::string> employee_row(const std::string& employer_code, const model::Employee& e) {
  auto yes = [](bool b) { return std::string(b ? "はい" : "いいえ"); };
  const char* type = e.employment_type == model::EmploymentType::kPartTime    ? "パート"
                     : e.employment_type == model::EmploymentType::kShortTime ? "短時間労働者"
                     : e.employment_type == model::EmploymentType::kOfficer   ? "役員"
                                                                              : "一般";
  const char* dis = e.disability == model::Disability::kGeneral   ? "一般"
                    : e.disability == model::Disability::kSpecial ? "特別"
                                                                  : "なし";
  const char* widow = e.widow == model::WidowStatus::kWidow          ? "寡婦"
                      : e.widow == model::WidowStatus::kSingleParent ? "ひとり親"
                                                                     : "なし";
  return {employer_code,
          e.code,
          e.family_name,
          e.given_name,
          e.family_kana,
          e.given_kana,
          iso(e.birth_date),
          e.sex == model::Sex::kFemale ? "女" : "男",
          e.postal_code,
          e.address,
          e.address_kana,
          e.municipality_code,
          iso(e.hire_date),
          e.leave_date ? iso(*e.leave_date) : "",
          e.leave_reason == model::LeaveReason::kDeath        ? "死亡"
          : e.leave_reason == model::LeaveReason::kDisability ? "心身の障害"
                                                              : "退職",
          e.tax_column == model::TaxColumn::kOtsu ? "乙" : "甲",
          type,
          e.basic_pension_number,
          e.employment_insurance_number,
          e.insured_person_number,
          yes(e.social_insurance),
          yes(e.employment_insurance),
          dis,
          widow,
          yes(e.working_student),
          e.resident ? "居住者" : "非居住者",
          yes(e.professional)};
}

EmployerResolver::EmployerResolver(db::Database& db, std::optional<std::string> option_code)
    : db_(db), option_(std::move(option_code)) {
  if (option_ && !db::EmployerRepo(db_).find_by_code(*option_))
    throw KyuyoError(ErrorCode::kNotFound,
                     "no employer with code '" + *option_ + "' (kyuyo import employers first)",
                     "--employer");
}

std::optional<EmployerId> EmployerResolver::resolve(Fields& f) {
  std::string code = f.raw("事業所コード");
  if (!code.empty() && option_ && code != *option_) {
    f.fail("事業所コード", "the row is for employer '" + csv::safe_value(code) +
                               "' but --employer " + *option_ + " was given");
    return std::nullopt;
  }
  if (code.empty() && option_) code = *option_;
  auto cached = cache_.find(code);
  if (cached == cache_.end()) {
    db::EmployerRepo repo(db_);
    std::optional<EmployerId> id;
    if (code.empty()) {
      auto all = repo.list();
      if (all.size() == 1) id = all.front().id;
    } else if (auto e = repo.find_by_code(code)) {
      id = e->id;
    }
    cached = cache_.emplace(code, id).first;
  }
  if (cached->second) return cached->second;
  if (code.empty())
    f.fail("事業所コード",
           db::EmployerRepo(db_).list().empty()
               ? "no employer in the database yet (run kyuyo import employers first)"
               : "the database holds several employers: fill 事業所コード or give --employer");
  else
    f.fail("事業所コード", "no employer with code '" + csv::safe_value(code) +
                               "' (run kyuyo import employers first)");
  return std::nullopt;
}

std::string EmployerResolver::code_of(EmployerId id) {
  auto e = db::EmployerRepo(db_).find(id);
  return e ? e->code : std::string();
}

ImportInput read_import_file(Context& ctx, bool with_employer, const std::string& what,
                             std::vector<Error>& errors, const std::vector<csv::Column>& columns,
                             std::optional<po::variables_map>& vm_out) {
  po::options_description d("options");
  d.add_options()("file", po::value<std::string>()->required(),
                  ("the CSV file of " + what).c_str())(
      "encoding", po::value<std::string>()->default_value("auto"),
      "file encoding: utf-8, cp932 (Shift_JIS) or auto (BOM → UTF-8; valid UTF-8 → UTF-8; else "
      "CP932)");
  if (with_employer)
    d.add_options()("employer", po::value<std::string>(),
                    "employer code for rows whose 事業所コード is empty (optional when the "
                    "database holds one)");
  add_db_option(d);
  po::positional_options_description pos;
  pos.add("file", 1);
  vm_out = ctx.parse(d, &pos, "FILE [options]   (columns: docs/import-formats.md)");
  ImportInput in;
  if (!vm_out) return in;
  auto enc = csv::parse_encoding((*vm_out)["encoding"].as<std::string>());
  if (!enc) throw UsageError(enc.error().message);
  in.file = (*vm_out)["file"].as<std::string>();
  if (with_employer && vm_out->count("employer"))
    in.employer = (*vm_out)["employer"].as<std::string>();
  in.table = csv::read_file(in.file, *enc, errors);
  csv::check_headers(in.table, columns, errors);
  return in;
}

void sort_by_place(std::vector<Error>& errors) {
  auto number_after = [](const std::string& s, const char* key) {
    auto pos = s.rfind(key);
    if (pos == std::string::npos) return 0L;
    pos += std::char_traits<char>::length(key);
    long v = 0;
    while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos])))
      v = v * 10 + (s[pos++] - '0');
    return v;
  };
  std::stable_sort(errors.begin(), errors.end(), [&](const Error& a, const Error& b) {
    return std::make_pair(number_after(a.where, " line "), number_after(a.where, ", column ")) <
           std::make_pair(number_after(b.where, " line "), number_after(b.where, ", column "));
  });
}

std::string summary(const std::string& file, std::size_t rows, int added, int updated,
                    int unchanged) {
  return file + ": " + std::to_string(rows) + " row(s): " + std::to_string(added) + " added, " +
         std::to_string(updated) + " updated, " + std::to_string(unchanged) + " unchanged\n";
}

}  // namespace kyuyo::cli::people_csv
