// The whole-program tuition of a program, estimated from its published figure
// (per credit, per term, per year or in total), carried to today's prices and
// converted to the user's currency. The same rule as the cost of attendance
// (docs/METHODS.md, "Whole-program tuition"), without fees, living or aid.
#include <fmt/format.h>

#include <cmath>

#include "gradfit/catalog_query.hpp"
#include "gradfit/money_cost.hpp"  // TermsForMonths: the one terms-per-length rule
#include "gradfit/money_data.hpp"

namespace gradfit {
namespace {

std::string Thousands(double v) {
  long long n = std::llround(v);
  std::string digits = std::to_string(n < 0 ? -n : n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (n < 0 ? "-" : "") + out;
}

// "32 credits (US semester hours)": the count in the program's own unit, in words.
std::string CreditsText(const Credits& c) {
  switch (c.unit) {
    case CreditUnit::kUsSemesterHours:
      return fmt::format("{:g} credits (US semester hours)", c.amount);
    case CreditUnit::kUsQuarterUnits:
      return fmt::format("{:g} credits (US quarter units)", c.amount);
    case CreditUnit::kEcts:
      return fmt::format("{:g} ECTS credits", c.amount);
    case CreditUnit::kUkCredits:
      return fmt::format("{:g} UK credits", c.amount);
    case CreditUnit::kCourses:
      return fmt::format("{:g} courses", c.amount);
    case CreditUnit::kUnits:
      return fmt::format("{:g} units", c.amount);
  }
  return fmt::format("{:g}", c.amount);
}

int AcademicYearOf(const Date& d) { return d.month >= 8 ? d.year : d.year - 1; }

// Every source of the tuition fact is third-party (or there is none).
bool ThirdParty(const Program& p) {
  for (int i : p.tuition.sources)
    if (const Source* s = p.source_of(i); s && s->first_party) return false;
  return true;
}

}  // namespace

std::string TuitionTotal::Marks() const {
  std::string out;
  if (estimated) out += " est.";
  if (stale) out += " [old]";
  if (third_party) out += " [3rd-party]";
  return out;
}

TuitionTotal EstimateTuitionTotal(const Program& p, const TuitionTotalOptions& o) {
  TuitionTotal out;
  out.currency = o.currency;
  if (!p.tuition.known()) {
    out.basis = "tuition not in the catalog";
    return out;
  }
  const Tuition& t = *p.tuition;
  const Date today = o.today.valid() ? o.today : Today();
  out.academic_year = t.academic_year;
  out.third_party = ThirdParty(p);
  if (t.academic_year_start > 0)
    out.stale = AgeInYears(Date{t.academic_year_start, 9, 1}, today) > kStaleAfterYears;

  const std::string per = fmt::format("{} {}", Thousands(t.amount), t.currency);
  double base = 0;
  std::string how;
  switch (t.basis) {
    case TuitionBasis::kTotal:
      base = t.amount;
      how = per + " for the whole program";
      break;
    case TuitionBasis::kPerCredit:
      if (!p.credits.known()) {
        out.basis = per + " per credit; the number of credits is unknown";
        return out;
      }
      base = t.amount * p.credits->amount;
      how = fmt::format("{} per credit x {}", per, CreditsText(*p.credits));
      break;
    case TuitionBasis::kPerTerm: {
      if (!p.duration_months.known()) {
        out.basis = per + " per term; the program's length is unknown";
        return out;
      }
      const int terms = TermsForMonths(*p.duration_months);
      base = t.amount * terms;
      how = fmt::format("{} per term x {} terms (ceil({:g} months / 6))", per, terms,
                        *p.duration_months);
      break;
    }
    case TuitionBasis::kPerYear:
      if (!p.duration_months.known()) {
        out.basis = per + " per year; the program's length is unknown";
        return out;
      }
      base = t.amount * *p.duration_months / 12.0;
      how = fmt::format("{} per year x {:g} months / 12", per, *p.duration_months);
      break;
  }
  out.estimated = t.basis != TuitionBasis::kTotal;
  const int now = o.current_academic_year > 0 ? o.current_academic_year : AcademicYearOf(today);
  if (t.academic_year_start > 0 && now > t.academic_year_start) {
    const int n = now - t.academic_year_start;
    const double f = std::pow(1.0 + o.inflation, n);
    base *= f;
    how += fmt::format("; x {:.3f} ({:g}% a year from {} to {}-{:02d})", f, o.inflation * 100,
                       t.academic_year, now, (now + 1) % 100);
    out.estimated = true;
  } else if (t.academic_year_start <= 0) {
    how += "; academic year not stated: used as published";
  }
  if (t.currency != o.currency) {
    std::optional<double> converted =
        o.rates ? o.rates->Convert(base, t.currency, o.currency) : std::nullopt;
    if (!converted) {
      out.basis = how + fmt::format("; no exchange rate {} -> {}", t.currency, o.currency);
      return out;
    }
    how += fmt::format("; {} -> {} at the rates of {}", t.currency, o.currency, o.rates->date);
    base = *converted;
    out.estimated = true;
  }
  out.amount = base;
  out.basis = how;
  return out;
}

}  // namespace gradfit
