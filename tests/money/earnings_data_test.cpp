// data/earnings.toml: the bundled file loads with the figures its derivation
// writes, and a broken file is rejected naming file, line and key.
#include <gtest/gtest.h>

#include "gradfit/money_data.hpp"

namespace gradfit {
namespace {

TEST(EarningsData, BundledFileHasOrderedRatiosAndBachelorEarnings) {
  std::vector<MoneyDataError> errors;
  auto d = LoadMoneyData(GRADFIT_SOURCE_DIR "/data", &errors);
  ASSERT_TRUE(d.ok()) << d.status().message();
  const EarningsData& e = d->earnings;
  EXPECT_EQ(e.release, "2026-06-10");
  EXPECT_GT(e.premium_pairs, 100);
  EXPECT_LT(e.ratio_p25, e.ratio_p50);
  EXPECT_LT(e.ratio_p50, e.ratio_p75);
  // The BLS all-fields ratio lies inside the Scorecard's middle half.
  double bls = e.bls_master_weekly / e.bls_bachelor_weekly;
  EXPECT_GT(bls, e.ratio_p25);
  EXPECT_LT(bls, e.ratio_p75);
  ASSERT_NE(e.bachelor_for("computer_science"), nullptr);
  EXPECT_GT(e.bachelor_for("computer_science")->median_1yr, 40000);
  EXPECT_EQ(e.bachelor_for("humanities"), nullptr);  // no Scorecard rows: stays unknown
}

TEST(EarningsData, BrokenFileNamesLineAndKey) {
  const std::string text = R"([meta]
release = "2026-06-10"
url = "https://collegescorecard.ed.gov/data/"
attribution = "x"

[premium]
measure = "ratio"
pairs = 10
p10 = 0.9
p25 = 1.2
p50 = 1.1
p75 = 1.3
p90 = "high"

[bls_education_pays]
year = 2017
master_weekly = 1401
bachelor_weekly = 1173
url = "https://www.bls.gov/"

[[bachelor_earnings]]
field = "computer_science"
cips = "11.xx"
institutions = 5
median = 60000
)";
  std::vector<MoneyDataError> errors;
  auto r = ParseEarnings(text, "earnings.toml", &errors);
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(errors.size(), 4u) << r.status().message();
  EXPECT_EQ(errors[0].key_path, "premium.p50");
  EXPECT_EQ(errors[0].line, 11);
  EXPECT_EQ(errors[1].key_path, "premium.p90");
  EXPECT_EQ(errors[1].line, 13);
  EXPECT_EQ(errors[2].key_path, "bachelor_earnings[0].median");      // unknown key
  EXPECT_EQ(errors[3].key_path, "bachelor_earnings[0].median_1yr");  // missing
  EXPECT_EQ(errors[0].file, "earnings.toml");
}

TEST(EarningsData, NotTomlIsAnError) {
  std::vector<MoneyDataError> errors;
  EXPECT_FALSE(ParseEarnings("[premium\n", "earnings.toml", &errors).ok());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 1);
}

}  // namespace
}  // namespace gradfit
