#include "kyuyo/adapters/xml/xerces.hpp"

#include <mutex>
#include <xercesc/sax2/XMLReaderFactory.hpp>
#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/util/SecurityManager.hpp>
#include <xercesc/util/TransService.hpp>
#include <xercesc/util/XMLUni.hpp>
#include <xercesc/framework/LocalFileInputSource.hpp>
#include <xercesc/util/XMLString.hpp>
#include <xercesc/sax/ErrorHandler.hpp>
#include <xercesc/sax/SAXParseException.hpp>
#include <xercesc/validators/common/Grammar.hpp>

#include "kyuyo/core/error.hpp"

namespace kyuyo::xml {
using namespace xercesc;

void ensure_xerces() {
  static std::once_flag once;
  std::call_once(once, [] { XMLPlatformUtils::Initialize(); });
}

std::string to_utf8(const XMLCh* s) {
  if (!s) return {};
  TranscodeToStr t(s, "UTF-8");
  return std::string(reinterpret_cast<const char*>(t.str()), t.length());
}
std::string to_utf8(const XMLCh* s, XMLSize_t len) {
  if (!s || len == 0) return {};
  TranscodeToStr t(s, len, "UTF-8");
  return std::string(reinterpret_cast<const char*>(t.str()), t.length());
}
std::u16string from_utf8(const std::string& s) {
  ensure_xerces();
  TranscodeFromStr t(reinterpret_cast<const XMLByte*>(s.data()), s.size(), "UTF-8");
  return std::u16string(reinterpret_cast<const char16_t*>(t.str()), t.length());
}

SaxParser make_validating_sax_parser(const std::string& xsd_path, const std::string&) {
  ensure_xerces();
  SaxParser p;
  p.reader.reset(XMLReaderFactory::createXMLReader());
  auto* r = p.reader.get();
  r->setFeature(XMLUni::fgSAX2CoreNameSpaces, true);
  r->setFeature(XMLUni::fgSAX2CoreValidation, true);
  r->setFeature(XMLUni::fgXercesDynamic, false);
  r->setFeature(XMLUni::fgXercesSchema, true);
  r->setFeature(XMLUni::fgXercesSchemaFullChecking, true);
  r->setFeature(XMLUni::fgXercesLoadExternalDTD, false);
  r->setFeature(XMLUni::fgXercesDisableDefaultEntityResolution, true);
  r->setFeature(XMLUni::fgXercesUseCachedGrammarInParse, true);
  r->setFeature(XMLUni::fgXercesLoadSchema, false);  // the document cannot pick its schema
  r->setFeature(XMLUni::fgXercesIdentityConstraintChecking, true);
  p.security = std::make_unique<SecurityManager>();
  p.security->setEntityExpansionLimit(100);
  r->setProperty(XMLUni::fgXercesSecurityManager, p.security.get());
  struct GrammarErrors : public xercesc::ErrorHandler {
    std::string first;
    void warning(const SAXParseException&) override {}
    void error(const SAXParseException& e) override { note(e); }
    void fatalError(const SAXParseException& e) override { note(e); }
    void resetErrors() override {}
    void note(const SAXParseException& e) {
      if (first.empty()) first = "line " + std::to_string(e.getLineNumber()) + ": " + to_utf8(e.getMessage());
    }
  } grammar_errors;
  r->setErrorHandler(&grammar_errors);
  // The grammar is read through an explicit InputSource: default entity resolution is off, so a
  // plain system id would not be resolved (that is also what keeps documents from pulling files).
  XMLCh* xsd_x = XMLString::transcode(xsd_path.c_str());
  LocalFileInputSource src(xsd_x);
  XMLString::release(&xsd_x);
  Grammar* g = r->loadGrammar(src, Grammar::SchemaGrammarType, true);
  r->setErrorHandler(nullptr);
  if (!g || !grammar_errors.first.empty())
    throw KyuyoError(ErrorCode::kRuleData, "cannot load XML schema: " + grammar_errors.first, xsd_path);
  return p;
}

void HardenedHandler::add_error(int line, const std::string& msg) {
  errors.push_back(Error{code_, msg, path_ + ":" + std::to_string(line)});
}
void HardenedHandler::error(const SAXParseException& e) {
  add_error(static_cast<int>(e.getLineNumber()), to_utf8(e.getMessage()));
}
void HardenedHandler::fatalError(const SAXParseException& e) {
  add_error(static_cast<int>(e.getLineNumber()), to_utf8(e.getMessage()));
  throw e;
}
void HardenedHandler::startDTD(const XMLCh* const, const XMLCh* const, const XMLCh* const) {
  add_error(line(), "DOCTYPE/DTD is not allowed in " + what_);
  throw KyuyoError(code_, "DTD");
}
void HardenedHandler::startEntity(const XMLCh* const name) {
  add_error(line(), "entity '" + to_utf8(name) + "' is not allowed in " + what_);
  throw KyuyoError(code_, "entity");
}

void parse_file(SaxParser& parser, const std::string& path, HardenedHandler& h) {
  parser->setContentHandler(&h);
  parser->setErrorHandler(&h);
  parser->setLexicalHandler(&h);
  try {
    parser->parse(path.c_str());
  } catch (const SAXParseException&) {
    // recorded by fatalError
  } catch (const KyuyoError&) {
    // recorded (DTD or entity)
  } catch (const XMLException& e) {
    h.add_error(0, to_utf8(e.getMessage()));
  }
  parser->setContentHandler(nullptr);
  parser->setErrorHandler(nullptr);
  parser->setLexicalHandler(nullptr);
  if (!h.errors.empty()) throw KyuyoErrors(std::move(h.errors));
}

std::string attribute(const Attributes& a, const char* name) {
  XMLCh* n = XMLString::transcode(name);
  const XMLCh* v = a.getValue(n);
  XMLString::release(&n);
  return v ? to_utf8(v) : std::string();
}

}  // namespace kyuyo::xml
