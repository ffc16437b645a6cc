// SMAA-2 properties: acceptabilities are distributions, dominance and symmetry are
// respected, results are seeded and identical at any thread count, constraints work.
#include <gtest/gtest.h>

#include <cmath>

#include "decide/test_matrices.hpp"
#include "gradfit/decide.hpp"
#include "gradfit/decide_smaa.hpp"

namespace gradfit::decide {
namespace {

using testing::FromRows;

Normalised Norm(const DecisionMatrix& d) { return MinMaxNormalise(d).value(); }

SmaaResult RunOk(const Normalised& n, SmaaOptions o) {
  auto r = RunSmaa(n, o);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return std::move(r).value();
}

TEST(Smaa, AcceptabilitiesSumToOnePerRankAndPerAlternative) {
  const auto n = Norm(testing::Random(40, 5, 3));
  SmaaOptions o;
  o.samples = 3000;
  const auto r = RunOk(n, o);
  for (std::size_t i = 0; i < r.n; ++i) {
    std::uint64_t row = 0;
    for (std::size_t k = 0; k < r.ranks; ++k) row += r.rank_counts[i * r.ranks + k];
    EXPECT_EQ(row, o.samples) << i;
  }
  for (std::size_t k = 0; k < r.ranks; ++k) {
    double col = 0;
    for (std::size_t i = 0; i < r.n; ++i) col += r.acceptability(i, k);
    EXPECT_NEAR(col, 1.0, 1e-12) << k;
  }
}

TEST(Smaa, DominatedAlternativeNeverOutranksItsDominator) {
  // A1 is dominated by A0; with two alternatives A1 can never be first.
  const auto two = Norm(
      FromRows({{0.9, 0.5, 0.7}, {0.8, 0.5, 0.2}}, std::vector<Direction>(3, Direction::kBenefit)));
  SmaaOptions o;
  o.samples = 5000;
  const auto r2 = RunOk(two, o);
  EXPECT_EQ(r2.rank_counts[0 * 2 + 0], o.samples);
  EXPECT_EQ(r2.rank_counts[1 * 2 + 1], o.samples);

  // Among others: in every sample A1 is behind A0, so for every r the share of samples
  // with A1 in ranks <= r cannot exceed A0's.
  auto d = testing::Random(30, 4, 11);
  for (std::size_t j = 0; j < 4; ++j) d.values[j * 30 + 1] = d.values[j * 30 + 0] * 0.9;
  const auto r = RunOk(Norm(d), o);
  std::uint64_t cum0 = 0, cum1 = 0;
  for (std::size_t k = 0; k < r.ranks; ++k) {
    cum0 += r.rank_counts[0 * r.ranks + k];
    cum1 += r.rank_counts[1 * r.ranks + k];
    EXPECT_LE(cum1, cum0) << "rank " << k;
  }
}

TEST(Smaa, InvariantToPositiveRescalingOfACriterion) {
  auto d = testing::Random(25, 4, 5);
  auto scaled = d;
  for (std::size_t i = 0; i < 25; ++i) scaled.values[2 * 25 + i] *= 1024.0;
  SmaaOptions o;
  o.samples = 2000;
  const auto a = RunOk(Norm(d), o);
  const auto b = RunOk(Norm(scaled), o);
  EXPECT_EQ(a.rank_counts, b.rank_counts);
}

TEST(Smaa, SymmetricMatrixGivesSymmetricAcceptabilities) {
  // A0 and A1 mirror each other across the two criteria; equal-weight sampling is
  // symmetric, so their first-rank acceptabilities agree within sampling error.
  const auto n = Norm(
      FromRows({{1.0, 0.0}, {0.0, 1.0}, {0.4, 0.4}}, {Direction::kBenefit, Direction::kBenefit}));
  SmaaOptions o;
  o.samples = 20000;
  const auto r = RunOk(n, o);
  EXPECT_NEAR(r.first_rank(0), 0.5, 0.02);  // sd = 0.0035
  EXPECT_NEAR(r.first_rank(1), 0.5, 0.02);
  EXPECT_EQ(r.rank_counts[2 * 3 + 0], 0u);  // (0.4, 0.4) never beats both extremes
  // Central weights lean to the criterion each alternative is good at.
  EXPECT_GT(r.central_weights[0 * 2 + 0], 0.7);
  EXPECT_GT(r.central_weights[1 * 2 + 1], 0.7);
  EXPECT_TRUE(std::isnan(r.central_weights[2 * 2 + 0]));
  EXPECT_DOUBLE_EQ(r.confidence[0], 1.0);  // exact values: it wins at its central weights
  EXPECT_TRUE(std::isnan(r.confidence[2]));
}

TEST(Smaa, TiesAreBrokenByIndexDeterministically) {
  const auto n = Norm(
      FromRows({{0.5, 0.5}, {0.5, 0.5}, {0.5, 0.5}}, {Direction::kBenefit, Direction::kBenefit}));
  SmaaOptions o;
  o.samples = 500;
  const auto r = RunOk(n, o);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(r.rank_counts[i * 3 + i], 500u);
}

TEST(Smaa, IdenticalAtAnyThreadCountAndSeeded) {
  const auto n = Norm(testing::Random(200, 6, 9));
  SmaaOptions o;
  o.samples = 5000;  // 20 chunks
  o.seed = 42;
  o.threads = 1;
  const auto one = RunOk(n, o);
  o.threads = 2;
  const auto two = RunOk(n, o);
  o.threads = 3;
  const auto three = RunOk(n, o);
  EXPECT_EQ(one.rank_counts, two.rank_counts);
  EXPECT_EQ(one.rank_counts, three.rank_counts);
  for (std::size_t c = 0; c < one.central_weights.size(); ++c) {
    const double a = one.central_weights[c], b = two.central_weights[c];
    EXPECT_TRUE((std::isnan(a) && std::isnan(b)) || a == b) << c;
  }
  o.seed = 43;
  const auto other = RunOk(n, o);
  EXPECT_NE(one.rank_counts, other.rank_counts);
}

TEST(Smaa, TopKCountsEqualTheFirstRanksOfTheFullRun) {
  const auto n = Norm(testing::Random(300, 8, 21));
  SmaaOptions o;
  o.samples = 2000;
  const auto full = RunOk(n, o);
  o.top_k = 10;
  o.threads = 2;
  const auto top = RunOk(n, o);
  ASSERT_EQ(top.ranks, 10u);
  for (std::size_t i = 0; i < n.n; ++i) {
    for (std::size_t k = 0; k < 10; ++k) {
      ASSERT_EQ(top.rank_counts[i * 10 + k], full.rank_counts[i * full.ranks + k]) << i << "," << k;
    }
  }
  for (std::size_t c = 0; c < full.central_weights.size(); ++c) {
    const double a = top.central_weights[c], b = full.central_weights[c];
    EXPECT_TRUE((std::isnan(a) && std::isnan(b)) || a == b) << c;
  }
}

TEST(Smaa, OrderingAndWeightIntervalsConstrainTheWeights) {
  const auto n = Norm(testing::Random(20, 3, 4));
  SmaaOptions o;
  o.samples = 2000;
  o.order = {2, 0, 1};  // criterion 2 most important, then 0, then 1
  const auto r = RunOk(n, o);
  for (std::size_t i = 0; i < r.n; ++i) {
    if (r.rank_counts[i * r.ranks] == 0) continue;
    const double* w = &r.central_weights[i * 3];
    EXPECT_GE(w[2], w[0]);
    EXPECT_GE(w[0], w[1]);
  }
  SmaaOptions iv;
  iv.samples = 1000;
  iv.weight_lo = {0.2, 0.2, 0.2};
  iv.weight_hi = {0.5, 0.5, 0.5};
  const auto ri = RunOk(n, iv);
  EXPECT_GT(ri.weight_draws, 1000u);  // some draws were rejected
  for (std::size_t i = 0; i < ri.n; ++i) {
    if (ri.rank_counts[i * ri.ranks] == 0) continue;
    for (std::size_t j = 0; j < 3; ++j) {
      EXPECT_GE(ri.central_weights[i * 3 + j], 0.2 - 1e-9);
      EXPECT_LE(ri.central_weights[i * 3 + j], 0.5 + 1e-9);
    }
  }
}

TEST(Smaa, ClearErrorsForInfeasibleOrImpossibleRequests) {
  const auto n = Norm(testing::Random(10, 3, 4));
  SmaaOptions o;
  o.weight_lo = {0.5, 0.5, 0.5};
  o.weight_hi = {1, 1, 1};
  auto r = RunSmaa(n, o);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("infeasible"), std::string::npos);

  o.weight_lo = {0.5, 0.25, 0.25};  // feasible but of measure zero: the cap trips
  o.weight_hi = {0.5, 0.25, 0.25};
  o.max_draws_per_sample = 1000;
  r = RunSmaa(n, o);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("draws"), std::string::npos);

  SmaaOptions bad;
  bad.top_k = 11;
  EXPECT_FALSE(RunSmaa(n, bad).ok());
  bad.top_k = 0;
  bad.order = {0, 0, 1};
  EXPECT_FALSE(RunSmaa(n, bad).ok());
  bad.order.clear();
  bad.samples = 0;
  EXPECT_FALSE(RunSmaa(n, bad).ok());
}

TEST(Smaa, UncertainValuesAreSampledAndConfidenceIsAShare) {
  // A0 and A1 have overlapping intervals on the only criterion that matters.
  DecisionMatrix d =
      FromRows({{0.5, 0.0}, {0.45, 0.0}, {0.1, 0.0}}, {Direction::kBenefit, Direction::kBenefit});
  d.lo = {0.3, 0.3, 0.1, 0, 0, 0};
  d.hi = {0.7, 0.6, 0.1, 0, 0, 0};
  const auto n = Norm(d);
  SmaaOptions o;
  o.samples = 20000;
  const auto r = RunOk(n, o);
  EXPECT_GT(r.first_rank(0), r.first_rank(1));
  EXPECT_GT(r.first_rank(1), 0.2);
  EXPECT_EQ(r.rank_counts[2 * 3 + 2], o.samples);
  // Criterion 1 is constant, so the weights do not matter and A0 is first with
  // P(U(0.3, 0.7) > U(0.3, 0.6)) = (0.15 + 0.1) / 0.4 = 0.625, at any weights.
  EXPECT_NEAR(r.first_rank(0), 0.625, 0.015);  // sd = 0.0034
  EXPECT_NEAR(r.confidence[0], 0.625, 0.015);
  EXPECT_NEAR(r.confidence[0] + r.confidence[1], 1.0, 0.02);
}

}  // namespace
}  // namespace gradfit::decide
