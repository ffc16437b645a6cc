// Runs the gradfit binary's careers and coverage commands end to end.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace {

struct CliRun {
  int code = -1;
  std::string out;
};

CliRun Gradfit(const std::string& args) {
  CliRun r;
  const std::string cmd = std::string(GRADFIT_BINARY) + " " + args + " 2>/dev/null";
  FILE* f = popen(cmd.c_str(), "r");
  if (f == nullptr) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), f)) > 0) r.out.append(buf.data(), n);
  const int status = pclose(f);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

using ::testing::HasSubstr;

TEST(CareersCli, CoverageJsonForCmu) {
  const CliRun r = Gradfit("coverage cmu-msml --role ml_engineer --json");
  ASSERT_EQ(r.code, 0) << r.out;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["program"], "cmu-msml");
  EXPECT_EQ(j["role"], "ml_engineer");
  EXPECT_TRUE(j["known"].get<bool>());
  bool found = false;
  for (const auto& s : j["covered"])
    if (s["skill"] == "mlops_deployment")
      found = s["core_courses"][0] == "10-718 Machine Learning in Practice";
  EXPECT_TRUE(found) << r.out;
}

TEST(CareersCli, HumanCoverageShowsCoursesAndMissing) {
  const CliRun r = Gradfit("coverage gatech-omscs --role data_engineer");
  ASSERT_EQ(r.code, 0);
  EXPECT_THAT(r.out, HasSubstr("Introduction to Graduate Algorithms"));
  EXPECT_THAT(r.out, HasSubstr("Missing (no listed course teaches it): data_engineering"));
  EXPECT_THAT(r.out, HasSubstr("Faculty depth"));
}

TEST(CareersCli, UnknownIdsExitWithInvalidData) {
  EXPECT_EQ(Gradfit("coverage no-such-program --role ml_engineer").code, 1);
  EXPECT_EQ(Gradfit("coverage cmu-msml --role astronaut").code, 1);
  EXPECT_EQ(Gradfit("careers astronaut").code, 1);
}

TEST(CareersCli, CareersListsRolesAndMatrixListsPrograms) {
  const CliRun roles = Gradfit("careers --json");
  ASSERT_EQ(roles.code, 0);
  EXPECT_EQ(nlohmann::json::parse(roles.out).size(), 5u);
  const CliRun one = Gradfit("careers data_scientist");
  EXPECT_THAT(one.out, HasSubstr("O*NET 15-2051.00 Data Scientists"));
  EXPECT_THAT(one.out, HasSubstr("CC BY 4.0"));
  const CliRun m = Gradfit("coverage --matrix --json");
  ASSERT_EQ(m.code, 0);
  const auto j = nlohmann::json::parse(m.out);
  EXPECT_GT(j.size(), 50u);
  EXPECT_TRUE(j[0]["coverage"].contains("research_scientist"));
}

}  // namespace
