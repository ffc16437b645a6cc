// The gradfit binary with the user's own figures (`--facts`) and with aged
// facts: what a person sees at 80 columns.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <regex>

#include "test_paths.hpp"

namespace {

using ::testing::HasSubstr;
using ::testing::Not;

struct CliRun {
  int exit_code;
  std::string out;
};

CliRun Gradfit(const std::string& args) {
  const std::string cmd =
      "COLUMNS=80 GRADFIT_TODAY=2026-12-02 " + std::string(GRADFIT_BINARY) + " " + args;
  FILE* pipe = popen(cmd.c_str(), "r");
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  const int status = pclose(pipe);
  // Tables wrap long cells to the terminal width: compare the text with the line breaks
  // and their indentation folded into single spaces.
  if (args.find("--json") == std::string::npos)
    out = std::regex_replace(out, std::regex("\\s*\n\\s*"), " ");
  return {WEXITSTATUS(status), out};
}

using gradfit::test::kOverlays;

TEST(CliFactsTest, YourFiguresAreUsedAndMarkedYours) {
  CliRun show = Gradfit("--facts " + kOverlays + "my-facts.toml programs show cmu-msml 2>&1");
  ASSERT_EQ(show.exit_code, 0) << show.out;
  EXPECT_THAT(show.out, HasSubstr("61000 USD per year (2027-28)"));
  EXPECT_THAT(show.out, HasSubstr("(yours)"));
  EXPECT_THAT(show.out, HasSubstr("Dean's scholarship: 10000 USD per year"));
  EXPECT_THAT(show.out, HasSubstr("(your own figure, page dated 2027-03-01)"));
  // The same figure reaches the money commands, cited as yours.
  CliRun cost = Gradfit("--facts " + kOverlays + "my-facts.toml cost cmu-msml 2>&1");
  ASSERT_EQ(cost.exit_code, 0) << cost.out;
  EXPECT_THAT(cost.out, HasSubstr("yours: "));
  // Without the file, the catalog's figure and no "yours".
  CliRun plain = Gradfit("programs show cmu-msml 2>&1");
  EXPECT_THAT(plain.out, Not(HasSubstr("(yours)")));
  CliRun json =
      Gradfit("--facts " + kOverlays + "my-facts.toml programs show cmu-msml --json 2>/dev/null");
  const auto j = nlohmann::json::parse(json.out);
  EXPECT_TRUE(j["facts"]["tuition"]["yours"].get<bool>());
}

TEST(CliFactsTest, ABrokenFactsFileStopsWithFileLineAndKey) {
  CliRun r = Gradfit("--facts " + kOverlays + "broken.toml programs show cmu-msml 2>&1");
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_THAT(r.out, HasSubstr("broken.toml:2:1: cmu-msmll: no program 'cmu-msmll'"));
  EXPECT_THAT(r.out, HasSubstr("cmu-msml.tuition.amount: expected a number"));
  EXPECT_THAT(r.out, HasSubstr("cmu-msml.tution: not a fact the overlay holds"));
  CliRun missing = Gradfit("--facts " + kOverlays + "nope.toml programs list 2>&1");
  EXPECT_EQ(missing.exit_code, 3) << missing.out;
}

TEST(CliFactsTest, ScopedPassedAndOldFactsSaySo) {
  CliRun columbia = Gradfit("programs show columbia-mscs-ml 2>&1");
  ASSERT_EQ(columbia.exit_code, 0) << columbia.out;
  EXPECT_THAT(columbia.out, HasSubstr("3.3 on a 4 scale (only for online students)"));
  // SNU's only deadline was for the 2020 intake.
  CliRun snu = Gradfit("programs show snu-gsds-ms 2>&1");
  EXPECT_THAT(snu.out, HasSubstr("2019-10-18 (passed; next cycle: unknown)"));
  CliRun list = Gradfit("programs list --country KR 2>&1");
  EXPECT_THAT(list.out, HasSubstr("* = older than 2 years"));
  CliRun stats = Gradfit("catalog stats 2>&1");
  ASSERT_EQ(stats.exit_code, 0) << stats.out;
  EXPECT_THAT(stats.out, HasSubstr("current"));
  EXPECT_THAT(stats.out, HasSubstr("3rd-p"));
  EXPECT_THAT(stats.out, HasSubstr("have only passed dated deadlines"));
}

}  // namespace
