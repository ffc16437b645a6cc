// The `gradfit profile` and `gradfit assess` commands end to end (the built
// binary, the bundled catalog): exit codes, files written or not, outputs.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "temp_dir.hpp"
#include "test_paths.hpp"

namespace {

using ::testing::HasSubstr;

using gradfit::test::kPersonas;

struct CliRun {
  int code = -1;
  std::string out;  // stdout and stderr together
};

CliRun Gradfit(const std::string& args, const std::string& stdin_file = "/dev/null") {
  std::string cmd = std::string(GRADFIT_BINARY) + " " + args + " < " + stdin_file + " 2>&1";
  CliRun r;
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
  int status = pclose(pipe);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

using Cli = gradfit::test::TempDirTest;

TEST_F(Cli, InitWithSetFlagsWritesAValidProfile) {
  CliRun r = Gradfit("profile init --out " + Path("p.toml") +
                     " --set gpa=3.4 --set toefl=101 --set roles=ml_engineer,data_scientist");
  ASSERT_EQ(r.code, 0) << r.out;
  CliRun show = Gradfit("profile show --json " + Path("p.toml"));
  ASSERT_EQ(show.code, 0) << show.out;
  auto j = nlohmann::json::parse(show.out);
  EXPECT_DOUBLE_EQ(j["education"]["gpa"].get<double>(), 3.4);
  EXPECT_EQ(j["tests"]["toefl_ibt"].get<int>(), 101);
  EXPECT_EQ(j["goals"]["target_roles"][1], "data_scientist");
  // Refuses to overwrite without --force; a bad --set is a usage error.
  EXPECT_EQ(Gradfit("profile init --out " + Path("p.toml") + " --set gpa=3.5").code, 2);
  CliRun bad = Gradfit("profile init --out " + Path("q.toml") + " --set gre.quant=200");
  EXPECT_EQ(bad.code, 2);
  EXPECT_THAT(bad.out, HasSubstr("tests.gre.quant: 200 is out of range"));
  EXPECT_FALSE(std::filesystem::exists(Path("q.toml")));
}

TEST_F(Cli, InteractiveInitAbortedLeavesNoFile) {
  std::ofstream(Path("answers.txt")) << "bachelor\ncomputer_science\n";  // then input ends
  CliRun r = Gradfit("profile init --out " + Path("p.toml"), Path("answers.txt"));
  EXPECT_EQ(r.code, 1);
  EXPECT_THAT(r.out, HasSubstr("aborted"));
  EXPECT_THAT(r.out, HasSubstr("nothing was written"));
  EXPECT_FALSE(std::filesystem::exists(Path("p.toml")));
  for (const auto& e : std::filesystem::directory_iterator(dir_))
    EXPECT_EQ(e.path().filename(), "answers.txt");  // no temporary file either
}

TEST_F(Cli, FromCopiesAndValidates) {
  CliRun r = Gradfit("profile init --from " + kPersonas + "analyst_small_budget.toml --out " +
                     Path("copy.json"));
  ASSERT_EQ(r.code, 0) << r.out;
  std::ofstream(Path("broken.toml")) << "[education]\nlevel = \"bachelor\"\ngpa = 5.2\n";
  CliRun bad = Gradfit("profile init --from " + Path("broken.toml") + " --out " + Path("x.toml"));
  EXPECT_EQ(bad.code, 1);
  EXPECT_THAT(bad.out, HasSubstr("broken.toml:3: education.gpa: GPA 5.2 is above the maximum 4"));
}

TEST_F(Cli, AssessJsonGroupsPrograms) {
  CliRun r = Gradfit("assess --json --profile " + kPersonas + "cs_grad_low_gpa_no_gre.toml");
  ASSERT_EQ(r.code, 0) << r.out.substr(0, 500);
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["pathway"]["options"][0]["pathway"], "masters");
  int total = 0;
  for (auto& [k, v] : j["counts"].items()) total += v.get<int>();
  EXPECT_EQ(total, static_cast<int>(j["programs"].size()));
  EXPECT_GE(j["counts"]["eligible"].get<int>(), 1);
  // Grouped: every eligible program comes before any not-eligible one.
  bool seen_not_eligible = false;
  for (const auto& p : j["programs"]) {
    if (p["verdict"] == "not_eligible") seen_not_eligible = true;
    if (p["verdict"] == "eligible") {
      EXPECT_FALSE(seen_not_eligible);
    }
  }
}

TEST_F(Cli, AssessWhatIfSaysWhatOpens) {
  CliRun r = Gradfit("assess --profile " + kPersonas +
                     "cs_grad_low_gpa_no_gre.toml --program gatech-mscs-ml --program gatech-omscs "
                     "--what-if gre.quant=165");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_THAT(r.out, HasSubstr("What if gre.quant=165:"));
  EXPECT_THAT(r.out, HasSubstr("gatech-mscs-ml: not_eligible -> eligible  (opens up)"));
  EXPECT_THAT(r.out, HasSubstr("gre: not_met -> met"));
}

TEST_F(Cli, AssessHumanReadableStartsWithThePathway) {
  CliRun r = Gradfit("assess --profile " + kPersonas +
                     "humanities_career_changer.toml --program gatech-omsa");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out.rfind("Pathway: Bridge courses first, then a master's", 0), 0u) << r.out;
  EXPECT_THAT(r.out, HasSubstr("ELIGIBLE WITH GAPS"));
  EXPECT_THAT(r.out, HasSubstr("Bridge: MIT 18.06SC Linear Algebra"));
}

TEST_F(Cli, AThinProfileIsSaidAndTheWayToFixItSuggested) {
  for (const std::string cmd : {"assess", "rank --samples 200"}) {
    CliRun r = Gradfit(cmd + " --profile " + kPersonas + "thin_profile.toml");
    ASSERT_EQ(r.code, 0) << r.out;
    EXPECT_THAT(r.out, HasSubstr("Rests on 1 of 11 essential answers (a thin profile")) << cmd;
    EXPECT_THAT(r.out, HasSubstr("Run `gradfit profile init`")) << cmd;
    EXPECT_THAT(r.out, HasSubstr("--set goals.target_roles=")) << cmd;
  }
  CliRun full = Gradfit("assess --profile " + kPersonas + "working_swe_online.toml");
  ASSERT_EQ(full.code, 0);
  EXPECT_THAT(full.out, ::testing::Not(HasSubstr("thin profile")));
}

TEST_F(Cli, RankSetsAsideWhatBreaksAHardConstraint) {
  CliRun r =
      Gradfit("rank --samples 200 --profile " + kPersonas + "career_changer_cannot_move.toml");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_THAT(r.out, HasSubstr("Set aside: "));
  EXPECT_THAT(r.out, HasSubstr("you said you cannot relocate"));
  CliRun all = Gradfit("rank --all --top 100 --samples 200 --profile " + kPersonas +
                       "career_changer_cannot_move.toml");
  ASSERT_EQ(all.code, 0) << all.out;
  EXPECT_THAT(all.out, HasSubstr("breaks constraint"));
  EXPECT_THAT(all.out, ::testing::Not(HasSubstr("Set aside: ")));
}

TEST_F(Cli, ProgramsListFiltersAndSortsOnWholeProgramTuition) {
  CliRun r = Gradfit("programs list --max-tuition 10000 --json");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  for (const auto& p : j["programs"]) {
    EXPECT_NE(p["id"], "berkeley-mids");  // $2,850 a credit: about $86,000 in all
    EXPECT_LE(p["tuition_total"]["amount"].get<double>(), 10000) << p.dump();
  }
  CliRun text = Gradfit("programs list --sort tuition");
  ASSERT_EQ(text.code, 0);
  EXPECT_LT(text.out.find("gatech-omscs"), text.out.find("columbia-mscs-ml"));
  EXPECT_THAT(text.out, HasSubstr("[old]"));
}

TEST_F(Cli, CompareMarksOldAndThirdPartyFiguresWhereNoCellCutsThem) {
  CliRun r =
      Gradfit("compare cmu-msml gatech-omscs --profile " + kPersonas + "working_swe_online.toml");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_THAT(r.out, HasSubstr("CHECK 26500 USD per term"));  // a 2021-22 school-level rate
  EXPECT_THAT(r.out, HasSubstr("3RD-PARTY 7000 USD total"));  // a third-party guide
  EXPECT_THAT(r.out, HasSubstr("^ total cost"));  // OMSCS's cost criterion: third-party tuition
  EXPECT_THAT(r.out, HasSubstr("! total cost"));  // CMU's: an old tuition figure
}

TEST_F(Cli, AssessErrors) {
  EXPECT_EQ(Gradfit("assess --profile " + Path("none.toml")).code, 3);
  CliRun r = Gradfit("assess --profile " + kPersonas + "analyst_small_budget.toml --program nope");
  EXPECT_EQ(r.code, 1);
  EXPECT_THAT(r.out, HasSubstr("no program 'nope'"));
  EXPECT_EQ(
      Gradfit("assess --profile " + kPersonas + "analyst_small_budget.toml --what-if gpa").code, 2);
}

}  // namespace
