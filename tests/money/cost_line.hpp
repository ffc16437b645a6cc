// The line of a cost bill with the given key, or null: how the money tests read a bill.
#pragma once

#include <string>

#include "gradfit/money.hpp"

namespace gradfit::test {

inline const CostLine* Line(const CostBill& b, const std::string& key) {
  for (const auto& l : b.lines)
    if (l.key == key) return &l;
  return nullptr;
}

}  // namespace gradfit::test
