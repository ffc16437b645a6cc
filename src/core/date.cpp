#include "gradfit/date.hpp"

#include <fmt/core.h>

#include <charconv>
#include <chrono>
#include <cstdlib>

namespace gradfit {
namespace {

bool ParseInt(std::string_view s, int* out) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc();
}

}  // namespace

std::string Date::ToString() const {
  if (month == 0) return fmt::format("{:04d}", year);
  if (day == 0) return fmt::format("{:04d}-{:02d}", year, month);
  return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
}

long Date::DaysSinceEpoch() const {
  using namespace std::chrono;
  const year_month_day ymd{std::chrono::year{year}, std::chrono::month{unsigned(month ? month : 1)},
                           std::chrono::day{unsigned(day ? day : 1)}};
  return sys_days{ymd}.time_since_epoch().count();
}

std::optional<Date> ParseDate(std::string_view s) {
  Date d;
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return std::nullopt;
  if (!ParseInt(s.substr(0, 4), &d.year) || d.year < 1900 || d.year > 2100) return std::nullopt;
  if (s.size() >= 7) {
    if (s[4] != '-' || !ParseInt(s.substr(5, 2), &d.month) || d.month < 1 || d.month > 12)
      return std::nullopt;
  }
  if (s.size() == 10) {
    if (s[7] != '-' || !ParseInt(s.substr(8, 2), &d.day)) return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{d.year},
                                          std::chrono::month{unsigned(d.month)},
                                          std::chrono::day{unsigned(d.day)}};
    if (!ymd.ok()) return std::nullopt;
  }
  return d;
}

Date Today() {
  if (const char* env = std::getenv("GRADFIT_TODAY")) {
    if (auto d = ParseDate(env); d && d->day) return *d;
  }
  using namespace std::chrono;
  const year_month_day ymd{floor<days>(system_clock::now())};
  return Date{int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day()))};
}

double AgeInYears(const Date& d, const Date& today) {
  return double(today.DaysSinceEpoch() - d.DaysSinceEpoch()) / 365.25;
}

}  // namespace gradfit
