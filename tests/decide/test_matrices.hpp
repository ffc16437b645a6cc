// Small matrices shared by the decide tests.
#pragma once

#include <string>
#include <vector>

#include "gradfit/decide.hpp"

namespace gradfit::decide::testing {

// rows[i][j] = value of alternative i on criterion j.
inline DecisionMatrix FromRows(const std::vector<std::vector<double>>& rows,
                               std::vector<Direction> dirs) {
  DecisionMatrix d;
  const std::size_t n = rows.size(), m = dirs.size();
  for (std::size_t i = 0; i < n; ++i)
    d.alternatives.push_back(std::string(1, 'A').append(std::to_string(i)));
  for (std::size_t j = 0; j < m; ++j)
    d.criteria.push_back(std::string(1, 'c').append(std::to_string(j)));
  d.directions = std::move(dirs);
  d.values.resize(n * m);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < m; ++j) d.values[j * n + i] = rows[i][j];
  }
  return d;
}

// n x m matrix of values in [0, 1) from a 64-bit LCG (deterministic test data).
inline DecisionMatrix Random(std::size_t n, std::size_t m, std::uint64_t seed) {
  std::vector<std::vector<double>> rows(n, std::vector<double>(m));
  std::uint64_t s = seed;
  for (auto& row : rows) {
    for (auto& v : row) {
      s = s * 6364136223846793005ULL + 1442695040888963407ULL;
      v = static_cast<double>(s >> 40) / static_cast<double>(1u << 24);
    }
  }
  return FromRows(rows, std::vector<Direction>(m, Direction::kBenefit));
}

}  // namespace gradfit::decide::testing
