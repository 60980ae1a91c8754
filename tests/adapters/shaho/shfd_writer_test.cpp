// SHFD0006.CSV writer: header lines, Shift_JIS within JIS X 0208, CRLF, no quoting, 4.5 MB
// split, 社労士 variant. Rules: shared/reference/social-insurance.md §5.1–5.2 ([RK-CSV] quoting
// 仕様書 第16.2版 pp.30/35/38/64, [KIRICO] fd_management_record.rb / sr_fd_management_record.rb).
// The golden file tests/adapters/shaho/fixtures/golden_santei_SHFD0006.CSV is compared byte for
// byte; its header line 1 follows the 仕様書 p.64 example shape "21,01,ｹｲﾄ,001,20170101,22223".
#include <gtest/gtest.h>

#include <filesystem>

#include "kyuyo/adapters/shaho/shfd_check.hpp"
#include "kyuyo/adapters/shaho/shfd_writer.hpp"
#include "kyuyo/adapters/shaho/sjis.hpp"
#include "kyuyo/forms/shaho/santei_record.hpp"
#include "kyuyo/forms/shaho/shoyo_record.hpp"
#include "support/helpers.hpp"

namespace kyuyo::shaho {
namespace {
namespace fsh = forms::shaho;
using boost::gregorian::date;

FileHeader header() {
  FileHeader h;
  h.office = {"21", "01", "ｹｲﾄ", "123"};
  h.postal_code = "100-0013";
  h.address = "東京都千代田区霞が関1-2-2";
  h.name = "健保サービス株式会社";
  h.owner = "健保 良一";
  h.phone = "03-1234-5678";
  h.medium_serial = 1;
  h.created_on = date(2017, 1, 1);
  return h;
}

fsh::Insured person(int n, const std::string& family = "吉田", const std::string& given = "太郎") {
  fsh::Insured p;
  p.employee_id = n;
  p.code = std::to_string(1000 + n);
  p.seiri_bango = std::to_string(n);
  p.family_name = family;
  p.given_name = given;
  p.family_kana = "ヨシダ";
  p.given_kana = "タロウ";
  p.birth_date = date(1984, 5, 27);
  p.basic_pension_number = "1234-567890";
  return p;
}

fsh::Record santei(int n, const std::string& family = "吉田", const std::string& given = "太郎") {
  fsh::SanteiInput in;
  in.office = header().office;
  in.person = person(n, family, given);
  in.year = 2026;
  in.previous_health = Yen(260000);
  in.previous_pension = Yen(260000);
  in.previous_revision = {2025, 9};
  in.months = {fsh::MonthPay{30, Yen(300000), Yen(0)}, fsh::MonthPay{31, Yen(310000), Yen(5000)},
               fsh::MonthPay{30, Yen(290000), Yen(0)}};
  auto r = fsh::build_santei(in);
  if (!r) throw KyuyoErrors(r.error());
  return *r;
}

std::string errors_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const KyuyoErrors& e) {
    return e.what();
  } catch (const KyuyoError& e) {
    return e.what();
  }
  return {};
}

TEST(ShfdWriter, GoldenSanteiFileByteForByte) {
  test::TempDir dir;
  auto files = write_shfd(dir.str(), header(), {santei(1), santei(2, "鈴木", "一郎")});
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].path, dir.str("SHFD0006.CSV"));
  std::string got = test::read_file(files[0].path);
  std::string golden = test::test_dir() + "/adapters/shaho/fixtures/golden_santei_SHFD0006.CSV";
  if (std::getenv("KYUYO_UPDATE_GOLDEN")) test::write_file(golden, got);  // then review the diff by hand
  std::string want = test::read_file(golden);
  EXPECT_EQ(got, want);
  // Header shape (仕様書 p.64 example): line 1 ends in 22223; [kanri]; ,001; 事業所情報; [data].
  std::string head = got.substr(0, got.find("2225700"));
  for (std::size_t p = 0; (p = head.find("\r\n", p)) != std::string::npos;) head.replace(p, 2, "|");
  auto utf8 = from_sjis(head);
  ASSERT_TRUE(utf8) << utf8.error().message;
  std::string u = *utf8;
  EXPECT_EQ(u, "21,01,ｹｲﾄ,001,20170101,22223|[kanri]|,001|21,01,ｹｲﾄ,123,100,0013,東京都千代田区霞が関１－２－２,"
               "健保サービス株式会社,健保\u3000良一,03,1234,5678|[data]|");
  // The checker accepts what the writer writes.
  auto s = check_shfd(got, {date(2026, 11, 23)});
  EXPECT_TRUE(s.problems.empty()) << (s.problems.empty() ? "" : s.problems[0].str());
  EXPECT_EQ(s.data_records, 2);
}

TEST(ShfdWriter, EveryLineEndsInCrlfAndNoQuotes) {
  test::TempDir dir;
  auto f = write_shfd(dir.str(), header(), {santei(1)});
  std::string b = test::read_file(f[0].path);
  ASSERT_GE(b.size(), 2u);
  EXPECT_EQ(b.substr(b.size() - 2), "\r\n");
  for (std::size_t i = 0; i < b.size(); ++i)
    if (b[i] == '\n') EXPECT_EQ(b[i - 1], '\r') << "bare LF at byte " << i;
  EXPECT_EQ(b.find('"'), std::string::npos);
}

TEST(ShfdWriter, SharoushiVariantHeader) {
  auto h = header();
  h.sharoushi = Sharoushi{"00000007", "社労 太郎"};
  h.medium_serial = 4;
  h.created_on = date(2017, 2, 27);
  auto lines = header_lines(h);
  // [KIRICO] spec example: ,,00000007,004,20170227,22223 and line 3 "<社労士氏名>,001".
  EXPECT_EQ(lines[0], (std::vector<std::string>{"", "", "00000007", "004", "20170227", "22223"}));
  EXPECT_EQ(lines[2], (std::vector<std::string>{"社労\u3000太郎", "001"}));
  test::TempDir dir;
  auto f = write_shfd(dir.str(), h, {santei(1)});
  auto s = check_shfd(test::read_file(f[0].path), {date(2026, 11, 23)});
  EXPECT_TRUE(s.problems.empty()) << (s.problems.empty() ? "" : s.problems[0].str());
}

TEST(ShfdWriter, RefusesCharactersOutsideJisX0208NamingPersonAndItem) {
  for (const char* bad : {"髙橋", "﨑山", "①", "㈱"}) {
    test::TempDir dir;
    std::string e = errors_of([&] { write_shfd(dir.str(), header(), {santei(1, bad, "太郎")}); });
    EXPECT_NE(e.find("JIS X 0208"), std::string::npos) << bad << ": " << e;
    EXPECT_NE(e.find("社員 1001"), std::string::npos) << e;
    EXPECT_NE(e.find("項番7 被保険者氏名(漢字)"), std::string::npos) << e;
    EXPECT_FALSE(std::filesystem::exists(dir.str("SHFD0006.CSV"))) << "nothing is written";
  }
  EXPECT_TRUE(to_sjis("高橋"));
  EXPECT_TRUE(to_sjis("ﾖｼﾀﾞ"));
  EXPECT_EQ(*to_sjis("ｱ"), "\xB1");
  EXPECT_EQ(*to_sjis("吉田\u3000太郎"), "\x8B\x67\x93\x63\x81\x40\x91\xBE\x98\x59");
}

TEST(ShfdWriter, RefusesCommasAndLineBreaksInValues) {
  for (const char* bad : {"a,b", "a\nb", "a\r\nb"}) {
    auto r = santei(1);
    r.items[51] = bad;  // 備考 その他
    test::TempDir dir;
    std::string e = errors_of([&] { write_shfd(dir.str(), header(), {r}); });
    EXPECT_NE(e.find("項番52"), std::string::npos) << e;
    EXPECT_NE(e.find("no quoting"), std::string::npos) << e;
  }
  auto h = header();
  h.name = "A,B株式会社";
  test::TempDir dir;
  EXPECT_NE(errors_of([&] { write_shfd(dir.str(), h, {santei(1)}); }).find("事業所情報"), std::string::npos);
}

TEST(ShfdWriter, SplitsBelowTheSizeLimitWithNextSerial) {
  std::vector<fsh::Record> rs;
  for (int i = 1; i <= 10; ++i) rs.push_back(santei(i));
  test::TempDir dir;
  std::size_t line = encode_record(rs[0]).size() + 2;
  // A limit that holds the header and three records per file.
  std::size_t head = 0;
  for (const auto& l : header_lines(header())) {
    std::string joined;
    for (std::size_t k = 0; k < l.size(); ++k) joined += (k ? "," : "") + l[k];
    head += to_sjis(joined)->size() + 2;
  }
  auto files = write_shfd(dir.str(), header(), rs, {}, head + 3 * line + 1);
  ASSERT_EQ(files.size(), 4u);
  EXPECT_EQ(files[0].path, dir.str("part-01/SHFD0006.CSV"));
  EXPECT_EQ(files[3].path, dir.str("part-04/SHFD0006.CSV"));
  int total = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    EXPECT_LT(files[i].bytes, head + 3 * line + 1);
    EXPECT_EQ(files[i].medium_serial, static_cast<int>(i) + 1);
    total += files[i].records;
    auto s = check_shfd(test::read_file(files[i].path), {date(2026, 11, 23)});
    EXPECT_TRUE(s.problems.empty()) << files[i].path << ": " << (s.problems.empty() ? "" : s.problems[0].str());
  }
  EXPECT_EQ(total, 10);
  EXPECT_FALSE(std::filesystem::exists(dir.str("SHFD0006.CSV")));
  EXPECT_EQ(kMaxFileBytes, 4'500'000u);
}

TEST(ShfdWriter, MyNumberComesOnlyFromTheSourceAndOnlyWhereWanted) {
  fsh::ShoyoInput in;
  in.office = header().office;
  in.person = person(1);
  in.person.birth_date = date(1950, 6, 1);
  in.over70 = true;
  in.payments = {{date(2026, 7, 10), Yen(800000), Yen(0)}};
  auto r = *fsh::build_shoyo(in);
  ASSERT_TRUE(r.wants_my_number);
  std::string digits = "000010010004";  // synthetic test number (valid check digit)
  test::TempDir dir;
  int asked = 0;
  auto f = write_shfd(dir.str(), header(), {r, santei(2)}, [&](const fsh::Record& rec) -> std::optional<std::string_view> {
    ++asked;
    EXPECT_EQ(rec.employee_id, 1);
    return std::string_view(digits);
  });
  EXPECT_EQ(asked, 1);  // the under-70 santei record never asks
  std::string b = test::read_file(f[0].path);
  EXPECT_EQ(test::find_my_number_like(b).size(), 1u);
  EXPECT_NE(b.find(",000010010004,1234,567890,1,"), std::string::npos);
}

}  // namespace
}  // namespace kyuyo::shaho
