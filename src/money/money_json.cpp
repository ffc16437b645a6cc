// JSON rendering of the bill and the ROI (money_json.hpp). Unknown stays null.
#include "gradfit/money_json.hpp"

#include <nlohmann/json.hpp>

namespace gradfit {
namespace {

using nlohmann::json;

json Opt(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

json BillJson(const CostBill& b) {
  json j;
  j["program"] = b.program_id;
  j["currency"] = b.currency;
  j["months"] = b.months_known ? json(b.months) : json(nullptr);
  j["months_estimated"] = b.months_estimated;
  j["months_basis"] = b.months_basis;
  j["study_mode"] = ToString(b.mode);
  j["work_share_kept"] = b.work_share_kept;
  j["study_mode_note"] = b.mode_note;
  j["online"] = b.online;
  j["relocating"] = b.relocating;
  j["lines"] = json::array();
  for (const auto& l : b.lines) {
    json line = {{"key", l.key},
                 {"label", l.label},
                 {"amount", Opt(l.amount)},
                 {"formula", l.formula},
                 {"source", l.source},
                 {"in_roi", l.in_roi},
                 {"stale", l.stale},
                 {"third_party", l.third_party},
                 {"fallback", l.fallback}};
    if (l.stated_amount)
      line["stated"] = {
          {"amount", *l.stated_amount},
          {"currency", l.stated_currency},
          {"academic_year", l.stated_year.empty() ? json(nullptr) : json(l.stated_year)},
          {"priced_for", l.priced_year}};
    j["lines"].push_back(std::move(line));
  }
  j["total"] = Opt(b.total);
  j["total_known_lines"] = b.total_known_lines.value_or(0);
  j["roi_direct_cost"] = Opt(b.roi_direct_cost);
  if (b.tuition_range)
    j["tuition_range"] = {{"p10", b.tuition_range->first}, {"p90", b.tuition_range->second}};
  if (!b.tuition_range_note.empty()) j["tuition_range_note"] = b.tuition_range_note;
  j["notes"] = b.notes;
  return j;
}

json RoiJson(const ProgramRoi& r) {
  json j;
  j["bill"] = BillJson(r.bill);
  j["ok"] = r.ok;
  if (!r.ok) {
    j["why_not"] = r.why_not;
    return j;
  }
  const RoiModel& m = r.model;
  const bool premium = m.path == EarningsPath::kPremium;
  j["model"] = {{"current_salary", m.current_salary},
                {"earnings_path", r.earnings_path},
                {"post_salary", premium ? json(nullptr) : json(m.post_salary)},
                {"target_salary", premium ? json(nullptr) : json(m.target_salary)},
                {"convergence_half_life_years",
                 premium ? json(nullptr) : json(m.convergence_half_life_years)},
                {"premium", premium ? json(m.premium) : json(nullptr)},
                {"g0", m.g0},
                {"g1", m.g1},
                {"study_months", m.study_months},
                {"work_share", m.work_share},
                {"job_gap_months", m.job_gap_months},
                {"direct_cost", m.direct_cost},
                {"discount_rate", m.discount_rate},
                {"horizon_years", m.horizon_years},
                {"completion_rate", m.completion_rate},
                {"draw_mu", r.uncertainty.salary_mu},
                {"draw_sigma", r.uncertainty.salary_sigma},
                {"growth_sd", r.uncertainty.growth_sd}};
  j["earnings_explanation"] = r.earnings_explanation;
  j["salary_source"] = r.salary_source;
  j["counterfactual_source"] = r.counterfactual_source;
  j["wage_country"] = r.wage_country;
  j["uncertainty"] = r.uncertainty_sentences;
  j["notes"] = r.notes;
  j["npv_point"] = r.point.npv;
  j["payback_year"] = r.point.payback_year ? json(*r.point.payback_year) : json(nullptr);
  j["lifetime_gain"] = r.point.lifetime_gain;
  j["expected_npv"] = r.expected_npv;
  j[premium ? "break_even_premium" : "break_even_salary"] = r.break_even_salary;
  const RoiSummary& s = r.summary;
  j["monte_carlo"] = {{"runs", s.runs},
                      {"npv_mean", s.npv_mean},
                      {"npv_p10", s.npv_p10},
                      {"npv_p50", s.npv_p50},
                      {"npv_p90", s.npv_p90},
                      {"p_payback_5", s.p_payback_5},
                      {"p_payback_10", s.p_payback_10},
                      {"histogram", s.histogram},
                      {"hist_min", s.hist_min},
                      {"hist_max", s.hist_max}};
  return j;
}

}  // namespace

std::string CostBillJson(const CostBill& bill) {
  return BillJson(bill).dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}
std::string ProgramRoiJson(const ProgramRoi& roi) {
  return RoiJson(roi).dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace gradfit
