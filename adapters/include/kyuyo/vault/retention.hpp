#pragma once
/// \brief Retention of documents that carry a number, and the delete-after date of a number.
/// The periods are rule data (schemas/rules/vault/retention-*.xml, id "vault.retention", each
/// table citing its source); this file holds the formulas:
///   start "after-jan10":  申告書 for year Y (filing deadline in Y) are kept 7 years from the day
///                         after 10 January of Y+1 (所得税法施行規則76条の3): keep until (Y+8)-01-10.
///   start "after-jan31":  源泉徴収票 / 給与支払報告書 for year Y, submitted by 31 January of Y+1:
///                         kept N years from 1 February Y+1 (practice, no statutory period).
///   start "completion":   健保・厚年 (2 years) and 雇用保険 (4 years about the insured, 2 others)
///                         documents, from the 完結の日 C: keep until C + N years (民法140条: the
///                         first day is not counted, so the period ends on the same date N years on).
/// A number is kept while its person is employed (休職 included: no leave date). After the leave
/// date it is kept at least until 31 January of the following year (the leaver's 源泉徴収票 and
/// 給与支払報告書 are still due, 所得税法226条 / 地方税法317条の6) and until the latest keep-until
/// of the documents it actually appeared on. It is due for deletion on the day after that.
#include <optional>
#include <string>
#include <vector>

#include "kyuyo/core/date.hpp"

namespace kyuyo::vault {

struct DocumentRule {
  std::string kind;     ///< code, e.g. fuyo-kojo-shinkokusho
  std::string label;    ///< 扶養控除等申告書
  int years = 0;
  std::string start;    ///< after-jan10 | after-jan31 | completion
  std::string purpose;  ///< gensen | shaho | koyo
  std::string source;   ///< citation from the rule file
};

/// Every document kind in the rule data (loaded once).
std::vector<DocumentRule> document_rules();
/// Throws KyuyoError(kInvalidInput) listing the known kinds when unknown.
DocumentRule document_rule(const std::string& kind);

/// Last day the document must be kept. "after-*" rules need year, "completion" needs completed_on;
/// throws KyuyoError(kInvalidInput) when the needed one is missing.
Date document_keep_until(const DocumentRule& rule, std::optional<int> year, std::optional<Date> completed_on);

/// Last day a number must be kept as of as_of: nullopt while the person is employed on as_of
/// (no leave date, or leave date on or after as_of).
std::optional<Date> number_keep_until(const std::optional<Date>& leave_date, const std::vector<Date>& documents_keep_until,
                                      const Date& as_of);

/// The same for the owner of a 個人事業主 (@owner), whose 個人番号 fills the payer's box: needed
/// (nullopt) while the employer has no 法人番号. Once it has one (法人成り), the payer's box takes the
/// 法人番号 and the owner's number is kept only as long as the documents that hold it; with none,
/// it is due at once (the day before as_of). A 廃業 is not recorded by kyuyo: after one, give the
/// employer its 法人番号 or delete the number by hand (kyuyo mynumber purge needs it to be due).
std::optional<Date> owner_keep_until(bool employer_has_corporate_number, const std::vector<Date>& documents_keep_until,
                                     const Date& as_of);

}  // namespace kyuyo::vault
