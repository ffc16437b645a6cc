// Pareto dominance on raw point values.
#include "gradfit/decide.hpp"

namespace gradfit::decide {

bool Dominates(const DecisionMatrix& matrix, std::size_t a, std::size_t b) {
  bool strictly = false;
  for (std::size_t j = 0; j < matrix.m(); ++j) {
    double va = matrix.value(a, j), vb = matrix.value(b, j);
    if (matrix.directions[j] == Direction::kCost) {
      va = -va;
      vb = -vb;
    }
    if (va < vb) return false;
    if (va > vb) strictly = true;
  }
  return strictly;
}

std::vector<std::size_t> ParetoFront(const DecisionMatrix& matrix) {
  std::vector<std::size_t> front;
  for (std::size_t b = 0; b < matrix.n(); ++b) {
    bool dominated = false;
    for (std::size_t a = 0; a < matrix.n() && !dominated; ++a) {
      dominated = a != b && Dominates(matrix, a, b);
    }
    if (!dominated) front.push_back(b);
  }
  return front;
}

}  // namespace gradfit::decide
