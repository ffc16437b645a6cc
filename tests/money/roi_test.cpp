// The ROI model: closed form vs month-by-month loop, the Monte Carlo with no
// uncertainty vs the closed form, determinism across thread counts.
#include <gtest/gtest.h>

#include <cmath>

#include "gradfit/money_roi.hpp"

namespace gradfit {
namespace {

RoiModel Typical() {
  RoiModel m;
  m.current_salary = 70000;
  m.g0 = 0.01;
  m.post_salary = 120000;
  m.g1 = 0.025;
  m.study_months = 16;
  m.work_share = 0;
  m.job_gap_months = 3;
  m.direct_cost = 60000;
  m.discount_rate = 0.03;
  m.horizon_years = 30;
  m.completion_rate = 0.85;
  m.dropout_share = 0.5;
  return m;
}

TEST(RoiClosedForm, EqualsMonthlyLoopToTheCent) {
  for (double w : {0.0, 0.5}) {
    for (int gap : {0, 3, 11}) {
      for (double r : {0.0, 0.03, 0.07}) {
        RoiModel m = Typical();
        m.work_share = w;
        m.job_gap_months = gap;
        m.discount_rate = r;
        for (bool done : {true, false}) {
          RoiPath a = RoiClosedForm(m, done), b = RoiMonthlyLoop(m, done);
          EXPECT_NEAR(a.npv, b.npv, 0.005) << w << " " << gap << " " << r << " " << done;
          EXPECT_NEAR(a.lifetime_gain, b.lifetime_gain, 0.005);
          EXPECT_EQ(a.payback_year, b.payback_year);
        }
      }
    }
  }
}

TEST(RoiClosedForm, HandComputedNoGrowthNoDiscount) {
  // 12 months of study, no growth, no discount, 2-year horizon: year 1 loses
  // the salary 60,000 and pays 12,000; year 2 gains 90,000 - 60,000 = 30,000.
  RoiModel m;
  m.current_salary = 60000;
  m.post_salary = 90000;
  m.g0 = m.g1 = 0;
  m.discount_rate = 0;
  m.study_months = 12;
  m.job_gap_months = 0;
  m.direct_cost = 12000;
  m.horizon_years = 2;
  RoiPath p = RoiClosedForm(m);
  EXPECT_NEAR(p.npv, -60000 - 12000 + 30000, 1e-6);
  EXPECT_FALSE(p.payback_year.has_value());
  m.horizon_years = 4;  // + 2 × 30,000 = +18,000 at the end of year 4; year 3 is -12,000
  p = RoiClosedForm(m);
  EXPECT_NEAR(p.npv, 18000, 1e-6);
  EXPECT_EQ(p.payback_year, 4);
  // Part-time keeping half: year 1 loses 30,000 + 12,000; payback in year 3 (-42,000 + 60,000).
  m.work_share = 0.5;
  p = RoiClosedForm(m);
  EXPECT_NEAR(p.npv, -42000 + 90000, 1e-6);
  EXPECT_EQ(p.payback_year, 3);
}

TEST(RoiClosedForm, BreakEvenSalaryGivesZeroNpv) {
  RoiModel m = Typical();
  double s = BreakEvenSalary(m);
  m.post_salary = s;
  EXPECT_NEAR(RoiClosedForm(m).npv, 0, 0.01);
  // With equal growth, the new salary must beat the current one to repay cost and lost income.
  m.g1 = m.g0;
  EXPECT_GT(BreakEvenSalary(m), m.current_salary);
}

TEST(RoiClosedForm, ExpectedNpvWeighsCompletion) {
  RoiModel m = Typical();
  double e = ExpectedNpv(m);
  EXPECT_NEAR(e, 0.85 * RoiClosedForm(m, true).npv + 0.15 * RoiClosedForm(m, false).npv, 1e-6);
  EXPECT_LT(RoiClosedForm(m, false).npv, 0);  // a non-completer only pays
}

TEST(MonteCarlo, NoUncertaintyEqualsClosedFormToTheCent) {
  RoiModel m = Typical();
  RoiUncertainty u;
  u.salary_mu = std::log(m.post_salary);
  u.salary_sigma = 0;
  u.growth_sd = 0;
  u.job_gap_mean_months = 0;
  u.random_completion = false;
  MonteCarloOptions o;
  o.runs = 3000;
  RoiSummary s = SimulateRoi(m, u, o);
  RoiPath p = RoiClosedForm(m);
  EXPECT_NEAR(s.npv_p10, p.npv, 0.01);
  EXPECT_NEAR(s.npv_p50, p.npv, 0.01);
  EXPECT_NEAR(s.npv_p90, p.npv, 0.01);
  EXPECT_NEAR(s.npv_mean, p.npv, 0.01);
  ASSERT_TRUE(p.payback_year.has_value());
  EXPECT_DOUBLE_EQ(s.p_payback_10, *p.payback_year <= 10 ? 1.0 : 0.0);
  EXPECT_DOUBLE_EQ(s.p_payback_5, *p.payback_year <= 5 ? 1.0 : 0.0);
}

TEST(MonteCarlo, CompletionOnlyUncertaintyMatchesExpectation) {
  RoiModel m = Typical();
  RoiUncertainty u;
  u.salary_mu = std::log(m.post_salary);
  MonteCarloOptions o;
  o.runs = 20000;
  RoiSummary s = SimulateRoi(m, u, o);
  EXPECT_NEAR(s.completion_share, 0.85, 0.01);
  // The mean tends to p·NPV(done) + (1-p)·NPV(dropout).
  double spread = RoiClosedForm(m, true).npv - RoiClosedForm(m, false).npv;
  EXPECT_NEAR(s.npv_mean, ExpectedNpv(m), 0.01 * spread);
}

TEST(MonteCarlo, SameResultForAnyThreadCount) {
  RoiModel m = Typical();
  RoiUncertainty u;
  u.salary_mu = std::log(120000);
  u.salary_sigma = 0.35;
  u.growth_sd = 0.01;
  u.job_gap_mean_months = 3;
  MonteCarloOptions o;
  o.runs = 5000;  // not a multiple of the chunk size
  o.threads = 1;
  RoiSummary a = SimulateRoi(m, u, o);
  for (int t : {2, 3, 8}) {
    o.threads = t;
    RoiSummary b = SimulateRoi(m, u, o);
    EXPECT_EQ(a.npv_mean, b.npv_mean);
    EXPECT_EQ(a.npv_p10, b.npv_p10);
    EXPECT_EQ(a.npv_p50, b.npv_p50);
    EXPECT_EQ(a.npv_p90, b.npv_p90);
    EXPECT_EQ(a.p_payback_5, b.p_payback_5);
    EXPECT_EQ(a.histogram, b.histogram);
  }
  o.seed = 43;
  EXPECT_NE(SimulateRoi(m, u, o).npv_mean, a.npv_mean);
  EXPECT_LT(a.npv_p10, a.npv_p50);
  EXPECT_LT(a.npv_p50, a.npv_p90);
}

TEST(MonteCarlo, BatchEqualsSingleForFirstProgram) {
  RoiModel m = Typical();
  RoiUncertainty u;
  u.salary_mu = std::log(110000);
  u.salary_sigma = 0.3;
  MonteCarloOptions o;
  o.runs = 2048;
  auto batch = SimulateRoiBatch({m, m}, {u, u}, o);
  EXPECT_EQ(batch[0].npv_p50, SimulateRoi(m, u, o).npv_p50);
  EXPECT_NE(batch[0].npv_mean, batch[1].npv_mean);  // each program has its own streams
}

// A large batch is run program by program (each worker summarises whole programs), a small one
// with threads sharing the chunks of every program: the two must agree exactly.
TEST(MonteCarlo, ProgramWiseAndChunkWiseBatchesAgreeExactly) {
  std::vector<RoiModel> models;
  std::vector<RoiUncertainty> unc;
  for (int i = 0; i < 12; ++i) {
    RoiModel m = Typical();
    m.post_salary = 90000 + 5000 * i;
    RoiUncertainty u;
    u.salary_mu = std::log(m.post_salary);
    u.salary_sigma = 0.2 + 0.02 * i;
    u.growth_sd = 0.01;
    u.job_gap_mean_months = 2 + i % 3;
    models.push_back(m);
    unc.push_back(u);
  }
  MonteCarloOptions o;
  o.runs = 3000;  // not a multiple of the chunk size
  o.threads = 1;  // 12 programs >= 4 x 1 thread: program-wise
  const auto program_wise = SimulateRoiBatch(models, unc, o);
  o.threads = 8;  // 12 < 4 x 8: chunk-wise
  const auto chunk_wise = SimulateRoiBatch(models, unc, o);
  ASSERT_EQ(program_wise.size(), chunk_wise.size());
  for (size_t i = 0; i < models.size(); ++i) {
    EXPECT_EQ(program_wise[i].npv_mean, chunk_wise[i].npv_mean) << i;
    EXPECT_EQ(program_wise[i].npv_p10, chunk_wise[i].npv_p10) << i;
    EXPECT_EQ(program_wise[i].npv_p50, chunk_wise[i].npv_p50) << i;
    EXPECT_EQ(program_wise[i].npv_p90, chunk_wise[i].npv_p90) << i;
    EXPECT_EQ(program_wise[i].p_payback_10, chunk_wise[i].p_payback_10) << i;
    EXPECT_EQ(program_wise[i].histogram, chunk_wise[i].histogram) << i;
  }
  EXPECT_NE(program_wise[0].npv_p50, program_wise[1].npv_p50);
}

TEST(MonteCarlo, NaiveReferenceHasTheSameMean) {
  RoiModel m = Typical();
  RoiUncertainty u;
  u.salary_mu = std::log(115000);
  u.salary_sigma = 0.3;
  u.growth_sd = 0.01;
  u.job_gap_mean_months = 3;
  MonteCarloOptions o;
  o.runs = 2000;
  o.threads = 1;
  EXPECT_NEAR(SimulateRoi(m, u, o).npv_mean, SimulateRoiNaiveMean(m, u, o), 0.01);
}

TEST(FitLognormal, UsesQuartilesThenDeciles) {
  auto f = FitLognormal(std::nullopt, 100000, 120000, 144000, std::nullopt);
  ASSERT_TRUE(f);
  EXPECT_NEAR(f->first, std::log(120000), 1e-12);
  EXPECT_NEAR(f->second, std::log(1.44) / (2 * 0.6744897501960817), 1e-12);
  auto g = FitLognormal(80000, std::nullopt, 120000, std::nullopt, 180000);
  ASSERT_TRUE(g);
  EXPECT_NEAR(g->second, std::log(180000.0 / 80000) / (2 * 1.2815515655446004), 1e-12);
  EXPECT_FALSE(FitLognormal(std::nullopt, std::nullopt, 1, std::nullopt, std::nullopt));
}

}  // namespace
}  // namespace gradfit
