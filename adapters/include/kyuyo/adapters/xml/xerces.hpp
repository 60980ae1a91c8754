#pragma once
/// \brief Xerces-C plumbing shared by every XML reader/writer: one-time initialisation, UTF-8
/// transcoding, and a hardened validating SAX2 parser (schema from our file only, cached
/// grammar, no DTD loading, no default entity resolution, a SecurityManager installed).
#include <memory>
#include <string>
#include <xercesc/sax2/SAX2XMLReader.hpp>
#include <xercesc/util/SecurityManager.hpp>
#include <xercesc/util/XercesDefs.hpp>

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

}  // namespace kyuyo::xml
