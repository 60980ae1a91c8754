#include "kyuyo/adapters/xml/rule_loader.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <xercesc/framework/XMLGrammarPool.hpp>
#include <xercesc/internal/XMLScanner.hpp>
#include <xercesc/sax/Locator.hpp>
#include <xercesc/sax2/Attributes.hpp>
#include <xercesc/sax2/DefaultHandler.hpp>
#include <xercesc/sax2/SAX2XMLReader.hpp>
#include <xercesc/sax2/XMLReaderFactory.hpp>
#include <xercesc/util/SecurityManager.hpp>
#include <xercesc/util/TransService.hpp>
#include <xercesc/util/XMLString.hpp>
#include <xercesc/validators/common/Grammar.hpp>

#include "kyuyo/adapters/resources.hpp"
#include "kyuyo/adapters/xml/xerces.hpp"
#include "kyuyo/core/error.hpp"

namespace kyuyo::xml {
namespace fs = std::filesystem;
using namespace xercesc;
using rules::CellValue;
using rules::ColumnType;

namespace {


bool parse_int(std::string_view t, std::int64_t& out) {
  if (t.empty()) return false;
  auto r = std::from_chars(t.data(), t.data() + t.size(), out);
  return r.ec == std::errc() && r.ptr == t.data() + t.size();
}

std::optional<ColumnType> column_type(const std::string& s) {
  if (s == "int") return ColumnType::kInt;
  if (s == "yen") return ColumnType::kYen;
  if (s == "rate") return ColumnType::kRate;
  if (s == "text") return ColumnType::kText;
  return std::nullopt;
}

std::vector<std::string> tokens(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string t;
  while (in >> t) out.push_back(t);
  return out;
}

std::string fnv1a64(const std::string& bytes) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

class Handler : public HardenedHandler {
 public:
  Handler(std::string path, rules::RuleFile& out)
      : HardenedHandler(path, ErrorCode::kRuleData, "rule data"), path_(std::move(path)), out_(out) {}

  void startElement(const XMLCh* const, const XMLCh* const localname, const XMLCh* const,
                    const Attributes& a) override {
    std::string name = to_utf8(localname);
    text_.clear();
    if (name == "rules") {
      out_.id = attribute(a, "id");
      std::string axis = attribute(a, "axis");
      static const std::pair<const char*, rules::Axis> axes[] = {
          {"payment-date", rules::Axis::kPaymentDate}, {"premium-month", rules::Axis::kPremiumMonth},
          {"wage-period", rules::Axis::kWagePeriod},   {"tax-year", rules::Axis::kTaxYear},
          {"fixed", rules::Axis::kFixed}};
      bool found = false;
      for (auto& [n, v] : axes)
        if (axis == n) { out_.axis = v; found = true; }
      if (!found) add_error(line(), "unknown axis '" + axis + "'");
      if (auto d = parse_date(attribute(a, "from"))) out_.from = *d;
      else add_error(line(), "attribute from: " + d.error().message);
      std::string until = attribute(a, "until");
      if (!until.empty()) {
        if (auto d = parse_date(until)) out_.until = *d;
        else add_error(line(), "attribute until: " + d.error().message);
      }
      if (out_.until && *out_.until < out_.from) add_error(line(), "until is before from");
    } else if (name == "table") {
      table_ = rules::Table{};
      table_.id = attribute(a, "id");
      table_.source = attribute(a, "source");
      table_.file = path_;
      table_.line = line();
      in_table_ = true;
    } else if (name == "column" && in_table_) {
      rules::Column c;
      c.name = attribute(a, "name");
      auto t = column_type(attribute(a, "type"));
      if (!t) add_error(line(), "unknown column type '" + attribute(a, "type") + "'");
      c.type = t.value_or(ColumnType::kText);
      for (const auto& o : table_.columns)
        if (o.name == c.name) add_error(line(), "duplicate column '" + c.name + "' in table '" + table_.id + "'");
      table_.columns.push_back(c);
    } else if (name == "row") {
      row_line_ = line();
    } else if (name == "param") {
      param_ = rules::Param{};
      param_.id = attribute(a, "id");
      param_.source = attribute(a, "source");
      auto t = column_type(attribute(a, "type"));
      if (!t) add_error(line(), "unknown parameter type '" + attribute(a, "type") + "'");
      param_.type = t.value_or(ColumnType::kText);
      param_.line = line();
    }
  }

  void characters(const XMLCh* const chars, const XMLSize_t length) override {
    text_ += to_utf8(chars, length);
  }

  void endElement(const XMLCh* const, const XMLCh* const localname, const XMLCh* const) override {
    std::string name = to_utf8(localname);
    if (name == "title") {
      out_.title = text_;
    } else if (name == "row" && in_table_) {
      auto toks = tokens(text_);
      rules::Row row;
      row.line = row_line_;
      if (toks.size() != table_.columns.size()) {
        add_error(row_line_, "table '" + table_.id + "': row has " + std::to_string(toks.size()) +
                                 " values, expected " + std::to_string(table_.columns.size()) + " (one per column)");
      } else {
        for (std::size_t i = 0; i < toks.size(); ++i) {
          auto v = cell(toks[i], table_.columns[i].type, row_line_,
                        "table '" + table_.id + "', column '" + table_.columns[i].name + "'");
          row.cells.push_back(std::move(v));
        }
      }
      table_.rows.push_back(std::move(row));
    } else if (name == "table") {
      in_table_ = false;
      if (out_.tables.count(table_.id)) add_error(table_.line, "duplicate table id '" + table_.id + "'");
      out_.tables[table_.id] = std::move(table_);
    } else if (name == "param") {
      auto toks = tokens(text_);
      if (toks.size() != 1) {
        add_error(param_.line, "parameter '" + param_.id + "' must hold exactly one value");
      } else {
        param_.value = cell(toks[0], param_.type, param_.line, "parameter '" + param_.id + "'");
      }
      if (out_.params.count(param_.id)) add_error(param_.line, "duplicate parameter id '" + param_.id + "'");
      out_.params[param_.id] = std::move(param_);
    }
    text_.clear();
  }

 private:
  CellValue cell(const std::string& tok, ColumnType type, int line, const std::string& what) {
    if (tok == "-") return std::monostate{};
    switch (type) {
      case ColumnType::kInt: {
        std::int64_t v;
        if (parse_int(tok, v)) return v;
        add_error(line, what + ": '" + tok + "' is not an integer");
        return std::monostate{};
      }
      case ColumnType::kYen: {
        std::int64_t v;
        if (parse_int(tok, v)) return Yen(v);
        add_error(line, what + ": '" + tok + "' is not a whole yen amount");
        return std::monostate{};
      }
      case ColumnType::kRate: {
        auto r = Rate::parse(tok);
        if (r) return *r;
        add_error(line, what + ": " + r.error().message);
        return std::monostate{};
      }
      case ColumnType::kText:
        return tok;
    }
    return std::monostate{};
  }

  std::string path_;
  rules::RuleFile& out_;
  std::string text_;
  rules::Table table_;
  rules::Param param_;
  bool in_table_ = false;
  int row_line_ = 0;
};

}  // namespace

namespace {
SaxParser make_rules_parser() {
  return make_validating_sax_parser(resources::schema_dir() + "/rules.xsd", "urn:kyuyo:rules:1");
}

rules::RuleFile load_with(SaxParser& parser, const std::string& path) {
  rules::RuleFile out;
  out.path = path;
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw KyuyoErrors({Error{ErrorCode::kRuleData, "cannot read rule file", path}});
    std::ostringstream ss;
    ss << in.rdbuf();
    bytes = ss.str();
  }
  out.content_hash = fnv1a64(bytes);

  Handler h(path, out);
  parse_file(parser, path, h);
  return out;
}
}  // namespace

rules::RuleFile load_rule_file(const std::string& path) {
  auto parser = make_rules_parser();
  return load_with(parser, path);
}

rules::RuleLibrary load_rule_library(const std::string& dir_in) {
  std::string dir = dir_in.empty() ? resources::rules_dir() : dir_in;
  std::vector<std::string> paths;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ".xml") paths.push_back(it->path().string());
  }
  if (ec) throw KyuyoError(ErrorCode::kRuleData, "cannot read rule directory: " + ec.message(), dir);
  std::sort(paths.begin(), paths.end());
  rules::RuleLibrary lib;
  std::vector<Error> errors;
  auto parser = make_rules_parser();  // one parser, the grammar loaded and cached once
  for (const auto& p : paths) {
    try {
      lib.add(load_with(parser, p));
    } catch (const KyuyoErrors& e) {
      errors.insert(errors.end(), e.errors().begin(), e.errors().end());
    } catch (const KyuyoError& e) {
      errors.push_back(e.error());
    }
  }
  if (!errors.empty()) throw KyuyoErrors(std::move(errors));
  return lib;
}

const rules::RuleLibrary& default_rule_library() {
  static std::once_flag once;
  static std::unique_ptr<rules::RuleLibrary> lib;
  std::call_once(once, [] { lib = std::make_unique<rules::RuleLibrary>(load_rule_library()); });
  return *lib;
}

}  // namespace kyuyo::xml
