// Ranking programs for the test personas on the real catalog.
#include "gradfit/rank.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "rank/rank_world.hpp"

namespace gradfit {
namespace {

using test::Persona;
using test::TheWorld;
using test::World;

RankRequest PersonaRequest(const std::string& persona) {
  RankRequest r;
  r.profile = Persona(persona);
  r.samples = 2000;
  r.threads = 1;
  return r;
}

TEST(RankTest, WeightsAndAcceptabilitiesAreDistributions) {
  RankRequest req = PersonaRequest("working_swe_online");
  req.rank_all = true;
  auto r = RankPrograms(req, TheWorld().catalog, TheWorld().data());
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

TEST(RankTest, UnknownCostLinesAreSampledNeverCountedAsZero) {
  RankRequest req = PersonaRequest("working_swe_online");
  req.rank_all = true;
  auto r = RankPrograms(req, TheWorld().catalog, TheWorld().data());
  ASSERT_TRUE(r.ok());
  int sampled = 0;
  for (const auto& p : r->programs) {
    const CriterionValue& cost = p.criteria[5];
    ASSERT_TRUE(cost.value) << p.id;
    EXPECT_GT(*cost.value, 0) << p.id;
    if (cost.explanation.find("sampled over p10-p90") == std::string::npos) continue;
    // An unknown line widens the range above the known lines: never a zero.
    ++sampled;
    ASSERT_TRUE(cost.range) << p.id;
    EXPECT_LT(cost.range->first, cost.range->second) << p.id;
    EXPECT_LE(cost.range->first, *cost.value);
    EXPECT_GE(cost.range->second, *cost.value);
  }
  EXPECT_GT(sampled, 0);
  // Drexel's MS AI/ML has no tuition in the catalog: its cost is counted at the catalog
  // median tuition, not at zero, so it cannot look like the cheapest program.
  for (const auto& p : r->programs) {
    if (p.id != "drexel-msmlai") continue;
    EXPECT_NE(p.criteria[5].explanation.find("Tuition"), std::string::npos)
        << p.criteria[5].explanation;
    EXPECT_TRUE(p.criteria[5].range);
  }
}

TEST(RankTest, DeterministicForASeedWhateverTheThreads) {
  RankRequest a = PersonaRequest("cs_grad_low_gpa_no_gre");
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
  RankRequest req = PersonaRequest("international_no_english_test");
  req.rank_all = true;
  req.eligible_only = true;
  auto r = RankPrograms(req, TheWorld().catalog, TheWorld().data());
  ASSERT_TRUE(r.ok()) << r.status().message();
  for (const auto& p : r->programs) EXPECT_NE(p.eligibility, ProgramVerdict::kNotEligible) << p.id;
}

TEST(RankTest, ContributionsAddUpToTheWeightedScore) {
  RankRequest req = PersonaRequest("statistics_grad_research");
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
    if (f.key == "tuition") {
      EXPECT_FALSE(f.known);
    }
  // CMU's tuition is from 2016-17 and is flagged as stale.
  for (const FactRow& f : c->facts[0])
    if (f.key == "tuition") {
      EXPECT_TRUE(f.stale);
    }
  EXPECT_FALSE(
      ComparePrograms({"cmu-msml"}, Profile{}, TheWorld().catalog, TheWorld().data()).ok());
  EXPECT_EQ(ComparePrograms({"cmu-msml", "nope"}, Profile{}, TheWorld().catalog, TheWorld().data())
                .status()
                .code(),
            Status::Code::kNotFound);
}

// Where a program is taught in person: its country when it is not known to be offered
// online (a program whose format the catalog lacks counts as on campus).
std::string AbroadOnCampus(const Program& p, const std::string& home) {
  if (p.modality.known() && p.offers(Modality::kOnline)) return "";
  const auto* country = TheWorld().catalog.country_of(p);
  if (!country || !country->known() || **country == home) return "";
  return **country;
}

TEST(CandidatesTest, WhoCannotRelocateNeverSeesAnOnCampusProgramAbroadInTheTop10) {
  auto r = RankPrograms(PersonaRequest("career_changer_cannot_move"), TheWorld().catalog,
                        TheWorld().data());
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_GE(r->programs.size(), 10u);
  for (size_t k = 0; k < 10; ++k) {
    const Program* p = TheWorld().catalog.find_program(r->programs[k].id);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(AbroadOnCampus(*p, "US"), "") << r->programs[k].id;
    EXPECT_NE(r->programs[k].eligibility, ProgramVerdict::kNotEligible) << r->programs[k].id;
  }
  // The others are listed after, each with the constraint it breaks.
  bool cambridge = false;
  for (const auto& s : r->set_aside) {
    EXPECT_FALSE(s.reason.empty()) << s.id;
    if (s.id == "cambridge-mphil-mlmi") {
      cambridge = true;
      EXPECT_NE(s.reason.find("you said you cannot relocate"), std::string::npos) << s.reason;
    }
  }
  EXPECT_TRUE(cambridge);
  EXPECT_EQ(r->programs.size() + r->set_aside.size(), TheWorld().catalog.programs.size());
  // --all: every program in one ranking, the broken constraint said on the row.
  RankRequest all = PersonaRequest("career_changer_cannot_move");
  all.rank_all = true;
  auto everything = RankPrograms(all, TheWorld().catalog, TheWorld().data());
  ASSERT_TRUE(everything.ok());
  EXPECT_TRUE(everything->set_aside.empty());
  EXPECT_EQ(everything->programs.size(), TheWorld().catalog.programs.size());
  for (const auto& p : everything->programs) {
    if (p.id == "cambridge-mphil-mlmi") {
      EXPECT_FALSE(p.broken_constraint.empty());
    }
  }
}

TEST(CandidatesTest, TheModalityScoreRespectsCannotRelocate) {
  RankRequest all = PersonaRequest("career_changer_cannot_move");
  all.rank_all = true;
  auto r = RankPrograms(all, TheWorld().catalog, TheWorld().data());
  ASSERT_TRUE(r.ok());
  for (const auto& p : r->programs) {
    const Program* program = TheWorld().catalog.find_program(p.id);
    if (AbroadOnCampus(*program, "US").empty()) continue;
    ASSERT_TRUE(p.criteria[3].value) << p.id;
    EXPECT_DOUBLE_EQ(*p.criteria[3].value, 0.0) << p.id << ": " << p.criteria[3].explanation;
  }
}

TEST(CandidatesTest, OrderAndFirstRankDisagreementIsExplained) {
  // Whenever the P(1st) leader is not #1 the result carries one line naming both.
  for (const char* persona : {"career_changer_cannot_move", "cs_grad_low_gpa_no_gre",
                              "statistics_grad_research", "analyst_small_budget"}) {
    auto r = RankPrograms(PersonaRequest(persona), TheWorld().catalog, TheWorld().data());
    ASSERT_TRUE(r.ok()) << persona;
    const RankedProgram* best = &r->programs.front();
    for (const auto& p : r->programs)
      if (p.first_rank_acceptability > best->first_rank_acceptability) best = &p;
    const bool disagree =
        best->first_rank_acceptability > r->programs.front().first_rank_acceptability + 0.02;
    EXPECT_EQ(!r->order_vs_p1.empty(), disagree) << persona;
    if (disagree) {
      EXPECT_NE(r->order_vs_p1.find(best->id), std::string::npos) << r->order_vs_p1;
      EXPECT_NE(r->order_vs_p1.find(r->programs.front().id), std::string::npos);
    }
  }
}

TEST(CandidatesTest, AThinProfileIsSaidWithWhatIsMissing) {
  auto r = RankPrograms(PersonaRequest("thin_profile"), TheWorld().catalog, TheWorld().data());
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE(r->profile_confidence.thin);
  EXPECT_EQ(r->profile_confidence.answered, 1);
  EXPECT_NE(r->profile_confidence.Suggestion().find("gradfit profile init"), std::string::npos);
  EXPECT_NE(r->profile_confidence.Suggestion().find("--set education.level="), std::string::npos);
  auto full =
      RankPrograms(PersonaRequest("working_swe_online"), TheWorld().catalog, TheWorld().data());
  ASSERT_TRUE(full.ok());
  EXPECT_FALSE(full->profile_confidence.thin);
}

TEST(CandidatesTest, StaleAndThirdPartyTuitionIsMarkedOnTheCostCriterion) {
  // CMU MSML's tuition is a 2016-17 figure; Berkeley MIDS's is first-party 2023-24.
  auto c = ComparePrograms({"cmu-msml", "berkeley-mids"}, Persona("working_swe_online"),
                           TheWorld().catalog, TheWorld().data());
  ASSERT_TRUE(c.ok());
  EXPECT_TRUE(c->values[0][5].stale) << c->values[0][5].explanation;
  EXPECT_FALSE(c->values[1][5].third_party);
  const auto j = CompareResultJson(*c, Today());
  EXPECT_TRUE(j["programs"][0]["criteria"]["cost"]["stale"].get<bool>());
}

}  // namespace
}  // namespace gradfit
