// Fact scope: which variant or group a fact applies to, and whether it applies
// to a given user (docs/DATA.md "Fact scope", docs/METHODS.md "Scoped facts").
#include <algorithm>
#include <array>

#include "core/enum_names.hpp"
#include "gradfit/catalog.hpp"

namespace gradfit {
namespace {

constexpr std::array<std::string_view, 6> kResidencies = {
    "residents", "international", "in_state", "out_of_state", "eu", "non_eu"};

// EU member states (ISO alpha-2), for `eu` / `non_eu` rates.
constexpr std::array<std::string_view, 27> kEu = {
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"};

bool InEu(const std::string& country) {
  return std::find(kEu.begin(), kEu.end(), country) != kEu.end();
}

// A conjunction of three-valued answers: false wins, then unknown.
struct Tri {
  bool any_false = false, any_unknown = false;
  void Add(std::optional<bool> v) {
    if (!v)
      any_unknown = true;
    else if (!*v)
      any_false = true;
  }
  std::optional<bool> Result() const {
    if (any_false) return false;
    if (any_unknown) return std::nullopt;
    return true;
  }
};

std::optional<bool> ResidencyApplies(Residency r, const ScopeContext& user,
                                     const std::string& program_country,
                                     const std::string& program_us_state) {
  if (!user.country || program_country.empty()) return std::nullopt;
  const bool domestic = *user.country == program_country;
  switch (r) {
    case Residency::kResidents:
      return domestic;
    case Residency::kInternational:
      return !domestic;
    case Residency::kInState:
    case Residency::kOutOfState: {
      // Someone who lives outside the country is not a resident of any of its states.
      if (!domestic) return r == Residency::kOutOfState;
      if (!user.us_state || program_us_state.empty()) return std::nullopt;
      const bool same = *user.us_state == program_us_state;
      return r == Residency::kInState ? same : !same;
    }
    case Residency::kEu:
      return InEu(*user.country);
    case Residency::kNonEu:
      return !InEu(*user.country);
  }
  return std::nullopt;
}

}  // namespace

std::string_view ToString(Residency v) { return core::NameOf(kResidencies, v); }
std::optional<Residency> ParseResidency(std::string_view s) {
  return core::LookupName<Residency>(kResidencies, s);
}

std::string Scope::ToString() const {
  std::string out;
  auto add = [&](std::string part) { out += (out.empty() ? "" : ", ") + part; };
  if (modality) add(std::string(gradfit::ToString(*modality)));
  if (residency) add(std::string(gradfit::ToString(*residency)));
  if (!track.empty()) add("track: " + track);
  return out;
}

std::optional<bool> ScopeApplies(const Scope& scope, const ScopeContext& user,
                                 const std::string& program_country,
                                 const std::string& program_us_state) {
  Tri all;
  if (scope.modality) {
    if (!user.online)
      all.Add(std::nullopt);
    else if (*scope.modality == Modality::kHybrid)
      all.Add(std::nullopt);  // a hybrid route is neither purely online nor on campus
    else
      all.Add(*user.online == (*scope.modality == Modality::kOnline));
  }
  if (scope.residency)
    all.Add(ResidencyApplies(*scope.residency, user, program_country, program_us_state));
  if (!scope.track.empty())
    all.Add(user.track ? std::optional<bool>(*user.track == scope.track) : std::nullopt);
  return all.Result();
}

}  // namespace gradfit
