// One call that runs the whole decision pipeline on a matrix, for the CLI and the web UI:
// missing values -> weights -> ranking (weighted sum or TOPSIS) -> Pareto front -> SMAA-2
// robustness -> explanations. Every step that changes the input says so in `notes`.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
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
  // 0 = rank, describe and write every alternative; K = only the first K (their Pareto flag
  // still compares them with every alternative). Scores are computed for all.
  std::size_t top = 0;
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
  std::vector<std::size_t> ranking;     // indices by decreasing score, ties by index; the
                                        // first `top` only when the request sets `top`
  std::vector<double> weighted_scores;  // weighted sum, whatever the method (explanations)
  std::vector<std::vector<double>> contributions;  // [alternative][criterion] w_j * x'_ij
                                                   // (empty for an alternative not ranked)
  std::vector<bool> pareto;                        // non-dominated (set for ranked ones)
  // For each alternative, the lowest index of an alternative identical to it on every
  // criterion (after the missing-value policy), or its own index. Identical alternatives tie
  // at every weight: SMAA's shares between them only reflect input order.
  std::vector<std::size_t> identical_to;
  std::optional<SmaaResult> smaa;
  std::vector<PairExplanation> swaps;
  std::vector<std::string> notes;
};

// Errors: invalid matrix, weight count != M, negative or all-zero weights, every
// alternative excluded, TOPSIS on negative values, SMAA option errors.
Result<DecisionReport> Decide(const DecideRequest& request);

// The report as JSON (stable keys; NaN written as null), alternatives in rank order. Written
// piece by piece (no document tree): linear in the size of the output.
std::string DecisionReportToJson(const DecisionReport& report);

// The same JSON handed to `sink` in consecutive pieces of about 64 KB, so a large report can
// be streamed to a file without being held whole.
void WriteDecisionReportJson(const DecisionReport& report,
                             const std::function<void(std::string_view)>& sink);

const char* MethodName(Method method);

}  // namespace gradfit::decide
