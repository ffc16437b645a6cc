// Names of the catalog's enumerations as written in files and output, and
// small helpers on the catalog model.
#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <atomic>

#include "core/enum_names.hpp"
#include "gradfit/catalog.hpp"

namespace gradfit {
namespace {

constexpr std::array<std::string_view, 6> kLabels = {
    "ml", "cs_ml_specialization", "data_science", "ai_ml", "ai", "other"};
constexpr std::array<std::string_view, 3> kModalities = {"on_campus", "online", "hybrid"};
constexpr std::array<std::string_view, 3> kOptions = {"course", "project", "thesis"};
constexpr std::array<std::string_view, 4> kGre = {"required", "optional", "not_required",
                                                  "not_accepted"};
constexpr std::array<std::string_view, 4> kBases = {"total", "per_credit", "per_term", "per_year"};
constexpr std::array<std::string_view, 6> kUnits = {
    "us_semester_hours", "us_quarter_units", "ects", "uk_credits", "courses", "units"};
constexpr std::array<std::string_view, 3> kInternship = {"required", "optional", "none"};

}  // namespace

std::string_view ToString(Label v) { return core::NameOf(kLabels, v); }
std::string_view ToString(Modality v) { return core::NameOf(kModalities, v); }
std::string_view ToString(StudyOption v) { return core::NameOf(kOptions, v); }
std::string_view ToString(GrePolicy v) { return core::NameOf(kGre, v); }
std::string_view ToString(TuitionBasis v) { return core::NameOf(kBases, v); }
std::string_view ToString(CreditUnit v) { return core::NameOf(kUnits, v); }
std::string_view ToString(Internship v) { return core::NameOf(kInternship, v); }

std::optional<Label> ParseLabel(std::string_view s) { return core::LookupName<Label>(kLabels, s); }
std::optional<Modality> ParseModality(std::string_view s) {
  return core::LookupName<Modality>(kModalities, s);
}
std::optional<StudyOption> ParseStudyOption(std::string_view s) {
  return core::LookupName<StudyOption>(kOptions, s);
}
std::optional<GrePolicy> ParseGrePolicy(std::string_view s) {
  return core::LookupName<GrePolicy>(kGre, s);
}
std::optional<TuitionBasis> ParseTuitionBasis(std::string_view s) {
  return core::LookupName<TuitionBasis>(kBases, s);
}
std::optional<CreditUnit> ParseCreditUnit(std::string_view s) {
  return core::LookupName<CreditUnit>(kUnits, s);
}
std::optional<Internship> ParseInternship(std::string_view s) {
  return core::LookupName<Internship>(kInternship, s);
}

const std::vector<std::string>& PrerequisiteSubjects() {
  static const std::vector<std::string> kSubjects = {
      "programming", "data_structures",        "algorithms",     "discrete_math",
      "calculus",    "multivariable_calculus", "linear_algebra", "probability",
      "statistics",  "machine_learning",       "databases",      "systems",
      "cs_degree",   "quantitative_degree"};
  return kSubjects;
}

std::optional<double> NormalizedCreditHours(const Credits& c) {
  // Conversions stated in docs/DATA.md: a US semester credit hour is 1.5
  // quarter units, 2 ECTS credits, or 4 UK credits (UK 10 credits = 5 ECTS).
  switch (c.unit) {
    case CreditUnit::kUsSemesterHours:
      return c.amount;
    case CreditUnit::kUsQuarterUnits:
      return c.amount / 1.5;
    case CreditUnit::kEcts:
      return c.amount / 2.0;
    case CreditUnit::kUkCredits:
      return c.amount / 4.0;
    case CreditUnit::kCourses:
    case CreditUnit::kUnits:
      if (c.us_credit_hours_per_unit) return c.amount * *c.us_credit_hours_per_unit;
      return std::nullopt;
  }
  return std::nullopt;
}

Date Deadline::NextOn(const Date& today) const {
  if (!yearly()) return date;
  auto on = [&](int year) {
    Date d{year, every_month, every_day};
    if (!ParseDate(d.ToString())) d.day = 28;  // a yearly 02-29 outside leap years
    return d;
  };
  const Date this_year = on(today.year);
  return this_year.DaysSinceEpoch() >= today.DaysSinceEpoch() ? this_year : on(today.year + 1);
}

bool Program::offers(Modality m) const {
  return modality.known() && std::find(modality->begin(), modality->end(), m) != modality->end();
}

void Catalog::Renew() {
  static std::atomic<std::uint64_t> next{1};
  generation = next.fetch_add(1);
}

const Program* Catalog::find_program(std::string_view id) const {
  for (const auto& p : programs)
    if (p.id == id) return &p;
  return nullptr;
}

const Institution* Catalog::find_institution(std::string_view id) const {
  for (const auto& i : institutions)
    if (i.id == id) return &i;
  return nullptr;
}

const Fact<std::string>* Catalog::country_of(const Program& p) const {
  if (p.country.known()) return &p.country;
  const Institution* inst = find_institution(p.institution_id);
  return inst && inst->country.known() ? &inst->country : nullptr;
}

}  // namespace gradfit
