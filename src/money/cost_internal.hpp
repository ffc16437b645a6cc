// Internal pieces of the bill: pricing a stated figure (basis, escalation,
// currency), the tuition with its institution-level fallback, the length of
// study (catalog, --months, or an estimate from pace) and the study mode.
#pragma once

#include <optional>
#include <string>

#include "gradfit/money_cost.hpp"

namespace gradfit::money_internal {

// A stated figure priced for this bill. `amount` is in the display currency, carried to today.
struct Priced {
  std::optional<double> amount;
  std::string formula;
  std::optional<double> stated;  // before escalation and conversion, in the stated currency
  std::string stated_year, priced_year;
  bool stale = false;
};

struct Length {
  std::optional<double> months;
  std::optional<int> terms;  // the estimate's terms (per-term tuition uses them)
  bool estimated = false;
  std::string basis;
};

// The academic year "now" (its start year).
int NowAcademicYear(const CostInputs& in);
std::string AcademicYearName(int start);  // 2026 -> "2026-27"

Priced PriceByBasis(double amount, const std::string& currency, TuitionBasis basis,
                    int academic_year_start, const Length& length, const Program& p,
                    const CostInputs& in, const MoneyData& data);

// The program's tuition line (its own figure, else the institution's IPEDS charges, labelled).
CostLine TuitionLine(const Program& p, const Catalog* catalog, const Length& length,
                     const CostInputs& in, const MoneyData& data);

// The mode the bill is costed in, the share of pay kept, and why.
struct ModeDecision {
  StudyMode mode = StudyMode::kFullTime;
  double work_share = 0;
  std::string note;
};
ModeDecision DecideStudyMode(const Program& p, bool online, const CostInputs& in);

Length LengthOf(const Program& p, StudyMode mode, const CostInputs& in);

int TermsOf(const Length& length, const CostInputs& in);

}  // namespace gradfit::money_internal
