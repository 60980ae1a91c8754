#pragma once
/// \brief Premium rates in force for a premium month (…月分) or wage period, read from rule data:
///   social.health.kyokai  schemas/rules/social/kyokai-*.xml   協会けんぽ 都道府県単位保険料率 + 介護保険料率
///                                                            (premium-month axis, from each March)
///   social.support        schemas/rules/social/support-*.xml  子ども・子育て支援金率 (from 2026-04分;
///                                                            absent before: no levy)
///   social.pension        schemas/rules/social/pension-*.xml  厚生年金保険料率 18.3%
///   social.child          schemas/rules/social/child-contribution-*.xml 子ども・子育て拠出金率 (employer)
///   social.bonus-caps     schemas/rules/social/bonus-caps-*.xml 標準賞与額 caps (573万/年度, 150万/月)
///   social.employment     schemas/rules/social/employment-*.xml 雇用保険料率 by 事業の種類
///                                                            (wage-period axis, each April)
/// An employer in a 健康保険組合 supplies its own rate file (format: schemas/rules/social/KUMIAI.md),
/// passed as `kumiai` below instead of the 協会けんぽ prefecture lookup.
#include <map>
#include <mutex>
#include <optional>
#include <tuple>
#include <string>
#include <string_view>
#include <vector>

#include "kyuyo/core/date.hpp"
#include "kyuyo/core/error.hpp"
#include "kyuyo/core/rate.hpp"
#include "kyuyo/core/yen.hpp"
#include "kyuyo/model/employer.hpp"
#include "kyuyo/rules/rule_file.hpp"

namespace kyuyo::social {

/// JIS X 0401 都道府県コード (1..47) from "東京都", "東京" or "13" (also "1"/"01"). kInvalidInput
/// with the text when unknown.
Result<int> parse_prefecture(std::string_view text);
/// "東京都" for 13.
std::string prefecture_name(int jis_code);

/// Health-side rates (健保 一般保険料率, 介護, 支援金) with the employee part of each. For 協会けんぽ
/// the employee part is exactly half; a 健保組合 may set its own employee part.
struct HealthRates {
  Rate health;             ///< 一般保険料率 (total)
  Rate health_employee;    ///< employee part of it
  Rate care;               ///< 介護保険料率 (total; charged ages 40–64 only)
  Rate care_employee;
  Rate support;            ///< 子ども・子育て支援金率 (total; zero before 2026-04分)
  Rate support_employee;
  std::string source;      ///< "file (table/param)" for explain
};

struct PensionRates {
  Rate pension;            ///< 厚生年金保険料率 (total), employee half
  Rate child_contribution; ///< 子ども・子育て拠出金率 (employer only)
  std::string source;
};

struct EmploymentRates {
  Rate employee;           ///< 被保険者負担 (e.g. 5/1000 for 一般 R8)
  Rate employer;           ///< 事業主負担 (incl. 雇用保険二事業)
  Rate total;
  std::string source;
};

struct BonusCaps {
  Yen health_fiscal_year;  ///< 健保 (介護, 支援金) 標準賞与額 cap per 年度 (April–March): 5,730,000
  Yen pension_month;       ///< 厚年 標準賞与額 cap per month: 1,500,000
  std::string source;
};

/// 協会けんぽ rates for the prefecture (JIS code) in the premium month, or the 健保組合 file's.
/// `kumiai` must have id "social.health.kumiai" and cover the month.
Result<HealthRates> health_rates(const rules::RuleLibrary& lib, int prefecture, const YearMonth& month,
                                 const rules::RuleFile* kumiai = nullptr);
/// Several kumiai files for one 組合 (one per period): picks the one covering the month.
Result<HealthRates> kumiai_rates(const std::vector<const rules::RuleFile*>& files, const rules::RuleLibrary& lib,
                                 const YearMonth& month);
Result<PensionRates> pension_rates(const rules::RuleLibrary& lib, const YearMonth& month);
/// 雇用保険 rates for the wages of a wage period: `wage_date` is the 賃金締切日 (the labour-insurance
/// year April–March of that date decides; the new rate applies from the first 締切日 on or after 4/1).
Result<EmploymentRates> employment_rates(const rules::RuleLibrary& lib, model::EmploymentBusiness business,
                                         const Date& wage_date);
Result<BonusCaps> bonus_caps(const rules::RuleLibrary& lib, const YearMonth& month);

/// The four lookups above, each answered once per key and remembered: a pay run asks the same
/// (prefecture, month) for every employee, so one RateSource per calculator turns thousands of
/// table scans into one. Thread-safe; the answers live as long as the RateSource (and `lib`).
/// Failed lookups are not remembered (they end the computation anyway).
class RateSource {
 public:
  explicit RateSource(const rules::RuleLibrary& lib) : lib_(lib) {}
  RateSource(const RateSource&) = delete;
  RateSource& operator=(const RateSource&) = delete;

  const rules::RuleLibrary& library() const { return lib_; }
  Result<const HealthRates*> health(int prefecture, const YearMonth& month,
                                    const rules::RuleFile* kumiai = nullptr) const;
  Result<const PensionRates*> pension(const YearMonth& month) const;
  Result<const EmploymentRates*> employment(model::EmploymentBusiness business, const Date& wage_date) const;
  Result<const BonusCaps*> caps(const YearMonth& month) const;

 private:
  const rules::RuleLibrary& lib_;
  mutable std::mutex mu_;
  mutable std::map<std::tuple<int, int, int, const rules::RuleFile*>, HealthRates> health_;
  mutable std::map<std::pair<int, int>, PensionRates> pension_;
  mutable std::map<std::pair<int, long>, EmploymentRates> employment_;
  mutable std::map<std::pair<int, int>, BonusCaps> caps_;
};

}  // namespace kyuyo::social
