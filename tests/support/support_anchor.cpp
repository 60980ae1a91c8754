// Anchor for the test support library (helpers live beside it in tests/support/).
namespace kyuyo::test {
int support_anchor() { return 0; }
}  // namespace kyuyo::test
