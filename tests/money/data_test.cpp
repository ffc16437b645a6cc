// Money data files: the real files load; broken files are rejected with file,
// line and key.
#include <gtest/gtest.h>

#include "gradfit/money_data.hpp"

namespace gradfit {
namespace {

TEST(MoneyData, RealFilesLoad) {
  std::vector<MoneyDataError> errors;
  auto d = LoadMoneyData(GRADFIT_SOURCE_DIR "/data", &errors);
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_TRUE(errors.empty());
  const WageStats* ds = d->wages.for_role("data_scientist");
  ASSERT_NE(ds, nullptr);
  EXPECT_EQ(ds->soc, "15-2051");
  EXPECT_EQ(ds->year, 2025);
  EXPECT_DOUBLE_EQ(*ds->p50, 120230);  // BLS OEWS May 2025, PROVENANCE.md headline table
  EXPECT_EQ(d->wages.for_role("ml_engineer")->soc, "15-1252");
  EXPECT_EQ(d->wages.for_role("data_engineer")->soc, "15-1243");
  EXPECT_EQ(d->wages.for_role("research_scientist")->soc, "15-1221");
  EXPECT_EQ(d->wages.references.size(), 3u);
  EXPECT_NEAR(d->living.us_state_rpp.at("CA"), 112.581, 1e-9);
  EXPECT_EQ(d->living.StateOfCity("Pittsburgh"), "PA");
  auto london = d->living.Lookup("GB", "", "London");
  ASSERT_TRUE(london);
  EXPECT_DOUBLE_EQ(london->monthly, 1483);
  EXPECT_DOUBLE_EQ(d->living.Lookup("GB", "", "Edinburgh")->monthly, 1136);
  EXPECT_FALSE(d->living.Lookup("TH", "", "Bangkok").has_value());
}

TEST(MoneyData, BrokenRatesNameLineAndKey) {
  std::vector<MoneyDataError> errors;
  auto r = ParseExchangeRates(
      "[meta]\nbase = \"EUR\"\ndate = \"2026-02-06\"\nurl = \"x\"\n[rates]\nEUR = 1.0\nUSD = -1\n"
      "usd = 2\n",
      "rates.toml", &errors);
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].file, "rates.toml");
  EXPECT_EQ(errors[0].line, 7);
  EXPECT_EQ(errors[0].key_path, "rates.USD");
  EXPECT_EQ(errors[1].key_path, "rates.usd");
  EXPECT_NE(r.status().message().find("rates.toml:7: rates.USD"), std::string::npos);
}

TEST(MoneyData, RatesWithoutBaseAndSyntaxError) {
  std::vector<MoneyDataError> errors;
  EXPECT_FALSE(ParseExchangeRates("[meta]\nbase = \"EUR\"\ndate = \"d\"\nurl = \"u\"\n[rates]\n"
                                  "USD = 1.1\n",
                                  "r.toml", &errors)
                   .ok());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].key_path, "rates.EUR");
  errors.clear();
  EXPECT_FALSE(ParseExchangeRates("[meta\nbase=1\n", "r.toml", &errors).ok());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 1);
}

TEST(MoneyData, BrokenWages) {
  std::vector<MoneyDataError> errors;
  auto r = ParseWages(
      "[meta]\ncurrency = \"USD\"\n"
      "[[occupation]]\nsoc = \"15-2051\"\ntitle = \"Data Scientists\"\nyear = 2025\n"
      "p25 = 90000\np50 = 80000\nurl = \"u\"\nattribution = \"a\"\nmedain = 1\n"
      "[[role]]\nid = \"data_scientist\"\nsoc = \"15-9999\"\n",
      "wages.toml", &errors);
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].key_path, "occupation[0].medain");
  EXPECT_EQ(errors[0].line, 11);
  EXPECT_EQ(errors[1].key_path, "occupation[0].p50");
  EXPECT_EQ(errors[1].line, 8);
  EXPECT_EQ(errors[2].key_path, "role[0].soc");
  EXPECT_EQ(errors[2].line, 14);
}

TEST(MoneyData, BrokenLivingCosts) {
  std::vector<MoneyDataError> errors;
  auto r = ParseLivingCosts(
      "[us_baseline]\nmonthly = \"a lot\"\ncurrency = \"USD\"\nyear = 2023\nformula = \"f\"\n"
      "url = \"u\"\n[rpp]\nyear = 2023\nurl = \"u\"\n"
      "[[us_state]]\ncode = \"CA\"\nrpp = 1125.81\n"
      "[[country]]\ncountry = \"XX\"\nmonthly = 100\ncurrency = \"GBP\"\nyear = 2025\nurl = "
      "\"u\"\n",
      "living.toml", &errors);
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].key_path, "us_baseline.monthly");
  EXPECT_EQ(errors[0].line, 2);
  EXPECT_EQ(errors[1].key_path, "us_state[0].rpp");
  EXPECT_EQ(errors[1].line, 12);
  EXPECT_EQ(errors[2].key_path, "country[0].country");
  EXPECT_EQ(errors[2].line, 14);
}

TEST(MoneyData, MissingFileIsAnIoError) {
  std::vector<MoneyDataError> errors;
  auto r = LoadMoneyData("/nonexistent-dir", &errors);
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kIoError);
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].file, "/nonexistent-dir/exchange_rates.toml");
}

}  // namespace
}  // namespace gradfit
