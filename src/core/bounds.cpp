// The table of documented bounds (include/gradfit/bounds.hpp) and the US state codes.
#include "gradfit/bounds.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace gradfit {
namespace {

// A year's pay or a program's price in the currency with the smallest unit
// (Vietnamese dong, Indonesian rupiah: about 10^9 a year) stays far below
// 10^11; above it a figure is a typo, and sums of such figures stop being exact
// to the unit.
constexpr double kMaxMoney = 1e11;
constexpr std::string_view kMoneyReason =
    "a year's pay in dong or rupiah is about 10^9: any real amount in any currency is below "
    "10^11";

constexpr std::array kBounds = {
    NumberBound{"salary", 0, kMaxMoney, false, false, "gross annual salary", kMoneyReason},
    NumberBound{"relocation_cost", 0, kMaxMoney, false, false, "one-off moving cost", kMoneyReason},
    NumberBound{"scholarship", 0, kMaxMoney, false, false, "scholarship over the program",
                kMoneyReason},
    NumberBound{"stipend", 0, kMaxMoney, false, false, "stipend over the program", kMoneyReason},
    NumberBound{"assistantship", 0, kMaxMoney, false, false, "assistantship over the program",
                kMoneyReason},
    NumberBound{"employer_support", 0, kMaxMoney, false, false, "employer support per year",
                kMoneyReason},
    NumberBound{"max_tuition", 0, kMaxMoney, false, false, "largest whole-program tuition",
                kMoneyReason},
    NumberBound{"amount", 0, kMaxMoney, false, false, "an amount of money", kMoneyReason},
    NumberBound{"budget", 0, kMaxMoney, false, false, "budget for the whole program", kMoneyReason},
    NumberBound{"data_value", -kMaxMoney, kMaxMoney, false, false, "a number in a data file",
                "prices in any currency, rates, months and scores all lie within 10^11 either "
                "side of 0; beyond it a figure is a typo that overflows sums"},
    NumberBound{"part_time_share", 0, 1, false, false, "share of your pay kept part-time",
                "a share: 0 (none of it) to 1 (all of it)"},
    NumberBound{"months", 0, 120, true, false, "months of study",
                "the longest part-time master's takes about 8 years; ten years is beyond any"},
    NumberBound{"max_duration_months", 1, 120, false, false, "longest program you accept",
                "the same ten years as --months"},
    NumberBound{"pace", 0.5, 8, false, false, "courses per term",
                "half a course to 8 courses a term: beyond any program's full-time load"},
    NumberBound{"tuition_inflation", -0.1, 0.5, false, false, "tuition growth per year",
                "a yearly rate: tuition has not fallen 10% or risen 50% in a year; outside "
                "this a typo (-3 for -3%) compounds into nonsense"},
    NumberBound{"runs", 1, 1'000'000, false, true, "Monte Carlo paths",
                "memory and time grow with the paths; a million gives percentiles to 0.1%"},
    NumberBound{"seed", 0, 9007199254740992.0, false, true, "random seed",
                "a whole number a JSON number holds exactly (up to 2^53)"},
    NumberBound{"threads", 0, 256, false, true, "threads (0: all cores)",
                "more threads than any machine has cores only adds overhead"},
    NumberBound{"discount", 0, 0.5, false, false, "real discount rate per year",
                "a yearly real rate; at 0.5 a year-10 flow already counts 2%; -1 divides by "
                "zero"},
    NumberBound{"horizon", 1, 60, false, true, "years of career counted",
                "a working life; longer runs for minutes and changes nothing"},
    NumberBound{"completion", 0, 1, false, false, "completion probability", "a probability"},
    NumberBound{"samples", 0, 1'000'000, false, true, "SMAA-2 weight samples (0 skips it)",
                "a million samples give first-rank shares to 0.1%; time grows with them"},
    NumberBound{"top", 0, 10'000'000, false, true, "alternatives listed (0: all)",
                "at most the largest matrix decide reads"},
    NumberBound{"explain", 0, 10'000'000, false, true, "alternatives explained",
                "as many as are listed"},
};

std::string Number(double v) {
  if (std::fabs(v) >= 1e6 && std::floor(v) == v && std::fabs(v) < 1e15) {
    std::string digits = fmt::format("{:.0f}", std::fabs(v)), out;
    for (size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
      out += digits[i];
    }
    return (v < 0 ? "-" : "") + out;
  }
  return fmt::format("{}", v);
}

}  // namespace

std::span<const NumberBound> AllNumberBounds() { return kBounds; }

const NumberBound* FindNumberBound(std::string_view name) {
  std::string key(name.starts_with("--") ? name.substr(2) : name);
  std::replace(key.begin(), key.end(), '-', '_');
  if (key == "tuition_inflation" || key == "inflation") key = "tuition_inflation";
  for (const NumberBound& b : kBounds)
    if (b.name == key) return &b;
  return nullptr;
}

std::string DescribeBound(const NumberBound& b) {
  const std::string kind = b.whole ? "a whole number" : "a number";
  if (b.min_exclusive)
    return fmt::format("{} above {} and at most {}", kind, Number(b.min), Number(b.max));
  return fmt::format("{} from {} to {}", kind, Number(b.min), Number(b.max));
}

std::optional<std::string> CheckNumber(const NumberBound& b, double v) {
  const bool below = b.min_exclusive ? !(v > b.min) : !(v >= b.min);
  if (!std::isfinite(v) || below || v > b.max || (b.whole && std::floor(v) != v))
    return fmt::format("{} is out of range: {} must be {} ({})",
                       std::isfinite(v) ? Number(v) : fmt::format("{}", v), b.meaning,
                       DescribeBound(b), b.reason);
  return std::nullopt;
}

std::optional<std::string> CheckNumber(std::string_view name, double v) {
  if (const NumberBound* b = FindNumberBound(name)) return CheckNumber(*b, v);
  if (!std::isfinite(v)) return fmt::format("{} is not a finite number", v);
  return std::nullopt;
}

std::optional<double> ParseNumberOption(std::string_view text) {
  if (text.empty()) return std::nullopt;
  const char* first = text.data();
  if (*first == '+') ++first;  // from_chars refuses a leading '+'
  double v = 0;
  auto [ptr, ec] = std::from_chars(first, text.data() + text.size(), v);
  if (ptr != text.data() + text.size()) return std::nullopt;
  // "1e999" (HUGE_VAL: out of every bound) or "1e-320" (a tiny number): strtod says which.
  if (ec == std::errc::result_out_of_range) return std::strtod(std::string(text).c_str(), nullptr);
  if (ec != std::errc()) return std::nullopt;
  return v;
}

}  // namespace gradfit
