// Min-max normalisation with direction (1 = best observed, 0 = worst).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "gradfit/decide.hpp"

namespace gradfit::decide {

Result<Normalised> MinMaxNormalise(const DecisionMatrix& matrix) {
  if (Status s = Validate(matrix); !s.ok()) return s;
  const std::size_t n = matrix.n(), m = matrix.m();
  const bool intervals = matrix.has_intervals();
  Normalised out;
  out.n = n;
  out.m = m;
  out.x.resize(n * m);
  if (intervals) {
    out.lo.resize(n * m);
    out.hi.resize(n * m);
  }
  for (std::size_t j = 0; j < m; ++j) {
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (std::size_t i = 0; i < n; ++i) {
      if (matrix.is_missing(i, j)) {
        return Status::InvalidArgument(
            fmt::format("value of '{}' on '{}' is missing: resolve missing values first",
                        matrix.alternatives[i], matrix.criteria[j]));
      }
      const std::size_t c = j * n + i;
      lo = std::min(lo, intervals ? matrix.lo[c] : matrix.values[c]);
      hi = std::max(hi, intervals ? matrix.hi[c] : matrix.values[c]);
    }
    const bool benefit = matrix.directions[j] == Direction::kBenefit;
    // Halved when hi - lo overflows (cells near +-1e308), so the ratio stays exact.
    const double half = std::isinf(hi - lo) ? 0.5 : 1.0;
    const double span = half * hi - half * lo;
    // A constant criterion carries no information: 0 for everyone.
    auto scale = [&](double v) {
      if (!(span > 0.0)) return 0.0;
      return benefit ? (half * v - half * lo) / span : (half * hi - half * v) / span;
    };
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t c = j * n + i;
      out.x[c] = scale(matrix.values[c]);
      if (intervals) {
        const double a = scale(matrix.lo[c]), b = scale(matrix.hi[c]);
        out.lo[c] = std::min(a, b);
        out.hi[c] = std::max(a, b);
      }
    }
  }
  return out;
}

}  // namespace gradfit::decide
