// The dated and priced tables of a program file, shared with the personal
// overlay: deadlines, tuition, fees and (overlay only) aid.
#include <fmt/core.h>

#include <cctype>

#include "catalog/program_reader.hpp"
#include "gradfit/iso_codes.hpp"

namespace gradfit::catalog_internal {
namespace {

constexpr std::string_view kBasisNames = "total, per_credit, per_term, per_year";

// "2025-26", "2025-2026" or "2025" → 2025.
std::optional<int> AcademicYearStart(const std::string& s) {
  if (s.size() < 4) return std::nullopt;
  for (int i = 0; i < 4; ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return std::nullopt;
  const int y = std::stoi(s.substr(0, 4));
  if (s.size() == 4) return y;
  if (s[4] != '-') return std::nullopt;
  const std::string rest = s.substr(5);
  if (rest.size() == 2 && std::isdigit(static_cast<unsigned char>(rest[0])) &&
      std::stoi(rest) == (y + 1) % 100)
    return y;
  if (rest.size() == 4 && std::isdigit(static_cast<unsigned char>(rest[0])) &&
      std::stoi(rest) == y + 1)
    return y;
  return std::nullopt;
}

}  // namespace

std::optional<std::string> Currency(FactReader& r, std::string_view key, bool required) {
  auto c = r.String(key, required);
  if (c && !IsIsoCurrency(*c)) {
    r.Error(key, "'" + *c + "' is not an ISO 4217 currency code");
    return std::nullopt;
  }
  return c;
}

// A dated deadline (`date`), or a yearly one (`every_year`, month-day) for
// pages that state the day without a year.
void ReadDeadline(FactReader& r, Program& p) {
  auto term = r.String("term", true);
  auto date = r.DateValue("date");
  auto yearly = r.String("every_year");
  if (r.Has("date") == r.Has("every_year"))
    return r.Error("date", "a deadline needs either `date` (YYYY-MM-DD) or `every_year` (MM-DD)");
  Deadline d;
  if (date) {
    if (date->day == 0) return r.Error("date", "a deadline needs a full date YYYY-MM-DD");
    d.date = *date;
  } else if (yearly) {
    auto md = ParseDate("2000-" + *yearly);  // a leap year, so that 02-29 is allowed
    if (yearly->size() != 5 || !md || md->day == 0)
      return r.Error("every_year", "'" + *yearly + "' is not a month-day like 02-01");
    d.every_month = md->month;
    d.every_day = md->day;
  }
  if (!term || (!date && !yearly)) return;
  d.term = *term;
  p.deadlines.push_back(
      r.MakeFact(date ? "date" : "every_year", std::optional<Deadline>(std::move(d))));
}

void ReadTuition(FactReader& r, Program& p) {
  Tuition t;
  auto amount = r.Number("amount", true);
  auto currency = Currency(r, "currency", true);
  auto basis = r.Enum("basis", ParseTuitionBasis, kBasisNames, true);
  auto year = r.String("academic_year", true);
  auto residency = r.String("residency");
  auto note = r.String("note");
  // `residency` other than "all" is the fact's residency scope (docs/DATA.md).
  std::optional<Residency> scoped;
  if (residency && *residency != "all") {
    scoped = ParseResidency(*residency);
    if (!scoped)
      r.Error("residency", "'" + *residency +
                               "' is not one of: all, residents, international, in_state, "
                               "out_of_state, eu, non_eu");
    const Scope s = r.ScopeFor("amount");
    if (scoped && s.residency && *s.residency != *scoped)
      r.Error("residency", "`residency` and the table's scope name different residencies");
  }
  if (amount && !r.CheckRange("amount", *amount, 0, 1e7)) amount.reset();
  std::optional<int> start;
  if (year) {
    start = AcademicYearStart(*year);
    if (!start) r.Error("academic_year", "'" + *year + "' is not an academic year like 2025-26");
  }
  if (!amount || !currency || !basis || !start) return;
  t.amount = *amount;
  t.currency = *currency;
  t.basis = *basis;
  t.academic_year = *year;
  t.academic_year_start = *start;
  t.residency = residency.value_or("");
  t.note = note.value_or("");
  p.tuition = r.MakeFact("amount", std::optional<Tuition>(std::move(t)));
  if (scoped) p.tuition.scope.residency = scoped;
}

void ReadFee(FactReader& r, Program& p) {
  auto name = r.String("name", true);
  auto amount = r.Number("amount", true);
  auto currency = Currency(r, "currency", true);
  auto basis = r.Enum("basis", ParseTuitionBasis, kBasisNames, true);
  auto year = r.String("academic_year");
  if (amount && !r.CheckRange("amount", *amount, 0, 1e6)) return;
  if (!name || !amount || !currency || !basis) return;
  Fee f{*name, *amount, *currency, *basis, year.value_or("")};
  p.fees.push_back(r.MakeFact("amount", std::optional<Fee>(std::move(f))));
}

// A scholarship or grant the user holds (personal overlay only).
void ReadAid(FactReader& r, Program& p) {
  auto name = r.String("name", true);
  auto amount = r.Number("amount", true);
  auto currency = Currency(r, "currency", true);
  auto basis = r.Enum("basis", ParseTuitionBasis, kBasisNames, true);
  auto year = r.String("academic_year");
  if (amount && !r.CheckRange("amount", *amount, 0, 1e7)) return;
  if (!name || !amount || !currency || !basis) return;
  Aid a{*name, *amount, *currency, *basis, year.value_or("")};
  p.user_aid.push_back(r.MakeFact("amount", std::optional<Aid>(std::move(a))));
}

}  // namespace gradfit::catalog_internal
