// Behaviour tests of the gradfit binary on the bundled catalog and on broken
// fixtures: exit codes, error messages naming the place, machine output.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli/cli_run.hpp"
#include "test_paths.hpp"

namespace {

using gradfit_test::CliRun;
using gradfit_test::RunGradfit;

// Like RunGradfit, but keeps stdout only (for JSON); the `#` drops the 2>&1 RunGradfit appends.
CliRun GradfitStdout(const std::string& args) { return RunGradfit(args + " 2>/dev/null #"); }

using gradfit::test::kData;
const std::string kBroken = std::string(GRADFIT_TEST_DIR) + "/catalog/fixtures/broken";

TEST(CliTest, BundledCatalogIsValidWithAtLeastFiftyPrograms) {
  CliRun r = RunGradfit("catalog validate " + kData);
  ASSERT_EQ(r.exit_code, 0) << r.out;
  int programs = 0;
  ASSERT_EQ(std::sscanf(r.out.c_str(), "valid: %d programs", &programs), 1) << r.out;
  EXPECT_GE(programs, 50);
}

TEST(CliTest, BrokenCatalogExitsOneNamingFileLineAndKey) {
  CliRun r = RunGradfit("catalog validate " + kBroken);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("wrong-type.toml:14:19: structure.duration_months: expected a number"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("no-source.toml"), std::string::npos);
  EXPECT_NE(r.out.find("malformed.toml:14:"), std::string::npos);
}

TEST(CliTest, ReferenceProgramsAreShownWithSources) {
  for (const char* id : {"cmu-msml", "gatech-mscs-ml", "gatech-omscs", "drexel-msmlai"}) {
    CliRun r = RunGradfit(std::string("programs show ") + id);
    ASSERT_EQ(r.exit_code, 0) << id << "\n" << r.out;
    EXPECT_NE(r.out.find("sources"), std::string::npos);
    EXPECT_NE(r.out.find("[1] http"), std::string::npos) << r.out;
  }
}

TEST(CliTest, ShowJsonHasFactsWithSourcesAndNullsForUnknown) {
  CliRun r = GradfitStdout("programs show cmu-msml --json");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["id"], "cmu-msml");
  EXPECT_FALSE(j["facts"]["name"]["sources"].empty());
  EXPECT_TRUE(j["facts"]["outcomes"]["value"].is_null());
  for (const auto& s : j["sources"]) {
    EXPECT_TRUE(s["url"].get<std::string>().rfind("http", 0) == 0);
    EXPECT_TRUE(!s["retrieved"].is_null() || !s["page_date"].is_null());
  }
}

TEST(CliTest, ListFiltersByModalityAsJson) {
  CliRun r = GradfitStdout("programs list --modality online --json");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_GT(j["count"].get<int>(), 5);
  for (const auto& p : j["programs"]) {
    const auto& m = p["modality"];
    EXPECT_NE(std::find(m.begin(), m.end(), "online"), m.end()) << p.dump();
  }
  // Programs whose modality is unknown are counted, not silently dropped.
  EXPECT_GT(j["excluded_unknown"].get<int>(), 0);
}

TEST(CliTest, BadArgumentsExitTwoWithOneLine) {
  CliRun r = RunGradfit("programs list --modality underwater");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("--modality 'underwater' is not one of"), std::string::npos) << r.out;
  EXPECT_EQ(RunGradfit("programs list --no-such-flag").exit_code, 2);
  EXPECT_EQ(RunGradfit("programs show no-such-program").exit_code, 1);
}

TEST(CliTest, ExportsCsvJsonAndXlsx) {
  const auto dir = std::filesystem::temp_directory_path() / "gradfit_export_test";
  std::filesystem::create_directories(dir);
  CliRun csv = GradfitStdout("catalog export --format csv");
  ASSERT_EQ(csv.exit_code, 0);
  EXPECT_EQ(csv.out.rfind("id,name,institution,label", 0), 0u);
  EXPECT_NE(csv.out.find("\ncmu-msml,"), std::string::npos);
  CliRun json = GradfitStdout("catalog export --format json");
  ASSERT_EQ(json.exit_code, 0);
  EXPECT_GE(nlohmann::json::parse(json.out).size(), 50u);
  const auto xlsx = dir / "catalog.xlsx";
  CliRun x = RunGradfit("catalog export --format xlsx --out " + xlsx.string());
  ASSERT_EQ(x.exit_code, 0) << x.out;
  std::ifstream f(xlsx, std::ios::binary);
  char magic[2] = {};
  f.read(magic, 2);
  EXPECT_EQ(std::string(magic, 2), "PK");  // an xlsx file is a zip archive
  EXPECT_EQ(RunGradfit("catalog export --format xlsx").exit_code, 2);
  EXPECT_EQ(RunGradfit("catalog export --format pdf").exit_code, 2);
  std::filesystem::remove_all(dir);
}

const std::string kPersona =
    std::string(GRADFIT_TEST_DIR) + "/fit/personas/humanities_career_changer.toml";

TEST(CliMoneyTest, CostPrintsAnItemisedBillWithSources) {
  CliRun r = RunGradfit("cost cmu-msml --profile " + kPersona);
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("Tuition"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("source:"), std::string::npos);
  EXPECT_NE(r.out.find("2021-22"), std::string::npos) << "the tuition's year is stated";
  EXPECT_NE(r.out.find("per term x 3 terms"), std::string::npos) << "the basis is applied";
  // A program without a known tuition says so; it never costs 0.
  CliRun unknown = RunGradfit("cost drexel-msmlai --profile " + kPersona);
  ASSERT_EQ(unknown.exit_code, 0) << unknown.out;
  EXPECT_NE(unknown.out.find("tuition unknown"), std::string::npos) << unknown.out;
}

TEST(CliMoneyTest, RoiJsonHasOrderedPercentiles) {
  CliRun r = GradfitStdout("roi cmu-msml --profile " + kPersona + " --runs 2000 --json");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  const auto& mc = j["monte_carlo"];
  EXPECT_EQ(mc["runs"], 2000);
  EXPECT_LE(mc["npv_p10"].get<double>(), mc["npv_p50"].get<double>());
  EXPECT_LE(mc["npv_p50"].get<double>(), mc["npv_p90"].get<double>());
  const double p5 = mc["p_payback_5"], p10 = mc["p_payback_10"];
  EXPECT_LE(p5, p10);
  // The same seed gives the same answer.
  CliRun again = GradfitStdout("roi cmu-msml --profile " + kPersona + " --runs 2000 --json");
  EXPECT_EQ(r.out, again.out);
}

TEST(CliRankTest, RankAndCompareAnswerForAPersona) {
  CliRun r = GradfitStdout("rank --profile " + kPersona + " --samples 500 --json");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  // The candidates are ranked, the others set aside with a reason.
  ASSERT_GE(j["programs"].size() + j["set_aside"].size(), 50u);
  EXPECT_EQ(j["programs"][0]["rank"], 1);
  double wsum = 0;
  for (const auto& [name, w] : j["weights"].items()) wsum += w.get<double>();
  EXPECT_NEAR(wsum, 1.0, 1e-9);
  CliRun human = RunGradfit("rank --profile " + kPersona + " --samples 500");
  ASSERT_EQ(human.exit_code, 0) << human.out;
  EXPECT_NE(human.out.find("P(1st)"), std::string::npos);

  CliRun c = RunGradfit("compare cmu-msml drexel-msmlai gatech-omscs --profile " + kPersona);
  ASSERT_EQ(c.exit_code, 0) << c.out;
  for (const char* id : {"cmu-msml", "drexel-msmlai", "gatech-omscs", "tuition", "CHECK"})
    EXPECT_NE(c.out.find(id), std::string::npos) << id;
  EXPECT_EQ(RunGradfit("compare cmu-msml").exit_code, 2);
  EXPECT_EQ(RunGradfit("rank --profile " + kPersona + " --method magic").exit_code, 2);
  EXPECT_EQ(RunGradfit("rank --profile /nonexistent.toml").exit_code, 3);
}

}  // namespace
