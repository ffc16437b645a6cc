// Internal pieces of the ROI model shared by the closed form and the Monte
// Carlo: monthly rates and the geometric sum.
#pragma once

#include <cmath>

#include "gradfit/money_roi.hpp"

namespace gradfit::money_internal {

// Monthly factors of a model: discount v, counterfactual growth a0, growth a1, and the log of
// the monthly factor d by which an entry wage's gap to its target shrinks (0: no convergence).
struct Monthly {
  double v, a0, a1;
  double log_v, log_d;
  explicit Monthly(const RoiModel& m)
      : v(std::pow(1.0 + m.discount_rate, -1.0 / 12.0)),
        a0(std::pow(1.0 + m.g0, 1.0 / 12.0)),
        a1(std::pow(1.0 + m.g1, 1.0 / 12.0)),
        log_v(-std::log1p(m.discount_rate) / 12.0),
        log_d(Converges(m) ? std::log(0.5) / (12.0 * m.convergence_half_life_years) : 0.0) {}
  static bool Converges(const RoiModel& m) {
    return m.path == EarningsPath::kEntryWage && m.target_salary > 0 &&
           m.convergence_half_life_years > 0;
  }
};

// The part of the post-degree flow that scales with the drawn level s, at job month J: the
// discounted value of one unit of s per year paid from month J is s_coef · G(x·d) with
// x = a1·v. kEntryWage: s = S and s_coef = v^J / 12; kPremium: s = premium · S0 and
// s_coef = (a0 v)^J / 12 (the counterfactual at J). The target term adds
// s_coef_entry · T · (G(x) − G(x·d)) for a converging entry wage.
inline double LevelCoef(const RoiModel& m, const Monthly& f, int J) {
  double log_step = m.path == EarningsPath::kPremium ? std::log(f.a0) + f.log_v : f.log_v;
  return std::exp(J * log_step) / 12.0;
}
// The level s of a model's deterministic path.
inline double LevelOf(const RoiModel& m) {
  return m.path == EarningsPath::kPremium ? m.premium * m.current_salary : m.post_salary;
}
// The target used by the convergence term (0 when the path does not converge).
inline double TargetOf(const RoiModel& m) { return Monthly::Converges(m) ? m.target_salary : 0.0; }

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
// that does not depend on the post-degree salary S or its growth (kPremium: the
// counterfactual after J is part of the premium term, not of this part).
double CumulativeFixedPart(const RoiModel& m, const Monthly& f, const Phases& ph, int n);
// The cumulative discounted net flow of a non-completer up to month n.
double CumulativeDropout(const RoiModel& m, const Monthly& f, const Phases& ph, int n);

}  // namespace gradfit::money_internal
