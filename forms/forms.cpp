// Anchor translation unit for the kyuyo_forms library; form field maps live in src/.
namespace kyuyo::forms {
int forms_library_version() { return 1; }
}  // namespace kyuyo::forms
