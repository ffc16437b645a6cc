#include "cli/rank_loading.hpp"

#include <fmt/core.h>

#include "cli/catalog_loading.hpp"

namespace gradfit::cli {

std::optional<RankInputs> LoadRankInputs(const GlobalOptions& global,
                                         const std::string& profile_path, int& exit_code) {
  RankInputs in;
  if (!profile_path.empty()) {
    std::vector<ProfileError> errors;
    auto profile = LoadProfile(profile_path, &errors);
    if (!profile.ok()) {
      if (errors.empty()) fmt::print(stderr, "gradfit: {}\n", profile.status().message());
      for (const auto& e : errors) fmt::print(stderr, "gradfit: {}\n", e.ToString());
      exit_code =
          profile.status().code() == Status::Code::kInvalidData ? kExitInvalidData : kExitIo;
      return std::nullopt;
    }
    in.profile = std::move(profile).value();
  }
  auto catalog = LoadCatalogOrReport(global, exit_code);
  if (!catalog) return std::nullopt;
  in.catalog = std::move(*catalog);
  auto fail = [&](const Status& s) {
    fmt::print(stderr, "gradfit: {}\n", s.message());
    exit_code = kExitInvalidData;
    return std::nullopt;
  };
  auto fit = LoadFitData(global.catalog_dir);
  if (!fit.ok()) return fail(fit.status());
  in.fit = std::move(fit).value();
  std::vector<CareersError> careers_errors;
  auto careers = LoadCareersData(global.catalog_dir, &careers_errors);
  if (!careers.ok()) {
    for (const auto& e : careers_errors) fmt::print(stderr, "gradfit: {}\n", e.ToString());
    return fail(careers.status());
  }
  in.careers = std::move(careers).value();
  std::vector<MoneyDataError> money_errors;
  auto money = LoadMoneyData(global.catalog_dir, &money_errors);
  if (!money.ok()) {
    for (const auto& e : money_errors) fmt::print(stderr, "gradfit: {}\n", e.ToString());
    return fail(money.status());
  }
  in.money = std::move(money).value();
  in.matcher = std::make_unique<SkillMatcher>(in.careers.skills);
  return in;
}

}  // namespace gradfit::cli
