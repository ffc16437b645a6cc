// Internal: the earnings model of one person for one program (earnings_model.cpp).
#pragma once

#include <string_view>

#include "gradfit/money.hpp"

namespace gradfit::money_internal {

// Whether a free-text current role names software, data or research computing work.
bool InTargetFamily(std::string_view current_role);

// Fills r->model's salaries and earnings path, r->uncertainty's level draw and the sources and
// explanations; false (with r->why_not) when no model can be built. r->bill must be set.
bool BuildEarnings(const Program& p, const Catalog* catalog, const CostInputs& cost,
                   const RoiInputs& roi, const MoneyData& data, ProgramRoi* r);

// One sentence per source of uncertainty of a finished model (r->uncertainty_sentences).
void ExplainUncertainty(const RoiInputs& roi, ProgramRoi* r);

}  // namespace gradfit::money_internal
