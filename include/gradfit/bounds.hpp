// The documented bounds of every number a user or a data file hands gradfit:
// one table, read by the CLI's option checks, the HTTP API's request parsing,
// and the profile and data loaders, so each front end refuses the same values
// with the same words. Each bound carries the reason it is where it is.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace gradfit {

struct NumberBound {
  std::string_view name;  // the API field; the CLI option is "--" + name with '_' as '-'
  double min;
  double max;
  bool min_exclusive;  // (min, max] instead of [min, max]
  bool whole;          // a whole number
  std::string_view meaning;
  std::string_view reason;  // why the bound is where it is (docs/CLI.md lists these)
};

// Every bound, in the order docs/CLI.md lists them.
std::span<const NumberBound> AllNumberBounds();

// The bound of a named number ("salary", "runs", "relocation_cost"; a CLI
// option name "--relocation-cost" is accepted too), or nullptr.
const NumberBound* FindNumberBound(std::string_view name);

// Why `value` breaks the bound ("must be a finite number", "must be between 0
// and 1 (a probability)"), or nullopt when it is within it. NaN and infinities
// always break it.
std::optional<std::string> CheckNumber(const NumberBound& bound, double value);
// The same by name; a name without a bound only has to be finite.
std::optional<std::string> CheckNumber(std::string_view name, double value);

// Parses a whole option text as a number ("1e3", "0.5"); nullopt for anything
// else (trailing text, empty, hex).
std::optional<double> ParseNumberOption(std::string_view text);

// "between 0 and 1", "from 1 to 1,000,000", "above 0 and at most 120".
std::string DescribeBound(const NumberBound& bound);

}  // namespace gradfit
