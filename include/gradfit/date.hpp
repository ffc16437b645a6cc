// Calendar dates that may be partial: a page may show only "2025" or "2025-09".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gradfit {

struct Date {
  int year = 0;
  int month = 0;  // 0 when only the year is known
  int day = 0;    // 0 when only the year and month are known

  bool valid() const { return year > 0; }
  std::string ToString() const;  // "2025", "2025-09" or "2025-09-03"
  // Days since 1970-01-01, taking a missing month/day as the first of the period.
  long DaysSinceEpoch() const;
  friend bool operator==(const Date&, const Date&) = default;
};

// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; rejects impossible dates (2025-02-30).
std::optional<Date> ParseDate(std::string_view s);

// Today's date (UTC), overridable with GRADFIT_TODAY=YYYY-MM-DD for reproducible tests.
Date Today();

// Age in years (fractional) of `d` relative to `today`.
double AgeInYears(const Date& d, const Date& today);

}  // namespace gradfit
