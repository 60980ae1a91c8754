#pragma once
/// \brief An employer (事業主 / 事業所) as the engine sees it: plain values, no I/O.
#include <optional>
#include <string>

#include "kyuyo/core/strong_id.hpp"

namespace kyuyo::model {

enum class HealthInsurer { kKyokai, kKumiai };           ///< 協会けんぽ / 健康保険組合
enum class EmploymentBusiness { kGeneral, kAgriculture, kConstruction };  ///< 雇用保険 事業の種類
enum class PremiumCollection { kNextMonth, kCurrentMonth };  ///< 翌月徴収 (default) / 当月徴収
enum class WithholdingMethod { kTable, kComputer };      ///< 月額表 / 電算機特例

struct Employer {
  EmployerId id;
  std::string code;              ///< the accountant's client code (--employer CODE)
  std::string name;              ///< 名称
  std::string name_kana;
  std::string corporate_number;  ///< 法人番号 (13 digits, check digit validated); empty for 個人事業主
  std::string office_symbol;     ///< 事業所整理記号 (e.g. "01-イロハ")
  std::string office_number;     ///< 事業所番号 (5 digits)
  int prefecture = 13;           ///< JIS X 0401 都道府県コード of the 事業所
  std::string postal_code;
  std::string address;
  std::string phone;
  std::string representative;    ///< 代表者氏名
  HealthInsurer health_insurer = HealthInsurer::kKyokai;
  std::string kumiai_name;       ///< 健保組合名 when kKumiai
  std::string kumiai_rate_file;  ///< path of the 健保組合's own rate file when kKumiai
  EmploymentBusiness employment_business = EmploymentBusiness::kGeneral;
  std::string employment_office_number;  ///< 雇用保険 適用事業所番号
  PremiumCollection premium_collection = PremiumCollection::kNextMonth;
  WithholdingMethod withholding_method = WithholdingMethod::kTable;
  /// e-Tax (kyuyo filing etax, the IT part of the 法定調書 document): 利用者識別番号 (16 digits),
  /// the 所轄税務署's 税務署番号 (5 digits, e.g. 01103) and name (e.g. 神田). Empty until set; the
  /// e-Tax document is refused without the first two.
  std::string etax_user_id;
  std::string tax_office_code;
  std::string tax_office_name;
};

}  // namespace kyuyo::model
