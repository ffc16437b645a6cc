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
  if (n > ph.J && m.path == EarningsPath::kEntryWage)
    sum -= c0 * std::exp(ph.J * log_a0v) * GeomSumLog(log_a0v, n - ph.J);
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
  const double coef = LevelCoef(m, f, ph.J), level = LevelOf(m), target = TargetOf(m);
  const double entry_coef = std::exp(ph.J * f.log_v) / 12.0;
  auto cumulative = [&](int n) {
    if (!completed) return CumulativeDropout(m, f, ph, n);
    double c = CumulativeFixedPart(m, f, ph, n);
    if (n > ph.J) {
      double gd = GeomSumLog(log_a1v + f.log_d, n - ph.J);
      c += coef * level * gd;
      if (target > 0) c += entry_coef * target * (GeomSumLog(log_a1v, n - ph.J) - gd);
    }
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
    out.lifetime_gain =
        (m.work_share - 1.0) * c0 * GeomSumLog(log_a0, ph.J) - ph.cost_per_month * ph.M;
    const int after = ph.N - ph.J;
    if (m.path == EarningsPath::kPremium) {
      out.lifetime_gain += m.premium * c0 * std::exp(ph.J * log_a0) * GeomSumLog(log_a1, after);
    } else {
      double gd = GeomSumLog(log_a1 + f.log_d, after);
      out.lifetime_gain += m.post_salary / 12.0 * gd +
                           target / 12.0 * (GeomSumLog(log_a1, after) - (target > 0 ? gd : 0)) -
                           c0 * std::exp(ph.J * log_a0) * GeomSumLog(log_a0, after);
    }
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
  const double target = TargetOf(m) / 12.0;
  const double d = std::exp(Monthly(m).log_d);
  RoiPath out;
  double disc = 1, counterfactual = m.current_salary / 12.0, with_degree = m.post_salary / 12.0;
  double gap = target > 0 ? target - with_degree : 0;  // entry wage: distance to the target
  double cum = 0;
  for (int k = 0; k < ph.N; ++k) {
    double flow;
    if (completed) {
      if (k < ph.J) {
        flow = (m.work_share - 1.0) * counterfactual - (k < ph.M ? ph.cost_per_month : 0.0);
      } else if (m.path == EarningsPath::kPremium) {
        flow = m.premium * counterfactual;  // both paths grow at g1 from J
      } else {
        double wage = target > 0 ? (target - gap) * std::pow(a1, k - ph.J) : with_degree;
        flow = wage - counterfactual;
        with_degree *= a1;
        gap *= d;
      }
    } else {
      flow = k < ph.Md ? (m.work_share - 1.0) * counterfactual - ph.dropout_cost_per_month : 0.0;
    }
    cum += flow * disc;
    out.lifetime_gain += flow;
    disc *= v;
    counterfactual *= (completed && k >= ph.J && m.path == EarningsPath::kPremium) ? a1 : a0;
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
  // NPV is linear in S (or the premium): NPV(S) = NPV(0) + S * (NPV(1) - NPV(0)).
  RoiModel z = m, one = m;
  z.post_salary = 0;
  one.post_salary = 1;
  if (m.path == EarningsPath::kPremium) {
    z.premium = 0;
    one.premium = 1;
  }
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
