// The JSON form of a bill and of an ROI: one rendering for the CLI (`cost --json`,
// `roi --json`) and the web API, so both give the same answer. Fields:
// docs/CLI.md, "cost" and "roi".
#pragma once

#include <string>

#include "gradfit/money.hpp"

namespace gradfit {

std::string CostBillJson(const CostBill& bill);
std::string ProgramRoiJson(const ProgramRoi& roi);

}  // namespace gradfit
