// The full cost of one program for one user: an itemised bill in one
// currency, every line with its formula in words and its source or
// assumption. Unknown is never zero: an unknown tuition or living cost makes
// the line (and the total) "unknown". Method: docs/METHODS.md, "Cost and ROI".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "gradfit/catalog.hpp"
#include "gradfit/money_data.hpp"
#include "gradfit/profile.hpp"  // StudyMode

namespace gradfit {

enum class Relocation { kAuto, kYes, kNo };

// Everything the cost and ROI engines need to know about the user. Amounts
// are in their own currency fields; absent means unknown or not applicable.
struct CostInputs {
  std::optional<double> salary;  // current gross annual salary; absent: no income now
  std::string salary_currency = "USD";
  // What the person would earn with the bachelor's alone (the ROI's counterfactual when there
  // is no salary), in its own currency.
  std::optional<double> bachelor_salary;
  std::string bachelor_salary_currency = "USD";
  std::string country;   // where the user lives (ISO alpha-2); empty: unknown
  std::string us_state;  // USPS code when country == "US"
  StudyMode mode = StudyMode::kFullTime;
  // Part-time only: share of current pay kept while studying. Absent: 1 online (study beside
  // the job), 0.5 on campus (docs/METHODS.md, "Study mode").
  std::optional<double> work_share_kept;
  bool study_online = false;               // take the program online (when it offers it)
  std::optional<double> months_override;   // length of study in months
  std::optional<double> courses_per_term;  // pace; absent: 3 full-time, 2 part-time
  std::optional<int> terms_override;       // number of terms for per-term tuition
  Relocation relocation = Relocation::kAuto;
  double relocation_cost_usd = 5000;  // one-off, assumption (docs/METHODS.md)
  // Aid over the whole program, in aid_currency.
  double employer_support = 0, scholarship = 0, stipend = 0, assistantship = 0;
  double employer_support_per_year = 0;  // × years of study, added to employer_support
  double stipend_per_year = 0;           // × years of study, added to stipend
  std::string aid_currency = "USD";
  std::string display_currency = "USD";
  double tuition_inflation = 0.04;        // per year, carries a stated academic year to today
  int current_academic_year = 0;          // start year of the academic year "now"; 0: from Today()
  bool estimate_unknown_tuition = false;  // show a p10-p90 range for an unknown tuition
};

struct CostLine {
  std::string key;               // "tuition", "fees", "living", "relocation", "lost_income", "aid"
  std::string label;             // "Tuition"
  std::optional<double> amount;  // in the bill's currency; nullopt = unknown; aid is negative
  std::string formula;           // in words, with the numbers used
  std::string source;            // URL, data file, or "assumption: …"
  bool in_roi = true;            // counted as a cost of the degree in the ROI
  // Freshness and provenance marks (shown in text and JSON).
  bool stale = false;        // the figure is for an academic year (or was read) over 2 years ago
  bool third_party = false;  // not from the institution's own page
  bool fallback = false;     // an institution-level figure standing in for the program's own
  // The figure as stated, before carrying it to today's academic year (tuition and fees).
  std::optional<double> stated_amount;
  std::string stated_currency;
  std::string stated_year;  // "2022-23"; empty: unknown
  std::string priced_year;  // "2026-27": the academic year `amount` is carried to
};

struct CostBill {
  std::string program_id;
  std::string currency;
  double months = 0;  // of study used
  bool months_known = false;
  bool months_estimated = false;  // from credits and the person's pace, not the catalog
  std::string months_basis;       // "the catalog", "your --months", or the estimate's arithmetic
  StudyMode mode = StudyMode::kFullTime;  // as costed (may differ from the one asked for)
  double work_share_kept = 0;             // share of pay kept while studying, as costed
  std::string mode_note;                  // how the mode was decided, in words
  bool online = false;
  bool relocating = false;
  std::vector<CostLine> lines;
  std::optional<double> total;              // sum of lines; nullopt when any line is unknown
  std::optional<double> total_known_lines;  // sum of the known lines only
  // Direct cost counted by the ROI model (tuition + fees + relocation + the extra
  // living cost of moving − aid; lost income is modelled separately).
  std::optional<double> roi_direct_cost;
  std::optional<std::pair<double, double>> tuition_range;  // p10-p90 estimate when asked
  std::string tuition_range_note;
  std::vector<std::string> notes;
};

// The number of terms and years the rules in docs/METHODS.md give for a length.
int TermsForMonths(double months);  // ceil(months / 6): two terms a year

// Default pace in courses per term (docs/METHODS.md, "Length from pace").
constexpr double kFullTimeCoursesPerTerm = 3, kPartTimeCoursesPerTerm = 2;

// The bill for `program`. `catalog` (optional) supplies the institution's
// country and, when asked, the tuition range of comparable programs.
CostBill ComputeCost(const Program& program, const Catalog* catalog, const CostInputs& in,
                     const MoneyData& data);

}  // namespace gradfit
