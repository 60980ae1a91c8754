// e-Tax .xtx writer (Xerces-C DOM + DOMLSSerializer) and validator for the 法定調書 procedure
// PHS0051: CATALOG, the IT part, one HSZ062 (給与所得の源泉徴収票) per filed slip and the HSZ600
// 合計表. The element order is the official schemas' (schemas/etax/gen_etax_xsd.py cites them).
#include "kyuyo/adapters/etax/etax_writer.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <xercesc/dom/DOM.hpp>
#include <xercesc/framework/LocalFileInputSource.hpp>
#include <xercesc/framework/MemBufFormatTarget.hpp>
#include <xercesc/framework/MemBufInputSource.hpp>
#include <xercesc/sax/ErrorHandler.hpp>
#include <xercesc/sax/SAXParseException.hpp>
#include <xercesc/sax2/DefaultHandler.hpp>
#include <xercesc/sax2/SAX2XMLReader.hpp>
#include <xercesc/sax2/XMLReaderFactory.hpp>
#include <xercesc/util/SecurityManager.hpp>
#include <xercesc/util/XMLUni.hpp>
#include <xercesc/validators/common/Grammar.hpp>

#include "kyuyo/adapters/resources.hpp"
#include "kyuyo/adapters/xml/xerces.hpp"
#include "kyuyo/core/error.hpp"
#include "kyuyo/vault/secret.hpp"

namespace kyuyo::etax {
namespace {
using namespace xercesc;
namespace fs = std::filesystem;

struct X {
  std::u16string s;
  explicit X(const std::string& u) : s(xml::from_utf8(u)) {}
  operator const XMLCh*() const { return reinterpret_cast<const XMLCh*>(s.c_str()); }
};

/// Elements in the document's default namespace (hoteishiryo) unless gen: is asked for.
class Builder {
 public:
  explicit Builder(DOMDocument* d) : doc_(d) {}
  DOMElement* el(DOMElement* parent, const std::string& name, bool gen = false) {
    DOMElement* e = gen ? doc_->createElementNS(X(kGeneralNamespace), X("gen:" + name))
                        : doc_->createElementNS(X(kHoteishiryoNamespace), X(name));
    parent->appendChild(e);
    return e;
  }
  DOMElement* text(DOMElement* parent, const std::string& name, const std::string& value, bool gen = false) {
    DOMElement* e = el(parent, name, gen);
    e->appendChild(doc_->createTextNode(X(value)));
    return e;
  }
  void opt_text(DOMElement* p, const std::string& name, const std::string& v) {
    if (!v.empty()) text(p, name, v);
  }
  /// gen:kingaku: written when not zero (or always).
  void amount(DOMElement* p, const std::string& name, Yen v, bool always = false) {
    if (always || v != Yen(0)) text(p, name, v.str());
  }
  void count(DOMElement* p, const std::string& name, int n) {
    if (n != 0) text(p, name, std::to_string(n));
  }
  /// A code box {kubun_CD}: kubun_CD is declared locally by the official restrictions of gen:kubun,
  /// so it is in the hoteishiryo namespace.
  void kubun(DOMElement* p, const std::string& name, const std::string& code) {
    if (code.empty()) return;
    text(el(p, name), "kubun_CD", code);
  }
  /// A check box: 1 when ticked, left out otherwise (the schema allows 1 and 2; the meaning of 2 was
  /// not found, docs/etax.md).
  void flag(DOMElement* p, const std::string& name, bool b) { kubun(p, name, b ? "1" : ""); }
  void date_parts(DOMElement* e, const Date& d) {
    auto w = to_wareki(d);
    text(e, "era", std::to_string(etax_era_code(w.era)), true);
    text(e, "yy", std::to_string(w.year), true);
    text(e, "mm", std::to_string(w.month), true);
    text(e, "dd", std::to_string(w.day), true);
  }
  void date(DOMElement* p, const std::string& name, const std::optional<Date>& d) {
    if (d) date_parts(el(p, name), *d);
  }
  /// An IT item: its ID is its name, so that the forms can point at it (gen:…ref IDREF).
  DOMElement* it_item(DOMElement* it, const std::string& name) {
    DOMElement* e = el(it, name);
    e->setAttribute(X("ID"), X(name));
    return e;
  }
  DOMElement* it_text(DOMElement* it, const std::string& name, const std::string& v) {
    DOMElement* e = it_item(it, name);
    e->appendChild(doc_->createTextNode(X(v)));
    return e;
  }
  void ref(DOMElement* p, const std::string& name, const std::string& target) {
    el(p, name)->setAttribute(X("IDREF"), X(target));
  }
  /// Removes `e` again when nothing was written into it (the optional groups).
  void drop_if_empty(DOMElement* e) {
    if (!e->hasChildNodes()) e->getParentNode()->removeChild(e)->release();
  }
  void form_attributes(DOMElement* f, const std::string& vr, const std::string& id, int page, const Date& made,
                       const std::string& maker) {
    f->setAttribute(X("VR"), X(vr));
    f->setAttribute(X("id"), X(id));
    f->setAttribute(X("page"), X(std::to_string(page)));
    f->setAttribute(X("sakuseiDay"), X(iso(made)));
    f->setAttribute(X("sakuseiNM"), X(maker));
    f->setAttribute(X("softNM"), X("kyuyo"));
  }
  DOMDocument* doc() { return doc_; }

 private:
  DOMDocument* doc_;
};

std::string digits_only(const std::string& s) {
  std::string d;
  for (char c : s)
    if (c >= '0' && c <= '9') d += c;
  return d;
}

std::vector<std::string> phone_parts(const std::string& phone) {
  std::vector<std::string> parts;
  std::string cur;
  for (char c : phone + "-") {
    if (c == '-') {
      if (!cur.empty()) parts.push_back(cur);
      cur.clear();
    } else if (c >= '0' && c <= '9') {
      cur += c;
    }
  }
  return parts;
}

std::size_t code_points(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

/// 住宅借入金等特別控除区分 (DIU00040/70: 01–04, 11–13, 21, 22, 24, 31, 32, 34, 41, 42, 44). The slip
/// holds the printed text (住, 認, 増, 震 …) whose code table was not read: only a value already in
/// digits is written.
std::string housing_code(const std::string& k) {
  if (k.size() == 2 && digits_only(k) == k) return k;
  return "";
}

/// A gen:bango element holding a person's 個人番号, through the vault's 提供 call; left out
/// without a number source or without a number.
void number_element(Builder& b, DOMElement* parent, const std::string& name, const forms::NumberRef& who,
                    forms::NumberSource* numbers) {
  if (!numbers) return;
  DOMElement* e = b.el(parent, name);
  numbers->with_number(who, [&](std::string_view d) { b.text(e, "kojinbango", std::string(d), true); });
  b.drop_if_empty(e);
}

/// 摘要 (DIS00000, at most 300 characters): 前職分, the 5th and later persons (a 控除対象扶養親族's
/// 個人番号 after the name, as on the 税務署提出用 paper copy; a 16歳未満's never: that number is for
/// the 住民税 only), the 普通徴収 reason and the remarks. "電子交付" is for the employee's copy only.
std::string tekiyo(const forms::WithholdingSlip& s, forms::NumberSource* numbers) {
  std::string t;
  for (const auto& l : forms::tekiyo_lines(s, false)) {
    if (!t.empty()) t += " ";
    t += l.text;
    if (l.number && !l.minor && numbers)
      numbers->with_number(*l.number, [&](std::string_view d) {
        t += " (個人番号 ";  // the digits go from the vault's buffer into t, which the DOM copies; wiped below
        t.append(d);
        t += ")";
      });
  }
  return t;
}

void add_slip(Builder& b, DOMElement* contents, const forms::WithholdingSlip& s, int page, const Date& made,
              const std::string& maker, forms::NumberSource* numbers, bool payer_number_in_it, bool tel_in_it) {
  DOMElement* f = b.el(contents, "HSZ062");
  b.form_attributes(f, "6.0", "HSZ062-" + std::to_string(page), page, made, maker);
  b.kubun(f, "DIB00000", "0");  // 訂正区分: 0 = not a correction (inferred: docs/etax.md)
  b.ref(f, "DIC00000", "NENBUN");
  {
    DOMElement* d = b.el(f, "DID00000");  // 支払を受ける者
    b.text(d, "DID00010", s.address);
    b.opt_text(d, "DID00020", s.employee_code);
    number_element(b, d, "DID00030", s.number, numbers);
    b.opt_text(d, "DID00040", s.job_title);
    DOMElement* n = b.el(d, "DID00050");
    b.opt_text(n, "DID00060", s.kana);
    b.text(n, "DID00070", s.name);
  }
  b.opt_text(f, "DIE00000", s.kind);
  {
    DOMElement* e = b.el(f, "DIF00000");
    b.amount(e, "DIF00010", s.payment_unpaid);
    b.amount(e, "DIF00020", s.payment, true);
  }
  if (s.employment_income) b.amount(f, "DIG00000", *s.employment_income, true);
  if (s.total_deductions) b.amount(f, "DIH00000", *s.total_deductions, true);
  {
    DOMElement* e = b.el(f, "DII00000");
    b.amount(e, "DII00010", s.tax_uncollected);
    b.amount(e, "DII00020", s.tax, true);
  }
  {
    DOMElement* e = b.el(f, "DIJ00000");  // (源泉・特別)控除対象配偶者の有無等
    b.flag(e, "DIJ00010", s.spouse_present);
    b.flag(e, "DIJ00020", s.spouse_present_otsu);
    b.flag(e, "DIJ00030", s.spouse_elderly);
    b.drop_if_empty(e);
  }
  b.amount(f, "DIK00000", s.spouse_deduction);
  {
    DOMElement* k = b.el(f, "DIL00000");  // 控除対象扶養親族等の数
    DOMElement* sp = b.el(k, "DIL00010");
    b.count(sp, "DIL00020", s.specific);
    b.count(sp, "DIL00030", s.specific_otsu);
    b.drop_if_empty(sp);
    DOMElement* el = b.el(k, "DIL00040");
    DOMElement* n = b.el(el, "DIL00050");
    b.count(n, "DIL00060", s.elderly_cohabiting);
    b.count(n, "DIL00070", s.elderly);
    b.drop_if_empty(n);
    b.count(el, "DIL00080", s.elderly_otsu);
    b.drop_if_empty(el);
    DOMElement* o = b.el(k, "DIL00090");
    b.count(o, "DIL00100", s.other);
    b.count(o, "DIL00110", s.other_otsu);
    b.drop_if_empty(o);
    DOMElement* sr = b.el(k, "DIL00120");  // 特親 (令和7年分から)
    b.count(sr, "DIL00130", s.specific_relatives);
    b.count(sr, "DIL00140", s.specific_relatives_otsu);
    b.drop_if_empty(sr);
    b.drop_if_empty(k);
  }
  b.count(f, "DIM00000", s.under16);
  {
    DOMElement* l = b.el(f, "DIN00000");  // 障害者の数
    DOMElement* sp = b.el(l, "DIN00010");
    b.count(sp, "DIN00020", s.disabled_special_cohabiting);
    b.count(sp, "DIN00030", s.disabled_special);
    b.drop_if_empty(sp);
    b.count(l, "DIN00040", s.disabled_other);
    b.drop_if_empty(l);
  }
  b.count(f, "DIE10000", s.non_resident_relatives);
  b.amount(f, "DIJ10000", s.specific_relative_deduction);
  {
    DOMElement* m = b.el(f, "DIO00000");
    b.amount(m, "DIO00010", s.social_insurance_inner);
    b.amount(m, "DIO00020", s.social_insurance);
    b.drop_if_empty(m);
  }
  b.amount(f, "DIP00000", s.life_insurance);
  b.amount(f, "DIQ00000", s.earthquake_insurance);
  b.amount(f, "DIR00000", s.housing_credit);
  {
    std::string t = tekiyo(s, numbers);
    if (code_points(t) > 300) {
      vault::wipe(t);
      throw KyuyoError(ErrorCode::kInvalidInput,
                       "社員番号 " + s.employee_code + ": the 摘要 is longer than the 300 characters e-Tax takes (DIS00000)",
                       "摘要");
    }
    b.opt_text(f, "DIS00000", t);
    vault::wipe(t);
  }
  {
    DOMElement* l = b.el(f, "DIT00000");  // 生命保険料の金額の内訳
    b.amount(l, "DIT00010", s.life_new);
    b.amount(l, "DIT00020", s.life_old);
    b.amount(l, "DIT00030", s.life_care);
    b.amount(l, "DIT00040", s.pension_new);
    b.amount(l, "DIT00050", s.pension_old);
    b.drop_if_empty(l);
  }
  {
    DOMElement* h = b.el(f, "DIU00000");  // 住宅借入金等特別控除の額の内訳
    b.count(h, "DIU00010", s.housing_count);
    b.amount(h, "DIU00020", s.housing_possible);
    b.date(h, "DIU00030", s.housing_start1);
    b.kubun(h, "DIU00040", housing_code(s.housing_kubun1));
    b.amount(h, "DIU00050", s.housing_balance1);
    b.date(h, "DIU00060", s.housing_start2);
    b.kubun(h, "DIU00070", housing_code(s.housing_kubun2));
    b.amount(h, "DIU00080", s.housing_balance2);
    b.drop_if_empty(h);
  }
  if (s.spouse) {  // (源泉・特別)控除対象配偶者
    DOMElement* v = b.el(f, "DIV00000");
    number_element(b, v, "DIV00010", s.spouse->number, numbers);
    b.opt_text(v, "DIV00015", s.spouse->kana);
    b.text(v, "DIV00020", s.spouse->name);
    b.kubun(v, "DIV00030", s.spouse->non_resident ? "01" : "00");
    b.amount(f, "DIW00000", s.spouse_income, true);
  }
  b.amount(f, "DIX00000", s.national_pension);
  b.amount(f, "DIH10000", s.basic_deduction);
  b.amount(f, "DIY00000", s.old_long_term_insurance);
  b.amount(f, "DII10000", s.income_adjustment);
  for (std::size_t i = 0; i < s.dependents.size() && i < 4; ++i) {  // 控除対象扶養親族 1–4
    const auto& p = s.dependents[i];
    DOMElement* z = b.el(f, "DIZ00000");
    number_element(b, z, "DIZ00010", p.number, numbers);
    b.opt_text(z, "DIZ00015", p.kana);
    b.text(z, "DIZ00020", p.name);
    b.kubun(z, "DIZ00030", !p.non_resident ? "00" : p.overseas_code.empty() ? "01" : p.overseas_code);
  }
  for (std::size_t i = 0; i < s.minors.size() && i < 4; ++i) {  // 16歳未満の扶養親族 1–4 (no number)
    const auto& p = s.minors[i];
    DOMElement* m = b.el(f, "DIF10000");
    b.opt_text(m, "DIF10010", p.kana);
    b.text(m, "DIF10020", p.name);
    b.kubun(m, "DIF10030", p.non_resident ? "01" : "00");
  }
  {
    DOMElement* u = b.el(f, "DIA10000");  // 本人控除内容
    b.flag(u, "DIA10010", s.minor);
    b.flag(u, "DIA10020", s.foreigner);
    b.flag(u, "DIA10030", s.death_retirement);
    b.flag(u, "DIA10040", s.disaster);
    b.flag(u, "DIA10050", s.otsu);
    DOMElement* d = b.el(u, "DIA10060");
    b.flag(d, "DIA10070", s.self_disabled_special);
    b.flag(d, "DIA10080", s.self_disabled_other);
    b.drop_if_empty(d);
    b.flag(u, "DIA10140", s.widow);
    b.flag(u, "DIA10150", s.single_parent);
    b.flag(u, "DIA10130", s.working_student);
    b.drop_if_empty(u);
  }
  {
    DOMElement* v = b.el(f, "DIB10000");  // 中途就・退職
    b.flag(v, "DIB10010", s.hired_on.has_value());
    b.flag(v, "DIB10020", s.left_on.has_value());
    b.date(v, "DIB10030", s.left_on ? s.left_on : s.hired_on);
    b.drop_if_empty(v);
  }
  b.date(f, "DIC10000", s.birth_date);
  {
    DOMElement* x = b.el(f, "DID10000");  // 支払者: the IT part's submitter (the employer)
    if (payer_number_in_it) b.ref(x, "DID10010", "NOZEISHA_BANGO");
    b.ref(x, "DID10020", "NOZEISHA_ADR");
    b.ref(x, "DID10030", "NOZEISHA_NM");
    if (tel_in_it) b.ref(x, "DID10040", "NOZEISHA_TEL");
  }
}

/// CATALOG (管理部): the RDF description e-Taxソフト writes, listing the IT part and the forms; the
/// other sections stay empty (kyuyo attaches nothing).
void add_catalog(Builder& b, DOMElement* proc, const std::vector<std::string>& form_ids) {
  DOMDocument* doc = b.doc();
  DOMElement* cat = b.el(proc, "CATALOG");
  cat->setAttribute(X("id"), X("CATALOG"));
  auto rdf = [&](DOMElement* parent, const std::string& name) {
    DOMElement* e = doc->createElementNS(X(kRdfNamespace), X("rdf:" + name));
    parent->appendChild(e);
    return e;
  };
  DOMElement* r = rdf(cat, "RDF");
  DOMElement* report = rdf(r, "description");
  report->setAttribute(X("id"), X("REPORT"));
  b.el(report, "SEND_DATA");
  rdf(b.el(report, "IT_SEC"), "description")->setAttribute(X("about"), X("#IT"));
  DOMElement* seq = rdf(b.el(report, "FORM_SEC"), "Seq");
  for (const auto& id : form_ids) rdf(rdf(seq, "li"), "description")->setAttribute(X("about"), X("#" + id));
  for (const char* sec : {"TENPU_SEC", "XBRL_SEC", "XBRL2_1_SEC", "SOFUSHO_SEC", "ATTACH_SEC", "CSV_SEC"}) b.el(report, sec);
}

struct Errors : public DefaultHandler {
  std::string name;
  std::vector<Error> list;
  void warning(const SAXParseException&) override {}
  void error(const SAXParseException& e) override { add(e); }
  void fatalError(const SAXParseException& e) override { add(e); }
  void add(const SAXParseException& e) {
    list.push_back(Error{ErrorCode::kInvalidInput, "e-Tax XML does not match the schema: " + xml::to_utf8(e.getMessage()),
                         name + ":" + std::to_string(e.getLineNumber())});
  }
};

}  // namespace

void validate_xtx(const std::string& xml_text, const std::string& schema_dir, const std::string& name) {
  xml::ensure_xerces();
  std::vector<std::string> xsds;
  if (schema_dir.empty()) {
    std::string d = resources::schema_dir() + "/etax";
    xsds = {d + "/general.xsd", d + "/hoteishiryo.xsd"};
  } else {
    // The official package: only the procedure's root schema is loaded (it includes and imports the
    // rest by relative paths); loading every file would clash, the package holding many versions.
    if (!fs::is_directory(schema_dir))
      throw KyuyoError(ErrorCode::kNotFound, "--schema-dir: not a directory", schema_dir);
    for (const auto& e : fs::recursive_directory_iterator(schema_dir))
      if (e.is_regular_file() && e.path().filename() == kOfficialRootSchema) xsds.push_back(e.path().string());
    std::sort(xsds.begin(), xsds.end());
    if (xsds.empty())
      throw KyuyoError(ErrorCode::kNotFound,
                       std::string("--schema-dir: no ") + kOfficialRootSchema + " (procedure " + kProcedureId +
                           " VR " + kProcedureVersion + ") below the directory",
                       schema_dir);
    xsds.resize(1);
  }
  std::unique_ptr<SAX2XMLReader> r(XMLReaderFactory::createXMLReader());
  r->setFeature(XMLUni::fgSAX2CoreNameSpaces, true);
  r->setFeature(XMLUni::fgSAX2CoreValidation, true);
  r->setFeature(XMLUni::fgXercesDynamic, false);
  r->setFeature(XMLUni::fgXercesSchema, true);
  // Full constraint checking of the grammar for ours; the official package's restrictions of gen:
  // types redeclare their children locally in another namespace (kubun_CD, procedure_CD), which
  // XSD 1.0's particle-restriction rules refuse ("no complete functional mapping between
  // particles"), so it is loaded without that check. Documents are validated fully either way.
  r->setFeature(XMLUni::fgXercesSchemaFullChecking, schema_dir.empty());
  r->setFeature(XMLUni::fgXercesLoadExternalDTD, false);
  r->setFeature(XMLUni::fgXercesUseCachedGrammarInParse, true);
  r->setFeature(XMLUni::fgXercesHandleMultipleImports, true);
  r->setFeature(XMLUni::fgXercesLoadSchema, false);
  SecurityManager sm;
  sm.setEntityExpansionLimit(100);
  r->setProperty(XMLUni::fgXercesSecurityManager, &sm);
  Errors grammar;
  grammar.name = "schema";
  r->setErrorHandler(&grammar);
  bool loaded = true;
  for (const auto& x : xsds) {
    X path(x);
    LocalFileInputSource src(path);
    if (!r->loadGrammar(src, Grammar::SchemaGrammarType, true)) loaded = false;
  }
  if (!loaded) grammar.list.push_back(Error{ErrorCode::kRuleData, "cannot load XML schema", xsds.front()});
  // Ours must load cleanly. The official package's root schema also includes the other 法定調書
  // forms of the procedure, some with patterns Xerces refuses (an unescaped '-' in a character
  // class, in HSZ441/HSZ581): those forms' types are then missing, which only matters to a document
  // that uses them — ours is validated fully against the declarations that did load.
  if (!schema_dir.empty() && loaded) grammar.list.clear();
  if (!grammar.list.empty()) {
    for (auto& e : grammar.list) e.code = ErrorCode::kRuleData;
    throw KyuyoErrors(std::move(grammar.list));
  }
  Errors h;
  h.name = name;
  r->setErrorHandler(&h);
  MemBufInputSource in(reinterpret_cast<const XMLByte*>(xml_text.data()), xml_text.size(), "xtx");
  try {
    r->parse(in);
  } catch (const XMLException& e) {
    h.list.push_back(Error{ErrorCode::kInvalidInput, xml::to_utf8(e.getMessage()), name});
  } catch (const SAXParseException&) {
  }
  r->setErrorHandler(nullptr);
  if (!h.list.empty()) throw KyuyoErrors(std::move(h.list));
}

std::string build_xtx(const XtxRequest& rq) {
  const auto& er = rq.employer;
  // The IT part requires the 利用者識別番号 and the 所轄税務署 (ITdefinition.xsd): refuse before any
  // number is asked of the vault.
  if (digits_only(er.etax_user_id).size() != 16 || digits_only(er.etax_user_id) != er.etax_user_id)
    throw KyuyoError(ErrorCode::kInvalidInput,
                     "employer " + er.code + " has no e-Tax 利用者識別番号 (16 digits): add the column 利用者識別番号 "
                     "to the employer CSV and import it again (kyuyo import employers FILE)",
                     "employers.利用者識別番号");
  if (er.tax_office_code.size() != 5 || digits_only(er.tax_office_code) != er.tax_office_code)
    throw KyuyoError(ErrorCode::kInvalidInput,
                     "employer " + er.code + " has no 税務署番号 (5 digits, e.g. 01103 for 神田): add the column "
                     "税務署番号 (and 税務署名) to the employer CSV and import it again",
                     "employers.税務署番号");
  xml::ensure_xerces();
  DOMImplementation* impl = DOMImplementationRegistry::getDOMImplementation(X("LS"));
  std::unique_ptr<DOMDocument, void (*)(DOMDocument*)> doc(
      impl->createDocument(X(kHoteishiryoNamespace), X("DATA"), nullptr), [](DOMDocument* d) { d->release(); });
  Builder b(doc.get());
  DOMElement* data = doc->getDocumentElement();
  data->setAttribute(X("id"), X("DATA"));
  const XMLCh* xmlns = reinterpret_cast<const XMLCh*>(u"http://www.w3.org/2000/xmlns/");
  data->setAttributeNS(xmlns, X("xmlns:gen"), X(kGeneralNamespace));
  data->setAttributeNS(xmlns, X("xmlns:rdf"), X(kRdfNamespace));
  DOMElement* proc = b.el(data, kProcedureId);
  proc->setAttribute(X("VR"), X(kProcedureVersion));
  proc->setAttribute(X("id"), X(kProcedureId));
  std::vector<std::string> form_ids;
  for (std::size_t i = 1; i <= rq.slips.size(); ++i) form_ids.push_back("HSZ062-" + std::to_string(i));
  form_ids.push_back("HSZ600-1");
  add_catalog(b, proc, form_ids);
  DOMElement* contents = b.el(proc, "CONTENTS");
  contents->setAttribute(X("id"), X("CONTENTS"));

  // ---- IT part (共通部分), in ITdefinition.xsd's order
  DOMElement* it = b.el(contents, "IT");
  it->setAttribute(X("VR"), X("1.5"));
  it->setAttribute(X("id"), X("IT"));
  {
    DOMElement* z = b.it_item(it, "ZEIMUSHO");
    b.text(z, "zeimusho_CD", er.tax_office_code, true);
    if (!er.tax_office_name.empty()) b.text(z, "zeimusho_NM", er.tax_office_name, true);
  }
  b.date_parts(b.it_item(it, "TEISYUTSU_DAY"), rq.submitted_on);
  b.it_text(it, "NOZEISHA_ID", er.etax_user_id);
  bool payer_number = false;
  if (!er.corporate_number.empty()) {
    b.text(b.it_item(it, "NOZEISHA_BANGO"), "hojinbango", er.corporate_number, true);
    payer_number = true;
  } else if (rq.numbers) {
    // 個人事業主: the owner's 個人番号 (gen:bango kojinbango), through the vault's 提供 call
    DOMElement* n = b.it_item(it, "NOZEISHA_BANGO");
    rq.numbers->with_number(forms::NumberRef::employer_owner(er.id.value()),
                            [&](std::string_view d) { b.text(n, "kojinbango", std::string(d), true); });
    payer_number = n->hasChildNodes();
    b.drop_if_empty(n);
  }
  if (!er.name_kana.empty()) b.it_text(it, "NOZEISHA_NM_KN", er.name_kana);
  b.it_text(it, "NOZEISHA_NM", er.name);
  std::string zip = digits_only(er.postal_code);
  if (zip.size() == 7) {
    DOMElement* z = b.it_item(it, "NOZEISHA_ZIP");
    b.text(z, "zip1", zip.substr(0, 3), true);
    b.text(z, "zip2", zip.substr(3), true);
  }
  b.it_text(it, "NOZEISHA_ADR", er.address);
  auto tel = phone_parts(er.phone);
  if (tel.size() == 3) {
    DOMElement* t = b.it_item(it, "NOZEISHA_TEL");
    b.text(t, "tel1", tel[0], true);
    b.text(t, "tel2", tel[1], true);
    b.text(t, "tel3", tel[2], true);
  }
  if (!er.representative.empty()) b.it_text(it, "DAIHYO_NM", er.representative);
  {
    DOMElement* t = b.it_item(it, "TETSUZUKI");
    b.text(t, "procedure_CD", kProcedureId);
    b.text(t, "procedure_NM", "給与所得の源泉徴収票等の法定調書(及び同合計表)");
  }
  {
    DOMElement* n = b.it_item(it, "NENBUN");
    auto w = to_wareki(Date(static_cast<unsigned short>(rq.year), 12, 31));
    b.text(n, "era", std::to_string(etax_era_code(w.era)), true);
    b.text(n, "yy", std::to_string(w.year), true);
  }

  // ---- the slips, then the 合計表
  int page = 0;
  // each slip's 支払者 is the submitter: its items point at the IT part
  for (const auto& s : rq.slips)
    add_slip(b, contents, s, ++page, rq.submitted_on, er.name, rq.numbers, payer_number, tel.size() == 3);
  {
    DOMElement* g = b.el(contents, "HSZ600");
    b.form_attributes(g, "3.0", "HSZ600-1", 1, rq.submitted_on, er.name);
    b.ref(g, "BLA00000", "NENBUN");
    b.kubun(g, "BLB00000", "1");  // 調書の提出区分: 1 新規 (the form: 新規=1, 追加=2, 訂正=3, 無効=4)
    b.ref(g, "BLD00000", "TEISYUTSU_DAY");
    b.ref(g, "BLE00000", "ZEIMUSHO");
    DOMElement* who = b.el(g, "BLF00000");  // 提出者
    b.ref(who, "BLF00010", "NOZEISHA_ADR");
    DOMElement* nm = b.el(who, "BLF00020");
    if (!er.name_kana.empty()) b.ref(nm, "BLF00030", "NOZEISHA_NM_KN");
    b.ref(nm, "BLF00040", "NOZEISHA_NM");
    if (payer_number) b.ref(who, "BLF00045", "NOZEISHA_BANGO");
    if (!er.representative.empty()) b.ref(b.el(who, "BLF00050"), "BLF00070", "DAIHYO_NM");
    if (tel.size() == 3) b.ref(who, "BLF00080", "NOZEISHA_TEL");
    b.kubun(b.el(g, "BLG00000"), "BLG00010", "14");  // 提出媒体 1.給与: 14 電子 (the form's code legend)
    const auto& t = rq.totals;
    DOMElement* k = b.el(g, "BLI00000");  // 1. 給与所得の源泉徴収票合計表
    DOMElement* a = b.el(k, "BLI00010");  // Ａ 俸給、給与、賞与等の総額
    b.text(a, "BLI00020", std::to_string(t.all.people));
    b.text(a, "BLI00030", std::to_string(t.no_tax_people));
    b.amount(a, "BLI00040", t.all.paid, true);
    b.amount(a, "BLI00050", t.all.tax, true);
    DOMElement* f = b.el(k, "BLI00090");  // Ｂ 源泉徴収票を提出するもの
    b.text(f, "BLI00100", std::to_string(t.submitted.people));
    b.amount(f, "BLI00110", t.submitted.paid, true);
    b.amount(f, "BLI00120", t.submitted.tax, true);
  }

  // ---- serialize (UTF-8, pretty-printed) and validate before anyone sees it
  DOMLSSerializer* ser = static_cast<DOMImplementationLS*>(impl)->createLSSerializer();
  std::unique_ptr<DOMLSSerializer, void (*)(DOMLSSerializer*)> ser_guard(ser, [](DOMLSSerializer* s) { s->release(); });
  ser->getDomConfig()->setParameter(XMLUni::fgDOMWRTFormatPrettyPrint, true);
  DOMLSOutput* out = static_cast<DOMImplementationLS*>(impl)->createLSOutput();
  std::unique_ptr<DOMLSOutput, void (*)(DOMLSOutput*)> out_guard(out, [](DOMLSOutput* o) { o->release(); });
  MemBufFormatTarget target;
  out->setByteStream(&target);
  out->setEncoding(X("UTF-8"));
  ser->write(doc.get(), out);
  std::string xml_text(reinterpret_cast<const char*>(target.getRawBuffer()), target.getLen());
  target.reset();
  validate_xtx(xml_text, rq.schema_dir, "e-Tax XML for " + std::to_string(rq.year));
  return xml_text;
}

void save_xtx(const std::string& path, std::string& xml_text) {
  fs::path p(path);
  if (p.has_parent_path()) fs::create_directories(p.parent_path());
  std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f.write(xml_text.data(), static_cast<std::streamsize>(xml_text.size()));
    if (!f) throw KyuyoError(ErrorCode::kInvalidInput, "cannot write", path);
  }
  fs::rename(tmp, path);
  vault::wipe(xml_text);
}

}  // namespace kyuyo::etax
