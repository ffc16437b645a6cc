// Look-ups over the money data: currency conversion through the base
// currency, wages by role, living costs by place.
#include "gradfit/money_data.hpp"

#include <fmt/format.h>

namespace gradfit {

bool ExchangeRates::has(std::string_view c) const { return per_base.count(std::string(c)) > 0; }

std::optional<double> ExchangeRates::Convert(double amount, std::string_view from,
                                             std::string_view to) const {
  if (from == to) return amount;
  auto f = per_base.find(std::string(from));
  auto t = per_base.find(std::string(to));
  if (f == per_base.end() || t == per_base.end()) return std::nullopt;
  return amount / f->second * t->second;
}

const WageStats* WageTable::find_soc(std::string_view soc) const {
  for (const auto& o : occupations)
    if (o.soc == soc) return &o;
  return nullptr;
}
const RoleMapping* WageTable::mapping(std::string_view role) const {
  for (const auto& r : roles)
    if (r.role == role) return &r;
  return nullptr;
}
const WageStats* WageTable::for_role(std::string_view role) const {
  const RoleMapping* m = mapping(role);
  return m ? find_soc(m->soc) : nullptr;
}

std::string LivingCosts::StateOfCity(std::string_view city) const {
  auto it = us_city_state.find(std::string(city));
  return it == us_city_state.end() ? std::string() : it->second;
}

std::optional<LivingCosts::Estimate> LivingCosts::Lookup(std::string_view country,
                                                         std::string_view us_state,
                                                         std::string_view city) const {
  if (country == "US") {
    std::string st(us_state);
    if (st.empty()) st = StateOfCity(city);
    auto it = us_state_rpp.find(st);
    if (it == us_state_rpp.end() || us_baseline_monthly <= 0) return std::nullopt;
    Estimate e;
    e.monthly = us_baseline_monthly * it->second / 100.0;
    e.currency = "USD";
    e.formula = fmt::format(
        "US baseline ${:.0f}/month ({}) x {} price level {:.1f} (BEA RPP {}, U.S. = 100)",
        us_baseline_monthly, us_baseline_year, us_state_name.count(st) ? us_state_name.at(st) : st,
        it->second, rpp_year);
    e.source = us_baseline_url + " ; " + rpp_url;
    return e;
  }
  const LivingCostEntry* rest = nullptr;
  for (const auto& c : countries) {
    if (c.country != country) continue;
    if (!c.city.empty() && c.city == city) {
      return Estimate{
          c.monthly, c.currency,
          fmt::format("{} {:.0f}/month for {} ({})", c.currency, c.monthly, c.city, c.year), c.url};
    }
    if (c.city.empty()) rest = &c;
  }
  if (!rest) return std::nullopt;
  return Estimate{rest->monthly, rest->currency,
                  fmt::format("{} {:.0f}/month, national figure ({})", rest->currency,
                              rest->monthly, rest->year),
                  rest->url};
}

}  // namespace gradfit
