// From a catalog program and a user to a bill, a model and its simulation.
#include <fmt/format.h>

#include <cmath>
#include <utility>

#include "gradfit/money.hpp"
#include "money/earnings_model.hpp"

namespace gradfit {
namespace {

// Builds the model on the program's bill (no simulation); sets ok/why_not.
ProgramRoi Prepare(const Program& p, const Catalog* catalog, CostBill bill, const CostInputs& cost,
                   const RoiInputs& roi, const MoneyData& data) {
  ProgramRoi r;
  r.bill = std::move(bill);
  if (!r.bill.months_known) {
    const std::string& why = r.bill.months_basis;
    r.why_not = "the program's length is unknown: " +
                (why.rfind("unknown: ", 0) == 0 ? why.substr(9) : why);
    return r;
  }
  if (!r.bill.roi_direct_cost) {
    r.why_not = "the program's direct cost is unknown (tuition or a fee is unknown)";
    return r;
  }
  if (!money_internal::BuildEarnings(p, catalog, cost, roi, data, &r)) return r;
  RoiModel& m = r.model;
  m.g0 = roi.g0;
  m.g1 = roi.g1;
  m.study_months = static_cast<int>(std::lround(r.bill.months));
  m.work_share = r.bill.work_share_kept;
  m.job_gap_months = roi.job_gap_months;
  m.direct_cost = *r.bill.roi_direct_cost;
  m.discount_rate = roi.discount_rate;
  m.horizon_years = roi.horizon_years;
  m.completion_rate = roi.completion_rate;
  m.dropout_share = roi.dropout_share;
  r.uncertainty.growth_sd = roi.growth_sd;
  r.uncertainty.job_gap_mean_months = roi.job_gap_months;
  r.uncertainty.random_completion = true;
  r.point = RoiClosedForm(m);
  r.expected_npv = ExpectedNpv(m);
  r.break_even_salary = BreakEvenSalary(m);
  money_internal::ExplainUncertainty(roi, &r);
  r.ok = true;
  return r;
}

}  // namespace

ProgramRoi EvaluateProgramRoi(const Program& p, const Catalog* catalog, const CostInputs& cost,
                              const RoiInputs& roi, const MoneyData& data) {
  ProgramRoi r = Prepare(p, catalog, ComputeCost(p, catalog, cost, data), cost, roi, data);
  if (r.ok) r.summary = SimulateRoi(r.model, r.uncertainty, roi.mc);
  return r;
}

std::vector<ProgramRoi> EvaluateProgramsRoi(const std::vector<const Program*>& programs,
                                            const Catalog* catalog, std::vector<CostBill> bills,
                                            const CostInputs& cost, const RoiInputs& roi,
                                            const MoneyData& data) {
  std::vector<ProgramRoi> out;
  std::vector<RoiModel> models;
  std::vector<RoiUncertainty> unc;
  std::vector<size_t> index;
  for (size_t k = 0; k < programs.size(); ++k) {
    CostBill bill =
        k < bills.size() ? std::move(bills[k]) : ComputeCost(*programs[k], catalog, cost, data);
    out.push_back(Prepare(*programs[k], catalog, std::move(bill), cost, roi, data));
    if (out.back().ok) {
      models.push_back(out.back().model);
      unc.push_back(out.back().uncertainty);
      index.push_back(out.size() - 1);
    }
  }
  auto sums = SimulateRoiBatch(models, unc, roi.mc);
  for (size_t i = 0; i < index.size(); ++i) out[index[i]].summary = std::move(sums[i]);
  return out;
}

std::vector<ProgramRoi> EvaluateAllPrograms(const Catalog& catalog, const CostInputs& cost,
                                            const RoiInputs& roi, const MoneyData& data) {
  std::vector<const Program*> programs;
  for (const auto& p : catalog.programs) programs.push_back(&p);
  return EvaluateProgramsRoi(programs, &catalog, {}, cost, roi, data);
}

std::vector<ProgramMoneyCriteria> MoneyCriteria(const Catalog& catalog, const CostInputs& cost,
                                                const RoiInputs& roi, const MoneyData& data) {
  std::vector<ProgramMoneyCriteria> out;
  for (auto& r : EvaluateAllPrograms(catalog, cost, roi, data)) {
    ProgramMoneyCriteria c;
    c.program_id = r.bill.program_id;
    c.total_cost = r.bill.total;
    c.currency = r.bill.currency;
    c.months_estimated = r.bill.months_estimated;
    c.months_basis = r.bill.months_basis;
    if (r.ok) c.npv_p50 = r.summary.npv_p50;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace gradfit
