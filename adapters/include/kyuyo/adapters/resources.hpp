#pragma once
/// \brief Where kyuyo finds its data at run time: schemas/ (XSDs and rule data), forms/ and
/// the fonts. KYUYO_SCHEMA_DIR / KYUYO_FORMS_DIR override the built-in source-tree paths.
#include <string>

namespace kyuyo::resources {
std::string source_root();   ///< the source tree the binary was built from
std::string schema_dir();    ///< $KYUYO_SCHEMA_DIR or <root>/schemas
std::string rules_dir();     ///< <schema_dir>/rules
std::string forms_dir();     ///< $KYUYO_FORMS_DIR or <root>/forms
std::string samples_dir();   ///< <root>/samples
/// IPAex Gothic/Mincho TrueType files (Debian fonts-ipaexfont-*); $KYUYO_FONT_GOTHIC overrides.
std::string ipaex_gothic();
std::string ipaex_mincho();
}  // namespace kyuyo::resources
