// Internal: small text helpers shared by the fit checks.
#pragma once

#include <fmt/format.h>

#include <cmath>
#include <string>

namespace gradfit::fit {

// 3.1 -> "3.1", 4 -> "4.0" (GPA-like small numbers keep one decimal), 100 -> "100".
inline std::string Num(double v) {
  if (std::floor(v) == v && std::abs(v) < 10) return fmt::format("{:.1f}", v);
  return fmt::format("{}", v);
}

// 58000 -> "58,000". Formatted from the double itself: no conversion to an
// integer type, so no amount (1e308 once overflowed llround) is undefined.
inline std::string Amount(double v) {
  if (!std::isfinite(v)) return fmt::format("{}", v);
  const double n = std::round(v);
  std::string digits = fmt::format("{:.0f}", std::fabs(n));
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (n < 0 ? "-" : "") + out;
}

}  // namespace gradfit::fit
