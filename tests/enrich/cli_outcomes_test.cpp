// What a user sees of the graduates' outcomes through the gradfit binary, on the
// bundled catalog: `programs show` for the working engineer's OMSCS and for a
// program outside the US, and `compare` with the working engineer's profile.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace {

struct CliRun {
  int exit_code;
  std::string out;
};

CliRun Gradfit(const std::string& args) {
  const std::string cmd = "COLUMNS=80 " + std::string(GRADFIT_BINARY) + " --catalog " +
                          GRADFIT_SOURCE_DIR "/data " + args + " 2>&1";
  FILE* pipe = popen(cmd.c_str(), "r");
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  const int status = pclose(pipe);
  return {WEXITSTATUS(status), out};
}

const std::string kSwe = std::string(GRADFIT_TEST_DIR) + "/fit/personas/working_swe_online.toml";

std::string Section(const std::string& out, const std::string& from, const std::string& to) {
  const size_t a = out.find(from);
  if (a == std::string::npos) return "";
  const size_t b = out.find(to, a);
  return out.substr(a, b == std::string::npos ? std::string::npos : b - a);
}

TEST(OutcomesCli, WorkingEngineerSeesOmscsGraduatesEarningsWithSourceCaveatsAndTests) {
  CliRun r = Gradfit("programs show gatech-omscs");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  const std::string s = Section(r.out, "outcomes of graduates", "\nsources\n");
  ASSERT_FALSE(s.empty()) << r.out;
  EXPECT_NE(s.find("College Scorecard, release 2026-06-10 ["), std::string::npos) << s;
  EXPECT_NE(s.find("UNITID 139755, GA"), std::string::npos) << s;
  EXPECT_NE(s.find("$150,671 1 year after completion"), std::string::npos) << s;
  EXPECT_NE(s.find("$195,622 4 years after"), std::string::npos) << s;
  EXPECT_NE(s.find("$20,500 at completion"), std::string::npos) << s;
  EXPECT_NE(s.find("why this row"), std::string::npos);
  EXPECT_NE(s.find("pools"), std::string::npos);
  EXPECT_NE(s.find("federal aid"), std::string::npos);
  EXPECT_NE(s.find("earnings premium (federal test, high-school threshold): PASS"),
            std::string::npos)
      << s;
  EXPECT_NE(s.find("debt-to-earnings: PASS"), std::string::npos) << s;
  EXPECT_NE(s.find("What it means"), std::string::npos);
  // The section is written for an 80-column terminal.
  std::istringstream lines(s);
  for (std::string line; std::getline(lines, line);) EXPECT_LE(line.size(), 80u) << line;
  // The Scorecard source is listed with its attribution.
  EXPECT_NE(r.out.find("College Scorecard (U.S. Department of Education), via Truewise"),
            std::string::npos);
  // The institution-wide IPEDS charges, labelled as a fallback.
  EXPECT_NE(r.out.find("IPEDS graduate charges 2023-24 (institution-wide fallback"),
            std::string::npos)
      << r.out;
}

TEST(OutcomesCli, ProgramOutsideTheUsSaysTheScorecardDoesNotCoverIt) {
  CliRun list = Gradfit("programs list --country GB --json");
  ASSERT_EQ(list.exit_code, 0) << list.out;
  const auto j = nlohmann::json::parse(list.out);
  ASSERT_GT(j["count"].get<int>(), 0);
  const std::string id = j["programs"][0]["id"];
  CliRun r = Gradfit("programs show " + id);
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("outcomes of graduates (College Scorecard): unknown (the College "
                       "Scorecard covers US institutions only)"),
            std::string::npos)
      << r.out;
}

TEST(OutcomesCli, SuppressedDebtLeavesTheDebtTestUnknownInJson) {
  CliRun r = Gradfit("programs show stanford-mscs-ai --json");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["graduate_outcomes"]["earnings_1yr"], 199761);
  EXPECT_TRUE(j["graduate_outcomes"]["median_debt"].is_null());
  ASSERT_EQ(j["outcome_tests"].size(), 2u);
  EXPECT_EQ(j["outcome_tests"][0]["verdict"], "pass");
  EXPECT_EQ(j["outcome_tests"][1]["id"], "debt_to_earnings");
  EXPECT_EQ(j["outcome_tests"][1]["verdict"], "unknown");
}

TEST(OutcomesCli, CompareCarriesTheGraduatesEarningsWithProvenance) {
  // --wide: whole cells, so the figures are not wrapped across lines.
  CliRun c = Gradfit("--wide compare gatech-omscs cmu-msml --profile " + kSwe);
  ASSERT_EQ(c.exit_code, 0) << c.out;
  EXPECT_NE(c.out.find("graduate_outcomes"), std::string::npos) << c.out;
  EXPECT_NE(c.out.find("earnings $150,671"), std::string::npos) << c.out;
  // The outcomes criterion's explanation names the figure and where it comes from.
  EXPECT_NE(c.out.find("graduates' median earnings 1 year after: $150,671 (College Scorecard "
                       "2026-06-10, UNITID 139755 CIP 11.01 master's, federally aided completers)"),
            std::string::npos)
      << c.out;
}

}  // namespace
