// The earnings-premium and debt-to-earnings tests on a program's College
// Scorecard master's row (docs/METHODS.md, "Outcomes of graduates").
#include <fmt/format.h>

#include <cmath>

#include "gradfit/money_data.hpp"
#include "gradfit/outcomes.hpp"

namespace gradfit {
namespace {

std::string Usd(double v) { return FormatUsd(v); }

}  // namespace

std::string FormatUsd(double v) {
  const std::string digits = std::to_string(std::llabs(std::llround(v)));
  std::string out = v < -0.5 ? "-$" : "$";
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string FieldOutcomeSummary(const FieldOutcome& o) {
  // Earnings first: a narrow table cell (compare) keeps the figures that matter.
  auto money = [](const std::optional<double>& v) { return v ? FormatUsd(*v) : "suppressed"; };
  return fmt::format(
      "earnings {} (1 yr), {} (4 yrs); federal debt {}; {}; {} CIP {} {}; College Scorecard {}",
      money(o.earnings_1yr), money(o.earnings_4yr), money(o.median_debt),
      o.completers ? fmt::format("{} completers", *o.completers) : "completers not reported",
      o.credential_level == 5 ? "master's" : "bachelor's", o.cip, o.cip_title, o.release);
}

std::string_view ToString(TestVerdict v) {
  switch (v) {
    case TestVerdict::kPass:
      return "pass";
    case TestVerdict::kFail:
      return "fail";
    case TestVerdict::kUnknown:
      return "unknown";
  }
  return "unknown";
}

double AnnualLoanPayment(double principal, double annual_rate, int years) {
  const int n = years * 12;
  const double r = annual_rate / 12;
  if (r == 0) return principal / years;
  return 12 * principal * r / (1 - std::pow(1 + r, -n));
}

std::optional<LivingWageFloor> StateLivingWageFloor(const LivingCosts& living,
                                                    std::string_view state) {
  auto e = living.Lookup("US", state, "");
  if (!e || e->currency != "USD") return std::nullopt;
  return LivingWageFloor{12 * e->monthly,
                         fmt::format("12 x the monthly living cost of {}: {}", state, e->formula),
                         e->source};
}

OutcomeTest EarningsPremiumTest(const FieldOutcome& g) {
  OutcomeTest t;
  t.id = "earnings_premium";
  t.name = "earnings premium (federal test, high-school threshold)";
  t.meaning =
      "Whether graduates typically out-earn adults aged 25-34 with only a high-school diploma, "
      "the floor the federal earnings-premium test sets; failing it puts a program's access to "
      "federal student loans at risk.";
  const bool state = g.threshold_state.has_value();
  const std::optional<double> threshold = state ? g.threshold_state : g.threshold_national;
  if (!g.earnings_1yr || !threshold) {
    t.detail = !g.earnings_1yr ? "unknown: the Scorecard suppresses the graduates' 1-year median "
                                 "earnings (small cohort or privacy)"
                               : "unknown: the row carries no earnings threshold";
    return t;
  }
  const std::string where =
      state ? fmt::format("the high-school median in {} (EARN_THR_STATE)", g.state)
            : "the national high-school median (EARN_THR_NAT)";
  const double e = *g.earnings_1yr, thr = *threshold;
  t.verdict = e > thr ? TestVerdict::kPass : TestVerdict::kFail;
  t.detail = fmt::format("median earnings 1 year after {} {} {}, {}", Usd(e),
                         e > thr ? ">" : "<=", Usd(thr), where);
  return t;
}

OutcomeTest DebtToEarningsTest(const FieldOutcome& g, const std::optional<LivingWageFloor>& floor) {
  OutcomeTest t;
  t.id = "debt_to_earnings";
  t.name = "debt-to-earnings";
  t.meaning = fmt::format(
      "Whether the typical graduate can repay the median federal debt over {} years at {:g}% "
      "with no more than {:.0f}% of what they earn above a living wage.",
      kLoanYears, kLoanRate * 100, kPaymentShareCap * 100);
  if (!g.earnings_1yr) {
    t.detail = "unknown: the Scorecard suppresses the graduates' 1-year median earnings";
    return t;
  }
  if (!floor) {
    t.detail = fmt::format("unknown: no living-cost figure for the state '{}'", g.state);
    return t;
  }
  const double e = *g.earnings_1yr;
  const double room = e - floor->annual_usd;
  if (room <= 0) {
    t.verdict = TestVerdict::kFail;
    t.detail =
        fmt::format("median earnings 1 year after {} are at or below the living-wage floor {} ({})",
                    Usd(e), Usd(floor->annual_usd), floor->basis);
    return t;
  }
  if (!g.median_debt) {
    t.detail =
        "unknown: the Scorecard suppresses the median federal debt (small cohort or few "
        "borrowers)";
    return t;
  }
  const double payment = AnnualLoanPayment(*g.median_debt, kLoanRate, kLoanYears);
  const double cap = kPaymentShareCap * room;
  t.verdict = payment <= cap ? TestVerdict::kPass : TestVerdict::kFail;
  t.detail = fmt::format(
      "median debt {} repaid over {} years at {:g}% costs {} a year, {} {} = {:.0f}% of (earnings "
      "1 year after {} - living-wage floor {}); floor: {}",
      Usd(*g.median_debt), kLoanYears, kLoanRate * 100, Usd(payment),
      payment <= cap ? "within" : "above", Usd(cap), kPaymentShareCap * 100, Usd(e),
      Usd(floor->annual_usd), floor->basis);
  return t;
}

std::optional<ProgramOutcomeTests> EvaluateOutcomeTests(const Program& p,
                                                        const LivingCosts* living) {
  if (!p.graduate_outcomes.known()) return std::nullopt;
  const FieldOutcome& g = *p.graduate_outcomes;
  ProgramOutcomeTests t;
  if (living) t.floor = StateLivingWageFloor(*living, g.state);
  t.earnings_premium = EarningsPremiumTest(g);
  t.debt_to_earnings = DebtToEarningsTest(g, t.floor);
  return t;
}

}  // namespace gradfit
