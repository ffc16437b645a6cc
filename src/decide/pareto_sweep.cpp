// Exact Pareto sets for one, two and three criteria by sorting and sweeping (O(N log N)),
// whatever the shape of the data: an anti-correlated front costs no more than a small one.
#include <algorithm>
#include <iterator>
#include <map>
#include <numeric>

#include "pareto_internal.hpp"

namespace gradfit::decide::pareto {

std::vector<std::size_t> FrontOneCriterion(const std::vector<double>& rows, std::size_t n) {
  std::vector<std::size_t> front;
  if (n == 0) return front;
  const double best = *std::max_element(rows.begin(), rows.begin() + static_cast<long>(n));
  for (std::size_t i = 0; i < n; ++i)
    if (rows[i] == best) front.push_back(i);
  return front;
}

std::vector<std::size_t> FrontTwoCriteria(const std::vector<double>& rows, std::size_t n) {
  auto x = [&](std::size_t i) { return rows[2 * i]; };
  auto y = [&](std::size_t i) { return rows[2 * i + 1]; };
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return x(a) != x(b) ? x(a) > x(b) : y(a) > y(b); });
  // A row is dominated by a row with a larger x and a y at least as large, or by a row with
  // the same x and a larger y. Rows equal to it dominate nothing.
  std::vector<std::size_t> front;
  bool any_before = false;
  double best_before = 0.0;  // the largest y among the rows with a larger x
  for (std::size_t k = 0; k < n;) {
    std::size_t end = k + 1;
    while (end < n && x(order[end]) == x(order[k])) ++end;
    const double top = y(order[k]);  // the largest y of this x
    if (!any_before || top > best_before) {
      for (std::size_t q = k; q < end && y(order[q]) == top; ++q) front.push_back(order[q]);
    }
    best_before = any_before ? std::max(best_before, top) : top;
    any_before = true;
    k = end;
  }
  return front;
}

namespace {

// The maximal (y, z) pairs of the rows swept so far: y increasing, z strictly decreasing.
class Staircase {
 public:
  // True when a pair with y' >= y and z' >= z is on the staircase.
  bool Covers(double y, double z) const {
    const auto it = steps_.lower_bound(y);
    return it != steps_.end() && it->second >= z;
  }
  void Insert(double y, double z) {
    if (Covers(y, z)) return;
    // The steps it covers (y' <= y and z' <= z) lie just below y.
    auto it = steps_.upper_bound(y);
    while (it != steps_.begin()) {
      const auto prev = std::prev(it);
      if (prev->second > z) break;
      it = steps_.erase(prev);
    }
    steps_.emplace_hint(it, y, z);
  }

 private:
  std::map<double, double> steps_;
};

}  // namespace

std::vector<std::size_t> FrontThreeCriteria(const std::vector<double>& rows, std::size_t n) {
  auto v = [&](std::size_t i, std::size_t j) { return rows[3 * i + j]; };
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    for (std::size_t j = 0; j < 3; ++j)
      if (v(a, j) != v(b, j)) return v(a, j) > v(b, j);
    return false;
  });
  // Rows with a larger x dominate a row when they cover its (y, z) (the staircase); rows with
  // the same x when they dominate its (y, z), which the two-criteria sweep decides within
  // the group. A group joins the staircase only after it is decided, so equal rows never
  // count against each other.
  Staircase before;
  std::vector<std::size_t> front, group_front;
  for (std::size_t k = 0; k < n;) {
    std::size_t end = k + 1;
    while (end < n && v(order[end], 0) == v(order[k], 0)) ++end;
    group_front.clear();
    bool any_above = false;
    double best_above = 0.0;  // the largest z in the group among rows with a larger y
    for (std::size_t s = k; s < end;) {
      std::size_t send = s + 1;
      while (send < end && v(order[send], 1) == v(order[s], 1)) ++send;
      const double top = v(order[s], 2);
      if (!any_above || top > best_above) {
        for (std::size_t q = s; q < send && v(order[q], 2) == top; ++q)
          group_front.push_back(order[q]);
      }
      best_above = any_above ? std::max(best_above, top) : top;
      any_above = true;
      s = send;
    }
    for (std::size_t i : group_front)
      if (!before.Covers(v(i, 1), v(i, 2))) front.push_back(i);
    for (std::size_t i : group_front) before.Insert(v(i, 1), v(i, 2));
    k = end;
  }
  return front;
}

}  // namespace gradfit::decide::pareto
