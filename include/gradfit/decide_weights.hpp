// Criterion weights for the decision module: direct values, a ranking of criteria
// (rank-order centroid), or pairwise comparisons (AHP). All return weights that sum to 1.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "gradfit/status.hpp"

namespace gradfit::decide {

struct DirectWeights {
  std::vector<double> weights;  // raw / sum(raw)
  double raw_sum = 0.0;
  bool renormalised = false;  // true when |raw_sum - 1| > 1e-9: callers should say so
};

// Normalises direct weights to sum 1 (w_j = raw_j / sum raw). Errors: empty, a negative or
// non-finite weight, all zero.
Result<DirectWeights> NormaliseWeights(std::span<const double> raw);

// Rank-order centroid (Barron & Barrett 1996): ranks[j] is criterion j's rank, 1 = most
// important. w(rank r) = (1/M) * sum_{k=r..M} 1/k. Tied ranks share the mean of the weights
// of the positions they occupy (ranks like 1,2,2,4). Errors: a rank outside 1..M, or a
// rank sequence that is not "competition" style (1,2,2,4 is fine; 1,3,3 is not).
Result<std::vector<double>> RankOrderCentroid(std::span<const int> ranks);

// Saaty's random consistency index RI(n) for n = 1..15 (Saaty 1980 for n <= 10; the
// commonly used extension for 11..15). Returns 0 for n <= 2 and NaN for n > 15.
double SaatyRandomIndex(std::size_t n);

struct AhpResult {
  std::vector<double> weights;  // principal right eigenvector, normalised to sum 1
  double lambda_max = 0.0;
  double ci = 0.0;         // (lambda_max - n) / (n - 1)
  double ri = 0.0;         // SaatyRandomIndex(n)
  double cr = 0.0;         // ci / ri (0 for n <= 2)
  bool consistent = true;  // cr <= 0.1
  std::string warning;     // set when cr > 0.1
};

// AHP weights from an n x n pairwise comparison matrix (row-major, a[i*n+j] = how much more
// important i is than j). Eigenvector by power iteration (tolerance 1e-12). Errors: size not
// n*n, non-positive or non-finite entries, diagonal != 1, a[j][i] != 1/a[i][j] (rel. 1e-6),
// n > 15.
Result<AhpResult> AhpWeights(std::size_t n, std::span<const double> pairwise);

}  // namespace gradfit::decide
