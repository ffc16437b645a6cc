// `gradfit decide` end to end: the built binary on fixture CSV files.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

namespace {

struct Output {
  int exit_code = -1;
  std::string out;  // stdout and stderr, merged
};

Output RunCli(const std::string& args, bool merge_stderr = true) {
  const std::string cmd =
      std::string(GRADFIT_BINARY) + " decide " + args + (merge_stderr ? " 2>&1" : " 2>/dev/null");
  Output o;
  FILE* pipe = popen(cmd.c_str(), "r");
  if (pipe == nullptr) return o;
  std::array<char, 4096> buf{};
  std::size_t got = 0;
  while ((got = fread(buf.data(), 1, buf.size(), pipe)) > 0) o.out.append(buf.data(), got);
  const int status = pclose(pipe);
  o.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return o;
}

const std::string kFixtures = GRADFIT_TEST_DIR "/decide/fixtures/";

TEST(DecideCli, JsonReportHasRanksAcceptabilitiesAndNotes) {
  const auto o = RunCli("--matrix " + kFixtures + "programs.csv --types benefit,cost,benefit " +
                            "--weights 2,1,1 --samples 2000 --seed 3 --json",
                        false);
  ASSERT_EQ(o.exit_code, 0) << o.out;
  const auto j = nlohmann::json::parse(o.out);
  ASSERT_EQ(j["alternatives"].size(), 4u);
  EXPECT_DOUBLE_EQ(j["criteria"][0]["weight"].get<double>(), 0.5);
  double first = 0;
  for (const auto& a : j["alternatives"]) first += a["first_rank_acceptability"].get<double>();
  EXPECT_NEAR(first, 1.0, 1e-12);
  EXPECT_EQ(j["method"], "weighted");
  EXPECT_EQ(j["smaa"]["samples"], 2000);
}

TEST(DecideCli, RanksGiveRankOrderCentroidWeights) {
  const auto o = RunCli("--matrix " + kFixtures + "programs.csv --types benefit,cost,benefit " +
                            "--ranks 2,1,3 --samples 0 --json",
                        false);
  ASSERT_EQ(o.exit_code, 0) << o.out;
  const auto j = nlohmann::json::parse(o.out);
  EXPECT_NEAR(j["criteria"][1]["weight"].get<double>(), 0.6111, 5e-5);  // (1 + 1/2 + 1/3) / 3
  EXPECT_NEAR(j["criteria"][0]["weight"].get<double>(), 0.2778, 5e-5);
  EXPECT_NEAR(j["criteria"][2]["weight"].get<double>(), 0.1111, 5e-5);
  EXPECT_FALSE(j["alternatives"][0].contains("rank_acceptability"));  // --samples 0: no SMAA
  const auto both = RunCli("--matrix " + kFixtures + "programs.csv --types benefit,cost,benefit " +
                           "--ranks 2,1,3 --weights 1,1,1");
  EXPECT_EQ(both.exit_code, 2) << both.out;
}

TEST(DecideCli, NotesGoToStderrAndTableToStdout) {
  const auto o = RunCli("--matrix " + kFixtures + "programs.csv --types benefit,cost,benefit " +
                        "--weights 0.4,0.4,0.4 --samples 500");
  ASSERT_EQ(o.exit_code, 0) << o.out;
  EXPECT_NE(o.out.find("note: weights sum to 1.2"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("replaced by the worst observed value"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("P(rank 1)"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("overtakes"), std::string::npos) << o.out;
}

TEST(DecideCli, BadInputGivesClearErrorsAndExitCodes) {
  auto o = RunCli("--matrix " + kFixtures + "text_in_number.csv --types benefit,cost");
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_NE(o.out.find("text_in_number.csv:3: column 2 ('salary')"), std::string::npos) << o.out;

  o = RunCli("--matrix " + kFixtures + "programs.csv --types benefit,cost");
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_NE(o.out.find("--types has 2 entries"), std::string::npos) << o.out;

  o = RunCli("--matrix " + kFixtures +
             "programs.csv --types benefit,cost,benefit --weights 1,-1,1");
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_NE(o.out.find("negative"), std::string::npos) << o.out;

  o = RunCli("--matrix " + kFixtures + "programs.csv --types benefit,cost,benefit --weights 0,0,0");
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_NE(o.out.find("all weights are zero"), std::string::npos) << o.out;

  o = RunCli("--matrix " + kFixtures + "ragged.csv --types benefit,cost");
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_NE(o.out.find("ragged.csv:3"), std::string::npos) << o.out;

  o = RunCli("--matrix " + kFixtures + "empty.csv --types benefit");
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_NE(o.out.find("empty"), std::string::npos) << o.out;

  o = RunCli("--matrix " + kFixtures + "absent.csv --types benefit");
  EXPECT_EQ(o.exit_code, 3);
}

}  // namespace
