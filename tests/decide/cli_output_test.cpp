// `gradfit decide` as a process: --top limits what is listed and written, hostile outputs
// and inputs (a full disk, a huge sparse file, invalid UTF-8, extreme numbers, ties).
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "temp_dir.hpp"

namespace {

namespace fs = std::filesystem;

struct RedirectedRun {
  int exit_code = -1;
  std::string out;
};

RedirectedRun RunDecide(const std::string& args, const std::string& redirect) {
  const std::string cmd = std::string(GRADFIT_BINARY) + " decide " + args + " " + redirect;
  RedirectedRun o;
  FILE* pipe = popen(cmd.c_str(), "r");
  if (pipe == nullptr) return o;
  std::array<char, 4096> buf{};
  std::size_t got = 0;
  while ((got = fread(buf.data(), 1, buf.size(), pipe)) > 0) o.out.append(buf.data(), got);
  const int status = pclose(pipe);
  o.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return o;
}

const std::string kPrograms = GRADFIT_TEST_DIR "/decide/fixtures/programs.csv";
const std::string kTypes = "--types benefit,cost,benefit";

using DecideOutputTest = gradfit::test::TempDirTest;

TEST_F(DecideOutputTest, TopListsAndWritesOnlyTheFirstK) {
  const auto all =
      RunDecide("--matrix " + kPrograms + " " + kTypes + " --samples 0 --json", "2>/dev/null");
  const auto top = RunDecide("--matrix " + kPrograms + " " + kTypes + " --samples 0 --top 2 --json",
                             "2>/dev/null");
  ASSERT_EQ(top.exit_code, 0) << top.out;
  const auto a = nlohmann::json::parse(all.out);
  const auto t = nlohmann::json::parse(top.out);
  EXPECT_EQ(t["alternatives_total"], 4);
  ASSERT_EQ(t["alternatives"].size(), 2u);
  for (std::size_t k = 0; k < 2; ++k) {  // the same first two, with the same Pareto flag
    EXPECT_EQ(t["alternatives"][k]["name"], a["alternatives"][k]["name"]);
    EXPECT_EQ(t["alternatives"][k]["rank"], k + 1);
    EXPECT_EQ(t["alternatives"][k]["pareto_optimal"], a["alternatives"][k]["pareto_optimal"]);
  }
  const auto text =
      RunDecide("--matrix " + kPrograms + " " + kTypes + " --samples 0 --top 2", "2>&1");
  EXPECT_NE(text.out.find("the first 2 of 4 alternatives"), std::string::npos) << text.out;
}

TEST_F(DecideOutputTest, JsonToAFullDiskIsAnErrorNotASilentSuccess) {
  const auto o =
      RunDecide("--matrix " + kPrograms + " " + kTypes + " --samples 0 --json", "2>&1 >/dev/full");
  EXPECT_EQ(o.exit_code, 3) << o.out;
  EXPECT_NE(o.out.find("standard output"), std::string::npos) << o.out;
}

TEST_F(DecideOutputTest, HugeMatrixOrPairwiseFileIsRefusedBySize) {
  const std::string huge = Write("huge.csv", "name,a\n");
  fs::resize_file(huge, std::uintmax_t{300} << 20);  // sparse: no 300 MB written
  const auto m = RunDecide("--matrix " + huge + " --types benefit", "2>&1");
  EXPECT_NE(m.exit_code, 0);
  EXPECT_NE(m.out.find("too large"), std::string::npos) << m.out;
  const auto p = RunDecide("--matrix " + kPrograms + " " + kTypes + " --pairwise " + huge, "2>&1");
  EXPECT_NE(p.exit_code, 0);
  EXPECT_NE(p.out.find("too large"), std::string::npos) << p.out;
}

TEST_F(DecideOutputTest, InvalidUtf8InANameIsRefusedWithFileAndLine) {
  const std::string bad = Write("bad.csv", "name,a\nok,1\nbad\xff\xfe,2\n");
  const auto o = RunDecide("--matrix " + bad + " --types benefit --json", "2>&1");
  EXPECT_NE(o.exit_code, 0);
  EXPECT_NE(o.exit_code, 134) << "must not abort";
  EXPECT_NE(o.out.find("bad.csv:3"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("UTF-8"), std::string::npos) << o.out;
}

TEST_F(DecideOutputTest, NumberOutOfTheDoubleRangeNamesLineAndColumn) {
  const std::string f = Write("big.csv", "name,a,b\nx,1,2\ny,1e400,3\n");
  const auto o = RunDecide("--matrix " + f + " --types benefit,cost", "2>&1");
  EXPECT_EQ(o.exit_code, 1) << o.out;
  EXPECT_NE(o.out.find("big.csv:3: column 2"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("outside the range"), std::string::npos) << o.out;
}

TEST_F(DecideOutputTest, ExtremeCellsGiveFiniteDistinctClosenessNotAllHalf) {
  const std::string f =
      Write("extreme.csv", "name,a,b\nx,1e200,1e-320\ny,2e200,3e-320\nz,4e200,2e-320\n");
  const auto o = RunDecide(
      "--matrix " + f + " --types benefit,cost --method topsis --samples 0 --json", "2>/dev/null");
  ASSERT_EQ(o.exit_code, 0) << o.out;
  const auto j = nlohmann::json::parse(o.out);
  for (const auto& a : j["alternatives"]) {
    ASSERT_TRUE(a["score"].is_number()) << a.dump();
    EXPECT_NE(a["score"].get<double>(), 0.5) << a.dump();
  }
}

TEST_F(DecideOutputTest, ConstantCriterionAndEmptyAlternativeAreSaid) {
  const std::string f = Write("flat.csv", "name,a,b\nx,5,1\ny,5,2\nz,NA,NA\n");
  const auto o = RunDecide("--matrix " + f + " --types benefit,cost --samples 0", "2>&1");
  ASSERT_EQ(o.exit_code, 0) << o.out;
  EXPECT_NE(o.out.find("criterion 'a' has the same value for every alternative"), std::string::npos)
      << o.out;
  EXPECT_NE(o.out.find("no value on any criterion"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find(": z"), std::string::npos) << o.out;
}

TEST_F(DecideOutputTest, IdenticalAndAllMissingAlternativesAreReportedAsTies) {
  const std::string f = Write("ties.csv", "name,a,b\nx,1,2\ny,1,2\nz,0,3\nu,NA,NA\nv,NA,NA\n");
  const auto o = RunDecide("--matrix " + f + " --types benefit,cost --samples 2000", "2>&1");
  ASSERT_EQ(o.exit_code, 0) << o.out;
  EXPECT_EQ(o.out.find("x ranks first in 100"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("x, y (identical, a tie) rank first together in 100.0%"), std::string::npos)
      << o.out;
  EXPECT_NE(o.out.find("x, y are identical on every criterion"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("u, v are identical on every criterion"), std::string::npos) << o.out;
  const auto j = nlohmann::json::parse(
      RunDecide("--matrix " + f + " --types benefit,cost --samples 0 --json", "2>/dev/null").out);
  bool y_marked = false;
  for (const auto& a : j["alternatives"])
    if (a["name"] == "y") y_marked = a.value("identical_to", "") == "x";
  EXPECT_TRUE(y_marked) << j.dump();
}

}  // namespace
