// Pareto dominance on raw point values, and the Pareto set (skyline) by sort-filter-skyline.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "gradfit/decide.hpp"

namespace gradfit::decide {

bool Dominates(const DecisionMatrix& matrix, std::size_t a, std::size_t b) {
  bool strictly = false;
  for (std::size_t j = 0; j < matrix.m(); ++j) {
    double va = matrix.value(a, j), vb = matrix.value(b, j);
    if (matrix.directions[j] == Direction::kCost) {
      va = -va;
      vb = -vb;
    }
    if (va < vb) return false;
    if (va > vb) strictly = true;
  }
  return strictly;
}

std::vector<std::size_t> ParetoFrontPairwise(const DecisionMatrix& matrix) {
  std::vector<std::size_t> front;
  for (std::size_t b = 0; b < matrix.n(); ++b) {
    bool dominated = false;
    for (std::size_t a = 0; a < matrix.n() && !dominated; ++a) {
      dominated = a != b && Dominates(matrix, a, b);
    }
    if (!dominated) front.push_back(b);
  }
  return front;
}

// Sort-filter-skyline (Chomicki et al. 2003). Rows are turned into "more is better" vectors
// and sorted by decreasing sum, ties by decreasing lexicographic order. If a dominates b,
// then sum(a) >= sum(b) (rounding is monotone) and a > b lexicographically, so every
// dominator comes before what it dominates. Dominance is transitive, so a point is dominated
// iff a point already kept dominates it: each point is compared with the kept front only.
// Equal rows never dominate each other and are all kept, as in the pairwise scan. A NaN
// makes dominance intransitive (it compares as neither better nor worse) and an infinity
// can make a sum NaN, so a matrix with a non-finite value goes through the pairwise scan,
// which defines the result for it.
std::vector<std::size_t> ParetoFront(const DecisionMatrix& matrix) {
  const std::size_t n = matrix.n(), m = matrix.m();
  if (std::any_of(matrix.values.begin(), matrix.values.end(),
                  [](double v) { return !std::isfinite(v); })) {
    return ParetoFrontPairwise(matrix);
  }
  std::vector<double> rows(n * m);  // row-major, "more is better"
  std::vector<double> sums(n, 0.0);
  for (std::size_t j = 0; j < m; ++j) {
    const bool cost = matrix.directions[j] == Direction::kCost;
    for (std::size_t i = 0; i < n; ++i) {
      const double v = cost ? -matrix.value(i, j) : matrix.value(i, j);
      rows[i * m + j] = v;
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < m; ++j) sums[i] += rows[i * m + j];
  }
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (sums[a] != sums[b]) return sums[a] > sums[b];
    return std::lexicographical_compare(&rows[b * m], &rows[b * m] + m, &rows[a * m],
                                        &rows[a * m] + m);
  });
  // The kept front, packed row-major in sorted order, so the scan walks contiguous memory.
  std::vector<double> kept;
  kept.reserve(std::min<std::size_t>(n, 4096) * m);
  std::vector<std::size_t> front;
  for (std::size_t i : order) {
    const double* p = &rows[i * m];
    bool dominated = false;
    for (std::size_t f = 0; f < front.size() && !dominated; ++f) {
      const double* q = &kept[f * m];
      // Branch-free over the criteria: q dominates p iff q >= p everywhere and q != p.
      bool all_ge = true, any_gt = false;
      for (std::size_t j = 0; j < m; ++j) {
        all_ge &= q[j] >= p[j];
        any_gt |= q[j] > p[j];
      }
      dominated = all_ge && any_gt;
    }
    if (dominated) continue;
    front.push_back(i);
    kept.insert(kept.end(), p, p + m);
  }
  std::sort(front.begin(), front.end());
  return front;
}

}  // namespace gradfit::decide
