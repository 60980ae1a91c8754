#pragma once
/// \brief e-Tax XML (.xtx, UTF-8) for the 給与所得の源泉徴収票 and the 法定調書合計表: the official
/// procedure PHS0051 (VR 25.0.0) with one HSZ062 (源泉徴収票, VR 6.0) per filed slip and the HSZ600
/// 合計表 (VR 3.0), built with the Xerces-C DOM and serializer and validated BEFORE it is returned:
/// against schemas/etax/hoteishiryo.xsd (kyuyo's schema, generated from the facts of the official
/// package: docs/etax.md) or, with schema_dir, against the official e-Tax XMLスキーマ package itself.
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

/// The 法定資料 namespace (the document's default namespace) and the common vocabulary (gen:).
inline constexpr const char* kHoteishiryoNamespace = "http://xml.e-tax.nta.go.jp/XSD/hoteishiryo";
inline constexpr const char* kGeneralNamespace = "http://xml.e-tax.nta.go.jp/XSD/general";
inline constexpr const char* kRdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
/// 給与所得の源泉徴収票等の法定調書(及び同合計表)(平成28年1月1日以後提出用): PHS0051-250.xsd.
inline constexpr const char* kProcedureId = "PHS0051";
inline constexpr const char* kProcedureVersion = "25.0.0";
/// The official root schema of that version, looked for below --schema-dir.
inline constexpr const char* kOfficialRootSchema = "PHS0051-250.xsd";

struct XtxRequest {
  int year = 0;
  model::Employer employer;
  Date submitted_on;                          ///< 提出年月日 (TEISYUTSU_DAY) and sakuseiDay
  std::vector<forms::WithholdingSlip> slips;  ///< the slips within the 提出範囲
  forms::SummaryTotals totals;
  forms::NumberSource* numbers = nullptr;     ///< null: 個人番号 elements are left out
  std::string schema_dir;                     ///< empty: schemas/etax/ (ours); else the official package
};

/// The document, serialized and validated. Refuses (KyuyoError naming the employer master column)
/// an employer without the 利用者識別番号 or 税務署番号 the IT part requires.
std::string build_xtx(const XtxRequest& rq);
/// Validates an .xtx against schemas/etax/hoteishiryo.xsd, or against the official package below
/// schema_dir (its PHS0051-250.xsd, found at any depth; it includes and imports the rest). Throws
/// KyuyoErrors naming the line and the reason for every problem.
void validate_xtx(const std::string& xml, const std::string& schema_dir = {}, const std::string& name = "xtx");
/// Writes the bytes atomically (temporary file + rename) and wipes `xml`.
void save_xtx(const std::string& path, std::string& xml);

}  // namespace kyuyo::etax
