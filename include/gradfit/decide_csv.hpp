// Reading a decision matrix from CSV, and the comma lists of the `decide` command.
//
// CSV layout: a header row whose first cell labels the name column and whose other cells
// are criterion names; then one row per alternative: its name, then one number per
// criterion. A cell that is empty, "NA", "NaN" or "?" is missing (NaN). A cell "lo..hi"
// is an uncertain value in [lo, hi] (point value = midpoint). Fields may be double-quoted
// ("" inside quotes is a quote). Blank lines are skipped; CRLF is accepted.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "gradfit/decide.hpp"
#include "gradfit/status.hpp"

namespace gradfit::decide {

// Directions default to benefit; set them with ParseDirections. Errors name the source,
// the line, the column number and its header: text in a numeric column, a ragged row, an
// empty file, no criteria, no alternatives, duplicate names, lo > hi.
Result<DecisionMatrix> ParseMatrixCsv(std::string_view text, const std::string& source);
Result<DecisionMatrix> ReadMatrixCsv(const std::string& path);

// An AHP pairwise comparison matrix kept as CSV, in the decision-matrix layout with the
// criteria as both the rows and the columns (any order, matched by name). Returns the
// n x n values row-major in the order of `criteria`. Errors name the file: a criterion
// missing as a row or a column, an extra one, a missing cell.
Result<std::vector<double>> ParsePairwiseCsv(std::string_view text, const std::string& source,
                                             const std::vector<std::string>& criteria);
Result<std::vector<double>> ReadPairwiseCsv(const std::string& path,
                                            const std::vector<std::string>& criteria);

// "benefit,cost,..." (also "max"/"min", "+"/"-"). Error on any other word.
Result<std::vector<Direction>> ParseDirections(std::string_view list);

// "0.3,0.2,..." Error on a non-number.
Result<std::vector<double>> ParseNumberList(std::string_view list);

}  // namespace gradfit::decide
