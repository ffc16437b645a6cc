// Loads what `rank` and `compare` need: catalog, profile, fit/careers/money data.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "cli/commands.hpp"
#include "gradfit/rank.hpp"

namespace gradfit::cli {

struct RankInputs {
  Catalog catalog;
  Profile profile;
  FitData fit;
  CareersData careers;
  MoneyData money;
  std::unique_ptr<SkillMatcher> matcher;
  RankData data() const { return {&fit, &careers, matcher.get(), &money}; }
};

// Empty `profile_path`: an empty profile (every personal fact unknown).
// Prints every error and sets `exit_code` on failure.
std::optional<RankInputs> LoadRankInputs(const GlobalOptions& global,
                                         const std::string& profile_path, int& exit_code);

}  // namespace gradfit::cli
