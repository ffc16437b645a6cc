// TOPSIS against published worked examples, and its error cases.
#include <gtest/gtest.h>

#include "gradfit/decide.hpp"

namespace gradfit::decide {
namespace {

DecisionMatrix FromRows(std::vector<std::string> alts, std::vector<std::string> crits,
                        std::vector<Direction> dirs, const std::vector<std::vector<double>>& rows) {
  DecisionMatrix d;
  d.alternatives = std::move(alts);
  d.criteria = std::move(crits);
  d.directions = std::move(dirs);
  const std::size_t n = d.n(), m = d.m();
  d.values.resize(n * m);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < m; ++j) d.values[j * n + i] = rows[i][j];
  }
  return d;
}

// Example of the R package MCDA (function TOPSIS, file man/TOPSIS.Rd, by Bigaret, Meyer et
// al.): three cars, purchase price (min), economy, aesthetics, boot capacity (max), weights
// 0.35/0.25/0.25/0.15. The example publishes the weighted ideal and anti-ideal solutions:
//   positive ideal (0.179573776, 0.171636015, 0.159499658, 0.087302767)
//   negative ideal (0.212610118, 0.124958799, 0.131352659, 0.085797547)
TEST(Topsis, MatchesIdealPointsOfTheMcdaPackageCarExample) {
  const auto d = FromRows(
      {"Corsa", "Clio", "Fiesta"}, {"Purchase Price", "Economy", "Aesthetics", "Boot Capacity"},
      {Direction::kCost, Direction::kBenefit, Direction::kBenefit, Direction::kBenefit},
      {{5490, 51.4, 8.5, 285}, {6500, 70.6, 7, 288}, {6489, 54.3, 7.5, 290}});
  const std::vector<double> w = {0.35, 0.25, 0.25, 0.15};
  auto r = Topsis(d, w);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const std::vector<double> ideal = {0.179573776, 0.171636015, 0.159499658, 0.087302767};
  const std::vector<double> anti = {0.212610118, 0.124958799, 0.131352659, 0.085797547};
  for (std::size_t j = 0; j < 4; ++j) {
    EXPECT_NEAR(r->ideal[j], ideal[j], 1e-8) << j;
    EXPECT_NEAR(r->anti_ideal[j], anti[j], 1e-8) << j;
  }
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_GT(r->closeness[i], 0.0);
    EXPECT_LT(r->closeness[i], 1.0);
    EXPECT_NEAR(r->closeness[i], r->d_minus[i] / (r->d_plus[i] + r->d_minus[i]), 1e-15);
  }
}

// Worked example "Choosing the Best Personal Finance Management App" published by
// soft.onlineoutput.com (TOPSIS report, project 16209_206141): 4 apps x 5 criteria,
// subscription cost is the only cost criterion, weights 0.3/0.1/0.2/0.3/0.1. The report
// prints the vector-normalised and the weighted normalised matrices to 3 decimals.
TEST(Topsis, MatchesPublishedNormalisedMatricesOfTheFinanceAppExample) {
  const auto d =
      FromRows({"App A", "App B", "App C", "App D"},
               {"Data security", "Usability", "Reporting", "Subscription cost", "Compatibility"},
               {Direction::kBenefit, Direction::kBenefit, Direction::kBenefit, Direction::kCost,
                Direction::kBenefit},
               {{5, 5, 5, 7, 3}, {4, 5, 6, 1, 1}, {3, 4, 1, 4, 1}, {2, 3, 2, 3, 4}});
  const std::vector<double> w = {0.3, 0.1, 0.2, 0.3, 0.1};
  auto r = Topsis(d, w);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const double published_norm[4][5] = {{0.68, 0.577, 0.615, 0.808, 0.577},
                                       {0.544, 0.577, 0.739, 0.115, 0.192},
                                       {0.408, 0.462, 0.123, 0.462, 0.192},
                                       {0.272, 0.346, 0.246, 0.346, 0.77}};
  const double published_weighted[4][5] = {{0.204, 0.058, 0.123, 0.242, 0.058},
                                           {0.163, 0.058, 0.148, 0.035, 0.019},
                                           {0.122, 0.046, 0.025, 0.139, 0.019},
                                           {0.082, 0.035, 0.049, 0.104, 0.077}};
  for (std::size_t i = 0; i < 4; ++i) {
    for (std::size_t j = 0; j < 5; ++j) {
      const double v = r->weighted[j * 4 + i];
      EXPECT_NEAR(v / w[j], published_norm[i][j], 0.0006) << i << "," << j;
      EXPECT_NEAR(v, published_weighted[i][j], 0.0006) << i << "," << j;
    }
  }
  // Ideal: best of each column (cost: the lowest); App B has the cheapest subscription.
  EXPECT_NEAR(r->ideal[3], r->weighted[3 * 4 + 1], 1e-15);
  EXPECT_NEAR(r->anti_ideal[3], r->weighted[3 * 4 + 0], 1e-15);
}

TEST(Topsis, AlternativeEqualToTheIdealHasClosenessOne) {
  const auto d = FromRows({"best", "worst", "mid"}, {"a", "b"},
                          {Direction::kBenefit, Direction::kCost}, {{10, 1}, {1, 10}, {5, 5}});
  auto r = Topsis(d, std::vector<double>{0.5, 0.5});
  ASSERT_TRUE(r.ok());
  EXPECT_DOUBLE_EQ(r->closeness[0], 1.0);
  EXPECT_DOUBLE_EQ(r->closeness[1], 0.0);
  EXPECT_GT(r->closeness[2], 0.0);
  EXPECT_LT(r->closeness[2], 1.0);
}

TEST(Topsis, RejectsWrongWeightCountNegativeValuesAndMissingValues) {
  auto d = FromRows({"x", "y"}, {"a", "b"}, {Direction::kBenefit, Direction::kBenefit},
                    {{1, 2}, {3, 4}});
  EXPECT_FALSE(Topsis(d, std::vector<double>{1.0}).ok());
  auto neg = d;
  neg.values[0] = -1.0;
  auto r = Topsis(neg, std::vector<double>{0.5, 0.5});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("non-negative"), std::string::npos);
  auto missing = d;
  missing.values[1] = std::numeric_limits<double>::quiet_NaN();
  r = Topsis(missing, std::vector<double>{0.5, 0.5});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("missing"), std::string::npos);
}

}  // namespace
}  // namespace gradfit::decide
