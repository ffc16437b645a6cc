// Return on investment of a program for one user: a monthly cash-flow model
// (counterfactual earnings vs earnings with the degree, minus costs), its
// closed form, and a seeded Monte Carlo over the uncertain inputs that gives
// the same result for any thread count. Formulas: docs/METHODS.md, "Cost and ROI".
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gradfit {

// How pay with the degree is modelled (docs/METHODS.md, "Earnings model").
enum class EarningsPath {
  // A new wage in the target role: S at the first month of the new job, converging to
  // `target_salary` (half the gap closed every `convergence_half_life_years`), growing at g1.
  kEntryWage,
  // The person keeps their own path: from the job month J, pay is the counterfactual at J times
  // (1 + premium), and both paths grow at g1 from J (so the draw of g1 moves both).
  kPremium
};

// A fully specified model in one currency. Months are whole months.
struct RoiModel {
  double current_salary = 0;  // S0, annual
  double g0 = 0.01;           // counterfactual real salary growth per year
  EarningsPath path = EarningsPath::kEntryWage;
  double post_salary = 0;    // kEntryWage: S, starting annual salary after the degree
  double premium = 0;        // kPremium: the degree's premium over the counterfactual (0.25 = +25%)
  double target_salary = 0;  // kEntryWage: the wage S converges to; <= 0: no convergence
  double convergence_half_life_years = 0;  // kEntryWage: 0 = no convergence
  double g1 = 0.02;                        // real salary growth per year after the degree
  int study_months = 12;                   // M
  double work_share = 0;        // w: share of counterfactual pay kept while studying / searching
  int job_gap_months = 3;       // m: months from graduation to the new job
  double direct_cost = 0;       // tuition + fees + relocation + extra living − aid, spread over M
  double discount_rate = 0.03;  // r, real, per year
  int horizon_years = 30;       // H: cash flows over months 0 .. 12H-1
  double completion_rate = 1.0;  // p
  double dropout_share = 0.5;    // share of the program (time and cost) a non-completer spends
};

// One deterministic path (the completion path unless `completed` is false).
struct RoiPath {
  double npv = 0;
  std::optional<int> payback_year;  // first year Y with cumulative discounted net at 12Y >= 0
  double lifetime_gain = 0;         // undiscounted sum of net flows
};

// Closed forms (geometric series): O(1) for the NPV, O(payback year) for payback.
RoiPath RoiClosedForm(const RoiModel& m, bool completed = true);
// The same model summed month by month (the reference the tests compare with).
RoiPath RoiMonthlyLoop(const RoiModel& m, bool completed = true);
// p · NPV(completed) + (1 − p) · NPV(dropout).
double ExpectedNpv(const RoiModel& m);
// The post-degree starting salary S (kEntryWage) or the premium (kPremium) at which the
// completion path's NPV is 0.
double BreakEvenSalary(const RoiModel& m);

// What is uncertain and how.
struct RoiUncertainty {
  // kEntryWage: the starting salary S ~ lognormal(mu, sigma). kPremium: the earnings ratio
  // 1 + premium ~ lognormal(mu, sigma), floored at 1 (never below the person's own pay).
  // sigma = 0: always exp(mu).
  double salary_mu = 0, salary_sigma = 0;
  double growth_sd = 0;            // g1 ~ Normal(model.g1, growth_sd)
  double job_gap_mean_months = 0;  // 0: always model.job_gap_months; else geometric with this mean
  int job_gap_max_months = 36;
  bool random_completion = true;  // Bernoulli(model.completion_rate); false: always completes
};

// Fits (mu, sigma) of a lognormal to two symmetric percentiles: p25/p75
// (z = 0.6745) when given, else p10/p90 (z = 1.2816); mu = ln(p50).
std::optional<std::pair<double, double>> FitLognormal(std::optional<double> p10,
                                                      std::optional<double> p25, double p50,
                                                      std::optional<double> p75,
                                                      std::optional<double> p90);

struct MonteCarloOptions {
  int runs = 10000;
  uint64_t seed = 42;
  int threads = 0;  // 0: all cores
  int histogram_bins = 20;
};

constexpr int kMonteCarloChunk = 1024;  // paths per RNG stream

struct RoiSummary {
  int runs = 0;
  double npv_mean = 0, npv_p10 = 0, npv_p50 = 0, npv_p90 = 0;
  double p_payback_5 = 0, p_payback_10 = 0;  // share of paths paying back within 5 / 10 years
  double completion_share = 0;
  double hist_min = 0, hist_max = 0;
  std::vector<int> histogram;  // histogram_bins equal bins over [hist_min, hist_max]
};

RoiSummary SimulateRoi(const RoiModel& m, const RoiUncertainty& u, const MonteCarloOptions& o);
// Many programs in one parallel run (work items are (program, chunk) pairs).
std::vector<RoiSummary> SimulateRoiBatch(const std::vector<RoiModel>& models,
                                         const std::vector<RoiUncertainty>& uncertainty,
                                         const MonteCarloOptions& o);

// A naive reference for the benchmark: the same random draws, but each path
// summed month by month (O(12H) per path). Returns the NPV mean.
double SimulateRoiNaiveMean(const RoiModel& m, const RoiUncertainty& u, const MonteCarloOptions& o);

}  // namespace gradfit
