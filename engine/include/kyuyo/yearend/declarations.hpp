#pragma once
/// \brief The batch side of the 年末調整: the yearly declarations as stored, who is eligible, and
/// the assembly of a YearEndInput from the employee master (扶養控除等申告書: employees and
/// dependents), the declarations and the year's stored payments. Pure: the caller reads the store.
///
///   auto why = kyuyo::yearend::exclusion_reason(lib, 2026, employee, payments, decl);
///   if (!why) {
///     YearEndInput in = kyuyo::yearend::assemble(lib, 2026, employee, dependents, decl, payments);
///     YearEndResult r = kyuyo::yearend::compute(lib, in);
///     Settlement s = kyuyo::yearend::settle(r, payments);
///   }
#include <optional>
#include <string>
#include <vector>

#include "kyuyo/model/employee.hpp"
#include "kyuyo/payroll/payment_record.hpp"
#include "kyuyo/rules/rule_file.hpp"
#include "kyuyo/yearend/input.hpp"
#include "kyuyo/yearend/result.hpp"

namespace kyuyo::yearend {

/// 前職分: a previous employer's 源泉徴収票 figures for a mid-year hire (same year).
struct PreviousEmployer {
  std::string payer;   ///< 支払者 name (for the 源泉徴収簿 / 源泉徴収票 摘要)
  Yen salary{0};       ///< 支払金額
  Yen social{0};       ///< 社会保険料等の金額
  Yen withheld{0};     ///< 源泉徴収税額
};

/// One employee's declarations for one year (docs/yearend-declarations.md).
struct Declarations {
  Yen other_income{0};                 ///< 基礎控除申告書: 給与所得以外の所得の合計額
  std::optional<Yen> spouse_income;    ///< 配偶者控除等申告書: 配偶者の合計所得金額 (overrides the master estimate)
  bool adjustment_by_other = false;    ///< 所得金額調整控除申告書: the qualifying person is another's 扶養親族
  Yen social_declared{0};              ///< 保険料控除申告書: 社会保険料 (⑬)
  Yen small_business_mutual{0};        ///< 保険料控除申告書: 小規模企業共済等掛金 (⑭)
  LifeInsurancePremiums life;
  EarthquakePremiums quake;
  Yen housing_credit{0};               ///< 住宅借入金等特別控除申告書: 控除額
  PreviousEmployer previous;
  /// A leaver expects pay from another employer later in the year (退職後本年中に他の勤務先等から
  /// 給与の支払を受ける見込み). Default false. Rules out the 心身の障害 and small-pay exceptions.
  bool other_pay_after_leaving = false;
  /// 連番 (Dependent::seq) of non-resident dependents whose 親族関係書類・送金関係書類 were not
  /// presented: they give no 扶養控除 or 障害者控除. Default: all presented.
  std::vector<int> overseas_documents_missing;
};

/// e.g. "死亡退職 (所得税基本通達190-1)"; empty for kNone.
std::string leaver_case_label(LeaverCase c);

struct Eligibility {
  std::optional<std::string> excluded;  ///< why the employee is left out; nullopt: adjusted
  LeaverCase leaver = LeaverCase::kNone;  ///< for an adjusted leaver, the case that allows it
};

/// Whether this employee is adjusted (所得税法190条; 『年末調整のしかた』 "年末調整の対象となる人";
/// 所得税基本通達190-1). Left out: no pay in the year; 乙欄 (no 扶養控除等申告書); 非居住者; pay over
/// 2,000万円; left during the year, except the cases of LeaverCase: 死亡退職; 著しい心身の障害
/// (model::LeaveReason::kDisability) with no other pay expected; leaving in December after the
/// December pay; total pay of the year (incl. 前職分) ≤ leaver_small_pay_limit (123万円) with no
/// other pay expected (Declarations::other_pay_after_leaving). An adjusted leaver is adjusted at
/// leaving: on the last pay of the year, with the declarations on file.
Eligibility eligibility(const rules::RuleLibrary& lib, int year, const model::Employee& e,
                        const std::vector<payroll::PaymentRecord>& payments, const Declarations& d);
/// eligibility(…).excluded.
std::optional<std::string> exclusion_reason(const rules::RuleLibrary& lib, int year, const model::Employee& e,
                                            const std::vector<payroll::PaymentRecord>& payments,
                                            const Declarations& d);

/// The YearEndInput: pay totals (⑦ Σ 課税支給額, ⑧ Σ 源泉徴収税額, ⑫ Σ 社会保険料等) plus 前職分,
/// people from the master (ages on 31 December decide the kinds; a 19–22-year-old above the
/// dependent income limit becomes a 特定親族; 非居住者 with their age, 国外居住親族の要件 and the
/// documents; for a ひとり親, the incomes of the children in the master), and the declarations.
YearEndInput assemble(const rules::RuleLibrary& lib, int year, const model::Employee& e,
                      const std::vector<model::Dependent>& dependents, const Declarations& d,
                      const std::vector<payroll::PaymentRecord>& payments);

/// Settlement on the last pay of the year (『年末調整のしかた』: 過納額の還付, 不足額の徴収):
/// an excess first offsets the tax due on that pay, the rest is refunded; a shortfall is collected.
struct Settlement {
  Date last_pay_date;
  Yen last_pay_tax{0};       ///< tax computed on the last pay (part of ⑧)
  Yen offset_on_last_pay{0};  ///< excess applied to that tax (not withheld)
  Yen refund{0};             ///< excess − offset, paid back to the employee
  Yen collect{0};            ///< shortfall, withheld from the last pay
};
Settlement settle(const YearEndResult& r, const std::vector<payroll::PaymentRecord>& payments);

/// The payments of the year that are 給与所得 of the employee: all of them, except for a 死亡退職,
/// where pay whose 支給日 comes after the death belongs to the estate (相続財産, 所得税基本通達 9-17)
/// and is neither 年末調整d nor shown in the 源泉徴収簿 / 源泉徴収票.
std::vector<payroll::PaymentRecord> salary_payments(const model::Employee& e,
                                                    const std::vector<payroll::PaymentRecord>& payments);

}  // namespace kyuyo::yearend
