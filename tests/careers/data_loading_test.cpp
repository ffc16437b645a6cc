// Loading data/skills.toml and data/roles.toml, and rejecting broken files
// (tests/careers/broken/) with file, line and the offending id.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

#include "gradfit/careers.hpp"

namespace gradfit {
namespace {

using ::testing::HasSubstr;

const std::string kBroken = GRADFIT_TEST_DIR "/careers/broken/";

std::string Joined(const std::vector<CareersError>& errors) {
  std::string s;
  for (const auto& e : errors) s += e.ToString() + "\n";
  return s;
}

TEST(CareersData, RealFilesLoadWithEveryRequiredSkillAndRole) {
  std::vector<CareersError> errors;
  auto data = LoadCareersData(GRADFIT_SOURCE_DIR "/data", &errors);
  ASSERT_TRUE(data.ok()) << Joined(errors);
  for (const char* id :
       {"programming", "algorithms", "linear_algebra", "probability_statistics", "optimisation",
        "supervised_learning", "unsupervised_learning", "reinforcement_learning", "deep_learning",
        "probabilistic_graphical_models", "computer_vision", "natural_language_processing",
        "big_data_distributed", "data_engineering", "databases", "mlops_deployment",
        "software_engineering", "ethics_society", "research_methods"})
    EXPECT_NE(data->find_skill(id), nullptr) << id;
  const std::map<std::string, std::string> soc = {{"ml_engineer", "15-1252"},
                                                  {"data_scientist", "15-2051"},
                                                  {"data_engineer", "15-1243"},
                                                  {"ai_ml_software_engineer", "15-1252"},
                                                  {"research_scientist", "15-1221"}};
  ASSERT_EQ(data->roles.size(), soc.size());
  for (const Role& r : data->roles) {
    ASSERT_TRUE(soc.count(r.id)) << r.id;
    EXPECT_EQ(r.soc_code, soc.at(r.id));
    double sum = 0;
    for (const RoleSkill& s : r.skills) sum += s.weight;
    EXPECT_NEAR(sum, 1.0, 1e-9) << r.id;
  }
  EXPECT_THAT(data->onet_attribution, HasSubstr("CC BY 4.0"));
}

TEST(CareersData, MalformedTomlNamesFileAndLine) {
  std::vector<CareersError> errors;
  auto skills = LoadSkills(kBroken + "malformed_skills.toml", &errors);
  ASSERT_FALSE(skills.ok());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_THAT(errors[0].file, HasSubstr("malformed_skills.toml"));
  EXPECT_EQ(errors[0].line, 3);
  EXPECT_THAT(errors[0].message, HasSubstr("malformed TOML"));
}

TEST(CareersData, InvalidSkillsListEveryProblem) {
  std::vector<CareersError> errors;
  ASSERT_FALSE(LoadSkills(kBroken + "skills_invalid.toml", &errors).ok());
  const std::string all = Joined(errors);
  EXPECT_THAT(all, HasSubstr("skills_invalid.toml:8:"));  // duplicate id line
  EXPECT_THAT(all, HasSubstr("duplicate id 'programming'"));
  EXPECT_THAT(all, HasSubstr("skills_invalid.toml:12:"));  // unknown key "term"
  EXPECT_THAT(all, HasSubstr("unknown key"));
  EXPECT_THAT(all, HasSubstr("'Bad-Id' is not a snake_case id"));
  EXPECT_THAT(all, HasSubstr("definition: missing"));
  EXPECT_THAT(all, HasSubstr("term '10-701' has no words left"));
}

TEST(CareersData, UnknownSkillIdInRolesNamesFileLineAndId) {
  std::vector<CareersError> errors;
  auto skills = LoadSkills(GRADFIT_SOURCE_DIR "/data/skills.toml", &errors);
  ASSERT_TRUE(skills.ok());
  auto roles = LoadRoles(kBroken + "roles_unknown_skill.toml", *skills, &errors);
  ASSERT_FALSE(roles.ok());
  ASSERT_EQ(errors.size(), 1u) << Joined(errors);
  EXPECT_EQ(errors[0].line, 12);
  EXPECT_EQ(errors[0].key_path, "role.ml_engineer.skills.deep_learnin");
  EXPECT_THAT(errors[0].ToString(), HasSubstr("roles_unknown_skill.toml:12:"));
  EXPECT_THAT(errors[0].message, HasSubstr("unknown skill id 'deep_learnin'"));
}

TEST(CareersData, BadRoleValuesAreReported) {
  std::vector<CareersError> errors;
  auto skills = LoadSkills(GRADFIT_SOURCE_DIR "/data/skills.toml", &errors);
  ASSERT_TRUE(skills.ok());
  ASSERT_FALSE(LoadRoles(kBroken + "roles_bad_values.toml", *skills, &errors).ok());
  const std::string all = Joined(errors);
  EXPECT_THAT(all, HasSubstr("'152051' is not a SOC code"));
  EXPECT_THAT(all, HasSubstr("weights sum to 0.8000, expected 1"));
  EXPECT_THAT(all, HasSubstr("duplicate id 'data_scientist'"));
  EXPECT_THAT(all, HasSubstr("weight must be a number in (0, 1]"));
}

TEST(CareersData, MissingFileIsAnError) {
  std::vector<CareersError> errors;
  EXPECT_FALSE(LoadCareersData(kBroken + "no-such-dir", &errors).ok());
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].message, "file not found");
}

TEST(CourseOverrides, UnknownSkillIdNamesFileLineAndId) {
  std::vector<CareersError> errors;
  auto skills = LoadSkills(GRADFIT_SOURCE_DIR "/data/skills.toml", &errors);
  ASSERT_TRUE(skills.ok());
  auto o = ReadCourseOverrides(kBroken + "program_override_unknown_skill.toml", *skills, &errors);
  ASSERT_FALSE(o.ok());
  ASSERT_EQ(errors.size(), 1u) << Joined(errors);
  EXPECT_EQ(errors[0].line, 5);
  EXPECT_THAT(errors[0].ToString(), HasSubstr("program_override_unknown_skill.toml:5"));
  EXPECT_THAT(errors[0].message, HasSubstr("unknown skill id 'mlopz'"));
}

TEST(CourseOverrides, WrongShapeIsAnError) {
  std::vector<CareersError> errors;
  auto skills = LoadSkills(GRADFIT_SOURCE_DIR "/data/skills.toml", &errors);
  ASSERT_TRUE(skills.ok());
  auto o = ReadCourseOverrides(kBroken + "program_override_wrong_shape.toml", *skills, &errors);
  ASSERT_FALSE(o.ok());
  EXPECT_THAT(Joined(errors), HasSubstr("program_override_wrong_shape.toml:5"));
}

TEST(CourseOverrides, ProgramWithoutOverridesGivesNone) {
  std::vector<CareersError> errors;
  auto skills = LoadSkills(GRADFIT_SOURCE_DIR "/data/skills.toml", &errors);
  ASSERT_TRUE(skills.ok());
  auto o = ReadCourseOverrides(GRADFIT_SOURCE_DIR "/data/programs/cmu-msml.toml", *skills, &errors);
  ASSERT_TRUE(o.ok()) << Joined(errors);
  EXPECT_TRUE(o->empty());
}

}  // namespace
}  // namespace gradfit

namespace gradfit {
namespace {

TEST(CareersData, MultiLineInlineTableIsMalformedTomlWithLine) {
  // TOML 1.0 inline tables must stay on one line; the error says where.
  const std::string path = GRADFIT_TEST_DIR "/careers/broken/roles_multiline_inline.toml";
  std::vector<CareersError> errors;
  auto skills = LoadSkills(GRADFIT_SOURCE_DIR "/data/skills.toml", &errors);
  ASSERT_TRUE(skills.ok());
  ASSERT_FALSE(LoadRoles(path, *skills, &errors).ok());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 12);
  EXPECT_THAT(errors[0].message, ::testing::HasSubstr("malformed TOML"));
}

}  // namespace
}  // namespace gradfit
