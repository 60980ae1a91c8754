#pragma once
/// \brief e-Tax XML (.xtx, UTF-8) for the 給与所得の源泉徴収票 and the 法定調書合計表, built with the
/// Xerces-C DOM and serializer and validated BEFORE it is returned: against schemas/etax/gensen.xsd
/// (kyuyo's schema, see docs/etax.md for what is confirmed) or, with schema_dir, against every
/// *.xsd of an official e-Tax specification package.
///
///   etax::XtxRequest rq{2026, employer, Date(2027, 1, 29), submitted_slips, totals, numbers.get()};
///   std::string xml = etax::build_xtx(rq);          // throws KyuyoErrors when invalid
///   etax::save_xtx("out/2026/etax/gensen-2026-tax-office.xtx", xml);   // wipes xml
#include <optional>
#include <string>
#include <vector>

#include "kyuyo/core/date.hpp"
#include "kyuyo/forms/number_source.hpp"
#include "kyuyo/forms/submission_scope.hpp"
#include "kyuyo/forms/withholding_slip.hpp"
#include "kyuyo/model/employer.hpp"

namespace kyuyo::etax {

inline constexpr const char* kGensenNamespace = "http://xml.e-tax.nta.go.jp/XSD/gensen";
inline constexpr const char* kGeneralNamespace = "http://xml.e-tax.nta.go.jp/XSD/general";
/// The namespace of the TEG 源泉徴収票 forms (official TEG108-001.xsd targetNamespace).
inline constexpr const char* kKyotsuNamespace = "http://xml.e-tax.nta.go.jp/XSD/kyotsu";
/// kyuyo's procedure element / TETSUZUKI code: the official 法定調書 procedure ID was not found
/// (General.xsd limits procedure_CD to 7 characters). docs/etax.md.
inline constexpr const char* kProcedureId = "KYU0010";

struct XtxRequest {
  int year = 0;
  model::Employer employer;
  Date submitted_on;                          ///< 提出年月日 (TEISYUTSU_DAY) and sakuseiDay
  std::vector<forms::WithholdingSlip> slips;  ///< the slips within the 提出範囲
  forms::SummaryTotals totals;
  forms::NumberSource* numbers = nullptr;     ///< null: 個人番号 elements are left out
  std::string schema_dir;                     ///< empty: schemas/etax/ (ours)
};

/// The document, serialized and validated.
std::string build_xtx(const XtxRequest& rq);
/// Validates an .xtx against schemas/etax/ (or every *.xsd below schema_dir). Throws KyuyoErrors
/// naming the line and the reason for every problem.
void validate_xtx(const std::string& xml, const std::string& schema_dir = {}, const std::string& name = "xtx");
/// Writes the bytes atomically (temporary file + rename) and wipes `xml`.
void save_xtx(const std::string& path, std::string& xml);

}  // namespace kyuyo::etax
