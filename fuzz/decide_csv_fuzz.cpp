// Fuzz target: the decision-matrix and pairwise-comparison CSV readers and the
// option lists of `gradfit decide`, then the methods on a matrix that parses.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "gradfit/decide.hpp"
#include "gradfit/decide_csv.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  namespace d = gradfit::decide;
  auto matrix = d::ParseMatrixCsv(text, "fuzz.csv");
  if (matrix.ok() && matrix->m() > 0 && matrix->n() > 0 && matrix->n() <= 200) {
    auto resolved = d::ResolveMissing(*matrix, d::MissingPolicy::kPenalise);
    if (resolved.ok()) {
      std::vector<double> weights(resolved->matrix.m(), 1.0 / resolved->matrix.m());
      if (auto norm = d::MinMaxNormalise(resolved->matrix); norm.ok())
        d::WeightedSumScores(*norm, weights);
      d::Topsis(resolved->matrix, weights);
      d::ParetoFront(resolved->matrix);
    }
  }
  d::ParsePairwiseCsv(text, "fuzz.csv", {"a", "b", "c"});
  d::ParseDirections(text);
  d::ParseNumberList(text);
  return 0;
}
