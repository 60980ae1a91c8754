// e-Tax .xtx writer (Xerces-C DOM + DOMLSSerializer) and validator. Shapes: docs/etax.md and
// schemas/etax/gen_gensen_xsd.py (the element order there is the order written here).
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

class Builder {
 public:
  Builder(DOMDocument* d, const char* ns) : doc_(d), ns_(ns) {}
  /// An element in namespace `ns` (default: the builder's current one): gen: and kyo: prefixes,
  /// the gensen namespace is the document's default.
  DOMElement* el(DOMElement* parent, const std::string& name, const char* ns = nullptr) {
    if (!ns) ns = ns_;
    std::string q = ns == kGeneralNamespace ? "gen:" + name : ns == kKyotsuNamespace ? "kyo:" + name : name;
    DOMElement* e = doc_->createElementNS(X(ns), X(q));
    parent->appendChild(e);
    return e;
  }
  DOMElement* text(DOMElement* parent, const std::string& name, const std::string& value, const char* ns = nullptr) {
    DOMElement* e = el(parent, name, ns);
    e->appendChild(doc_->createTextNode(X(value)));
    return e;
  }
  void opt_text(DOMElement* p, const std::string& name, const std::string& v) {
    if (!v.empty()) text(p, name, v);
  }
  void amount(DOMElement* p, const std::string& name, Yen v, bool always = false) {
    if (always || v != Yen(0)) text(p, name, v.str());
  }
  void count(DOMElement* p, const std::string& name, int n) {
    if (n != 0) text(p, name, std::to_string(n));
  }
  /// A gen:kubun box: {kubun_CD}. TEG108 check boxes take 1 or 2; kyuyo writes 1 for a ticked box
  /// and leaves the element out otherwise (the meaning of 2 was not read).
  void kubun(DOMElement* p, const std::string& name, const std::string& code) {
    if (code.empty()) return;
    text(el(p, name), "kubun_CD", code, kGeneralNamespace);
  }
  void flag(DOMElement* p, const std::string& name, bool b) { kubun(p, name, b ? "1" : ""); }
  void date(DOMElement* p, const std::string& name, const std::optional<Date>& d) {
    if (!d) return;
    auto w = to_wareki(*d);
    DOMElement* e = el(p, name);
    text(e, "era", std::to_string(etax_era_code(w.era)), kGeneralNamespace);
    text(e, "yy", std::to_string(w.year), kGeneralNamespace);
    text(e, "mm", std::to_string(w.month), kGeneralNamespace);
    text(e, "dd", std::to_string(w.day), kGeneralNamespace);
  }
  void year(DOMElement* p, const std::string& name, int y) {
    auto w = to_wareki(Date(static_cast<unsigned short>(y), 12, 31));
    DOMElement* e = el(p, name);
    text(e, "era", std::to_string(etax_era_code(w.era)), kGeneralNamespace);
    text(e, "yy", std::to_string(w.year), kGeneralNamespace);
  }
  DOMElement* it_item(DOMElement* it, const std::string& name) {
    DOMElement* e = el(it, name);
    e->setAttribute(X("ID"), X(name));
    return e;
  }
  /// Removes `e` again when nothing was written into it (TEG108's optional groups).
  void drop_if_empty(DOMElement* e) {
    if (!e->hasChildNodes()) e->getParentNode()->removeChild(e)->release();
  }
  DOMDocument* doc() { return doc_; }
  void use(const char* ns) { ns_ = ns; }

 private:
  DOMDocument* doc_;
  const char* ns_;
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

/// 住宅借入金等特別控除区分 as TEG108's two-digit code (01–16). The slip holds the printed text
/// (住, 認, 増, 震 …) whose code table was not read: only a value already in digits is written.
std::string housing_code(const std::string& k) {
  if (k.size() == 2 && digits_only(k) == k) return k;
  return "";
}

/// ZPF10000 / ZPH10000 / ZPI10000: {…10 フリガナ, …20 氏名, …30 区分, [KYU00130 特定親族], KYU00110 個人番号}.
void add_person(Builder& b, DOMElement* parent, const std::string& code, const forms::SlipPerson& p,
                forms::NumberSource* numbers, bool two_digit_kubun, bool mark_specific) {
  DOMElement* e = b.el(parent, code);
  std::string base = code.substr(0, 6);  // ZPF100 → ZPF10010 …
  b.opt_text(e, base + "10", p.kana);
  b.text(e, base + "20", p.name);
  // 区分: 非居住者 (TEG108: ZPH10030 two digits 00–04, ZPF10030/ZPI10030 1|2; kyuyo writes 01 / 1)
  if (p.non_resident) b.kubun(e, base + "30", two_digit_kubun ? "01" : "1");
  if (mark_specific) b.flag(e, "KYU00130", p.specific_relative);
  if (numbers) numbers->with_number(p.number, [&](std::string_view d) { b.text(e, "KYU00110", std::string(d)); });
}

void add_slip(Builder& b, DOMElement* contents, const forms::WithholdingSlip& s, int page, const Date& made,
              const std::string& maker, forms::NumberSource* numbers) {
  b.use(kKyotsuNamespace);
  DOMElement* f = b.el(contents, "TEG108");
  f->setAttribute(X("VR"), X("1.0"));
  f->setAttribute(X("id"), X("TEG108-" + std::to_string(page)));
  f->setAttribute(X("page"), X(std::to_string(page)));
  f->setAttribute(X("sakuseiDay"), X(iso(made)));
  f->setAttribute(X("sakuseiNM"), X(maker));
  f->setAttribute(X("softNM"), X("kyuyo"));
  b.year(f, "ZPB00000", s.year);
  {
    DOMElement* c = b.el(f, "ZPC00000");
    b.text(c, "ZPC00010", s.address);
    b.opt_text(c, "ZPC00080", s.employee_code);
    b.opt_text(c, "ZPC00090", s.job_title);
    DOMElement* n = b.el(c, "ZPC00100");
    b.opt_text(n, "ZPC00110", s.kana);
    b.text(n, "ZPC00120", s.name);
  }
  if (numbers) numbers->with_number(s.number, [&](std::string_view d) { b.text(f, "KYU00010", std::string(d)); });
  b.opt_text(f, "ZPD00000", s.kind);
  {
    DOMElement* e = b.el(f, "ZPE00000");
    b.amount(e, "ZPE00010", s.payment_unpaid);
    b.amount(e, "ZPE00020", s.payment, true);
  }
  if (s.employment_income) b.amount(f, "ZPF00000", *s.employment_income, true);
  if (s.total_deductions) b.amount(f, "ZPG00000", *s.total_deductions, true);
  {
    DOMElement* e = b.el(f, "ZPH00000");
    b.amount(e, "ZPH00010", s.tax_uncollected);
    b.amount(e, "ZPH00020", s.tax, true);
  }
  {
    DOMElement* e = b.el(f, "ZPI00000");
    b.flag(e, "ZPI00010", s.spouse_present);
    b.flag(e, "ZPI00030", s.spouse_present_otsu);
    b.flag(e, "ZPI00050", s.spouse_elderly);
    b.drop_if_empty(e);
  }
  b.amount(f, "ZPJ00000", s.spouse_deduction);
  {
    DOMElement* k = b.el(f, "ZPK00000");
    DOMElement* sp = b.el(k, "ZPK00010");
    b.count(sp, "ZPK00020", s.specific);
    b.count(sp, "ZPK00030", s.specific_otsu);
    b.drop_if_empty(sp);
    DOMElement* el = b.el(k, "ZPK00040");
    DOMElement* n = b.el(el, "ZPK00050");
    b.count(n, "ZPK00060", s.elderly_cohabiting);
    b.count(n, "ZPK00070", s.elderly);
    b.drop_if_empty(n);
    b.count(el, "ZPK00080", s.elderly_otsu);
    b.drop_if_empty(el);
    DOMElement* o = b.el(k, "ZPK00090");
    b.count(o, "ZPK00100", s.other);
    b.count(o, "ZPK00110", s.other_otsu);
    b.drop_if_empty(o);
    b.count(k, "KYU00020", s.specific_relatives);
    b.drop_if_empty(k);
  }
  b.count(f, "ZPC10000", s.under16);
  {
    DOMElement* l = b.el(f, "ZPL00000");
    DOMElement* sp = b.el(l, "ZPL00010");
    b.count(sp, "ZPL00020", s.disabled_special_cohabiting);
    b.count(sp, "ZPL00030", s.disabled_special);
    b.drop_if_empty(sp);
    b.count(l, "ZPL00040", s.disabled_other);
    b.drop_if_empty(l);
  }
  b.count(f, "ZPD10000", s.non_resident_relatives);
  {
    DOMElement* m = b.el(f, "ZPM00000");
    b.amount(m, "ZPM00010", s.social_insurance_inner);
    b.amount(m, "ZPM00020", s.social_insurance);
    b.drop_if_empty(m);
  }
  b.amount(f, "ZPN00000", s.life_insurance);
  b.amount(f, "ZPO00000", s.earthquake_insurance);
  b.amount(f, "ZPP00000", s.housing_credit);
  {
    std::string tekiyo;
    for (const auto& l : forms::tekiyo_lines(s, false)) {
      if (!tekiyo.empty()) tekiyo += " ";
      tekiyo += l.text;  // the 5th+ persons' numbers are in their KYU00120 entries
    }
    DOMElement* q = b.el(f, "ZPQ00000");
    b.opt_text(q, "ZPQ00010", tekiyo);
    b.drop_if_empty(q);
  }
  if (s.spouse) b.amount(f, "ZPR00000", s.spouse_income, true);
  b.amount(f, "ZPY00000", s.life_new);
  b.amount(f, "ZPZ00000", s.life_old);
  b.amount(f, "ZPA10000", s.life_care);
  b.amount(f, "ZPB10000", s.pension_new);
  b.amount(f, "ZPS00000", s.pension_old);
  b.amount(f, "ZPT00000", s.old_long_term_insurance);
  {
    DOMElement* h = b.el(f, "ZPE10000");
    b.count(h, "ZPE10010", s.housing_count);
    b.amount(h, "ZPE10020", s.housing_possible);
    b.date(h, "ZPE10030", s.housing_start1);
    b.kubun(h, "ZPE10040", housing_code(s.housing_kubun1));
    b.amount(h, "ZPE10050", s.housing_balance1);
    b.date(h, "ZPE10060", s.housing_start2);
    b.kubun(h, "ZPE10070", housing_code(s.housing_kubun2));
    b.amount(h, "ZPE10080", s.housing_balance2);
    b.drop_if_empty(h);
  }
  if (s.spouse) add_person(b, f, "ZPF10000", *s.spouse, numbers, false, false);
  b.amount(f, "ZPG10000", s.national_pension);
  b.amount(f, "ZPJ10000", s.basic_deduction);
  b.amount(f, "ZPK10000", s.income_adjustment);
  b.amount(f, "KYU00050", s.specific_relative_deduction);
  for (std::size_t i = 0; i < s.dependents.size() && i < 4; ++i)
    add_person(b, f, "ZPH10000", s.dependents[i], numbers, true, true);
  for (std::size_t i = 0; i < s.minors.size() && i < 4; ++i) add_person(b, f, "ZPI10000", s.minors[i], numbers, false, false);
  auto fifth = [&](const std::vector<forms::SlipPerson>& ps, const std::string& what) {
    for (std::size_t i = 4; i < ps.size(); ++i) {
      DOMElement* e = b.el(f, "KYU00120");
      b.text(e, "KYU00121", what);
      b.text(e, "KYU00122", ps[i].name);
      if (numbers) numbers->with_number(ps[i].number, [&](std::string_view d) { b.text(e, "KYU00110", std::string(d)); });
    }
  };
  fifth(s.dependents, "控除対象扶養親族");
  fifth(s.minors, "16歳未満の扶養親族");
  {
    DOMElement* u = b.el(f, "ZPU00000");
    b.flag(u, "ZPU00010", s.minor);
    b.flag(u, "ZPU00020", s.otsu);
    DOMElement* d = b.el(u, "ZPU00030");
    b.flag(d, "ZPU00040", s.self_disabled_special);
    b.flag(d, "ZPU00050", s.self_disabled_other);
    b.drop_if_empty(d);
    b.flag(u, "ZPU00070", s.widow);
    b.flag(u, "ZPU00090", s.single_parent);
    b.flag(u, "ZPU00100", s.working_student);
    b.flag(u, "ZPU00110", s.death_retirement);
    b.flag(u, "ZPU00120", s.disaster);
    b.flag(u, "ZPU00130", s.foreigner);
    b.drop_if_empty(u);
  }
  {
    DOMElement* v = b.el(f, "ZPV00000");
    b.flag(v, "ZPV00010", s.hired_on.has_value());
    b.flag(v, "ZPV00020", s.left_on.has_value());
    b.date(v, "ZPV00030", s.left_on ? s.left_on : s.hired_on);
    b.drop_if_empty(v);
  }
  b.date(f, "ZPW00000", s.birth_date);
  {
    DOMElement* x = b.el(f, "ZPX00000");
    b.text(x, "ZPX00010", s.payer_address);
    b.text(x, "ZPX00020", s.payer_name);
    auto tel = phone_parts(s.payer_phone);
    if (tel.size() == 3) {
      DOMElement* t = b.el(x, "ZPX00030");
      b.text(t, "tel1", tel[0], kGeneralNamespace);
      b.text(t, "tel2", tel[1], kGeneralNamespace);
      b.text(t, "tel3", tel[2], kGeneralNamespace);
    }
    // 個人番号又は法人番号: the 法人番号, or for a 個人事業主 the owner's 個人番号 through the vault
    if (!s.payer_corporate_number.empty()) {
      b.text(b.el(x, "KYU00040"), "hojinbango", s.payer_corporate_number, kGeneralNamespace);
    } else if (s.payer_number && numbers) {
      DOMElement* k = b.el(x, "KYU00040");
      numbers->with_number(*s.payer_number, [&](std::string_view d) { b.text(k, "kojinbango", std::string(d), kGeneralNamespace); });
      b.drop_if_empty(k);
    }
  }
  b.use(kGensenNamespace);
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
    xsds = {d + "/general.xsd", d + "/kyotsu.xsd", d + "/gensen.xsd"};
  } else {
    if (!fs::is_directory(schema_dir))
      throw KyuyoError(ErrorCode::kNotFound, "--schema-dir: not a directory", schema_dir);
    for (const auto& e : fs::recursive_directory_iterator(schema_dir))
      if (e.is_regular_file() && e.path().extension() == ".xsd") xsds.push_back(e.path().string());
    std::sort(xsds.begin(), xsds.end());
    if (xsds.empty()) throw KyuyoError(ErrorCode::kNotFound, "--schema-dir: no .xsd files", schema_dir);
  }
  std::unique_ptr<SAX2XMLReader> r(XMLReaderFactory::createXMLReader());
  r->setFeature(XMLUni::fgSAX2CoreNameSpaces, true);
  r->setFeature(XMLUni::fgSAX2CoreValidation, true);
  r->setFeature(XMLUni::fgXercesDynamic, false);
  r->setFeature(XMLUni::fgXercesSchema, true);
  r->setFeature(XMLUni::fgXercesSchemaFullChecking, true);
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
  for (const auto& x : xsds) {
    X path(x);
    LocalFileInputSource src(path);
    if (!r->loadGrammar(src, Grammar::SchemaGrammarType, true))
      grammar.list.push_back(Error{ErrorCode::kRuleData, "cannot load XML schema", x});
  }
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
  xml::ensure_xerces();
  DOMImplementation* impl = DOMImplementationRegistry::getDOMImplementation(X("LS"));
  std::unique_ptr<DOMDocument, void (*)(DOMDocument*)> doc(impl->createDocument(X(kGensenNamespace), X("DATA"), nullptr),
                                                           [](DOMDocument* d) { d->release(); });
  Builder b(doc.get(), kGensenNamespace);
  DOMElement* data = doc->getDocumentElement();
  data->setAttribute(X("id"), X("DATA"));
  const XMLCh* xmlns = reinterpret_cast<const XMLCh*>(u"http://www.w3.org/2000/xmlns/");
  data->setAttributeNS(xmlns, X("xmlns:gen"), X(kGeneralNamespace));
  data->setAttributeNS(xmlns, X("xmlns:kyo"), X(kKyotsuNamespace));
  DOMElement* proc = b.el(data, kProcedureId);
  proc->setAttribute(X("id"), X(kProcedureId));
  proc->setAttribute(X("VR"), X("kyuyo-1"));
  DOMElement* contents = b.el(proc, "CONTENTS");
  contents->setAttribute(X("id"), X("CONTENTS"));

  // ---- IT part (共通部分)
  const auto& er = rq.employer;
  DOMElement* it = b.el(contents, "IT");
  it->setAttribute(X("VR"), X("1.0"));
  it->setAttribute(X("id"), X("IT"));
  {
    DOMElement* d = b.it_item(it, "TEISYUTSU_DAY");
    auto w = to_wareki(rq.submitted_on);
    b.text(d, "era", std::to_string(etax_era_code(w.era)), kGeneralNamespace);
    b.text(d, "yy", std::to_string(w.year), kGeneralNamespace);
    b.text(d, "mm", std::to_string(w.month), kGeneralNamespace);
    b.text(d, "dd", std::to_string(w.day), kGeneralNamespace);
  }
  if (!er.corporate_number.empty()) {
    b.text(b.it_item(it, "NOZEISHA_BANGO"), "hojinbango", er.corporate_number, kGeneralNamespace);
  } else if (rq.numbers) {
    // 個人事業主: the owner's 個人番号 (gen:bango kojinbango), through the vault's 提供 call
    DOMElement* n = b.it_item(it, "NOZEISHA_BANGO");
    rq.numbers->with_number(forms::NumberRef::employer_owner(er.id.value()), [&](std::string_view d) {
      b.text(n, "kojinbango", std::string(d), kGeneralNamespace);
    });
    b.drop_if_empty(n);
  }
  if (!er.name_kana.empty()) b.it_item(it, "NOZEISHA_NM_KN")->appendChild(doc->createTextNode(X(er.name_kana)));
  b.it_item(it, "NOZEISHA_NM")->appendChild(doc->createTextNode(X(er.name)));
  std::string zip = digits_only(er.postal_code);
  if (zip.size() == 7) {
    DOMElement* z = b.it_item(it, "NOZEISHA_ZIP");
    b.text(z, "zip1", zip.substr(0, 3), kGeneralNamespace);
    b.text(z, "zip2", zip.substr(3), kGeneralNamespace);
  }
  if (!er.address.empty()) b.it_item(it, "NOZEISHA_ADR")->appendChild(doc->createTextNode(X(er.address)));
  {
    auto parts = phone_parts(er.phone);
    if (parts.size() == 3) {
      DOMElement* t = b.it_item(it, "NOZEISHA_TEL");
      b.text(t, "tel1", parts[0], kGeneralNamespace);
      b.text(t, "tel2", parts[1], kGeneralNamespace);
      b.text(t, "tel3", parts[2], kGeneralNamespace);
    }
  }
  b.text(b.it_item(it, "TETSUZUKI"), "procedure_CD", kProcedureId, kGeneralNamespace);
  {
    DOMElement* n = b.it_item(it, "NENBUN");
    auto w = to_wareki(Date(static_cast<unsigned short>(rq.year), 12, 31));
    b.text(n, "era", std::to_string(etax_era_code(w.era)), kGeneralNamespace);
    b.text(n, "yy", std::to_string(w.year), kGeneralNamespace);
  }

  // ---- forms
  int page = 0;
  for (const auto& s : rq.slips) add_slip(b, contents, s, ++page, rq.submitted_on, er.name, rq.numbers);
  DOMElement* g = b.el(contents, "GOKEIHYO");
  g->setAttribute(X("VR"), X("kyuyo-1"));
  g->setAttribute(X("id"), X("GOKEIHYO"));
  g->setAttribute(X("page"), X("1"));
  g->setAttribute(X("sakuseiDay"), X(iso(rq.submitted_on)));
  g->setAttribute(X("sakuseiNM"), X(er.name));
  g->setAttribute(X("softNM"), X("kyuyo"));
  const auto& t = rq.totals;
  b.year(g, "KYU20010", rq.year);
  b.text(g, "KYU20020", std::to_string(t.all.people));
  b.amount(g, "KYU20030", t.all.paid, true);
  b.amount(g, "KYU20040", t.all.tax, true);
  b.text(g, "KYU20050", std::to_string(t.no_tax_people));
  b.text(g, "KYU20060", std::to_string(t.submitted.people));
  b.amount(g, "KYU20070", t.submitted.paid, true);
  b.amount(g, "KYU20080", t.submitted.tax, true);
  b.flag(g, "KYU20090", t.deemed);

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
