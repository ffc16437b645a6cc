// Files a careless or hostile user could hand gradfit: directories, FIFOs,
// devices, planted symlinks, exports over the catalog. Each gets a clear
// refusal in bounded time, and nothing the user keeps is damaged.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "cli/cli_run.hpp"
#include "test_paths.hpp"

namespace {

namespace fs = std::filesystem;
using gradfit_test::RunGradfit;

using gradfit::test::kData;

class HostileFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "gradfit-hostile-XXXXXX").string();
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  static std::string Slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
  fs::path dir_;
};

TEST_F(HostileFilesTest, ADirectoryAsProfileIsRefusedNotAssessedAsEmpty) {
  auto r = RunGradfit("assess --profile " + dir_.string());
  EXPECT_NE(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("a directory"), std::string::npos) << r.out;
}

TEST_F(HostileFilesTest, AFifoAsProfileIsRefusedAtOnce) {
  ASSERT_EQ(::mkfifo(Path("me.toml").c_str(), 0600), 0);
  auto r = RunGradfit("assess --profile " + Path("me.toml"));
  EXPECT_NE(r.exit_code, 124) << "blocked on the FIFO";
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.out.find("FIFO"), std::string::npos) << r.out;
}

TEST_F(HostileFilesTest, DevZeroAsProfileOrMatrixIsRefusedNotRead) {
  auto profile = RunGradfit("assess --profile /dev/zero");
  EXPECT_NE(profile.exit_code, 0);
  EXPECT_NE(profile.out.find("device"), std::string::npos) << profile.out;
  auto matrix = RunGradfit("decide --matrix /dev/zero --types benefit");
  EXPECT_NE(matrix.exit_code, 0);
  EXPECT_NE(matrix.out.find("device"), std::string::npos) << matrix.out;
}

TEST_F(HostileFilesTest, ASymlinkInTheCatalogToAFileOutsideIsRefused) {
  fs::copy(kData, Path("catalog"), fs::copy_options::recursive);
  fs::create_symlink("/etc/passwd", Path("catalog/programs/zz-passwd.toml"));
  auto r = RunGradfit("catalog validate " + Path("catalog"));
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("zz-passwd.toml"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("outside the folder"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("root:"), std::string::npos) << "the target's content must not be shown";
}

TEST_F(HostileFilesTest, ExportNeverFollowsAPlantedTemporarySymlink) {
  std::ofstream(Path("victim.txt")) << "keep me\n";
  fs::create_symlink(Path("victim.txt"), Path("out.csv.tmp"));
  auto r = RunGradfit("catalog export --format csv --out " + Path("out.csv"));
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(Slurp(Path("victim.txt")), "keep me\n");
  EXPECT_NE(Slurp(Path("out.csv")).find("cmu-msml"), std::string::npos);
}

TEST_F(HostileFilesTest, ExportOntoAFifoOrIntoTheCatalogIsRefused) {
  ASSERT_EQ(::mkfifo(Path("pipe.csv").c_str(), 0600), 0);
  auto fifo = RunGradfit("catalog export --format csv --out " + Path("pipe.csv"));
  EXPECT_NE(fifo.exit_code, 0) << fifo.out;
  EXPECT_NE(fifo.out.find("only replaces regular files"), std::string::npos) << fifo.out;
  struct stat st {};
  ASSERT_EQ(::lstat(Path("pipe.csv").c_str(), &st), 0);
  EXPECT_TRUE(S_ISFIFO(st.st_mode));

  fs::copy(kData, Path("catalog"), fs::copy_options::recursive);
  const std::string target = Path("catalog/programs/cmu-msml.toml");
  const std::string before = Slurp(target);
  auto over =
      RunGradfit("--catalog " + Path("catalog") + " catalog export --format csv --out " + target);
  EXPECT_NE(over.exit_code, 0) << over.out;
  EXPECT_NE(over.out.find("--force"), std::string::npos) << over.out;
  EXPECT_EQ(Slurp(target), before);
}

TEST_F(HostileFilesTest, XlsxExportLeavesNoTemporaryFile) {
  auto r = RunGradfit("catalog export --format xlsx --out " + Path("catalog.xlsx"));
  ASSERT_EQ(r.exit_code, 0) << r.out;
  int entries = 0;
  for (const auto& e : fs::directory_iterator(dir_)) {
    ++entries;
    EXPECT_EQ(e.path().filename(), "catalog.xlsx");
  }
  EXPECT_EQ(entries, 1);
  EXPECT_EQ(Slurp(Path("catalog.xlsx")).substr(0, 2), "PK") << "an xlsx is a zip file";
}

TEST_F(HostileFilesTest, ProfileInitForceKeepsAPrivateFilePrivate) {
  const std::string me = Path("me.toml");
  std::ofstream(me) << "[education]\nlevel = \"bachelor\"\n";
  ASSERT_EQ(::chmod(me.c_str(), 0600), 0);
  auto r = RunGradfit("profile init --force --out " + me + " < /dev/null");
  struct stat st {};
  ASSERT_EQ(::stat(me.c_str(), &st), 0) << r.out;
  EXPECT_EQ(st.st_mode & 0777, 0600u) << r.out;
}

}  // namespace

namespace {

TEST(FullDiskTest, OutputToAFullDiskIsExitThreeWithAMessage) {
  auto list = gradfit_test::RunGradfitStdoutTo("programs list", "/dev/full");
  EXPECT_EQ(list.exit_code, 3) << list.out;
  EXPECT_NE(list.out.find("gradfit:"), std::string::npos) << list.out;
  auto json = gradfit_test::RunGradfitStdoutTo("programs list --json", "/dev/full");
  EXPECT_EQ(json.exit_code, 3) << json.out;
  const std::string matrix = std::string(GRADFIT_TEST_DIR) + "/decide/fixtures/programs.csv";
  auto decide = gradfit_test::RunGradfitStdoutTo(
      "decide --matrix " + matrix + " --types benefit,cost,benefit --json", "/dev/full");
  EXPECT_NE(decide.exit_code, 0) << decide.out;
}

}  // namespace
