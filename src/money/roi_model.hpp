// Internal pieces of the ROI model shared by the closed form and the Monte
// Carlo: monthly rates and the geometric sum.
#pragma once

#include <cmath>

#include "gradfit/money_roi.hpp"

namespace gradfit::money_internal {

// Monthly factors of a model: discount v, counterfactual growth a0, growth a1.
struct Monthly {
  double v, a0, a1;
  double log_v;
  explicit Monthly(const RoiModel& m)
      : v(std::pow(1.0 + m.discount_rate, -1.0 / 12.0)),
        a0(std::pow(1.0 + m.g0, 1.0 / 12.0)),
        a1(std::pow(1.0 + m.g1, 1.0 / 12.0)),
        log_v(-std::log1p(m.discount_rate) / 12.0) {}
};

// sum_{k=0}^{n-1} x^k given log(x): expm1 keeps it exact near x = 1.
inline double GeomSumLog(double log_x, int n) {
  if (n <= 0) return 0.0;
  if (std::fabs(log_x) < 1e-14) return n;
  return std::expm1(n * log_x) / std::expm1(log_x);
}
inline double GeomSum(double x, int n) { return GeomSumLog(std::log(x), n); }

// The months of the two phases, clipped to the horizon.
struct Phases {
  int N;                          // horizon months
  int M;                          // study months (clipped)
  int J;                          // first month of the new job (clipped)
  int Md;                         // study months of a non-completer
  double cost_per_month;          // completion path
  double dropout_cost_per_month;  // non-completer
};
Phases PhasesOf(const RoiModel& m, int job_gap_months);

// The part of the cumulative discounted net flow up to month n (exclusive)
// that does not depend on the post-degree salary S or its growth.
double CumulativeFixedPart(const RoiModel& m, const Monthly& f, const Phases& ph, int n);
// The cumulative discounted net flow of a non-completer up to month n.
double CumulativeDropout(const RoiModel& m, const Monthly& f, const Phases& ph, int n);

}  // namespace gradfit::money_internal
