// Names of the catalog's enumerations as written in files and output, and
// small helpers on the catalog model.
#include <fmt/core.h>

#include <algorithm>
#include <array>

#include "gradfit/catalog.hpp"

namespace gradfit {
namespace {

template <typename E, size_t N>
std::optional<E> Lookup(const std::array<std::string_view, N>& names, std::string_view s) {
  for (size_t i = 0; i < N; ++i)
    if (names[i] == s) return static_cast<E>(i);
  return std::nullopt;
}

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

std::string_view ToString(Label v) { return kLabels[static_cast<size_t>(v)]; }
std::string_view ToString(Modality v) { return kModalities[static_cast<size_t>(v)]; }
std::string_view ToString(StudyOption v) { return kOptions[static_cast<size_t>(v)]; }
std::string_view ToString(GrePolicy v) { return kGre[static_cast<size_t>(v)]; }
std::string_view ToString(TuitionBasis v) { return kBases[static_cast<size_t>(v)]; }
std::string_view ToString(CreditUnit v) { return kUnits[static_cast<size_t>(v)]; }
std::string_view ToString(Internship v) { return kInternship[static_cast<size_t>(v)]; }

std::optional<Label> ParseLabel(std::string_view s) { return Lookup<Label>(kLabels, s); }
std::optional<Modality> ParseModality(std::string_view s) {
  return Lookup<Modality>(kModalities, s);
}
std::optional<StudyOption> ParseStudyOption(std::string_view s) {
  return Lookup<StudyOption>(kOptions, s);
}
std::optional<GrePolicy> ParseGrePolicy(std::string_view s) { return Lookup<GrePolicy>(kGre, s); }
std::optional<TuitionBasis> ParseTuitionBasis(std::string_view s) {
  return Lookup<TuitionBasis>(kBases, s);
}
std::optional<CreditUnit> ParseCreditUnit(std::string_view s) {
  return Lookup<CreditUnit>(kUnits, s);
}
std::optional<Internship> ParseInternship(std::string_view s) {
  return Lookup<Internship>(kInternship, s);
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

bool Program::offers(Modality m) const {
  return modality.known() && std::find(modality->begin(), modality->end(), m) != modality->end();
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
