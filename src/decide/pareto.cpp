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

namespace {

// The first of `count` rows of `kept` (W values each) that dominates p (q >= p everywhere
// and q > p somewhere), or `count` when none does. Branch-free over the criteria.
template <std::size_t W>
std::size_t AnyDominates(const double* kept, std::size_t count, const double* p) {
  for (std::size_t f = 0; f < count; ++f) {
    const double* q = kept + f * W;
    bool all_ge = true, any_gt = false;
    for (std::size_t j = 0; j < W; ++j) {
      all_ge &= q[j] >= p[j];
      any_gt |= q[j] > p[j];
    }
    if (all_ge && any_gt) return f;
  }
  return count;
}

std::size_t AnyDominatesWide(const double* kept, std::size_t count, const double* p,
                             std::size_t w) {
  for (std::size_t f = 0; f < count; ++f) {
    const double* q = kept + f * w;
    bool all_ge = true, any_gt = false;
    for (std::size_t j = 0; j < w; ++j) {
      all_ge &= q[j] >= p[j];
      any_gt |= q[j] > p[j];
    }
    if (all_ge && any_gt) return f;
  }
  return count;
}

}  // namespace

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
  // Rows are padded to a multiple of 4 with zeros (neutral: 0 >= 0 and not 0 > 0), so the
  // common widths get a scan with the width known at compile time (vectorised).
  const std::size_t width = (m + 3) / 4 * 4;
  std::vector<double> padded(width, 0.0);
  std::vector<double> kept;
  kept.reserve(std::min<std::size_t>(n, 4096) * width);
  std::vector<std::size_t> front;
  for (std::size_t i : order) {
    std::copy(&rows[i * m], &rows[i * m] + m, padded.begin());
    std::size_t by = 0;  // index in the kept front of a dominator, front.size() if none
    switch (width) {
      case 4:
        by = AnyDominates<4>(kept.data(), front.size(), padded.data());
        break;
      case 8:
        by = AnyDominates<8>(kept.data(), front.size(), padded.data());
        break;
      case 12:
        by = AnyDominates<12>(kept.data(), front.size(), padded.data());
        break;
      case 16:
        by = AnyDominates<16>(kept.data(), front.size(), padded.data());
        break;
      default:
        by = AnyDominatesWide(kept.data(), front.size(), padded.data(), width);
    }
    if (by < front.size()) {
      // Move the dominator to the head of the front: a point that dominates one often
      // dominates the next, so later scans stop sooner. The order of the front does not
      // change the result (every kept point is checked).
      if (by > 0) {
        std::swap_ranges(&kept[by * width], &kept[by * width] + width, kept.begin());
        std::swap(front[by], front[0]);
      }
      continue;
    }
    front.push_back(i);
    kept.insert(kept.end(), padded.begin(), padded.end());
  }
  std::sort(front.begin(), front.end());
  return front;
}

}  // namespace gradfit::decide
