// "Did you mean …?": the nearest names to a mistyped command, option or id,
// for the CLI and the HTTP API alike.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gradfit {

// Optimal-string-alignment distance, case-insensitive: insertions, deletions,
// substitutions and swaps of two neighbouring characters each cost 1.
size_t EditDistance(std::string_view a, std::string_view b);

// The candidates nearest to `typed`, best first, at most `limit`: those within
// an edit distance of max(2, length / 3), then those that contain what was
// typed as a whole part ("omscs" finds "gatech-omscs"). Empty when none is near.
std::vector<std::string> NearestNames(std::string_view typed,
                                      const std::vector<std::string>& candidates, size_t limit = 3);

// "did you mean gatech-omscs?" or "did you mean a, b or c?"; "" when nothing is near.
std::string DidYouMean(std::string_view typed, const std::vector<std::string>& candidates);

}  // namespace gradfit
