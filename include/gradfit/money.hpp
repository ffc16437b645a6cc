// Money: the full cost of a program for one user and its return on
// investment. This header ties the parts together: the data files
// (money_data.hpp), the itemised bill (money_cost.hpp) and the ROI model with
// its Monte Carlo (money_roi.hpp). Method: docs/METHODS.md, "Cost and ROI".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "gradfit/catalog.hpp"
#include "gradfit/money_cost.hpp"
#include "gradfit/money_data.hpp"
#include "gradfit/money_roi.hpp"

namespace gradfit {

struct Profile;

// The ROI assumptions the user can change (defaults: docs/METHODS.md).
struct RoiInputs {
  std::string role = "ml_engineer";  // target role id (wages.toml [[role]])
  double discount_rate = 0.03;       // real, as FREOPP
  int horizon_years = 30;
  double g0 = 0.01, g1 = 0.01;    // real salary growth without / with the degree
  double growth_sd = 0.005;       // sd of g1 in the simulation
  int job_gap_months = 3;         // deterministic value; the simulation draws around it
  double completion_rate = 0.85;  // assumption
  double dropout_share = 0.5;
  double convergence_half_life_years = 3;  // an entry wage closes half its gap to the median
  // About the person (from the profile): what they do now, their bachelor's field (profile
  // vocabulary, "computer_science"), and where they will work after the degree (ISO alpha-2;
  // empty: where they live, else the program's country).
  std::string current_role;
  std::string bachelor_field;
  std::string work_country;
  MonteCarloOptions mc;
};

struct ProgramRoi {
  CostBill bill;
  bool ok = false;  // false: the ROI cannot be computed (see `why_not`)
  std::string why_not;
  RoiModel model;  // in bill.currency
  RoiUncertainty uncertainty;
  std::string salary_source;  // where S (or the premium) came from
  // The earnings model in words: "premium" (you keep your path and the degree adds a premium)
  // or "entry_wage" (you start in the target role and grow toward its median), and why.
  std::string earnings_path;
  std::string earnings_explanation;
  std::string counterfactual_source;  // where the pay without the degree came from
  std::string wage_country;           // the country whose wages the model uses
  // One sentence per source of uncertainty the simulation draws (and the visa caveat).
  std::vector<std::string> uncertainty_sentences;
  std::vector<std::string> notes;
  RoiPath point;  // completion path with the median salary
  double expected_npv = 0;
  double break_even_salary = 0;
  RoiSummary summary;
};

// The bill and the ROI of one program. Needs the user's salary (the
// counterfactual): without it, ok = false and why_not says so.
ProgramRoi EvaluateProgramRoi(const Program& p, const Catalog* catalog, const CostInputs& cost,
                              const RoiInputs& roi, const MoneyData& data);

// The same for every program in one parallel Monte Carlo run, in catalog order.
std::vector<ProgramRoi> EvaluateAllPrograms(const Catalog& catalog, const CostInputs& cost,
                                            const RoiInputs& roi, const MoneyData& data);

// The same for the listed programs (of `catalog`), in their order, reusing the bills a caller
// already has: bills[k] must be ComputeCost(*programs[k], catalog, cost, data) (missing ones are
// computed). The Monte Carlo streams follow the list's order (stream i for the i-th program
// with a model), as EvaluateAllPrograms follows the catalog's.
std::vector<ProgramRoi> EvaluateProgramsRoi(const std::vector<const Program*>& programs,
                                            const Catalog* catalog, std::vector<CostBill> bills,
                                            const CostInputs& cost, const RoiInputs& roi,
                                            const MoneyData& data);

// The two money criteria the ranking module uses, per program.
struct ProgramMoneyCriteria {
  std::string program_id;
  std::optional<double> total_cost;  // bill total in `currency`; nullopt = unknown
  std::optional<double> npv_p50;     // Monte Carlo median NPV; nullopt = not computable
  std::string currency;
  bool months_estimated = false;  // the length (and so cost and NPV) rests on the pace estimate
  std::string months_basis;       // how the length was found, in words
};
std::vector<ProgramMoneyCriteria> MoneyCriteria(const Catalog& catalog, const CostInputs& cost,
                                                const RoiInputs& roi, const MoneyData& data);

// Maps a profile to the engine's inputs: salary (or bachelor's salary), location, study mode,
// share of work kept, pace, stipend, online, relocation, employer tuition support per year,
// first target role, current role, bachelor's field and work country.
// Fields the profile leaves unknown keep their current values.
void ApplyProfile(const Profile& profile, CostInputs* cost, RoiInputs* roi);

}  // namespace gradfit
