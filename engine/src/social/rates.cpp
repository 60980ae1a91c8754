#include "kyuyo/social/rates.hpp"

#include <array>

#include "rule_pick.hpp"

namespace kyuyo::social {
namespace {

// JIS X 0401 都道府県コード order (a standard list, not rule data).
constexpr std::array<const char*, 47> kPrefectures = {
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
    "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
    "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
    "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
    "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"};

std::string short_name(const std::string& full) {
  // 東京都 → 東京, 大阪府 → 大阪, 神奈川県 → 神奈川; 北海道 stays (道 is part of the usual name).
  for (const char* suffix : {"都", "府", "県"}) {
    std::string s(suffix);
    if (full.size() > s.size() && full.compare(full.size() - s.size(), s.size(), s) == 0)
      return full.substr(0, full.size() - s.size());
  }
  return full;
}

template <class F>
auto guarded(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const KyuyoError& e) {
    return std::unexpected(e.error());
  }
}

std::string cite(const rules::RuleFile& f, const std::string& what) { return detail::file_name(f) + " (" + what + ")"; }

}  // namespace

Result<int> parse_prefecture(std::string_view text) {
  std::string t(text);
  if (!t.empty() && t.size() <= 2 && t.find_first_not_of("0123456789") == std::string::npos) {
    int n = std::stoi(t);
    if (n >= 1 && n <= 47) return n;
    return fail(ErrorCode::kInvalidInput, "prefecture code '" + t + "' is not a JIS X 0401 code (1–47)");
  }
  for (std::size_t i = 0; i < kPrefectures.size(); ++i)
    if (t == kPrefectures[i] || t == short_name(kPrefectures[i])) return static_cast<int>(i) + 1;
  return fail(ErrorCode::kInvalidInput,
              "unknown prefecture '" + t + "' (use the name, e.g. 東京都 or 東京, or the JIS code, e.g. 13)");
}

std::string prefecture_name(int jis_code) {
  if (jis_code < 1 || jis_code > 47) return "?";
  return kPrefectures[static_cast<std::size_t>(jis_code - 1)];
}

namespace {
Result<std::pair<Rate, Rate>> support_national(const rules::RuleLibrary& lib, const YearMonth& month,
                                               std::string& src) {
  auto f = detail::need(lib, "social.support", month.first_day(), "子ども・子育て支援金率");
  if (!f) return std::unexpected(f.error());
  Rate r = (*f)->param_rate("rate");
  src += ", " + cite(**f, "支援金 " + r.percent_str());
  return std::pair{r, r / 2};
}

Result<HealthRates> from_kumiai(const rules::RuleLibrary& lib, const rules::RuleFile& k, const YearMonth& month) {
  if (k.id != "social.health.kumiai" || k.axis != rules::Axis::kPremiumMonth)
    return fail(ErrorCode::kRuleData, "a 健保組合 rate file must have id social.health.kumiai and axis premium-month",
                k.path);
  if (!k.covers(month.first_day()))
    return fail(ErrorCode::kRuleData, "the 健保組合 rate file does not cover the premium month " + month.str(), k.path);
  HealthRates h;
  h.health = k.param_rate("health");
  h.health_employee = k.has_param("health_employee") ? k.param_rate("health_employee") : h.health / 2;
  h.care = k.param_rate("care");
  h.care_employee = k.has_param("care_employee") ? k.param_rate("care_employee") : h.care / 2;
  h.source = cite(k, "健保組合 一般 " + h.health.percent_str() + " / 介護 " + h.care.percent_str());
  if (k.has_param("support")) {
    h.support = k.param_rate("support");
    h.support_employee = k.has_param("support_employee") ? k.param_rate("support_employee") : h.support / 2;
  } else {
    auto s = support_national(lib, month, h.source);
    if (!s) return std::unexpected(s.error());
    h.support = s->first;
    h.support_employee = s->second;
  }
  return h;
}
}  // namespace

Result<HealthRates> health_rates(const rules::RuleLibrary& lib, int prefecture, const YearMonth& month,
                                 const rules::RuleFile* kumiai) {
  return guarded([&]() -> Result<HealthRates> {
    if (kumiai) return from_kumiai(lib, *kumiai, month);
    auto f = detail::need(lib, "social.health.kyokai", month.first_day(), "協会けんぽ 保険料率");
    if (!f) return std::unexpected(f.error());
    const auto& tab = (*f)->table("prefectures");
    for (std::size_t i = 0; i < tab.rows.size(); ++i) {
      if (tab.integer(i, "jis") != prefecture) continue;
      HealthRates h;
      h.health = tab.rate(i, "health");
      h.health_employee = h.health / 2;
      h.care = (*f)->param_rate("care");
      h.care_employee = h.care / 2;
      h.source = detail::file_name(**f) + ":" + std::to_string(tab.rows[i].line) + " (" + tab.text(i, "name") +
                 " 一般 " + h.health.percent_str() + ", 介護 " + h.care.percent_str() + ")";
      auto s = support_national(lib, month, h.source);
      if (!s) return std::unexpected(s.error());
      h.support = s->first;
      h.support_employee = s->second;
      return h;
    }
    return fail(ErrorCode::kRuleData, "no 協会けんぽ rate for prefecture " + std::to_string(prefecture), (*f)->path);
  });
}

Result<HealthRates> kumiai_rates(const std::vector<const rules::RuleFile*>& files, const rules::RuleLibrary& lib,
                                 const YearMonth& month) {
  const rules::RuleFile* best = nullptr;
  for (const auto* f : files)
    if (f && f->covers(month.first_day()) && (!best || f->from > best->from)) best = f;
  if (!best) return fail(ErrorCode::kRuleData, "no 健保組合 rate file covers the premium month " + month.str());
  return guarded([&] { return from_kumiai(lib, *best, month); });
}

Result<PensionRates> pension_rates(const rules::RuleLibrary& lib, const YearMonth& month) {
  return guarded([&]() -> Result<PensionRates> {
    auto p = detail::need(lib, "social.pension", month.first_day(), "厚生年金保険料率");
    if (!p) return std::unexpected(p.error());
    auto c = detail::need(lib, "social.child", month.first_day(), "子ども・子育て拠出金率");
    if (!c) return std::unexpected(c.error());
    PensionRates r;
    r.pension = (*p)->param_rate("pension");
    r.child_contribution = (*c)->param_rate("rate");
    r.source = cite(**p, "厚年 " + r.pension.percent_str()) + ", " + cite(**c, "拠出金 " + r.child_contribution.percent_str());
    return r;
  });
}

Result<EmploymentRates> employment_rates(const rules::RuleLibrary& lib, model::EmploymentBusiness business,
                                         const Date& wage_date) {
  return guarded([&]() -> Result<EmploymentRates> {
    auto f = detail::need(lib, "social.employment", wage_date, "雇用保険料率");
    if (!f) return std::unexpected(f.error());
    const char* key = business == model::EmploymentBusiness::kGeneral       ? "general"
                      : business == model::EmploymentBusiness::kAgriculture ? "agriculture"
                                                                            : "construction";
    const auto& tab = (*f)->table("rates");
    for (std::size_t i = 0; i < tab.rows.size(); ++i) {
      if (tab.text(i, "business") != key) continue;
      EmploymentRates r;
      r.employee = tab.rate(i, "employee");
      r.employer = tab.rate(i, "employer");
      r.total = tab.rate(i, "total");
      if (r.employee + r.employer != r.total)
        return fail(ErrorCode::kRuleData, "employee + employer rate ≠ total rate", tab.where(i));
      r.source = detail::file_name(**f) + ":" + std::to_string(tab.rows[i].line) + " (" + key + " 労働者 " +
                 r.employee.percent_str() + " / 事業主 " + r.employer.percent_str() + ")";
      return r;
    }
    return fail(ErrorCode::kRuleData, std::string("no 雇用保険 rate for business ") + key, (*f)->path);
  });
}

Result<BonusCaps> bonus_caps(const rules::RuleLibrary& lib, const YearMonth& month) {
  return guarded([&]() -> Result<BonusCaps> {
    auto f = detail::need(lib, "social.bonus-caps", month.first_day(), "標準賞与額の上限");
    if (!f) return std::unexpected(f.error());
    BonusCaps c;
    c.health_fiscal_year = (*f)->param_yen("health_fiscal_year");
    c.pension_month = (*f)->param_yen("pension_month");
    c.source = detail::file_name(**f);
    return c;
  });
}

namespace {
// Looks `key` up in `cache` under `mu`; on a miss computes `make()` outside the lock and keeps it.
template <class Map, class Key, class F>
auto remembered(std::mutex& mu, Map& cache, const Key& key, F&& make) -> Result<const typename Map::mapped_type*> {
  {
    std::lock_guard<std::mutex> lock(mu);
    auto it = cache.find(key);
    if (it != cache.end()) return &it->second;
  }
  auto v = make();
  if (!v) return std::unexpected(v.error());
  std::lock_guard<std::mutex> lock(mu);
  return &cache.try_emplace(key, std::move(*v)).first->second;
}
}  // namespace

Result<const HealthRates*> RateSource::health(int prefecture, const YearMonth& month,
                                              const rules::RuleFile* kumiai) const {
  return remembered(mu_, health_, std::tuple{prefecture, month.year, month.month, kumiai},
                    [&] { return health_rates(lib_, prefecture, month, kumiai); });
}

Result<const PensionRates*> RateSource::pension(const YearMonth& month) const {
  return remembered(mu_, pension_, std::pair{month.year, month.month}, [&] { return pension_rates(lib_, month); });
}

Result<const EmploymentRates*> RateSource::employment(model::EmploymentBusiness business,
                                                      const Date& wage_date) const {
  return remembered(mu_, employment_, std::pair{static_cast<int>(business), static_cast<long>(wage_date.day_number())},
                    [&] { return employment_rates(lib_, business, wage_date); });
}

Result<const BonusCaps*> RateSource::caps(const YearMonth& month) const {
  return remembered(mu_, caps_, std::pair{month.year, month.month}, [&] { return bonus_caps(lib_, month); });
}

}  // namespace kyuyo::social
