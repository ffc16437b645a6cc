// The CLI in an 80-column terminal: no line wider than the terminal, golden
// output of `rank` and `assess` for a persona, "did you mean" for mistyped
// commands, options and ids, and `profile init` driven through stdin.
//
// Golden files live in tests/cli/golden/. After a change that alters what rank
// or assess print, regenerate them and review the diff:
//   GRADFIT_UPDATE_GOLDEN=1 ctest -R CliTerminal
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/cli_run.hpp"
#include "test_paths.hpp"

namespace {

using ::testing::HasSubstr;
using ::testing::Not;

using gradfit_test::CliRun;

// Runs gradfit as a user at an 80-column terminal would (stdout and stderr).
CliRun GradfitAt80(const std::string& args, const std::string& env = "COLUMNS=80") {
  return gradfit_test::RunGradfit(args, env);
}

size_t Columns(const std::string& line) {
  size_t n = 0;
  for (unsigned char c : line) n += (c & 0xC0) != 0x80;
  return n;
}

// Every line wider than `width`, with its number, for the failure message.
std::string WideLines(const std::string& out, size_t width) {
  std::istringstream in(out);
  std::string line, wide;
  for (int no = 1; std::getline(in, line); ++no)
    if (Columns(line) > width) wide += std::to_string(no) + ": " + line + "\n";
  return wide;
}

using gradfit::test::kPersonas;
const std::string kChanger = kPersonas + "humanities_career_changer.toml";
const std::string kEngineer = kPersonas + "working_swe_online.toml";

// The subcommand names a help text lists under "Subcommands:".
std::vector<std::string> ListedSubcommands(const std::string& help) {
  std::vector<std::string> names;
  std::istringstream in(help);
  std::string line;
  bool in_list = false;
  while (std::getline(in, line)) {
    if (line.rfind("Subcommands:", 0) == 0) {
      in_list = true;
    } else if (in_list && line.rfind("  ", 0) == 0 && line.size() > 2 && line[2] != ' ') {
      names.push_back(line.substr(2, line.find(' ', 2) - 2));
    } else if (in_list && line.empty()) {
      in_list = false;
    }
  }
  return names;
}

// Every help text, of gradfit and of each command and subcommand it lists, read at
// 80 columns: CLI11 alone prints descriptions on one line however long.
TEST(CliTerminal, EveryHelpTextFitsEightyColumns) {
  std::vector<std::string> commands = {""};
  for (size_t i = 0; i < commands.size(); ++i) {
    CliRun r = GradfitAt80(commands[i] + (commands[i].empty() ? "" : " ") + "--help");
    EXPECT_EQ(r.exit_code, 0) << commands[i] << "\n" << r.out;
    EXPECT_EQ(WideLines(r.out, 80), "") << "gradfit " << commands[i] << " --help";
    if (commands[i].find(' ') == std::string::npos)  // two levels: gradfit catalog stats
      for (const auto& sub : ListedSubcommands(r.out))
        commands.push_back(commands[i].empty() ? sub : commands[i] + " " + sub);
  }
  EXPECT_GT(commands.size(), 20u) << "the subcommand lists were not found in the help";
}

TEST(CliTerminal, NoLineIsWiderThanEightyColumns) {
  const std::vector<std::string> commands = {
      "programs list",
      "programs show cmu-msml",
      "programs show gatech-omscs",
      "rank --profile " + kChanger + " --samples 500",
      "rank --profile " + kEngineer + " --samples 500",
      "assess --profile " + kChanger,
      "assess --profile " + kEngineer,
      "assess --profile " + kChanger + " --program cmu-msml --all-checks",
      "compare cmu-msml drexel-msmlai gatech-omscs --profile " + kChanger,
      "cost cmu-msml --profile " + kChanger,
      "cost gatech-omscs --profile " + kEngineer,
      "roi cmu-msml --profile " + kChanger + " --runs 2000",
      "roi --all --profile " + kEngineer + " --runs 500",
  };
  for (const auto& c : commands) {
    CliRun r = GradfitAt80(c);
    EXPECT_EQ(r.exit_code, 0) << c << "\n" << r.out;
    EXPECT_EQ(WideLines(r.out, 80), "") << "gradfit " << c;
  }
}

TEST(CliTerminal, WideShowsWholeCellsAndColumnsSetTheWidth) {
  CliRun narrow = GradfitAt80("programs list");
  CliRun wide = GradfitAt80("programs list --wide");
  ASSERT_EQ(wide.exit_code, 0) << wide.out;
  EXPECT_THAT(narrow.out, HasSubstr("\xE2\x80\xA6"));  // long names cut with "…"
  EXPECT_THAT(narrow.out, HasSubstr("--wide shows every column"));
  EXPECT_NE(WideLines(wide.out, 80), "");  // nothing is cut: wider than 80
  EXPECT_THAT(wide.out, Not(HasSubstr("--wide shows every column")));
  CliRun at120 = GradfitAt80("programs list", "COLUMNS=120");
  EXPECT_EQ(WideLines(at120.out, 120), "");
  EXPECT_NE(WideLines(at120.out, 100), "");  // the room is used
}

TEST(CliTerminal, AssessSummarisesGroupsAndDetailsTheTopPrograms) {
  CliRun r = GradfitAt80("assess --profile " + kChanger);
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_THAT(r.out, HasSubstr("The top 5 in detail"));
  EXPECT_THAT(r.out, HasSubstr("--all-checks lists every program"));
  const auto lines = std::count(r.out.begin(), r.out.end(), '\n');
  CliRun all = GradfitAt80("assess --profile " + kChanger + " --all-checks");
  ASSERT_EQ(all.exit_code, 0);
  const auto all_lines = std::count(all.out.begin(), all.out.end(), '\n');
  EXPECT_LT(lines, 200) << r.out;   // it was 704 before the summary
  EXPECT_GT(all_lines, 2 * lines);  // everything is still there when asked for
}

// Compares with tests/cli/golden/NAME, or rewrites it when GRADFIT_UPDATE_GOLDEN is set.
void ExpectGolden(const std::string& name, const std::string& actual) {
  const std::filesystem::path path = std::string(GRADFIT_TEST_DIR) + "/cli/golden/" + name;
  if (std::getenv("GRADFIT_UPDATE_GOLDEN")) {
    std::ofstream(path) << actual;
    GTEST_SKIP() << "rewrote " << path;
  }
  std::ifstream in(path);
  ASSERT_TRUE(in) << path << " is missing: run with GRADFIT_UPDATE_GOLDEN=1 to write it";
  std::stringstream expected;
  expected << in.rdbuf();
  EXPECT_EQ(actual, expected.str())
      << "gradfit output changed; if intended, regenerate with GRADFIT_UPDATE_GOLDEN=1 and "
         "review the diff of "
      << path;
}

// The persona's path is printed in some outputs; the golden files hold it relative.
std::string Relative(std::string out) {
  const std::string root = std::string(GRADFIT_TEST_DIR) + "/";
  for (size_t at; (at = out.find(root)) != std::string::npos;)
    out.replace(at, root.size(), "tests/");
  return out;
}

TEST(CliTerminal, GoldenRankAtEightyColumns) {
  CliRun r = GradfitAt80("rank --profile " + kChanger + " --samples 2000 --seed 7");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  ExpectGolden("rank_humanities_career_changer_80.txt", Relative(r.out));
}

TEST(CliTerminal, GoldenAssessAtEightyColumns) {
  CliRun r = GradfitAt80("assess --profile " + kChanger);
  ASSERT_EQ(r.exit_code, 0) << r.out;
  ExpectGolden("assess_humanities_career_changer_80.txt", Relative(r.out));
}

TEST(CliTerminal, MistypedCommandsOptionsAndIdsGetTheNearest) {
  CliRun cmd = GradfitAt80("asess --profile " + kChanger);
  EXPECT_EQ(cmd.exit_code, 2);
  EXPECT_THAT(cmd.out, HasSubstr("gradfit: unknown command 'asess'; did you mean assess?"));
  EXPECT_THAT(cmd.out, Not(HasSubstr("A subcommand is required")));
  CliRun sub = GradfitAt80("programs lst");
  EXPECT_EQ(sub.exit_code, 2);
  EXPECT_THAT(sub.out, HasSubstr("gradfit programs: unknown command 'lst'; did you mean list?"));
  CliRun missing = GradfitAt80("programs");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_THAT(missing.out, HasSubstr("gradfit programs: a command is needed: list, show"));
  CliRun opt = GradfitAt80("rank --profle " + kChanger);
  EXPECT_EQ(opt.exit_code, 2);
  EXPECT_THAT(opt.out, HasSubstr("gradfit rank: unknown option --profle; did you mean --profile?"));
  CliRun id = GradfitAt80("cost cmu-ml");
  EXPECT_EQ(id.exit_code, 1);
  EXPECT_THAT(id.out, HasSubstr("no program 'cmu-ml' in the catalog; did you mean cmu-msml?"));
  CliRun show = GradfitAt80("programs show gatech-omsc");
  EXPECT_EQ(show.exit_code, 1);
  EXPECT_THAT(show.out, HasSubstr("did you mean gatech-omscs"));  // the continuation first
  CliRun assess = GradfitAt80("assess --profile " + kChanger + " --program omscs");
  EXPECT_EQ(assess.exit_code, 1);
  EXPECT_THAT(assess.out, HasSubstr("did you mean gatech-omscs?"));
}

// `gradfit profile init` as a person types at it: money and grades in their
// own forms, a bad answer re-asked, "done" after the essentials.
TEST(CliTerminal, ProfileInitThroughStdinAcceptsMoneyAndGradeForms) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "gradfit_cli_init";
  std::filesystem::create_directories(dir);
  const std::filesystem::path out = dir / "profile.toml";
  std::filesystem::remove(out);
  const std::string answers =
      "\\n"             // bachelor
      "mathematics\\n"  // field
      "2\\n"
      "course\\ncourse\\ncourse\\n"
      "data_scientist\\n"
      "DE\\n"
      "no\\nyes\\n"      // online, relocate
      "3\\n"             // years of work
      "65 000 EUR\\n"    // salary
      "no\\n"            // native English
      "banana\\n"        // TOEFL: re-asked
      "none\\n"          // TOEFL
      "7\\n"             // IELTS
      "course\\n"        // statistics
      "1.7 (German)\\n"  // GPA
      "done\\n";
  // printf turns each \\n above into a new line.
  const std::string cmd = "printf '" + answers + "' | COLUMNS=80 " + std::string(GRADFIT_BINARY) +
                          " profile init --out " + out.string() + " 2>&1";
  FILE* pipe = popen(cmd.c_str(), "r");
  std::string transcript;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) transcript.append(buf.data(), n);
  ASSERT_EQ(WEXITSTATUS(pclose(pipe)), 0) << transcript;
  EXPECT_EQ(WideLines(transcript, 80), "");
  // The questionnaire wraps its sentences; look for them with the breaks as spaces.
  for (size_t at; (at = transcript.find("\n    ")) != std::string::npos;)
    transcript.replace(at, 5, " ");
  EXPECT_THAT(transcript, HasSubstr("understood: 65,000 EUR a year"));
  EXPECT_THAT(transcript, HasSubstr("'banana' is neither a score nor 'none'"));
  EXPECT_THAT(transcript, HasSubstr("understood: German 1.7, which is 3.3 on the 4.0 scale"));
  EXPECT_THAT(transcript, HasSubstr("That is enough for a first verdict"));
  std::ifstream in(out);
  std::stringstream saved;
  saved << in.rdbuf();
  EXPECT_THAT(saved.str(), HasSubstr("salary = { amount = 65000, currency = \"EUR\" }"));
  EXPECT_THAT(saved.str(), HasSubstr("gpa = 3.3"));
  EXPECT_THAT(saved.str(), HasSubstr("ielts = 7"));
  // The saved profile is complete enough for assess to give a verdict.
  CliRun assess = GradfitAt80("assess --profile " + out.string());
  EXPECT_EQ(assess.exit_code, 0) << assess.out;
}

}  // namespace
