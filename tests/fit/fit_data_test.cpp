// data/bridges.toml and data/pathways.toml: the real files load and every
// figure has a source; broken files give errors naming file, line and key.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "gradfit/fit.hpp"
#include "temp_dir.hpp"
#include "test_paths.hpp"

namespace gradfit {
namespace {

using ::testing::HasSubstr;

using gradfit::test::kData;

TEST(FitData, RealFilesLoad) {
  auto d = LoadFitData(kData);
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_GE(d->bridges.size(), 10u);
  auto la = d->bridges_for("linear_algebra");
  ASSERT_FALSE(la.empty());
  EXPECT_THAT(la.front()->title, HasSubstr("18.06"));
  EXPECT_THAT(la.front()->url, HasSubstr("ocw.mit.edu"));
  for (const auto& b : d->bridges) EXPECT_FALSE(b.url.empty()) << b.title;
  EXPECT_TRUE(d->bridges_for("algorithms").empty());  // none recorded: said so in output
  const PathwayFacts* boot = d->facts_for(Pathway::kBootcamp);
  ASSERT_NE(boot, nullptr);
  EXPECT_DOUBLE_EQ(*boot->typical_cost_usd, 11451);  // Course Report 2016 survey
  const PathwayFacts* phd = d->facts_for(Pathway::kPhd);
  ASSERT_NE(phd, nullptr);
  EXPECT_DOUBLE_EQ(*phd->stipend_usd_per_year, 31050);
  EXPECT_FALSE(d->facts_for(Pathway::kGraduateCertificate)->cost_low_usd);  // unknown stays unknown
  for (const auto& f : d->pathways)
    if (f.cost_low_usd || f.typical_cost_usd || f.stipend_usd_per_year) {
      EXPECT_FALSE(f.sources.empty()) << ToString(f.pathway);
    }
}

class BrokenFitData : public test::TempDirTest {
 protected:
  void SetUp() override {
    TempDirTest::SetUp();
    Write("pathways.toml", "[[pathways]]\nid = \"masters\"\n");
  }
  std::string Load() {
    auto d = LoadFitData(dir_.string());
    EXPECT_FALSE(d.ok());
    return d.ok() ? "" : d.status().message();
  }
};

TEST_F(BrokenFitData, UnknownSubjectMissingUrlNegativeWeeks) {
  Write("bridges.toml",
        "[[bridges]]\nsubject = \"juggling\"\ntitle = \"x\"\nretrieved = \"2026-11-25\"\n"
        "weeks = -3\n");
  std::string msg = Load();
  EXPECT_THAT(msg, HasSubstr("bridges.toml:1: bridges[0].subject: 'juggling' is not in the"));
  EXPECT_THAT(msg, HasSubstr("bridges[0].url: missing"));
  EXPECT_THAT(msg, HasSubstr("bridges.toml:5: bridges[0].weeks: must not be negative"));
}

TEST_F(BrokenFitData, FiguresWithoutSourceAndUnknownPathway) {
  Write("bridges.toml",
        "[[bridges]]\nsubject = \"calculus\"\ntitle = \"x\"\nurl = \"https://e.org\"\n"
        "retrieved = \"2026-11-25\"\n");
  Write("pathways.toml",
        "[[pathways]]\nid = \"bootcamp\"\ncost_low = 100\n\n[[pathways]]\nid = \"apprenticeship\"\n"
        "colour = \"red\"\n");
  std::string msg = Load();
  EXPECT_THAT(msg, HasSubstr("pathways[0].sources: figures need at least one source URL"));
  EXPECT_THAT(msg, HasSubstr("pathways[1].id: unknown pathway 'apprenticeship'"));
  EXPECT_THAT(msg, HasSubstr("pathways.toml:7: pathways[1].colour: unknown key"));
}

TEST_F(BrokenFitData, MalformedToml) {
  Write("bridges.toml", "[[bridges]\nsubject = \n");
  EXPECT_THAT(Load(), HasSubstr("bridges.toml:1:"));
}

}  // namespace
}  // namespace gradfit
