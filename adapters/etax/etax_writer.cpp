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
  explicit Builder(DOMDocument* d) : doc_(d) {}
  DOMElement* el(DOMElement* parent, const std::string& name, const char* ns = kGensenNamespace) {
    std::string q = ns == kGeneralNamespace ? "gen:" + name : name;
    DOMElement* e = doc_->createElementNS(X(ns), X(q));
    parent->appendChild(e);
    return e;
  }
  DOMElement* text(DOMElement* parent, const std::string& name, const std::string& value,
                   const char* ns = kGensenNamespace) {
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
  void flag(DOMElement* p, const std::string& name, bool b) {
    if (b) text(p, name, "1");
  }
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

void add_person(Builder& b, DOMElement* parent, const std::string& code, const forms::SlipPerson& p,
                forms::NumberSource* numbers) {
  DOMElement* e = b.el(parent, code);
  b.opt_text(e, "ZFF10010", p.kana);
  b.text(e, "ZFF10020", p.name);
  if (p.non_resident) b.text(e, "ZFF10030", "01");
  else if (p.specific_relative) b.text(e, "ZFF10030", "特親");
  if (numbers) numbers->with_number(p.number, [&](std::string_view d) { b.text(e, "KYU00110", std::string(d)); });
}

void add_slip(Builder& b, DOMElement* contents, const forms::WithholdingSlip& s, int page, const Date& made,
              forms::NumberSource* numbers) {
  DOMElement* f = b.el(contents, "TEG104");
  f->setAttribute(X("VR"), X("kyuyo-r7"));
  f->setAttribute(X("id"), X("TEG104-" + std::to_string(page)));
  f->setAttribute(X("page"), X(std::to_string(page)));
  f->setAttribute(X("sakuseiDay"), X(iso(made)));
  f->setAttribute(X("softNM"), X("kyuyo"));
  b.year(f, "ZFB00000", s.year);
  b.opt_text(f, "ZFC00010", s.address);
  b.opt_text(f, "ZFC00080", s.employee_code);
  b.opt_text(f, "ZFC00090", s.job_title);
  b.opt_text(f, "ZFC00110", s.kana);
  b.text(f, "ZFC00120", s.name);
  if (numbers) numbers->with_number(s.number, [&](std::string_view d) { b.text(f, "KYU00010", std::string(d)); });
  b.opt_text(f, "ZFD00000", s.kind);
  b.amount(f, "ZFE00010", s.payment_unpaid);
  b.amount(f, "ZFE00020", s.payment, true);
  if (s.employment_income) b.amount(f, "ZFF00000", *s.employment_income, true);
  if (s.total_deductions) b.amount(f, "ZFG00000", *s.total_deductions, true);
  b.amount(f, "ZFH00010", s.tax_uncollected);
  b.amount(f, "ZFH00020", s.tax, true);
  b.flag(f, "ZFI00010", s.spouse_present);
  b.flag(f, "ZFI00030", s.spouse_present_otsu);
  b.flag(f, "ZFI00050", s.spouse_elderly);
  b.amount(f, "ZFJ00000", s.spouse_deduction);
  b.count(f, "ZFK00020", s.specific);
  b.count(f, "ZFK00030", s.specific_otsu);
  b.count(f, "ZFK00060", s.elderly_cohabiting);
  b.count(f, "ZFK00070", s.elderly);
  b.count(f, "ZFK00080", s.elderly_otsu);
  b.count(f, "ZFK00100", s.other);
  b.count(f, "ZFK00110", s.other_otsu);
  b.count(f, "KYU00020", s.specific_relatives);
  b.count(f, "ZFC10000", s.under16);
  b.count(f, "ZFL00020", s.disabled_special_cohabiting);
  b.count(f, "ZFL00030", s.disabled_special);
  b.count(f, "ZFL00040", s.disabled_other);
  b.count(f, "ZFD10000", s.non_resident_relatives);
  b.amount(f, "ZFM00010", s.social_insurance_inner);
  b.amount(f, "ZFM00020", s.social_insurance);
  b.amount(f, "ZFN00000", s.life_insurance);
  b.amount(f, "ZFO00000", s.earthquake_insurance);
  b.amount(f, "ZFP00000", s.housing_credit);
  std::string tekiyo;
  for (const auto& l : forms::tekiyo_lines(s, false)) {
    if (!tekiyo.empty()) tekiyo += " ";
    tekiyo += l.text;  // the 5th+ dependents' numbers are in their ZFH10000 entries
  }
  b.opt_text(f, "ZFQ00010", tekiyo);
  if (s.spouse) b.amount(f, "ZFR00000", s.spouse_income, true);
  b.amount(f, "ZFY00000", s.life_new);
  b.amount(f, "ZFZ00000", s.life_old);
  b.amount(f, "ZFA10000", s.life_care);
  b.amount(f, "ZFB10000", s.pension_new);
  b.amount(f, "ZFS00000", s.pension_old);
  b.amount(f, "ZFT00000", s.old_long_term_insurance);
  b.count(f, "ZFE10010", s.housing_count);
  b.amount(f, "ZFE10020", s.housing_possible);
  b.date(f, "ZFE10030", s.housing_start1);
  b.opt_text(f, "ZFE10040", s.housing_kubun1);
  b.amount(f, "ZFE10050", s.housing_balance1);
  b.date(f, "ZFE10060", s.housing_start2);
  b.opt_text(f, "ZFE10070", s.housing_kubun2);
  b.amount(f, "ZFE10080", s.housing_balance2);
  if (s.spouse) add_person(b, f, "ZFF10000", *s.spouse, numbers);
  for (const auto& p : s.dependents) add_person(b, f, "ZFH10000", p, numbers);
  for (const auto& p : s.minors) add_person(b, f, "ZFI10000", p, numbers);
  b.flag(f, "ZFU00010", s.minor);
  b.flag(f, "ZFU00020", s.otsu);
  b.flag(f, "ZFU00040", s.self_disabled_special);
  b.flag(f, "ZFU00050", s.self_disabled_other);
  b.flag(f, "ZFU00070", s.widow);
  b.flag(f, "KYU00030", s.single_parent);
  b.flag(f, "ZFU00100", s.working_student);
  b.flag(f, "ZFU00110", s.death_retirement);
  b.flag(f, "ZFU00120", s.disaster);
  b.flag(f, "ZFU00130", s.foreigner);
  b.flag(f, "ZFV00010", s.hired_on.has_value());
  b.flag(f, "ZFV00020", s.left_on.has_value());
  b.date(f, "ZFV00030", s.left_on ? s.left_on : s.hired_on);
  b.date(f, "ZFW00000", s.birth_date);
  b.opt_text(f, "ZFX00010", s.payer_address);
  b.text(f, "ZFX00020", s.payer_name);
  b.opt_text(f, "ZFX00030", s.payer_phone);
  b.opt_text(f, "KYU00040", s.payer_corporate_number);
  b.amount(f, "ZFG10000", s.national_pension);
  b.amount(f, "ZPJ10000", s.basic_deduction);
  b.amount(f, "ZPK10000", s.income_adjustment);
  b.amount(f, "KYU00050", s.specific_relative_deduction);
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
    xsds = {d + "/general.xsd", d + "/gensen.xsd"};
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
  Builder b(doc.get());
  DOMElement* data = doc->getDocumentElement();
  data->setAttribute(X("id"), X("DATA"));
  const XMLCh* xmlns = reinterpret_cast<const XMLCh*>(u"http://www.w3.org/2000/xmlns/");
  data->setAttributeNS(xmlns, X("xmlns:gen"), X(kGeneralNamespace));
  DOMElement* proc = b.el(data, "HOTEICHOSHO");
  proc->setAttribute(X("id"), X("HOTEICHOSHO"));
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
  if (!er.corporate_number.empty())
    b.text(b.it_item(it, "NOZEISHA_BANGO"), "hojinbango", er.corporate_number, kGeneralNamespace);
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
    std::vector<std::string> parts;
    std::string cur;
    for (char c : er.phone + "-") {
      if (c == '-') {
        if (!cur.empty()) parts.push_back(cur);
        cur.clear();
      } else if (c >= '0' && c <= '9') {
        cur += c;
      }
    }
    if (parts.size() == 3) {
      DOMElement* t = b.it_item(it, "NOZEISHA_TEL");
      b.text(t, "tel1", parts[0], kGeneralNamespace);
      b.text(t, "tel2", parts[1], kGeneralNamespace);
      b.text(t, "tel3", parts[2], kGeneralNamespace);
    }
  }
  b.text(b.it_item(it, "TETSUZUKI"), "procedure_CD", "HOTEICHOSHO", kGeneralNamespace);
  {
    DOMElement* n = b.it_item(it, "NENBUN");
    auto w = to_wareki(Date(static_cast<unsigned short>(rq.year), 12, 31));
    b.text(n, "era", std::to_string(etax_era_code(w.era)), kGeneralNamespace);
    b.text(n, "yy", std::to_string(w.year), kGeneralNamespace);
  }

  // ---- forms
  int page = 0;
  for (const auto& s : rq.slips) add_slip(b, contents, s, ++page, rq.submitted_on, rq.numbers);
  DOMElement* g = b.el(contents, "GOKEIHYO");
  g->setAttribute(X("VR"), X("kyuyo-1"));
  g->setAttribute(X("id"), X("GOKEIHYO"));
  g->setAttribute(X("page"), X("1"));
  g->setAttribute(X("sakuseiDay"), X(iso(rq.submitted_on)));
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
