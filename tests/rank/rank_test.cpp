// Ranking programs for the test personas on the real catalog.
#include "gradfit/rank.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace gradfit {
namespace {

const std::string kData = std::string(GRADFIT_TEST_DIR) + "/../data";
const std::string kPersonas = std::string(GRADFIT_TEST_DIR) + "/fit/personas/";

struct World {
  Catalog catalog;
  FitData fit;
  CareersData careers;
  MoneyData money;
  std::unique_ptr<SkillMatcher> matcher;
  RankData data() const { return {&fit, &careers, matcher.get(), &money}; }
};

const World& TheWorld() {
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

Profile Persona(const std::string& name) {
  auto p = LoadProfile(kPersonas + name + ".toml");
  EXPECT_TRUE(p.ok()) << p.status().message();
  return p.value();
}

RankRequest Request(const std::string& persona) {
  RankRequest r;
  r.profile = Persona(persona);
  r.samples = 2000;
  r.threads = 1;
  return r;
}

TEST(RankTest, WeightsAndAcceptabilitiesAreDistributions) {
  auto r = RankPrograms(Request("working_swe_online"), TheWorld().catalog, TheWorld().data());
  ASSERT_TRUE(r.ok()) << r.status().message();
  double wsum = 0;
  for (double w : r->weights) wsum += w;
  EXPECT_NEAR(wsum, 1.0, 1e-9);
  ASSERT_GE(r->programs.size(), 50u);
  const size_t n = r->programs.size();
  for (size_t rank = 0; rank < n; ++rank) {
    double s = 0;
    for (const auto& p : r->programs) s += p.rank_acceptability[rank];
    EXPECT_NEAR(s, 1.0, 1e-9) << "rank " << rank + 1;
  }
  for (size_t k = 0; k < n; ++k) EXPECT_EQ(r->programs[k].rank, k + 1);
}

TEST(RankTest, UnknownFactsStayUnknownAndAreSaid) {
  auto r = RankPrograms(Request("working_swe_online"), TheWorld().catalog, TheWorld().data());
  ASSERT_TRUE(r.ok());
  int unknown_cost = 0;
  for (const auto& p : r->programs) {
    const CriterionValue& cost = p.criteria[5];
    if (!cost.value) {
      ++unknown_cost;
      EXPECT_NE(cost.explanation.find("unknown"), std::string::npos) << p.id;
    } else {
      EXPECT_GT(*cost.value, 0) << p.id;
    }
  }
  EXPECT_GT(unknown_cost, 0);
  bool noted = false;
  for (const auto& note : r->notes) noted |= note.find("midpoint") != std::string::npos;
  EXPECT_TRUE(noted);
}

TEST(RankTest, DeterministicForASeedWhateverTheThreads) {
  RankRequest a = Request("cs_grad_low_gpa_no_gre");
  RankRequest b = a;
  b.threads = 2;
  auto ra = RankPrograms(a, TheWorld().catalog, TheWorld().data());
  auto rb = RankPrograms(b, TheWorld().catalog, TheWorld().data());
  ASSERT_TRUE(ra.ok() && rb.ok());
  ASSERT_EQ(ra->programs.size(), rb->programs.size());
  for (size_t k = 0; k < ra->programs.size(); ++k) {
    EXPECT_EQ(ra->programs[k].id, rb->programs[k].id);
    EXPECT_EQ(ra->programs[k].rank_acceptability, rb->programs[k].rank_acceptability);
  }
}

TEST(RankTest, EligibleOnlyDropsIneligiblePrograms) {
  RankRequest req = Request("international_no_english_test");
  req.eligible_only = true;
  auto r = RankPrograms(req, TheWorld().catalog, TheWorld().data());
  ASSERT_TRUE(r.ok()) << r.status().message();
  for (const auto& p : r->programs) EXPECT_NE(p.eligibility, ProgramVerdict::kNotEligible) << p.id;
}

TEST(RankTest, ContributionsAddUpToTheWeightedScore) {
  RankRequest req = Request("statistics_grad_research");
  req.method = RankMethod::kWeightedSum;
  auto r = RankPrograms(req, TheWorld().catalog, TheWorld().data());
  ASSERT_TRUE(r.ok());
  for (const auto& p : r->programs) {
    double sum = 0;
    for (double c : p.contributions) sum += c;
    EXPECT_NEAR(sum, p.score, 1e-9) << p.id;
  }
  for (size_t k = 1; k < r->programs.size(); ++k)
    EXPECT_GE(r->programs[k - 1].score, r->programs[k].score);
}

TEST(CompareTest, ReferenceProgramsSideBySide) {
  auto c = ComparePrograms({"cmu-msml", "drexel-msmlai", "gatech-omscs"},
                           Persona("working_swe_online"), TheWorld().catalog, TheWorld().data());
  ASSERT_TRUE(c.ok()) << c.status().message();
  ASSERT_EQ(c->programs.size(), 3u);
  ASSERT_EQ(c->facts.size(), 3u);
  // Drexel's MS AI/ML record is thin: its facts are unknown, not zero.
  const auto& drexel = c->facts[1];
  for (const FactRow& f : drexel)
    if (f.key == "tuition") EXPECT_FALSE(f.known);
  // CMU's tuition is from 2016-17 and is flagged as stale.
  for (const FactRow& f : c->facts[0])
    if (f.key == "tuition") EXPECT_TRUE(f.stale);
  EXPECT_FALSE(
      ComparePrograms({"cmu-msml"}, Profile{}, TheWorld().catalog, TheWorld().data()).ok());
  EXPECT_EQ(ComparePrograms({"cmu-msml", "nope"}, Profile{}, TheWorld().catalog, TheWorld().data())
                .status()
                .code(),
            Status::Code::kNotFound);
}

}  // namespace
}  // namespace gradfit
