// The fast Pareto set (sweeps for 1-3 criteria, partitioned sort-filter-skyline beyond)
// against the pairwise O(N^2) definition, on random and adversarial matrices.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>

#include "gradfit/decide.hpp"
#include "test_matrices.hpp"

namespace gradfit::decide {
namespace {

using testing::FromRows;
using testing::Random;

std::vector<Direction> Mixed(std::size_t m) {
  std::vector<Direction> d(m, Direction::kBenefit);
  for (std::size_t j = 1; j < m; j += 2) d[j] = Direction::kCost;
  return d;
}

void ExpectSameAsPairwise(const DecisionMatrix& d) {
  EXPECT_EQ(ParetoFront(d), ParetoFrontPairwise(d));
}

TEST(ParetoSkyline, MatchesPairwiseOnRandomMatrices) {
  for (std::size_t m : {1, 2, 3, 8}) {
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
      DecisionMatrix d = Random(300, m, seed);
      d.directions = Mixed(m);
      ExpectSameAsPairwise(d);
    }
  }
}

TEST(ParetoSkyline, CoarseValuesWithManyTiesAndDuplicates) {
  // Values rounded to {0, 0.25, ..., 1}: many equal cells, many duplicate rows.
  for (std::uint64_t seed = 1; seed <= 5; ++seed) {
    DecisionMatrix d = Random(400, 3, seed);
    for (double& v : d.values) v = std::round(v * 4.0) / 4.0;
    d.directions = Mixed(3);
    const auto front = ParetoFront(d);
    EXPECT_EQ(front, ParetoFrontPairwise(d));
    EXPECT_FALSE(front.empty());
  }
}

TEST(ParetoSkyline, AllEqualRowsAreAllOptimal) {
  const auto d = FromRows(std::vector<std::vector<double>>(50, {1.0, 2.0, 3.0}), Mixed(3));
  EXPECT_EQ(ParetoFront(d).size(), 50u);
  ExpectSameAsPairwise(d);
}

TEST(ParetoSkyline, OneDominatingRowIsTheWholeFront) {
  DecisionMatrix d = Random(200, 4, 9);
  d.directions = std::vector<Direction>(4, Direction::kBenefit);
  for (std::size_t j = 0; j < 4; ++j) d.values[j * 200 + 137] = 2.0;  // above every [0, 1)
  EXPECT_EQ(ParetoFront(d), (std::vector<std::size_t>{137}));
  ExpectSameAsPairwise(d);
}

TEST(ParetoSkyline, AntiCorrelatedFrontKeepsEveryPoint) {
  // Every row sums to 1 on benefit criteria: no row dominates another.
  DecisionMatrix d = Random(500, 5, 3);
  for (std::size_t i = 0; i < 500; ++i) {
    double sum = 0.0;
    for (std::size_t j = 0; j < 5; ++j) sum += d.values[j * 500 + i] + 1e-3;
    for (std::size_t j = 0; j < 5; ++j)
      d.values[j * 500 + i] = (d.values[j * 500 + i] + 1e-3) / sum;
  }
  const auto front = ParetoFront(d);
  EXPECT_GT(front.size(), 490u);  // rounding of the division may create a rare dominance
  EXPECT_EQ(front, ParetoFrontPairwise(d));
}

TEST(ParetoSkyline, DominatorWithTheSameRoundedSum) {
  // Row 1 dominates row 0 but 1e20 + 1 == 1e20 + 0 in doubles: the lexicographic
  // tie-break must still put row 1 first.
  const auto d =
      FromRows({{1e20, 0.0}, {1e20, 1.0}, {0.0, 5.0}}, {Direction::kBenefit, Direction::kBenefit});
  EXPECT_EQ(ParetoFront(d), (std::vector<std::size_t>{1, 2}));
  ExpectSameAsPairwise(d);
}

TEST(ParetoSkyline, ExtremeMagnitudesAndSignedZeros) {
  const auto d = FromRows(
      {{1e308, -1e308}, {1e308, 1e308}, {-0.0, 0.0}, {0.0, -0.0}, {5e-324, 0.0}, {-1e308, -1e308}},
      {Direction::kBenefit, Direction::kCost});
  ExpectSameAsPairwise(d);
}

TEST(ParetoSkyline, MissingValuesFollowThePairwiseDefinition) {
  DecisionMatrix d = Random(100, 3, 4);
  d.directions = Mixed(3);
  d.values[5] = d.values[150] = std::numeric_limits<double>::quiet_NaN();
  ExpectSameAsPairwise(d);
}

// Rows of `kind`: 0 uniform, 1 anti-correlated (each row sums to 1: most rows optimal),
// 2 coarse (values in {0, 1/3, 2/3, 1}: many ties and duplicate rows), 3 anti-correlated
// and coarse (duplicates on the front).
DecisionMatrix Shaped(std::size_t n, std::size_t m, int kind, std::uint64_t seed) {
  DecisionMatrix d = Random(n, m, seed);
  for (std::size_t i = 0; i < n; ++i) {
    double sum = 0.0;
    for (std::size_t j = 0; j < m; ++j) sum += d.values[j * n + i] + 1e-3;
    for (std::size_t j = 0; j < m; ++j) {
      double& v = d.values[j * n + i];
      if (kind == 1) v = (v + 1e-3) / sum;
      if (kind == 2) v = std::round(v * 3.0) / 3.0;
      if (kind == 3) v = std::round((v + 1e-3) / sum * 4.0 * static_cast<double>(m)) / 4.0;
    }
  }
  d.directions = Mixed(m);
  if (kind == 1 || kind == 3) d.directions.assign(m, Direction::kBenefit);
  return d;
}

TEST(ParetoSkyline, EveryAlgorithmMatchesPairwiseOnEveryShape) {
  // 1, 2, 3: the sweeps; 4 and up: the partitioned skyline with each level-code width (6, 5,
  // 4 and 3 bits per criterion) and with criteria beyond the 21 that get a code.
  for (std::size_t m : {1, 2, 3, 4, 5, 8, 11, 13, 17, 22, 25}) {
    for (int kind = 0; kind < 4; ++kind) {
      for (std::uint64_t seed = 1; seed <= 3; ++seed) {
        SCOPED_TRACE(::testing::Message() << "m=" << m << " kind=" << kind << " seed=" << seed);
        ExpectSameAsPairwise(Shaped(250, m, kind, seed));
      }
    }
  }
}

TEST(ParetoSkyline, LargeAntiCorrelatedMatrixMatchesPairwise) {
  for (std::size_t m : {2, 3, 8}) {
    const DecisionMatrix d = Shaped(3000, m, 1, 11);
    const auto front = ParetoFront(d);
    EXPECT_GT(front.size(), 2900u);
    EXPECT_EQ(front, ParetoFrontPairwise(d));
  }
}

TEST(ParetoSkyline, TwoCriteriaTiesInTheSweep) {
  const std::vector<Direction> both = {Direction::kBenefit, Direction::kBenefit};
  // (2, 5) twice: equal rows both stay; (2, 4) loses to (2, 5) at the same x; (1, 5) loses
  // to (2, 5) by x alone; (3, 1) and (0, 9) are extremes.
  const auto d = FromRows({{2, 5}, {2, 4}, {1, 5}, {3, 1}, {2, 5}, {0, 9}, {3, 0}}, both);
  EXPECT_EQ(ParetoFront(d), (std::vector<std::size_t>{0, 3, 4, 5}));
  ExpectSameAsPairwise(d);
}

TEST(ParetoSkyline, ThreeCriteriaTiesInTheSweep) {
  const std::vector<Direction> dirs = {Direction::kBenefit, Direction::kCost, Direction::kBenefit};
  // With the cost criterion turned around: row 0 = row 3 (both stay); row 1 has the same
  // first value as row 0 and loses on the third; row 2 loses to row 4 (larger first value,
  // same rest); row 5 is covered by no one.
  const auto d =
      FromRows({{5, 2, 7}, {5, 2, 6}, {4, 1, 3}, {5, 2, 7}, {6, 1, 3}, {1, 0, 9}, {6, 3, 1}}, dirs);
  EXPECT_EQ(ParetoFront(d), (std::vector<std::size_t>{0, 3, 4, 5}));
  ExpectSameAsPairwise(d);
}

TEST(ParetoSkyline, EmptyAndSingleRow) {
  DecisionMatrix empty;
  empty.criteria = {"c"};
  empty.directions = {Direction::kBenefit};
  EXPECT_TRUE(ParetoFront(empty).empty());
  EXPECT_EQ(ParetoFront(FromRows({{3.0}}, {Direction::kCost})), (std::vector<std::size_t>{0}));
}

}  // namespace
}  // namespace gradfit::decide
