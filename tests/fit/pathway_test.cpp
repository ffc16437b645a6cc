// The pathway rules on small profiles built in code: which rule fires, its
// points and reason, and the facts attached from data/pathways.toml.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "gradfit/fit.hpp"

namespace gradfit {
namespace {

using ::testing::HasSubstr;

Profile With(const std::vector<std::pair<std::string, std::string>>& fields) {
  Profile p;
  for (const auto& [k, v] : fields) EXPECT_TRUE(SetProfileField(p, k, v).ok()) << k;
  return p;
}

const PathwayOption& Option(const PathwayVerdict& v, Pathway p) {
  for (const auto& o : v.options)
    if (o.pathway == p) return o;
  ADD_FAILURE() << "no option";
  return v.options.front();
}

bool HasReason(const std::vector<std::string>& reasons, const std::string& text) {
  for (const auto& r : reasons)
    if (r.find(text) != std::string::npos) return true;
  return false;
}

TEST(Pathway, EmptyProfileStillAnswersWithBaseScores) {
  PathwayVerdict v = AssessPathway(Profile{}, {}, nullptr);
  ASSERT_EQ(v.options.size(), 6u);
  EXPECT_EQ(v.options.front().pathway, Pathway::kMasters);
  EXPECT_EQ(v.options.front().score, 50);
  EXPECT_THAT(v.headline, HasSubstr("A master's in ML fits best (score 50/100)"));
}

TEST(Pathway, NoDegreeAndShortTimePointToABootcamp) {
  Profile p = With({{"degree", "none"}, {"max_months", "4"}, {"roles", "data_engineer"}});
  PathwayVerdict v = AssessPathway(p, {}, nullptr);
  EXPECT_EQ(v.options.front().pathway, Pathway::kBootcamp);
  const auto& boot = Option(v, Pathway::kBootcamp);
  EXPECT_EQ(boot.score, 30 + 15 + 10);
  EXPECT_TRUE(HasReason(boot.reasons_for, "fits your 4-month limit (+15)"));
  const auto& masters = Option(v, Pathway::kMasters);
  EXPECT_TRUE(HasReason(masters.reasons_against, "a master's requires a bachelor's degree (-40)"));
}

TEST(Pathway, ResearchGoalWithStrongMathsPointsToPhd) {
  Profile p = With({{"degree", "bachelor"},
                    {"field", "mathematics"},
                    {"gpa", "3.9"},
                    {"calculus", "course"},
                    {"linear_algebra", "course"},
                    {"probability", "course"},
                    {"statistics", "course"},
                    {"roles", "research_scientist"}});
  PathwayVerdict v = AssessPathway(p, {}, nullptr);
  EXPECT_EQ(v.options.front().pathway, Pathway::kPhd);
  EXPECT_EQ(v.options.front().score, 25 + 45 + 10 + 5);
  // A short time limit turns it around.
  ASSERT_TRUE(SetProfileField(p, "max_months", "24").ok());
  v = AssessPathway(p, {}, nullptr);
  EXPECT_TRUE(HasReason(Option(v, Pathway::kPhd).reasons_against, "about five years"));
}

TEST(Pathway, ProgramVerdictsAndBudgetChecksCount) {
  Profile p = With({{"degree", "bachelor"}, {"field", "computer_science"}});
  ProgramAssessment open{"a", "", "", ProgramVerdict::kEligible, {}, ""};
  ProgramAssessment pricey{"b",
                           "",
                           "",
                           ProgramVerdict::kNotEligible,
                           {Check{"budget", CheckGroup::kConstraint, Verdict::kNotMet, "", {}}},
                           ""};
  PathwayVerdict v = AssessPathway(p, {open, pricey}, nullptr);
  const auto& m = Option(v, Pathway::kMasters);
  EXPECT_TRUE(HasReason(m.reasons_for, "1 program(s) you are eligible for now (+15)"));
  EXPECT_TRUE(HasReason(m.reasons_against, "none of the 1 program(s) with known tuition"));
  EXPECT_TRUE(
      HasReason(Option(v, Pathway::kGraduateCertificate).reasons_for, "12-15 credit hours"));
}

TEST(Pathway, FactsComeFromTheDataFile) {
  FitData data;
  data.pathways.push_back(PathwayFacts{Pathway::kBootcamp,
                                       0,
                                       21000,
                                       11451,
                                       3,
                                       3,
                                       std::nullopt,
                                       {"https://www.geekwire.com/2016/coding-bootcamps/"},
                                       ""});
  Profile p = With({{"degree", "none"}, {"max_months", "4"}});
  PathwayVerdict v = AssessPathway(p, {}, &data);
  ASSERT_TRUE(v.options.front().facts);
  EXPECT_THAT(v.headline, HasSubstr("typical cost $11,451, about 3 months"));
  EXPECT_FALSE(Option(v, Pathway::kPhd).facts);  // not in the data: unknown
}

}  // namespace
}  // namespace gradfit
