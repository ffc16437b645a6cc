// Multi-criteria decision module: a matrix of N alternatives x M criteria and the
// methods that rank them. It knows nothing about programs; callers map their data to
// criteria. Methods (see docs/METHODS.md, "Decision methods"):
//   - MinMaxNormalise: per-criterion min-max scaling with direction (1 = best, 0 = worst);
//   - WeightedSumScores: sum_j w_j * normalised value;
//   - Topsis: vector normalisation, ideal / anti-ideal, relative closeness;
//   - ParetoFront: the non-dominated alternatives;
//   - Contributions / SwapThresholds: why an alternative scores what it scores, and
//     which single weight change would swap two alternatives.
// Weights: gradfit/decide_weights.hpp. Robustness (SMAA-2): gradfit/decide_smaa.hpp.
// CSV input: gradfit/decide_csv.hpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "gradfit/status.hpp"

namespace gradfit::decide {

enum class Direction : std::uint8_t { kBenefit, kCost };  // more is better / less is better

// What to do with a missing value (NaN, or flagged in DecisionMatrix::missing). Never a
// silent zero:
//   kExclude  - drop every alternative with a missing value (listed in `excluded`);
//   kPenalise - replace it by the worst observed value of that criterion;
//   kSample   - treat it as unknown within the observed [min, max] of that criterion: SMAA
//               samples it uniformly there; deterministic methods use the midpoint (noted).
enum class MissingPolicy : std::uint8_t { kExclude, kPenalise, kSample };

// Structure-of-arrays decision matrix. Every per-cell array is criterion-major:
// cell (alternative i, criterion j) lives at [j * n() + i], so one criterion is contiguous.
struct DecisionMatrix {
  std::vector<std::string> alternatives;  // N names
  std::vector<std::string> criteria;      // M names
  std::vector<Direction> directions;      // M directions
  std::vector<double> values;             // N*M point values; NaN = missing
  std::vector<std::uint8_t> missing;      // optional explicit mask (N*M, 1 = missing)
  std::vector<double> lo, hi;             // optional uncertainty interval per cell (N*M each)

  std::size_t n() const { return alternatives.size(); }
  std::size_t m() const { return criteria.size(); }
  double value(std::size_t i, std::size_t j) const { return values[j * n() + i]; }
  bool is_missing(std::size_t i, std::size_t j) const;
  bool has_intervals() const { return !lo.empty(); }
};

// Checks sizes, that no value is infinite, and lo <= value <= hi where intervals are given.
Status Validate(const DecisionMatrix& matrix);

struct ResolvedMatrix {
  DecisionMatrix matrix;              // no missing value left
  std::vector<std::size_t> kept;      // original index of each alternative kept
  std::vector<std::size_t> excluded;  // original indices dropped (kExclude only)
  std::vector<std::string> notes;     // what was done, in words
};

// Applies `policy` to every missing value. Errors: invalid matrix; a criterion with no
// observed value at all; every alternative excluded.
Result<ResolvedMatrix> ResolveMissing(const DecisionMatrix& matrix, MissingPolicy policy);

// Min-max normalised matrix, criterion-major like DecisionMatrix. For a benefit criterion
// x' = (x - min_j) / (max_j - min_j), for a cost criterion x' = (max_j - x) / (max_j - min_j),
// so 1 is the best observed value and 0 the worst. min_j/max_j cover interval bounds too,
// so sampled values stay in [0, 1]. A constant criterion (max = min) maps to 0 everywhere:
// it cannot separate alternatives. Positive rescaling of a criterion leaves x' unchanged.
struct Normalised {
  std::size_t n = 0, m = 0;
  std::vector<double> x;       // N*M normalised point values
  std::vector<double> lo, hi;  // N*M normalised bounds (empty when the matrix is exact)
  double at(std::size_t i, std::size_t j) const { return x[j * n + i]; }
};

// Requires a matrix without missing values (use ResolveMissing first).
Result<Normalised> MinMaxNormalise(const DecisionMatrix& matrix);

// score_i = sum_j w_j * x'_ij on the min-max normalised matrix. weights.size() == m.
std::vector<double> WeightedSumScores(const Normalised& norm, std::span<const double> weights);

// Indices of alternatives by decreasing score; equal scores keep the lower index first.
std::vector<std::size_t> RankByScore(std::span<const double> scores);

struct TopsisResult {
  std::vector<double> weighted;    // N*M weighted vector-normalised values v_ij = w_j x_ij / |x_j|
  std::vector<double> ideal;       // M: best v_j (max for benefit, min for cost)
  std::vector<double> anti_ideal;  // M: worst v_j
  std::vector<double> d_plus;      // N: Euclidean distance to the ideal
  std::vector<double> d_minus;     // N: Euclidean distance to the anti-ideal
  std::vector<double> closeness;   // N: d_minus / (d_plus + d_minus); 0.5 when both are 0
};

// TOPSIS (Hwang & Yoon 1981) on point values. Errors: missing values, wrong weight count,
// negative raw values (vector normalisation needs x >= 0).
Result<TopsisResult> Topsis(const DecisionMatrix& matrix, std::span<const double> weights);

// True when a is at least as good as b on every criterion and strictly better on one
// (raw point values, with direction).
bool Dominates(const DecisionMatrix& matrix, std::size_t a, std::size_t b);

// Indices (ascending) of the alternatives no other alternative dominates. Equal rows do not
// dominate each other (all are kept). M <= 3: exact sweeps in O(N log N). M >= 4:
// sort-filter-skyline with grid and mask filters, O(N log N + N * F * M) at worst for a front
// of F points (F ~ N when most points are optimal, as on anti-correlated data), usually far
// less. docs/METHODS.md describes both.
std::vector<std::size_t> ParetoFront(const DecisionMatrix& matrix);

// The same set by the O(N^2 * M) pairwise scan: the reference ParetoFront is tested against,
// and what ParetoFront uses when a value is NaN (dominance is not transitive then).
std::vector<std::size_t> ParetoFrontPairwise(const DecisionMatrix& matrix);

// Contribution of each criterion to the weighted-sum score of alternative i: w_j * x'_ij.
std::vector<double> Contributions(const Normalised& norm, std::span<const double> weights,
                                  std::size_t i);

// For criterion j: the weight t in [0, 1] at which `challenger` and `leader` tie when w_j is
// set to t and the other weights are rescaled proportionally to keep the sum 1.
// `challenger_wins_above` says on which side of t the challenger is ahead.
struct SwapThreshold {
  std::size_t criterion = 0;
  double weight = 0.0;
  bool challenger_wins_above = true;
};

// One entry per criterion where such a t exists in [0, 1] (a criterion with weight 1 has
// no proportional rescaling and is skipped).
std::vector<SwapThreshold> SwapThresholds(const Normalised& norm, std::span<const double> weights,
                                          std::size_t leader, std::size_t challenger);

// "B overtakes A if Cost weighs more than 0.35" style sentence.
std::string DescribeSwap(const DecisionMatrix& matrix, std::size_t leader, std::size_t challenger,
                         const SwapThreshold& threshold);

}  // namespace gradfit::decide
