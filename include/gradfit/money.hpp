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
  double g0 = 0.01, g1 = 0.02;  // real salary growth without / with the degree
  double growth_sd = 0.01;
  int job_gap_months = 3;         // deterministic value; the simulation draws around it
  double completion_rate = 0.85;  // assumption
  double dropout_share = 0.5;
  MonteCarloOptions mc;
};

struct ProgramRoi {
  CostBill bill;
  bool ok = false;  // false: the ROI cannot be computed (see `why_not`)
  std::string why_not;
  RoiModel model;  // in bill.currency
  RoiUncertainty uncertainty;
  std::string salary_source;  // where S came from (program outcomes or BLS role wages)
  RoiPath point;              // completion path with the median salary
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

// The two money criteria the ranking module uses, per program.
struct ProgramMoneyCriteria {
  std::string program_id;
  std::optional<double> total_cost;  // bill total in `currency`; nullopt = unknown
  std::optional<double> npv_p50;     // Monte Carlo median NPV; nullopt = not computable
  std::string currency;
};
std::vector<ProgramMoneyCriteria> MoneyCriteria(const Catalog& catalog, const CostInputs& cost,
                                                const RoiInputs& roi, const MoneyData& data);

// Maps a profile to the engine's inputs: salary, location, part-time,
// online, relocation, employer tuition support per year, first target role.
// Fields the profile leaves unknown keep their current values.
void ApplyProfile(const Profile& profile, CostInputs* cost, RoiInputs* roi);

}  // namespace gradfit
