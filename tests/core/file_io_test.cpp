// The bounded reader and the atomic writer against hostile files: FIFOs,
// devices, directories, oversized and non-UTF-8 files, planted symlinks.
#include "gradfit/file_io.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace gradfit {
namespace {

namespace fs = std::filesystem;

class FileIoTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "gradfit-fileio-XXXXXX").string();
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  void Write(const std::string& name, const std::string& text) const {
    std::ofstream(Path(name), std::ios::binary) << text;
  }
  static std::string Slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
  fs::path dir_;
};

TEST_F(FileIoTest, ReadsARegularFile) {
  Write("a.toml", "name = \"Ünïcode ok\"\n");
  auto r = ReadInputFile(Path("a.toml"));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(*r, "name = \"Ünïcode ok\"\n");
}

TEST_F(FileIoTest, MissingFileIsNotFoundAndNamesThePath) {
  auto r = ReadInputFile(Path("nope.toml"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kNotFound);
  EXPECT_NE(r.status().message().find("nope.toml"), std::string::npos);
}

TEST_F(FileIoTest, RefusesADirectoryAFifoAndADevice) {
  fs::create_directory(Path("sub"));
  auto d = ReadInputFile(Path("sub"));
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.status().message().find("a directory"), std::string::npos);

  ASSERT_EQ(::mkfifo(Path("pipe").c_str(), 0600), 0);
  auto f = ReadInputFile(Path("pipe"));  // must return at once, not block
  ASSERT_FALSE(f.ok());
  EXPECT_NE(f.status().message().find("FIFO"), std::string::npos);

  auto z = ReadInputFile("/dev/zero");  // would allocate without bound if read
  ASSERT_FALSE(z.ok());
  EXPECT_NE(z.status().message().find("device"), std::string::npos);
}

TEST_F(FileIoTest, RefusesAFileOverTheCapWithBothSizes) {
  Write("big.csv", std::string(2000, 'x'));
  ReadLimits limits;
  limits.max_bytes = 1000;
  auto r = ReadInputFile(Path("big.csv"), limits);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("too large"), std::string::npos);
  EXPECT_NE(r.status().message().find("1000 bytes"), std::string::npos);
  limits.max_bytes = 2000;
  EXPECT_TRUE(ReadInputFile(Path("big.csv"), limits).ok());
}

TEST_F(FileIoTest, InvalidUtf8IsRefusedWithItsLine) {
  Write("bad.toml", "a = 1\nb = 2\nname = \"caf\xe9\"\n");
  auto r = ReadInputFile(Path("bad.toml"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidData);
  EXPECT_NE(r.status().message().find("bad.toml:3:"), std::string::npos) << r.status().message();
  // Overlong encodings and UTF-16 surrogates are invalid too.
  EXPECT_NE(FindInvalidUtf8("\xc0\xaf"), std::string_view::npos);
  EXPECT_NE(FindInvalidUtf8("\xed\xa0\x80"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("plain \xe2\x82\xac euro"), std::string_view::npos);
}

TEST_F(FileIoTest, SymlinksMustStayInsideTheConfiningFolder) {
  fs::create_directory(Path("catalog"));
  Write("outside.toml", "secret = 1\n");
  Write("catalog/inside.toml", "x = 1\n");
  fs::create_symlink(Path("outside.toml"), Path("catalog/escape.toml"));
  fs::create_symlink(Path("catalog/inside.toml"), Path("catalog/alias.toml"));
  ReadLimits limits;
  limits.confine_to_dir = Path("catalog");
  auto escape = ReadInputFile(Path("catalog/escape.toml"), limits);
  ASSERT_FALSE(escape.ok());
  EXPECT_NE(escape.status().message().find("outside the folder"), std::string::npos);
  EXPECT_TRUE(ReadInputFile(Path("catalog/alias.toml"), limits).ok());
}

TEST_F(FileIoTest, AtomicWriteCreatesReplacesAndKeepsTheMode) {
  ASSERT_TRUE(WriteFileAtomic(Path("out.csv"), "one\n").ok());
  EXPECT_EQ(Slurp(Path("out.csv")), "one\n");
  struct stat st {};
  ASSERT_EQ(::stat(Path("out.csv").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0644u);

  ASSERT_EQ(::chmod(Path("out.csv").c_str(), 0600), 0);
  ASSERT_TRUE(WriteFileAtomic(Path("out.csv"), "two\n").ok());
  EXPECT_EQ(Slurp(Path("out.csv")), "two\n");
  ASSERT_EQ(::stat(Path("out.csv").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u) << "a private file stays private";

  // No temporary file is left behind.
  int files = 0;
  for (const auto& e : fs::directory_iterator(dir_)) files += e.is_regular_file();
  EXPECT_EQ(files, 1);
}

TEST_F(FileIoTest, APlantedSymlinkAtTheOldTemporaryNameIsNotFollowed) {
  Write("victim.txt", "keep me\n");
  fs::create_symlink(Path("victim.txt"), Path("out.csv.tmp"));
  ASSERT_TRUE(WriteFileAtomic(Path("out.csv"), "data\n").ok());
  EXPECT_EQ(Slurp(Path("victim.txt")), "keep me\n");
  EXPECT_EQ(Slurp(Path("out.csv")), "data\n");
}

TEST_F(FileIoTest, OnlyRegularFilesAreReplaced) {
  ASSERT_EQ(::mkfifo(Path("pipe").c_str(), 0600), 0);
  auto r = WriteFileAtomic(Path("pipe"), "x");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.message().find("only replaces regular files"), std::string::npos);
  struct stat st {};
  ASSERT_EQ(::lstat(Path("pipe").c_str(), &st), 0);
  EXPECT_TRUE(S_ISFIFO(st.st_mode)) << "the FIFO is left as it was";

  Write("real.txt", "real\n");
  fs::create_symlink(Path("real.txt"), Path("link.txt"));
  EXPECT_FALSE(WriteFileAtomic(Path("link.txt"), "x").ok());
  EXPECT_EQ(Slurp(Path("real.txt")), "real\n");
}

TEST_F(FileIoTest, AWriteIntoAMissingFolderFailsCleanly) {
  auto r = WriteFileAtomic(Path("no/such/dir/out.csv"), "x");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.code(), Status::Code::kIoError);
  EXPECT_NE(r.message().find("out.csv"), std::string::npos);
}

TEST(TerminalTextTest, ControlCharactersBecomeVisibleAndBadBytesReplaced) {
  EXPECT_EQ(SanitizeForTerminal("MS \x1b[31mML\x1b[0m"), "MS \\x1b[31mML\\x1b[0m");
  EXPECT_EQ(SanitizeForTerminal("bell\x07"), "bell\\x07");
  EXPECT_EQ(SanitizeForTerminal("a\tb\nc"), "a\tb\nc");
  EXPECT_EQ(SanitizeForTerminal("caf\xe9"), "caf\xEF\xBF\xBD");
  EXPECT_EQ(SanitizeForTerminal("Zürich"), "Zürich");
  EXPECT_EQ(SanitizeForTerminal("\xc2\x9b"), "\\u009b");  // C1 CSI
}

TEST(FlushTest, AFullDiskIsReportedNotIgnored) {
  std::FILE* full = std::fopen("/dev/full", "w");
  ASSERT_NE(full, nullptr);
  std::fputs("some output", full);
  Status s = FlushAndCheck(full, "standard output");
  std::fclose(full);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("standard output"), std::string::npos);
}

}  // namespace
}  // namespace gradfit
