// Coverage of real catalog programs for real roles, the elective rule, the
// greedy elective suggestions, unknown coverage and the ranking criterion.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "gradfit/careers.hpp"
#include "gradfit/catalog.hpp"

namespace gradfit {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;

class CoverageTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::vector<CareersError> errors;
    auto data = LoadCareersData(GRADFIT_SOURCE_DIR "/data", &errors);
    ASSERT_TRUE(data.ok());
    data_ = new CareersData(std::move(data).value());
    std::vector<CatalogError> cat_errors;
    auto catalog = LoadCatalog(GRADFIT_SOURCE_DIR "/data", &cat_errors);
    ASSERT_TRUE(catalog.ok()) << catalog.status().message();
    catalog_ = new Catalog(std::move(catalog).value());
  }
  static void TearDownTestSuite() {
    delete data_;
    delete catalog_;
  }
  const Role& role(std::string_view id) const { return *data_->find_role(id); }
  static const SkillCredit* Find(const std::vector<SkillCredit>& list, std::string_view id) {
    for (const auto& s : list)
      if (s.skill_id == id) return &s;
    return nullptr;
  }
  static CareersData* data_;
  static Catalog* catalog_;
};
CareersData* CoverageTest::data_ = nullptr;
Catalog* CoverageTest::catalog_ = nullptr;

TEST_F(CoverageTest, CmuMsmlForMlEngineer) {
  const Program* p = catalog_->find_program("cmu-msml");
  ASSERT_NE(p, nullptr);
  const SkillMatcher matcher(data_->skills);
  const ProgramCoverage c = ComputeCoverage(*p, role("ml_engineer"), matcher);
  ASSERT_TRUE(c.known);
  const SkillCredit* sl = Find(c.covered, "supervised_learning");
  ASSERT_NE(sl, nullptr);
  EXPECT_THAT(sl->core_courses, Contains("10-701 or 10-715 Introduction to Machine Learning"));
  const SkillCredit* ops = Find(c.covered, "mlops_deployment");
  ASSERT_NE(ops, nullptr);
  EXPECT_THAT(ops->core_courses, Contains("10-718 Machine Learning in Practice"));
  ASSERT_NE(Find(c.covered, "probability_statistics"), nullptr);
  EXPECT_NE(Find(c.missing, "deep_learning"), nullptr);
  // The catalog lists three core courses and no electives: 0.15 + 0.15 + 0.05 + 0.05.
  if (!p->elective_examples.known()) EXPECT_NEAR(c.score, 0.40, 1e-9);
  EXPECT_GE(c.score, c.core_only_score);
}

TEST_F(CoverageTest, GatechOmscsForDataEngineer) {
  const Program* p = catalog_->find_program("gatech-omscs");
  ASSERT_NE(p, nullptr);
  const SkillMatcher matcher(data_->skills);
  const ProgramCoverage c = ComputeCoverage(*p, role("data_engineer"), matcher);
  ASSERT_TRUE(c.known);
  const SkillCredit* alg = Find(c.covered, "algorithms");
  ASSERT_NE(alg, nullptr);
  ASSERT_EQ(alg->core_courses.size(), 1u);
  EXPECT_THAT(alg->core_courses[0], HasSubstr("Introduction to Graduate Algorithms"));
  // An ML specialization teaches none of the pipeline skills a data engineer needs.
  EXPECT_NE(Find(c.missing, "data_engineering"), nullptr);
  EXPECT_NE(Find(c.missing, "databases"), nullptr);
  EXPECT_LT(c.score, 0.2);
}

Program Synthetic(std::vector<std::string> core, std::vector<std::string> electives,
                  std::optional<int> to_choose) {
  Program p;
  p.id = "synthetic";
  if (!core.empty()) p.core_courses.value = std::move(core);
  if (!electives.empty()) p.elective_examples.value = std::move(electives);
  if (to_choose) p.electives_to_choose.value = *to_choose;
  return p;
}

TEST_F(CoverageTest, ElectivesCountWithTheShareAStudentTakes) {
  const SkillMatcher matcher(data_->skills);
  const Program p = Synthetic({"Machine Learning"},
                              {"Deep Learning", "Computer Vision", "Databases", "Big Data"}, 1);
  const ProgramCoverage c = ComputeCoverage(p, role("ml_engineer"), matcher);
  EXPECT_DOUBLE_EQ(c.elective_share, 0.25);
  // Core: supervised 0.15 + unsupervised 0.05. Electives at 1/4: deep 0.15, big data 0.05.
  EXPECT_NEAR(c.core_only_score, 0.20, 1e-9);
  EXPECT_NEAR(c.score, 0.20 + 0.25 * (0.15 + 0.05), 1e-9);
  ASSERT_EQ(c.suggestions.size(), 1u);  // one elective to choose
  EXPECT_EQ(c.suggestions[0].course, "Deep Learning");
  EXPECT_NEAR(c.suggestions[0].gain, 0.15, 1e-9);
  EXPECT_NEAR(c.score_with_suggestions, 0.35, 1e-9);
}

TEST_F(CoverageTest, UnknownElectiveCountAssumesHalf) {
  const SkillMatcher matcher(data_->skills);
  const Program p = Synthetic({}, {"Deep Learning", "Deep Learning for Vision", "Databases"}, {});
  const ProgramCoverage c = ComputeCoverage(p, role("ml_engineer"), matcher);
  EXPECT_NEAR(c.elective_share, 2.0 / 3.0, 1e-9);
  // Two listed electives teach deep learning: expected 4/3 of a course, capped at 1.
  const SkillCredit* dl = nullptr;
  for (const auto& s : c.covered)
    if (s.skill_id == "deep_learning") dl = &s;
  ASSERT_NE(dl, nullptr);
  EXPECT_DOUBLE_EQ(dl->credit, 1.0);
  EXPECT_THAT(c.notes, Contains(HasSubstr("assumed half")));
}

TEST_F(CoverageTest, NoCoursesMeansUnknownNotZero) {
  const SkillMatcher matcher(data_->skills);
  const Program p = Synthetic({}, {}, 3);
  EXPECT_FALSE(ComputeCoverage(p, role("data_scientist"), matcher).known);
  auto score = CurriculumScore(p, *data_, {"data_scientist"}, matcher);
  ASSERT_TRUE(score.ok());
  EXPECT_FALSE(score->has_value());
}

TEST_F(CoverageTest, CurriculumScoreIsTheMeanOverRoles) {
  const SkillMatcher matcher(data_->skills);
  const Program* p = catalog_->find_program("cmu-msml");
  ASSERT_NE(p, nullptr);
  auto both = CurriculumScore(*p, *data_, {"ml_engineer", "data_engineer"}, matcher);
  ASSERT_TRUE(both.ok());
  ASSERT_TRUE(both->has_value());
  const double ml = ComputeCoverage(*p, role("ml_engineer"), matcher).score;
  const double de = ComputeCoverage(*p, role("data_engineer"), matcher).score;
  EXPECT_NEAR(**both, (ml + de) / 2, 1e-12);
  EXPECT_FALSE(CurriculumScore(*p, *data_, {"astronaut"}, matcher).ok());
}

TEST_F(CoverageTest, MatrixCoversEveryProgramAndRole) {
  const SkillMatcher matcher(data_->skills);
  const auto m = CoverageMatrix(catalog_->programs, *data_, matcher);
  ASSERT_EQ(m.size(), catalog_->programs.size());
  int known = 0;
  for (size_t i = 0; i < m.size(); ++i) {
    ASSERT_EQ(m[i].size(), data_->roles.size());
    for (const ProgramCoverage& c : m[i]) {
      EXPECT_GE(c.score, 0.0);
      EXPECT_LE(c.score, 1.0);
      const Program& p = catalog_->programs[i];
      const bool has_courses = (p.core_courses.known() && !p.core_courses->empty()) ||
                               (p.elective_examples.known() && !p.elective_examples->empty());
      EXPECT_EQ(c.known, has_courses) << p.id;
      known += c.known;
    }
  }
  EXPECT_GT(known, 0);
}

TEST_F(CoverageTest, FacultyDepthComesWithItsSource) {
  const Program* p = catalog_->find_program("cmu-msml");
  ASSERT_NE(p, nullptr);
  const FacultyDepth f = GetFacultyDepth(catalog_->find_institution(p->institution_id));
  if (!f.count) GTEST_SKIP() << "institutions-derived.toml has no CSRankings count for CMU";
  EXPECT_GT(*f.count, 50);
  EXPECT_THAT(f.source_url, HasSubstr("csrankings"));
  EXPECT_FALSE(f.attribution.empty());
  EXPECT_FALSE(GetFacultyDepth(nullptr).count.has_value());
}

}  // namespace
}  // namespace gradfit
