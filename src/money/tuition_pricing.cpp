// Pricing a stated tuition or fee: by its basis (total, per credit, per term,
// per year), carried from its academic year to today, converted to the display
// currency, with the stated figure and year kept beside the escalated one. A
// program without a tuition of its own falls back to its institution's IPEDS
// graduate charges, labelled as such.
#include <fmt/format.h>

#include <cmath>

#include "gradfit/date.hpp"
#include "money/cost_internal.hpp"

namespace gradfit::money_internal {
namespace {

std::string FormatAmount(double v, const std::string& cur) {
  return fmt::format("{} {:.0f}", cur, v);
}

std::string SourceOf(const Source* s, const std::string& file) {
  if (!s) return "catalog: " + file;
  return fmt::format("{} (read {})", s->url, s->retrieved.ToString());
}

// Read more than two years ago (used when a figure states no academic year).
bool ReadLongAgo(const Source* s) {
  if (!s) return false;
  Date t = Today(), a = s->as_of();
  return (t.year - a.year) * 12 + (t.month - a.month) > 24;
}

}  // namespace

int NowAcademicYear(const CostInputs& in) {
  if (in.current_academic_year > 0) return in.current_academic_year;
  Date t = Today();
  return t.month >= 8 ? t.year : t.year - 1;  // an academic year starts in autumn
}

std::string AcademicYearName(int start) {
  return fmt::format("{}-{:02d}", start, (start + 1) % 100);
}

Priced PriceByBasis(double amount, const std::string& currency, TuitionBasis basis,
                    int academic_year_start, const Length& length, const Program& p,
                    const CostInputs& in, const MoneyData& data) {
  Priced out;
  const std::optional<double>& months = length.months;
  const int terms = TermsOf(length, in);
  double base = 0;
  std::string how;
  switch (basis) {
    case TuitionBasis::kTotal:
      base = amount;
      how = fmt::format("{} for the whole program", FormatAmount(amount, currency));
      break;
    case TuitionBasis::kPerCredit: {
      if (!p.credits.known()) {
        out.formula =
            fmt::format("{} per credit x credits: credits unknown", FormatAmount(amount, currency));
        return out;
      }
      double credits = p.credits->amount;
      base = amount * credits;
      auto hours = NormalizedCreditHours(*p.credits);
      how = fmt::format("{} per credit x {:g} {} (the program's stated unit{})",
                        FormatAmount(amount, currency), credits, ToString(p.credits->unit),
                        hours ? fmt::format("; = {:.0f} US semester hours", *hours) : "");
      break;
    }
    case TuitionBasis::kPerTerm:
      if (!months) {
        out.formula =
            fmt::format("{} per term x terms: length unknown", FormatAmount(amount, currency));
        return out;
      }
      base = amount * terms;
      how = fmt::format("{} per term x {} terms ({})", FormatAmount(amount, currency), terms,
                        in.terms_override ? "your number of terms"
                        : length.terms    ? "the estimated terms"
                                          : fmt::format("ceil({:g} months / 6)", *months));
      break;
    case TuitionBasis::kPerYear:
      if (!months) {
        out.formula =
            fmt::format("{} per year x years: length unknown", FormatAmount(amount, currency));
        return out;
      }
      base = amount * *months / 12.0;
      how = fmt::format("{} per year x {:g} months / 12", FormatAmount(amount, currency), *months);
      break;
  }
  out.stated = base;
  int now = NowAcademicYear(in);
  out.priced_year = AcademicYearName(now);
  if (academic_year_start > 0) out.stated_year = AcademicYearName(academic_year_start);
  if (academic_year_start > 0 && now > academic_year_start) {
    int n = now - academic_year_start;
    double f = std::pow(1.0 + in.tuition_inflation, n);
    base *= f;
    out.stale = n > 2;
    how += fmt::format("; x {:.3f} = (1 + {:g}%)^{} to carry {} prices to {}", f,
                       in.tuition_inflation * 100, n, out.stated_year, out.priced_year);
  } else if (academic_year_start <= 0) {
    how += "; academic year unknown: amount used as stated";
  }
  auto conv = data.rates.Convert(base, currency, in.display_currency);
  if (!conv) {
    out.formula = how + fmt::format("; cannot convert {} to {} (not in exchange_rates.toml)",
                                    currency, in.display_currency);
    return out;
  }
  if (currency != in.display_currency)
    how += fmt::format("; {} -> {} at ECB rates of {}", currency, in.display_currency,
                       data.rates.date);
  out.amount = *conv;
  out.formula = how;
  return out;
}

namespace {

// The institution's IPEDS graduate charges as the tuition line, or nullopt when it has none.
std::optional<CostLine> IpedsFallback(const Program& p, const Catalog* catalog,
                                      const Length& length, const CostInputs& in,
                                      const MoneyData& data) {
  if (!catalog) return std::nullopt;
  const Institution* inst = catalog->find_institution(p.institution_id);
  if (!inst || !inst->ipeds_graduate_charges.known()) return std::nullopt;
  const InstitutionCharges& c = *inst->ipeds_graduate_charges;
  std::string program_state = p.city.known() ? data.living.StateOfCity(*p.city) : std::string();
  bool resident = in.country == "US" && !in.us_state.empty() && in.us_state == program_state;
  std::string who =
      resident ? "in-state (you live in " + in.us_state + ")"
               : (in.country.empty() ? "out-of-state (your state is unknown)" : "out-of-state");
  auto tuition = resident ? c.tuition_in_state : c.tuition_out_of_state;
  auto fees = resident ? c.fees_in_state : c.fees_out_of_state;
  auto per_credit = resident ? c.per_credit_in_state : c.per_credit_out_of_state;
  std::optional<double> hours;
  if (p.credits.known()) hours = NormalizedCreditHours(*p.credits);
  int year = c.academic_year.size() >= 4 ? std::atoi(c.academic_year.substr(0, 4).c_str()) : 0;
  CostLine line{"tuition", "Tuition (institution-level fallback)", std::nullopt, "", "", true};
  Priced priced;
  if (per_credit && hours) {
    Program by_hours = p;  // price the credits in US semester hours
    by_hours.credits.value = Credits{*hours, CreditUnit::kUsSemesterHours, std::nullopt};
    priced = PriceByBasis(*per_credit, "USD", TuitionBasis::kPerCredit, year, length, by_hours, in,
                          data);
    priced.formula = "IPEDS per-credit charge " + who + ": " + priced.formula;
  } else if (tuition) {
    double per_year = *tuition + fees.value_or(0);
    priced = PriceByBasis(per_year, "USD", TuitionBasis::kPerYear, year, length, p, in, data);
    priced.formula = fmt::format("IPEDS full-time tuition{} {}: {}",
                                 fees ? " and required fees" : "", who, priced.formula);
  } else {
    return std::nullopt;
  }
  line.amount = priced.amount;
  line.formula = priced.formula +
                 "; the institution's average graduate charge, not this program's own price "
                 "(the catalog has none)";
  const Source* s = inst->source_of(inst->ipeds_graduate_charges.source());
  line.source =
      s ? fmt::format("{} (IPEDS IC {}, read {})", s->url, c.academic_year, s->retrieved.ToString())
        : "IPEDS IC " + c.academic_year + " (catalog: " + inst->file + ")";
  line.fallback = true;
  line.third_party = true;
  line.stale = priced.stale;
  line.stated_amount = priced.stated;
  line.stated_currency = "USD";
  line.stated_year = priced.stated_year;
  line.priced_year = priced.priced_year;
  return line;
}

}  // namespace

CostLine TuitionLine(const Program& p, const Catalog* catalog, const Length& length,
                     const CostInputs& in, const MoneyData& data) {
  CostLine line{"tuition", "Tuition", std::nullopt, "", "", true};
  if (!p.tuition.known()) {
    if (auto fb = IpedsFallback(p, catalog, length, in, data)) return *fb;
    line.formula = "tuition unknown: the catalog has no tuition";
    line.source = "catalog: " + p.file;
    return line;
  }
  const Tuition& t = *p.tuition;
  Priced priced =
      PriceByBasis(t.amount, t.currency, t.basis, t.academic_year_start, length, p, in, data);
  const Source* s = p.source_of(p.tuition.source());
  line.amount = priced.amount;
  line.formula = priced.formula;
  if (!t.residency.empty()) line.formula += "; rate for residency: " + t.residency;
  line.source = SourceOf(s, p.file);
  line.third_party = s && !s->first_party;
  line.stale = priced.stale || (t.academic_year_start <= 0 && ReadLongAgo(s));
  line.stated_amount = priced.stated;
  line.stated_currency = t.currency;
  line.stated_year = priced.stated_year;
  line.priced_year = priced.priced_year;
  return line;
}

}  // namespace gradfit::money_internal
