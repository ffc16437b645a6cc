// The ROI model in closed form (geometric series) and, for reference, month by
// month. Cash flows are monthly; month k is discounted by v^k with
// v = (1+r)^(-1/12). Formulas: docs/METHODS.md, "Cost and ROI".
#include <algorithm>
#include <cmath>

#include "money/roi_model.hpp"

namespace gradfit {
namespace money_internal {

Phases PhasesOf(const RoiModel& m, int job_gap_months) {
  Phases ph;
  ph.N = std::max(0, m.horizon_years) * 12;
  ph.M = std::clamp(m.study_months, 0, ph.N);
  ph.J = std::clamp(m.study_months + std::max(0, job_gap_months), 0, ph.N);
  int md = static_cast<int>(std::lround(m.dropout_share * m.study_months));
  if (m.dropout_share > 0 && m.study_months > 0) md = std::max(md, 1);
  ph.Md = std::clamp(md, 0, ph.N);
  ph.cost_per_month = m.study_months > 0 ? m.direct_cost / m.study_months : 0;
  ph.dropout_cost_per_month = ph.Md > 0 ? m.dropout_share * m.direct_cost / ph.Md : 0;
  return ph;
}

double CumulativeFixedPart(const RoiModel& m, const Monthly& f, const Phases& ph, int n) {
  double log_a0v = std::log(f.a0) + f.log_v;
  double c0 = m.current_salary / 12.0;
  int until_job = std::min(n, ph.J);
  double sum = (m.work_share - 1.0) * c0 * GeomSumLog(log_a0v, until_job);
  sum -= ph.cost_per_month * GeomSumLog(f.log_v, std::min(n, ph.M));
  if (n > ph.J) sum -= c0 * std::exp(ph.J * log_a0v) * GeomSumLog(log_a0v, n - ph.J);
  return sum;
}

double CumulativeDropout(const RoiModel& m, const Monthly& f, const Phases& ph, int n) {
  double log_a0v = std::log(f.a0) + f.log_v;
  int k = std::min(n, ph.Md);
  return (m.work_share - 1.0) * m.current_salary / 12.0 * GeomSumLog(log_a0v, k) -
         ph.dropout_cost_per_month * GeomSumLog(f.log_v, k);
}

}  // namespace money_internal

using namespace money_internal;

RoiPath RoiClosedForm(const RoiModel& m, bool completed) {
  Monthly f(m);
  Phases ph = PhasesOf(m, m.job_gap_months);
  RoiPath out;
  double log_a1v = std::log(f.a1) + f.log_v;
  double s_coef = m.post_salary / 12.0 * std::exp(ph.J * f.log_v);
  auto cumulative = [&](int n) {
    if (!completed) return CumulativeDropout(m, f, ph, n);
    double c = CumulativeFixedPart(m, f, ph, n);
    if (n > ph.J) c += s_coef * GeomSumLog(log_a1v, n - ph.J);
    return c;
  };
  out.npv = cumulative(ph.N);
  for (int y = 1; y <= m.horizon_years; ++y) {
    if (cumulative(12 * y) >= 0) {
      out.payback_year = y;
      break;
    }
  }
  // Undiscounted: the same sums with v = 1.
  RoiModel u = m;
  u.discount_rate = 0;
  Monthly fu(u);
  double log_a0 = std::log(fu.a0), log_a1 = std::log(fu.a1), c0 = m.current_salary / 12.0;
  if (completed) {
    out.lifetime_gain = (m.work_share - 1.0) * c0 * GeomSumLog(log_a0, ph.J) -
                        ph.cost_per_month * ph.M +
                        m.post_salary / 12.0 * GeomSumLog(log_a1, ph.N - ph.J) -
                        c0 * std::exp(ph.J * log_a0) * GeomSumLog(log_a0, ph.N - ph.J);
  } else {
    out.lifetime_gain =
        (m.work_share - 1.0) * c0 * GeomSumLog(log_a0, ph.Md) - ph.dropout_cost_per_month * ph.Md;
  }
  return out;
}

RoiPath RoiMonthlyLoop(const RoiModel& m, bool completed) {
  Phases ph = PhasesOf(m, m.job_gap_months);
  double v = std::pow(1.0 + m.discount_rate, -1.0 / 12.0);
  double a0 = std::pow(1.0 + m.g0, 1.0 / 12.0), a1 = std::pow(1.0 + m.g1, 1.0 / 12.0);
  RoiPath out;
  double disc = 1, counterfactual = m.current_salary / 12.0, with_degree = m.post_salary / 12.0;
  double cum = 0;
  for (int k = 0; k < ph.N; ++k) {
    double flow;
    if (completed) {
      if (k < ph.J) {
        flow = (m.work_share - 1.0) * counterfactual - (k < ph.M ? ph.cost_per_month : 0.0);
      } else {
        flow = with_degree - counterfactual;
        with_degree *= a1;
      }
    } else {
      flow = k < ph.Md ? (m.work_share - 1.0) * counterfactual - ph.dropout_cost_per_month : 0.0;
    }
    cum += flow * disc;
    out.lifetime_gain += flow;
    disc *= v;
    counterfactual *= a0;
    if ((k + 1) % 12 == 0 && !out.payback_year && cum >= 0) out.payback_year = (k + 1) / 12;
  }
  out.npv = cum;
  return out;
}

double ExpectedNpv(const RoiModel& m) {
  return m.completion_rate * RoiClosedForm(m, true).npv +
         (1 - m.completion_rate) * RoiClosedForm(m, false).npv;
}

double BreakEvenSalary(const RoiModel& m) {
  // NPV is linear in S: NPV(S) = NPV(0) + S * (NPV(1) - NPV(0)).
  RoiModel z = m, one = m;
  z.post_salary = 0;
  one.post_salary = 1;
  double n0 = RoiClosedForm(z).npv, n1 = RoiClosedForm(one).npv;
  double slope = n1 - n0;
  return slope > 0 ? -n0 / slope : INFINITY;
}

std::optional<std::pair<double, double>> FitLognormal(std::optional<double> p10,
                                                      std::optional<double> p25, double p50,
                                                      std::optional<double> p75,
                                                      std::optional<double> p90) {
  if (!(p50 > 0)) return std::nullopt;
  double mu = std::log(p50);
  if (p25 && p75 && *p25 > 0 && *p75 > *p25)
    return std::pair{mu, (std::log(*p75) - std::log(*p25)) / (2 * 0.6744897501960817)};
  if (p10 && p90 && *p10 > 0 && *p90 > *p10)
    return std::pair{mu, (std::log(*p90) - std::log(*p10)) / (2 * 1.2815515655446004)};
  return std::nullopt;
}

}  // namespace gradfit
