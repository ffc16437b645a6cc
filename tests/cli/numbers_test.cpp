// Issue 13: every number and code that enters the CLI is checked against the
// one table of bounds (gradfit/bounds.hpp) and the one code checker, with a
// refusal that names the option (exit 2) in bounded time; catalog and profile
// text never reaches the terminal raw.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/cli_run.hpp"
#include "temp_dir.hpp"
#include "test_paths.hpp"

namespace {

using gradfit_test::RunGradfit;
namespace fs = std::filesystem;

using gradfit::test::kData;

struct Refusal {
  std::string args;
  std::string option;
};

void ExpectRefused(const Refusal& r) {
  auto run = RunGradfit(r.args);
  EXPECT_EQ(run.exit_code, 2) << r.args << "\n" << run.out;
  EXPECT_NE(run.out.find(r.option), std::string::npos) << r.args << "\n" << run.out;
  EXPECT_EQ(run.out.find("TOTAL"), std::string::npos) << "no bill for " << r.args;
}

TEST(CliNumbers, MoneyOptionsOutsideTheirBoundsAreRefusedByName) {
  for (const Refusal& r : std::vector<Refusal>{
           {"cost cmu-msml --salary 1e308", "--salary"},
           {"cost cmu-msml --salary nan", "--salary"},
           {"cost cmu-msml --salary inf", "--salary"},
           {"cost cmu-msml --salary -50000", "--salary"},
           {"cost cmu-msml --salary 1e999", "--salary"},
           {"cost cmu-msml --salary 12abc", "--salary"},
           {"cost cmu-msml --months -5", "--months"},
           {"cost cmu-msml --months 1e308", "--months"},
           {"cost cmu-msml --months 0", "--months"},
           {"cost cmu-msml --tuition-inflation -3", "--tuition-inflation"},
           {"cost cmu-msml --relocation-cost -100", "--relocation-cost"},
           {"cost cmu-msml --scholarship -1", "--scholarship"},
           {"cost cmu-msml --employer-support nan", "--employer-support"},
           {"cost cmu-msml --part-time-share 1.5", "--part-time-share"},
           {"cost cmu-msml --pace 0", "--pace"},
           {"roi cmu-msml --salary 90000 --runs -5", "--runs"},
           {"roi cmu-msml --salary 90000 --runs 2000000000", "--runs"},
           {"roi cmu-msml --salary 90000 --runs 2.5", "--runs"},
           {"roi cmu-msml --salary 90000 --horizon 2000000000", "--horizon"},
           {"roi cmu-msml --salary 90000 --discount -1", "--discount"},
           {"roi cmu-msml --salary 90000 --completion 2", "--completion"},
           {"roi cmu-msml --salary 90000 --threads 100000", "--threads"},
       })
    ExpectRefused(r);
}

TEST(CliNumbers, TheRefusalSaysTheBoundAndWhy) {
  auto run = RunGradfit("roi cmu-msml --completion 2");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.out.find("--completion"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("from 0 to 1"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("probability"), std::string::npos) << run.out;
}

TEST(CliNumbers, CodesAreCheckedLikeProgramsListChecksThem) {
  for (const Refusal& r : std::vector<Refusal>{
           {"cost cmu-msml --currency XYZ", "--currency"},
           {"cost cmu-msml --salary 1000 --salary-currency ABC", "--salary-currency"},
           {"cost cmu-msml --country ZZ", "--country"},
           {"cost cmu-msml --country US --state ZZ", "--state"},
           {"cost cmu-msml --aid-currency QQQ --scholarship 10", "--aid-currency"},
           {"roi cmu-msml --salary 90000 --work-country XX", "--work-country"},
           {"programs list --country ZZ", "--country"},
           {"programs list --max-tuition -1", "--max-tuition"},
       })
    ExpectRefused(r);
  // Lower case is read as the code it spells.
  auto ok = RunGradfit("cost gatech-omscs --country us --state ga --salary 90000 --currency usd");
  EXPECT_EQ(ok.exit_code, 0) << ok.out;
}

TEST(CliNumbers, DecideAndRankCountsAreBounded) {
  const std::string matrix = std::string(GRADFIT_TEST_DIR) + "/decide/fixtures/programs.csv";
  ExpectRefused(
      {"decide --matrix " + matrix + " --types cost,benefit,benefit --samples -1", "--samples"});
  ExpectRefused(
      {"decide --matrix " + matrix + " --types cost,benefit,benefit --samples 1e12", "--samples"});
  ExpectRefused({"rank --profile x.toml --top -3", "--top"});
}

TEST(CliNumbers, ValuesInsideTheBoundsStillWork) {
  auto cost = RunGradfit(
      "cost cmu-msml --salary 90000 --months 16 --tuition-inflation 0.03 "
      "--relocation-cost 4000 --json");
  ASSERT_EQ(cost.exit_code, 0) << cost.out;
  auto roi = RunGradfit(
      "roi cmu-msml --salary 90000 --runs 500 --horizon 40 --discount 0 "
      "--completion 1 --json");
  ASSERT_EQ(roi.exit_code, 0) << roi.out;
  const auto j = nlohmann::json::parse(roi.out);
  EXPECT_EQ(j["monte_carlo"]["runs"], 500);
}

using TempDir = gradfit::test::TempDirTest;

using CliProfileNumbers = TempDir;

// UBSan once found a signed overflow formatting a budget of 1e308
// (check_text.hpp); such a budget is now refused where it is read.
TEST_F(CliProfileNumbers, ABudgetBeyondAnyAmountIsRefusedNamingTheKey) {
  const std::string profile =
      Write("p.toml", "[constraints]\nbudget = { amount = 1e308, currency = \"USD\" }\n");
  auto run = RunGradfit("assess --profile " + profile);
  EXPECT_EQ(run.exit_code, 1) << run.out;
  EXPECT_NE(run.out.find("constraints.budget"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("out of range"), std::string::npos) << run.out;
}

TEST_F(CliProfileNumbers, AStateThatIsNoStateIsRefused) {
  const std::string profile = Write("p.toml", "[location]\ncountry = \"US\"\nus_state = \"ZZ\"\n");
  auto run = RunGradfit("cost cmu-msml --profile " + profile);
  EXPECT_EQ(run.exit_code, 1) << run.out;
  EXPECT_NE(run.out.find("location.us_state"), std::string::npos) << run.out;
}

// A copy of the bundled data whose first program's name carries a terminal
// escape (clear screen, red) and a bell.
class HostileText : public TempDir {
 protected:
  void SetUp() override {
    TempDir::SetUp();
    fs::copy(kData, dir_ / "data", fs::copy_options::recursive);
    const fs::path file = dir_ / "data" / "programs" / "cmu-msml.toml";
    std::ifstream in(file);
    std::string text((std::istreambuf_iterator<char>(in)), {}), out;
    const std::string key = "\nname = \"";
    const size_t at = text.find(key);
    ASSERT_NE(at, std::string::npos);
    text.insert(at + key.size(), "\\u001b[2J\\u001b[31mEVIL\\u0007 ");
    std::ofstream(file, std::ios::trunc) << text;
    catalog_ = (dir_ / "data").string();
  }
  std::string catalog_;
};

TEST_F(HostileText, EscapesInCatalogTextAreShownNotObeyed) {
  for (const std::string command : {"programs list", "programs show cmu-msml"}) {
    auto run = RunGradfit("--catalog " + catalog_ + " " + command);
    ASSERT_EQ(run.exit_code, 0) << command << "\n" << run.out;
    EXPECT_NE(run.out.find("EVIL"), std::string::npos) << command << "\n" << run.out;
    EXPECT_EQ(run.out.find('\x1b'), std::string::npos) << command;
    EXPECT_EQ(run.out.find('\x07'), std::string::npos) << command;
    EXPECT_NE(run.out.find("\\x1b[2J"), std::string::npos) << command << "\n" << run.out;
  }
}

TEST_F(HostileText, JsonOfTheSameTextStaysValidAndEscaped) {
  auto run = RunGradfit("--catalog " + catalog_ + " programs show cmu-msml --json 2>/dev/null");
  ASSERT_EQ(run.exit_code, 0) << run.out;
  EXPECT_EQ(run.out.find('\x1b'), std::string::npos);
  const auto j = nlohmann::json::parse(run.out);
  EXPECT_NE(j.dump().find("\\u001b[2J"), std::string::npos);
}

// `catalog validate` checks the money data too: an exchange rate of 1e300 and a
// living-cost state that is no state are named by file, line and key.
using CliValidateAll = HostileText;

TEST_F(CliValidateAll, MoneyDataOutOfBoundsOrWithBadCodesFailsValidation) {
  auto replace = [&](const std::string& name, const std::string& from, const std::string& to) {
    const fs::path file = dir_ / "data" / name;
    std::ifstream in(file);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    const size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
    std::ofstream(file, std::ios::trunc) << text;
  };
  replace("exchange_rates.toml", "JPY = 185.27", "JPY = 1e300");
  replace("living_costs.toml", "code = \"AK\"", "code = \"ZZ\"");
  auto run = RunGradfit("catalog validate " + catalog_);
  EXPECT_EQ(run.exit_code, 1) << run.out;
  EXPECT_NE(run.out.find("exchange_rates.toml:15"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("rates.JPY"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("us_state[0].code"), std::string::npos) << run.out;
  // The same files stop the commands that load them.
  auto cost = RunGradfit("--catalog " + catalog_ + " cost gatech-omscs --money-data " + catalog_);
  EXPECT_EQ(cost.exit_code, 1) << cost.out;
}

TEST(CliHostileArguments, AnEscapeOrInvalidUtf8InAnArgumentIsNotEchoedRaw) {
  auto run = RunGradfit("cost \"$(printf 'cmu\\033]0;pwned\\007\\377')\"");
  EXPECT_EQ(run.exit_code, 1) << run.out;
  EXPECT_EQ(run.out.find('\x1b'), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find('\x07'), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find('\xff'), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\\x1b]0;pwned"), std::string::npos) << run.out;
}

}  // namespace
