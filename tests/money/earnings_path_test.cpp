// The two earnings paths of the ROI model: a premium on the person's own path
// and an entry wage converging to the role's median. The closed form must equal
// the month-by-month loop, and the simulation without uncertainty must equal
// the closed form, for both.
#include <gtest/gtest.h>

#include <cmath>

#include "gradfit/money_roi.hpp"

namespace gradfit {
namespace {

RoiModel Premium() {
  RoiModel m;
  m.current_salary = 130000;
  m.g0 = 0.01;
  m.g1 = 0.015;
  m.path = EarningsPath::kPremium;
  m.premium = 0.25;
  m.study_months = 30;
  m.work_share = 1.0;
  m.job_gap_months = 3;
  m.direct_cost = 7000;
  m.completion_rate = 0.85;
  return m;
}

RoiModel Changer() {
  RoiModel m;
  m.current_salary = 65000;
  m.g0 = 0.01;
  m.g1 = 0.01;
  m.post_salary = 85660;
  m.target_salary = 120230;
  m.convergence_half_life_years = 3;
  m.study_months = 30;
  m.work_share = 1.0;
  m.job_gap_months = 4;
  m.direct_cost = 7000;
  m.completion_rate = 0.85;
  return m;
}

TEST(EarningsPath, ClosedFormEqualsMonthlyLoopForBothPaths) {
  for (const RoiModel& base : {Premium(), Changer()}) {
    for (double w : {0.0, 1.0}) {
      RoiModel m = base;
      m.work_share = w;
      for (bool done : {true, false}) {
        RoiPath a = RoiClosedForm(m, done), b = RoiMonthlyLoop(m, done);
        EXPECT_NEAR(a.npv, b.npv, 0.01);
        EXPECT_NEAR(a.lifetime_gain, b.lifetime_gain, 0.01);
        EXPECT_EQ(a.payback_year, b.payback_year);
      }
    }
  }
}

TEST(EarningsPath, PremiumHandComputedWithoutGrowthOrDiscount) {
  // No growth, no discount, keeps all pay, no cost, no gap: the gain is premium x salary for
  // every month after graduation.
  RoiModel m = Premium();
  m.g0 = m.g1 = 0;
  m.discount_rate = 0;
  m.direct_cost = 0;
  m.job_gap_months = 0;
  m.horizon_years = 10;
  RoiPath p = RoiClosedForm(m);
  EXPECT_NEAR(p.npv, 0.25 * 130000 / 12 * (120 - 30), 1e-6);
}

TEST(EarningsPath, ConvergingWageClosesHalfTheGapEachHalfLife) {
  // Counterfactual 0, no growth or discount: the wage after h years is T - (T - S)/2.
  RoiModel m = Changer();
  m.current_salary = 0;
  m.g0 = m.g1 = 0;
  m.discount_rate = 0;
  m.direct_cost = 0;
  m.study_months = 0;
  m.job_gap_months = 0;
  m.horizon_years = 3;
  double d = std::pow(0.5, 1.0 / 36);  // monthly factor
  double gap = m.target_salary - m.post_salary, expected = 0;
  for (int k = 0; k < 36; ++k) expected += (m.target_salary - gap * std::pow(d, k)) / 12;
  EXPECT_NEAR(RoiClosedForm(m).npv, expected, 1e-6);
  EXPECT_NEAR(gap * std::pow(d, 36), gap / 2, 1e-9);
}

TEST(EarningsPath, SimulationWithoutUncertaintyEqualsClosedForm) {
  for (const RoiModel& m : {Premium(), Changer()}) {
    RoiUncertainty u;
    u.salary_mu = std::log(m.path == EarningsPath::kPremium ? 1 + m.premium : m.post_salary);
    u.random_completion = false;
    MonteCarloOptions o;
    o.runs = 2000;
    o.threads = 2;
    RoiSummary s = SimulateRoi(m, u, o);
    RoiPath p = RoiClosedForm(m);
    EXPECT_NEAR(s.npv_p50, p.npv, 0.01);
    EXPECT_NEAR(s.npv_mean, p.npv, 0.01);
    EXPECT_DOUBLE_EQ(s.p_payback_10, p.payback_year && *p.payback_year <= 10 ? 1.0 : 0.0);
    EXPECT_DOUBLE_EQ(s.p_payback_5, p.payback_year && *p.payback_year <= 5 ? 1.0 : 0.0);
  }
}

TEST(EarningsPath, NaiveReferenceHasTheSameMeanWithAllDraws) {
  for (const RoiModel& m : {Premium(), Changer()}) {
    RoiUncertainty u;
    u.salary_mu = std::log(m.path == EarningsPath::kPremium ? 1 + m.premium : m.post_salary);
    u.salary_sigma = m.path == EarningsPath::kPremium ? 0.075 : 0.2;
    u.growth_sd = 0.005;
    u.job_gap_mean_months = 3;
    MonteCarloOptions o;
    o.runs = 3000;
    o.threads = 1;
    EXPECT_NEAR(SimulateRoi(m, u, o).npv_mean, SimulateRoiNaiveMean(m, u, o), 0.05);
  }
}

TEST(EarningsPath, PremiumNeverBelowOwnPay) {
  // A ratio drawn below 1 counts as no premium, not a pay cut.
  RoiModel m = Premium();
  RoiUncertainty u;
  u.salary_mu = std::log(0.5);
  u.random_completion = false;
  MonteCarloOptions o;
  o.runs = 1000;
  RoiModel zero = m;
  zero.premium = 0;
  EXPECT_NEAR(SimulateRoi(m, u, o).npv_p50, RoiClosedForm(zero).npv, 0.01);
}

TEST(EarningsPath, BreakEvenPremiumGivesZeroNpv) {
  RoiModel m = Premium();
  m.work_share = 0;  // full-time: the premium must repay the lost pay
  double be = BreakEvenSalary(m);
  RoiModel at = m;
  at.premium = be;
  EXPECT_GT(be, 0);
  EXPECT_NEAR(RoiClosedForm(at).npv, 0, 0.01);
}

}  // namespace
}  // namespace gradfit
