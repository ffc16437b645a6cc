// The Pareto-set algorithms behind ParetoFront (gradfit/decide.hpp), on finite "more is
// better" rows (row-major, n rows of m values). Each returns the indices of the
// non-dominated rows in any order; equal rows never dominate each other.
#pragma once

#include <cstddef>
#include <vector>

namespace gradfit::decide::pareto {

// m = 1: the rows equal to the largest value. O(N).
std::vector<std::size_t> FrontOneCriterion(const std::vector<double>& rows, std::size_t n);

// m = 2: one sweep by decreasing first value. O(N log N).
std::vector<std::size_t> FrontTwoCriteria(const std::vector<double>& rows, std::size_t n);

// m = 3: a sweep by decreasing first value over a staircase of the (second, third) values
// seen so far. O(N log N).
std::vector<std::size_t> FrontThreeCriteria(const std::vector<double>& rows, std::size_t n);

// Any m: sort-filter-skyline with a partitioned window (see pareto_sfs.cpp).
// O(N log N + N * F * M) in the worst case, far less when the criteria spread.
std::vector<std::size_t> FrontSortFilter(const std::vector<double>& rows, std::size_t n,
                                         std::size_t m);

}  // namespace gradfit::decide::pareto
