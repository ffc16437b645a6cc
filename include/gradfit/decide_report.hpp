// One call that runs the whole decision pipeline on a matrix, for the CLI and the web UI:
// missing values -> weights -> ranking (weighted sum or TOPSIS) -> Pareto front -> SMAA-2
// robustness -> explanations. Every step that changes the input says so in `notes`.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "gradfit/decide.hpp"
#include "gradfit/decide_smaa.hpp"
#include "gradfit/status.hpp"

namespace gradfit::decide {

enum class Method { kWeightedSum, kTopsis };

struct DecideRequest {
  DecisionMatrix matrix;        // directions set by the caller
  std::vector<double> weights;  // raw direct weights (M); empty = equal weights
  Method method = Method::kWeightedSum;
  MissingPolicy missing = MissingPolicy::kPenalise;
  SmaaOptions smaa;             // smaa.samples == 0 skips SMAA
  std::size_t explain_top = 3;  // swap explanations between consecutive top alternatives
};

struct PairExplanation {
  std::size_t leader = 0, challenger = 0;  // indices into `alternatives`
  std::vector<SwapThreshold> thresholds;
  std::vector<std::string> sentences;
};

struct DecisionReport {
  std::vector<std::string> alternatives;  // kept alternatives (after the missing policy)
  std::vector<std::string> excluded;      // dropped by MissingPolicy::kExclude
  std::vector<std::string> criteria;
  std::vector<Direction> directions;
  std::vector<double> weights;  // normalised to sum 1
  Method method = Method::kWeightedSum;
  std::vector<double> scores;           // method score (weighted sum or TOPSIS closeness)
  std::vector<std::size_t> ranking;     // indices by decreasing score, ties by index
  std::vector<double> weighted_scores;  // weighted sum, whatever the method (explanations)
  std::vector<std::vector<double>> contributions;  // [alternative][criterion] w_j * x'_ij
  std::vector<bool> pareto;                        // non-dominated
  std::optional<SmaaResult> smaa;
  std::vector<PairExplanation> swaps;
  std::vector<std::string> notes;
};

// Errors: invalid matrix, weight count != M, negative or all-zero weights, every
// alternative excluded, TOPSIS on negative values, SMAA option errors.
Result<DecisionReport> Decide(const DecideRequest& request);

// The report as JSON (stable keys; NaN written as null).
std::string DecisionReportToJson(const DecisionReport& report);

const char* MethodName(Method method);

}  // namespace gradfit::decide
