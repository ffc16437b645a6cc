// What graduates of a program earn and owe (College Scorecard rows attached to
// the program by `gradfit catalog enrich`), and the two affordability tests the
// data allow: the federal earnings-premium test and the debt-to-earnings test.
// Method and sources: docs/METHODS.md, "Outcomes of graduates".
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "gradfit/catalog.hpp"

namespace gradfit {

struct LivingCosts;

// "$138,781" (whole dollars).
std::string FormatUsd(double v);
// One line: the three medians first ("suppressed" when the Scorecard
// withholds them), then completers, level, CIP and the release.
std::string FieldOutcomeSummary(const FieldOutcome& o);

enum class TestVerdict { kPass, kFail, kUnknown };
std::string_view ToString(TestVerdict v);  // "pass", "fail", "unknown"

struct OutcomeTest {
  std::string id;    // "earnings_premium", "debt_to_earnings"
  std::string name;  // shown as the test's title
  TestVerdict verdict = TestVerdict::kUnknown;
  std::string meaning;  // one sentence: what passing or failing means
  std::string detail;   // the computation with its numbers, or why it is unknown
};

// The floor of the debt-to-earnings test: yearly earnings a single adult needs
// to live in the state, with where the figure comes from.
struct LivingWageFloor {
  double annual_usd = 0;
  std::string basis;   // in words, with numbers
  std::string source;  // URL(s)
};

// Debt-to-earnings test terms (docs/METHODS.md; Georgetown CEW grad-ed tool).
inline constexpr double kLoanRate = 0.065;
inline constexpr int kLoanYears = 15;
inline constexpr double kPaymentShareCap = 0.10;

// The yearly payment of a loan repaid in equal monthly instalments.
double AnnualLoanPayment(double principal, double annual_rate, int years);

// The state's yearly living cost from data/living_costs.toml (BLS CE per-person
// spending x BEA RPP of the state), used as the living-wage floor; nullopt when
// the state has no figure.
std::optional<LivingWageFloor> StateLivingWageFloor(const LivingCosts& living,
                                                    std::string_view state);

// Graduates' median earnings one year after completion against the state's
// high-school earnings threshold carried in the row (EARN_THR_STATE; the
// national one when the state's is missing). Unknown when either is suppressed.
OutcomeTest EarningsPremiumTest(const FieldOutcome& graduate);

// Median federal debt repaid over kLoanYears at kLoanRate against
// kPaymentShareCap of the one-year earnings above `floor`. Fails when the
// earnings are at or below the floor; unknown when debt, earnings or the floor
// are unknown.
OutcomeTest DebtToEarningsTest(const FieldOutcome& graduate,
                               const std::optional<LivingWageFloor>& floor);

// Both tests on the program's master's row (nullopt when it has none); the
// floor is the state's living cost when `living` is given and knows the state.
struct ProgramOutcomeTests {
  OutcomeTest earnings_premium, debt_to_earnings;
  std::optional<LivingWageFloor> floor;
};
std::optional<ProgramOutcomeTests> EvaluateOutcomeTests(const Program& p,
                                                        const LivingCosts* living);

}  // namespace gradfit
