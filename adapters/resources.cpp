#include "kyuyo/adapters/resources.hpp"

#include <cstdlib>

namespace kyuyo::resources {
namespace {
std::string env_or(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return (v && *v) ? std::string(v) : fallback;
}
}  // namespace
std::string source_root() { return env_or("KYUYO_SOURCE_ROOT", KYUYO_SOURCE_ROOT); }
std::string schema_dir() { return env_or("KYUYO_SCHEMA_DIR", source_root() + "/schemas"); }
std::string rules_dir() { return schema_dir() + "/rules"; }
std::string forms_dir() { return env_or("KYUYO_FORMS_DIR", source_root() + "/forms"); }
std::string samples_dir() { return source_root() + "/samples"; }
std::string ipaex_gothic() {
  return env_or("KYUYO_FONT_GOTHIC", "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");
}
std::string ipaex_mincho() {
  return env_or("KYUYO_FONT_MINCHO", "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf");
}
}  // namespace kyuyo::resources
