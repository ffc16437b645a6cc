// Internal: which fields of study count as computer science and as
// quantitative (docs/METHODS.md, "Fit"), shared by the checks and the pathway.
#pragma once

#include <optional>

#include "gradfit/profile.hpp"

namespace gradfit::fit {

inline bool IsCsField(FieldOfStudy f) {
  return f == FieldOfStudy::kComputerScience || f == FieldOfStudy::kComputerEngineering;
}

// STEM fields count (the catalog's `quantitative_degree`); economics depends
// on its maths content and stays unknown; other fields do not count.
inline std::optional<bool> IsQuantitativeField(FieldOfStudy f) {
  switch (f) {
    case FieldOfStudy::kComputerScience:
    case FieldOfStudy::kComputerEngineering:
    case FieldOfStudy::kMathematics:
    case FieldOfStudy::kStatistics:
    case FieldOfStudy::kDataScience:
    case FieldOfStudy::kEngineering:
    case FieldOfStudy::kPhysics:
    case FieldOfStudy::kNaturalSciences:
      return true;
    case FieldOfStudy::kEconomics:
      return std::nullopt;
    default:
      return false;
  }
}

}  // namespace gradfit::fit
