// Profile reading, writing, validation and single-field setting, with broken
// input located by key and line.
#include "gradfit/profile.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "test_paths.hpp"

namespace gradfit {
namespace {

using ::testing::HasSubstr;

using gradfit::test::kPersonas;

std::vector<ProfileError> ParseErrors(const std::string& text) {
  std::vector<ProfileError> errors;
  auto r = ParseProfileToml(text, "broken.toml", &errors);
  EXPECT_FALSE(r.ok());
  return errors;
}

TEST(ProfileToml, ReadsEveryKindOfField) {
  auto p = LoadProfile(kPersonas + "working_swe_online.toml");
  ASSERT_TRUE(p.ok()) << p.status().message();
  EXPECT_EQ(*p->education.level, DegreeLevel::kBachelor);
  EXPECT_EQ(*p->education.field, FieldOfStudy::kComputerScience);
  EXPECT_DOUBLE_EQ(p->education.gpa->value, 3.4);
  EXPECT_DOUBLE_EQ(p->education.gpa->scale, 4.0);
  EXPECT_EQ(p->tests.gre.status, TestStatus::kNone);
  EXPECT_EQ(*p->coursework.linear_algebra, CourseworkLevel::kCourse);
  EXPECT_DOUBLE_EQ(*p->coursework.programming_years, 8);
  EXPECT_EQ(p->coursework.programming_languages, (std::vector<std::string>{"c++", "python", "go"}));
  EXPECT_DOUBLE_EQ(p->work.employer_tuition_support->amount, 5250);
  EXPECT_EQ(p->work.employer_tuition_support->currency, "USD");
  EXPECT_EQ(*p->location.us_state, "WA");
  EXPECT_EQ(p->goals.target_roles,
            (std::vector<TargetRole>{TargetRole::kAiMlSoftwareEngineer, TargetRole::kMlEngineer}));
  EXPECT_TRUE(*p->constraints.must_online);
  EXPECT_FALSE(*p->constraints.can_relocate);
  EXPECT_EQ(p->priorities.kind, Priorities::Kind::kWeights);
  EXPECT_DOUBLE_EQ(p->priorities.weights.at(Criterion::kModality), 5);
  // Not given: unknown, never a default value.
  EXPECT_FALSE(p->coursework.machine_learning.has_value());
  EXPECT_FALSE(p->constraints.max_duration_months.has_value());
  EXPECT_EQ(p->tests.toefl_ibt.status, TestStatus::kUnknown);
}

TEST(ProfileToml, GreScoresMarkTheTestTaken) {
  auto p = LoadProfile(kPersonas + "international_no_english_test.toml");
  ASSERT_TRUE(p.ok()) << p.status().message();
  EXPECT_EQ(p->tests.gre.status, TestStatus::kTaken);
  EXPECT_EQ(*p->tests.gre.quant, 165);
  EXPECT_DOUBLE_EQ(*p->tests.gre.awa, 3.5);
  EXPECT_EQ(p->tests.toefl_ibt.status, TestStatus::kNone);
  EXPECT_DOUBLE_EQ(p->education.gpa->scale, 10);
}

TEST(ProfileToml, EveryPersonaRoundTripsThroughTomlAndJson) {
  for (const auto& entry : std::filesystem::directory_iterator(kPersonas)) {
    auto p = LoadProfile(entry.path().string());
    ASSERT_TRUE(p.ok()) << entry.path() << ": " << p.status().message();
    std::string toml = ProfileToToml(*p);
    auto again = ParseProfileToml(toml, "again.toml");
    ASSERT_TRUE(again.ok()) << again.status().message() << "\n" << toml;
    EXPECT_EQ(ProfileToToml(*again), toml);
    auto from_json = ParseProfileJson(ProfileToJson(*p), "again.json");
    ASSERT_TRUE(from_json.ok()) << from_json.status().message();
    EXPECT_EQ(ProfileToToml(*from_json), toml);
  }
}

TEST(ProfileErrors, GpaAboveItsScaleNamesFieldAndLine) {
  auto errors = ParseErrors("[education]\nlevel = \"bachelor\"\ngpa = 5.2\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].key_path, "education.gpa");
  EXPECT_EQ(errors[0].line, 3);
  EXPECT_THAT(errors[0].message, HasSubstr("5.2 is above the maximum 4"));
  EXPECT_THAT(errors[0].ToString(), HasSubstr("broken.toml:3: education.gpa:"));
}

TEST(ProfileErrors, GpaOnATenPointScaleIsFine) {
  auto p = ParseProfileToml("[education]\ngpa = 5.2\ngpa_scale = 10\n", "ok.toml");
  ASSERT_TRUE(p.ok()) << p.status().message();
}

TEST(ProfileErrors, NegativeYears) {
  auto errors = ParseErrors("[work]\n\nyears = -2\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].key_path, "work.years");
  EXPECT_EQ(errors[0].line, 3);
  EXPECT_THAT(errors[0].message, HasSubstr("-2 is out of range"));
}

TEST(ProfileErrors, UnknownRole) {
  auto errors = ParseErrors("[goals]\ntarget_roles = [\"ml_engineer\", \"astronaut\"]\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].key_path, "goals.target_roles");
  EXPECT_EQ(errors[0].line, 2);
  EXPECT_THAT(errors[0].message, HasSubstr("unknown value 'astronaut'"));
}

TEST(ProfileErrors, UnknownKeyAndTypo) {
  auto errors = ParseErrors("[education]\ngpaa = 3.4\n[educaton]\nfield = \"arts\"\n");
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].key_path, "education.gpaa");
  EXPECT_EQ(errors[0].line, 2);
  EXPECT_EQ(errors[0].message, "unknown key");
  EXPECT_EQ(errors[1].key_path, "educaton.field");
  EXPECT_EQ(errors[1].line, 4);
}

TEST(ProfileErrors, MalformedTomlGivesTheLine) {
  auto errors = ParseErrors("[education]\ngpa = 3.4\nfield = \"computer_science\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 3);
  EXPECT_THAT(errors[0].message, HasSubstr("TOML syntax error"));
}

TEST(ProfileErrors, EveryErrorIsReportedAtOnce) {
  auto errors = ParseErrors(
      "[tests]\ntoefl_ibt = 130\nielts = 7.3\n[location]\ncountry = \"XX\"\n"
      "[constraints]\nbudget = \"lots\"\n");
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_EQ(errors[0].key_path, "tests.toefl_ibt");
  EXPECT_EQ(errors[1].key_path, "tests.ielts");
  EXPECT_THAT(errors[1].message, HasSubstr("not a multiple of 0.5"));
  EXPECT_EQ(errors[2].key_path, "location.country");
  EXPECT_EQ(errors[3].key_path, "constraints.budget");
}

TEST(ProfileErrors, CrossFieldRules) {
  auto errors = ParseErrors("[location]\ncountry = \"DE\"\nus_state = \"GA\"\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].key_path, "location.us_state");
  EXPECT_EQ(errors[0].line, 3);
  errors = ParseErrors("[priorities]\nranking = [\"cost\"]\n[priorities.weights]\ncost = 2\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].key_path, "priorities");
}

TEST(ProfileErrors, BrokenJsonNamesTheKey) {
  std::vector<ProfileError> errors;
  auto r =
      ParseProfileJson(R"({"education": {"gpa": 5.2}, "work": {"years": -1}})", "p.json", &errors);
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(errors.size(), 1u);  // field errors stop before cross-field checks
  EXPECT_EQ(errors[0].key_path, "work.years");
  r = ParseProfileJson("{\"education\": ", "p.json", &errors);
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(r.status().message(), HasSubstr("JSON syntax error"));
}

TEST(ProfileLoad, MissingFileIsNotFound) {
  auto r = LoadProfile("/nonexistent/profile.toml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kNotFound);
}

TEST(ProfileSave, AtomicWriteAndRefusesInvalidProfile) {
  auto dir = std::filesystem::temp_directory_path() / "gradfit_fit_save_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  Profile p;
  ASSERT_TRUE(SetProfileField(p, "gpa", "3.4").ok());
  ASSERT_TRUE(SetProfileField(p, "toefl", "101").ok());
  std::string path = (dir / "p.toml").string();
  ASSERT_TRUE(SaveProfile(p, path).ok());
  auto back = LoadProfile(path);
  ASSERT_TRUE(back.ok());
  EXPECT_DOUBLE_EQ(*back->tests.toefl_ibt.score, 101);
  // An invalid profile is refused and the old file stays as it was.
  Profile bad = p;
  bad.education.gpa->value = 5.2;
  Status s = SaveProfile(bad, path);
  EXPECT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("education.gpa"));
  EXPECT_DOUBLE_EQ(LoadProfile(path)->education.gpa->value, 3.4);
  // No temporary file is left behind.
  int files = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++files;
  EXPECT_EQ(files, 1);
  // A folder that does not exist: an I/O error, nothing written.
  EXPECT_EQ(SaveProfile(p, (dir / "no" / "p.toml").string()).code(), Status::Code::kIoError);
  std::filesystem::remove_all(dir);
}

TEST(ProfileFields, AliasesFormsAndUnknown) {
  Profile p;
  EXPECT_TRUE(SetProfileField(p, "gpa", "85/100").ok());
  EXPECT_DOUBLE_EQ(p.education.gpa->value, 85);
  EXPECT_DOUBLE_EQ(p.education.gpa->scale, 100);
  EXPECT_TRUE(SetProfileField(p, "gre.quant", "165").ok());
  EXPECT_EQ(p.tests.gre.status, TestStatus::kTaken);
  EXPECT_TRUE(SetProfileField(p, "budget", "USD 20,000").ok());
  EXPECT_DOUBLE_EQ(p.constraints.budget->amount, 20000);
  EXPECT_TRUE(SetProfileField(p, "countries", "us, ca").ok());
  EXPECT_EQ(p.constraints.preferred_countries, (std::vector<std::string>{"US", "CA"}));
  EXPECT_TRUE(SetProfileField(p, "toefl", "unknown").ok());
  EXPECT_EQ(p.tests.toefl_ibt.status, TestStatus::kUnknown);
  Status s = SetProfileField(p, "gre.quant", "171");
  EXPECT_THAT(s.message(), HasSubstr("tests.gre.quant: 171 is out of range"));
  s = SetProfileField(p, "toefl", "lots");
  EXPECT_THAT(s.message(), HasSubstr("expected score 0 to 120, or none"));
  EXPECT_FALSE(SetProfileField(p, "shoe_size", "42").ok());
  auto got = GetProfileField(p, "budget");
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(**got, "20000 USD");
  EXPECT_FALSE(GetProfileField(p, "salary")->has_value());
}

TEST(Priorities, WeightsAndRankingNormalize) {
  Priorities w;
  w.kind = Priorities::Kind::kWeights;
  w.weights = {{Criterion::kCost, 3}, {Criterion::kOutcomes, 1}};
  auto n = PriorityWeights(w);
  ASSERT_TRUE(n);
  EXPECT_DOUBLE_EQ(n->at(Criterion::kCost), 0.75);
  EXPECT_DOUBLE_EQ(n->at(Criterion::kAdmissions), 0);
  Priorities r;
  r.kind = Priorities::Kind::kRanking;
  r.ranking = {Criterion::kCost, Criterion::kOutcomes};
  auto rw = PriorityWeights(r);
  ASSERT_TRUE(rw);
  // Rank-order centroid over six places: w1 = (1 + 1/2 + ... + 1/6) / 6 = 0.408333…
  EXPECT_NEAR(rw->at(Criterion::kCost), 0.408333, 1e-6);
  EXPECT_NEAR(rw->at(Criterion::kOutcomes), 0.241667, 1e-6);
  double sum = 0;
  for (auto& [c, v] : *rw) sum += v;
  EXPECT_NEAR(sum, 1.0, 1e-12);
  EXPECT_FALSE(PriorityWeights(Priorities{}));
}

// Regression (found by fuzz/profile_fuzz.cpp): a number too large for a double
// made the JSON reader throw past its handler and abort.
TEST(ProfileJson, ANumberTooLargeIsAnErrorNotACrash) {
  auto r = ParseProfileJson(R"({"work": {"years": -3333333333333333e33333333}})", "me.json");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("me.json"), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("invalid JSON"), std::string::npos) << r.status().message();
}

}  // namespace
}  // namespace gradfit
