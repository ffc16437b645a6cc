// Pareto dominance on raw point values, and the Pareto set (skyline): the reference pairwise
// scan and the fast path that picks an algorithm by the number of criteria.
#include <algorithm>
#include <cmath>

#include "gradfit/decide.hpp"
#include "pareto_internal.hpp"

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

// One, two or three criteria: exact sweeps in O(N log N) (pareto_sweep.cpp). More: the
// partitioned sort-filter-skyline (pareto_sfs.cpp). All work on finite values turned "more
// is better"; a NaN makes dominance intransitive (it compares as neither better nor worse)
// and an infinity can make a sum NaN, so a matrix with a non-finite value goes through the
// pairwise scan, which defines the result for it.
std::vector<std::size_t> ParetoFront(const DecisionMatrix& matrix) {
  const std::size_t n = matrix.n(), m = matrix.m();
  if (n == 0) return {};
  if (m == 0 || std::any_of(matrix.values.begin(), matrix.values.end(),
                            [](double v) { return !std::isfinite(v); })) {
    return ParetoFrontPairwise(matrix);
  }
  std::vector<double> rows(n * m);  // row-major, "more is better"
  for (std::size_t j = 0; j < m; ++j) {
    const bool cost = matrix.directions[j] == Direction::kCost;
    const double* column = matrix.values.data() + j * n;
    for (std::size_t i = 0; i < n; ++i) rows[i * m + j] = cost ? -column[i] : column[i];
  }
  std::vector<std::size_t> front;
  if (m == 1) {
    front = pareto::FrontOneCriterion(rows, n);
  } else if (m == 2) {
    front = pareto::FrontTwoCriteria(rows, n);
  } else if (m == 3) {
    front = pareto::FrontThreeCriteria(rows, n);
  } else {
    front = pareto::FrontSortFilter(rows, n, m);
  }
  std::sort(front.begin(), front.end());
  return front;
}

}  // namespace gradfit::decide
