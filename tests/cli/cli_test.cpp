// Behaviour tests of the gradfit binary on the bundled catalog and on broken
// fixtures: exit codes, error messages naming the place, machine output.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sys/wait.h>

namespace {

struct CliRun {
  int exit_code;
  std::string out;  // stdout and stderr together
};

CliRun Gradfit(const std::string& args) {
  const std::string cmd = std::string(GRADFIT_BINARY) + " " + args + " 2>&1";
  FILE* pipe = popen(cmd.c_str(), "r");
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  const int status = pclose(pipe);
  return {WEXITSTATUS(status), out};
}

// Like Gradfit, but keeps stdout only (for JSON).
CliRun GradfitStdout(const std::string& args) {
  return Gradfit(args + " 2>/dev/null");
}

const std::string kData = std::string(GRADFIT_TEST_DIR) + "/../data";
const std::string kBroken = std::string(GRADFIT_TEST_DIR) + "/catalog/fixtures/broken";

TEST(CliTest, BundledCatalogIsValidWithAtLeastFiftyPrograms) {
  CliRun r = Gradfit("catalog validate " + kData);
  ASSERT_EQ(r.exit_code, 0) << r.out;
  int programs = 0;
  ASSERT_EQ(std::sscanf(r.out.c_str(), "valid: %d programs", &programs), 1) << r.out;
  EXPECT_GE(programs, 50);
}

TEST(CliTest, BrokenCatalogExitsOneNamingFileLineAndKey) {
  CliRun r = Gradfit("catalog validate " + kBroken);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("wrong-type.toml:14:19: structure.duration_months: expected a number"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("no-source.toml"), std::string::npos);
  EXPECT_NE(r.out.find("malformed.toml:14:"), std::string::npos);
}

TEST(CliTest, ReferenceProgramsAreShownWithSources) {
  for (const char* id : {"cmu-msml", "gatech-mscs-ml", "gatech-omscs", "drexel-msmlai"}) {
    CliRun r = Gradfit(std::string("programs show ") + id);
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
  CliRun r = Gradfit("programs list --modality underwater");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("--modality 'underwater' is not one of"), std::string::npos) << r.out;
  EXPECT_EQ(Gradfit("programs list --no-such-flag").exit_code, 2);
  EXPECT_EQ(Gradfit("programs show no-such-program").exit_code, 1);
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
  CliRun x = Gradfit("catalog export --format xlsx --out " + xlsx.string());
  ASSERT_EQ(x.exit_code, 0) << x.out;
  std::ifstream f(xlsx, std::ios::binary);
  char magic[2] = {};
  f.read(magic, 2);
  EXPECT_EQ(std::string(magic, 2), "PK");  // an xlsx file is a zip archive
  EXPECT_EQ(Gradfit("catalog export --format xlsx").exit_code, 2);
  EXPECT_EQ(Gradfit("catalog export --format pdf").exit_code, 2);
  std::filesystem::remove_all(dir);
}

}  // namespace
