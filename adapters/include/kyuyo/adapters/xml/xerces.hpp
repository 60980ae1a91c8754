#pragma once
/// \brief Xerces-C plumbing shared by every XML reader/writer: one-time initialisation, UTF-8
/// transcoding, and a hardened validating SAX2 parser (schema from our file only, cached
/// grammar, no DTD loading, no default entity resolution, a SecurityManager installed).
#include <memory>
#include <string>
#include <vector>
#include <xercesc/sax/Locator.hpp>
#include <xercesc/sax/SAXParseException.hpp>
#include <xercesc/sax2/Attributes.hpp>
#include <xercesc/sax2/DefaultHandler.hpp>
#include <xercesc/sax2/SAX2XMLReader.hpp>
#include <xercesc/util/SecurityManager.hpp>
#include <xercesc/util/XercesDefs.hpp>

#include "kyuyo/core/error.hpp"

namespace kyuyo::xml {

void ensure_xerces();  ///< XMLPlatformUtils::Initialize once per process
std::string to_utf8(const XMLCh* s);
std::string to_utf8(const XMLCh* s, XMLSize_t len);
/// Owns an XMLCh string transcoded from UTF-8.
std::u16string from_utf8(const std::string& s);

struct SaxParser {
  std::unique_ptr<xercesc::SAX2XMLReader> reader;
  std::unique_ptr<xercesc::SecurityManager> security;
  xercesc::SAX2XMLReader* operator->() { return reader.get(); }
};

/// A SAX2 reader validating against the XSD at xsd_path (grammar preloaded and cached; the
/// document's own schemaLocation hints are ignored). target_namespace is informational.
SaxParser make_validating_sax_parser(const std::string& xsd_path, const std::string& target_namespace);

/// Base of every SAX handler reading our own XML (rule data, form layouts): collects every
/// problem as an Error located "path:line", and refuses DOCTYPEs and entities outright.
class HardenedHandler : public xercesc::DefaultHandler {
 public:
  /// what: how messages name the document kind, e.g. "rule data" or "a layout".
  HardenedHandler(std::string path, ErrorCode code, std::string what)
      : path_(std::move(path)), code_(code), what_(std::move(what)) {}

  std::vector<Error> errors;

  void add_error(int line, const std::string& msg);
  int line() const { return loc_ ? static_cast<int>(loc_->getLineNumber()) : 0; }
  const std::string& path() const { return path_; }

  void setDocumentLocator(const xercesc::Locator* const loc) override { loc_ = loc; }
  void warning(const xercesc::SAXParseException&) override {}
  void error(const xercesc::SAXParseException& e) override;
  void fatalError(const xercesc::SAXParseException& e) override;
  void startDTD(const XMLCh* const, const XMLCh* const, const XMLCh* const) override;
  void startEntity(const XMLCh* const name) override;

 private:
  std::string path_;
  ErrorCode code_;
  std::string what_;
  const xercesc::Locator* loc_ = nullptr;
};

/// Parses the file at path with parser, reporting to handler; throws KyuyoErrors listing every
/// problem when the handler collected any. The handler is detached afterwards so the parser
/// (and its cached grammar) can be reused.
void parse_file(SaxParser& parser, const std::string& path, HardenedHandler& handler);

/// An attribute's value as UTF-8 ("" when absent).
std::string attribute(const xercesc::Attributes& a, const char* name);

}  // namespace kyuyo::xml
