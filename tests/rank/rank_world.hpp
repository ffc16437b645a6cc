// The real catalog and data every rank test ranks against, loaded once per test binary,
// and the test personas as profiles.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "gradfit/rank.hpp"
#include "test_paths.hpp"

namespace gradfit::test {

struct World {
  Catalog catalog;
  FitData fit;
  CareersData careers;
  MoneyData money;
  std::unique_ptr<SkillMatcher> matcher;
  RankData data(CriteriaCache* cache = nullptr) const {
    return {&fit, &careers, matcher.get(), &money, cache};
  }
};

inline const World& TheWorld() {
  static World* w = [] {
    auto* w = new World;
    std::vector<CatalogError> errors;
    w->catalog = LoadCatalog(kData, &errors).value();
    w->fit = LoadFitData(kData).value();
    std::vector<CareersError> ce;
    w->careers = LoadCareersData(kData, &ce).value();
    w->money = LoadMoneyData(kData).value();
    w->matcher = std::make_unique<SkillMatcher>(w->careers.skills);
    return w;
  }();
  return *w;
}

// tests/fit/personas/<name>.toml; a persona that fails to load fails the test.
inline Profile Persona(const std::string& name) {
  auto p = LoadProfile(kPersonas + name + ".toml");
  EXPECT_TRUE(p.ok()) << p.status().message();
  return p.ok() ? p.value() : Profile{};
}

}  // namespace gradfit::test
