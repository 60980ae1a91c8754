#pragma once
/// \brief Named rounding steps. Every call site names the rule it implements by choosing one of
/// these functions; there is no generic "round". Negative amounts round symmetrically (by
/// magnitude) so that a reversal mirrors the original exactly.
#include "kyuyo/core/rate.hpp"
#include "kyuyo/core/yen.hpp"

namespace kyuyo::rounding {

/// 1円未満切捨て (国税通則法119条4項の例による: 源泉徴収税額の計算で生じる1円未満の端数,
/// 賞与の算出率の表による税額, 月額表の740,000円以上の計算式).
Yen truncate_to_yen(const ExactAmount& a);

/// 1円未満切上げ (電算機特例 別表第一 給与所得控除の額; 所得金額調整控除; 生命保険料控除の各計算式).
Yen round_up_to_yen(const ExactAmount& a);

/// 1円未満四捨五入 (通貨の単位及び貨幣の発行等に関する法律3条1項: 50銭以上切上げ).
/// Used for amounts the employer pays in cash where no special rule applies.
Yen round_half_up_to_yen(const ExactAmount& a);

/// 50銭ルール: 被保険者負担分を給与から控除する場合、50銭以下切捨て・50銭超切上げ
/// (通貨の単位及び貨幣の発行等に関する法律3条 の特例; 日本年金機構・協会けんぽ 保険料額表の注).
/// Also the rule for 雇用保険 被保険者負担額 deducted from wages.
Yen round_50sen_rule(const ExactAmount& a);

/// 10円未満四捨五入 (電子計算機等を使用して源泉徴収税額を計算する方法: 税額の10円未満の端数).
Yen round_half_up_to_10_yen(const ExactAmount& a);

/// 10円未満切捨て.
Yen truncate_to_10_yen(Yen y);

/// 100円未満切捨て (年調年税額: 所得税法… 年末調整 ×102.1% 後の100円未満切捨て; 住宅借入金等特別控除額).
Yen truncate_to_100_yen(Yen y);
Yen truncate_to_100_yen(const ExactAmount& a);

/// 1,000円未満切捨て (課税給与所得金額: 国税通則法118条1項; 標準賞与額: 健康保険法45条,
/// 厚生年金保険法24条の4).
Yen truncate_to_1000_yen(Yen y);

}  // namespace kyuyo::rounding
