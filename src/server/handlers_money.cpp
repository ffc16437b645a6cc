// POST /cost and POST /roi: the itemised bill and the return on investment.
//
// The JSON is the money module's (gradfit/money_json.hpp), the same text `gradfit cost|roi
// --json` prints.
#include <fmt/core.h>

#include "gradfit/money.hpp"
#include "gradfit/money_json.hpp"
#include "server/handlers.hpp"

namespace gradfit::server {
namespace {

struct MoneyRequest {
  const Program* program = nullptr;
  CostInputs cost;
  RoiInputs roi;
  std::optional<std::string> tracked_note;  // the application tracker's figure, when applied
};

// The body's fields, with the meaning of the CLI flags of `cost` and `roi`.
std::optional<ApiResponse> ReadMoneyRequest(const ApiRequest& req, AppContext& ctx, bool roi,
                                            MoneyRequest* out) {
  nlohmann::json body;
  if (auto e = ParseJsonObject(req, &body)) return *e;
  Fields f(body, "$");
  std::vector<std::string> known = {"program",
                                    "profile",
                                    "profile_id",
                                    "salary",
                                    "salary_currency",
                                    "country",
                                    "state",
                                    "part_time_share",
                                    "online",
                                    "months",
                                    "relocate",
                                    "relocation_cost",
                                    "scholarship",
                                    "stipend",
                                    "assistantship",
                                    "employer_support",
                                    "aid_currency",
                                    "currency",
                                    "tuition_inflation",
                                    "estimate_unknown"};
  if (roi)
    for (const char* k : {"role", "runs", "seed", "discount", "horizon", "completion"})
      known.emplace_back(k);
  if (auto e = f.OnlyKnown(known)) return *e;
  std::string id;
  if (auto e = f.String("program", &id)) return *e;
  if (id.empty()) return ErrorResponse(400, "give the program id", "$.program");
  out->program = ctx.catalog.find_program(id);
  if (!out->program)
    return ErrorResponse(404, fmt::format("no program '{}' in the catalog", id), "$.program");
  CostInputs& in = out->cost;
  Profile profile;
  if (auto e = ProfileFromBody(body, ctx, &profile)) return *e;
  ApplyProfile(profile, &in, &out->roi);

  std::optional<double> salary, part_time_share, months, relocation_cost, employer_support;
  std::string salary_currency = "USD", aid_currency = "USD", currency, relocate = "auto";
  double scholarship = 0, stipend = 0, assistantship = 0;
  bool online = false, estimate = false;
  for (auto e :
       {f.Number("salary", &salary), f.String("salary_currency", &salary_currency),
        f.String("country", &in.country), f.String("state", &in.us_state),
        f.Number("part_time_share", &part_time_share), f.Bool("online", &online),
        f.Number("months", &months), f.String("relocate", &relocate),
        f.Number("relocation_cost", &relocation_cost), f.Number("scholarship", &scholarship),
        f.Number("stipend", &stipend), f.Number("assistantship", &assistantship),
        f.Number("employer_support", &employer_support), f.String("aid_currency", &aid_currency),
        f.String("currency", &currency), f.Number("tuition_inflation", &in.tuition_inflation),
        f.Bool("estimate_unknown", &estimate)})
    if (e) return e;
  // Numbers and codes were checked by Fields against the bounds table and the code checker.
  if (salary) {
    in.salary = *salary;
    in.salary_currency = salary_currency;
  }
  if (part_time_share) {
    in.mode = StudyMode::kPartTime;
    in.work_share_kept = *part_time_share;
  }
  if (online) in.study_online = true;
  if (months) in.months_override = *months;
  if (relocate == "yes")
    in.relocation = Relocation::kYes;
  else if (relocate == "no")
    in.relocation = Relocation::kNo;
  else if (relocate != "auto")
    return ErrorResponse(400, "not one of: auto, yes, no", "$.relocate");
  if (relocation_cost) in.relocation_cost_usd = *relocation_cost;
  in.scholarship = scholarship;
  in.stipend = stipend;
  in.assistantship = assistantship;
  if (employer_support && *employer_support > 0) {
    in.employer_support_per_year = *employer_support;
    in.aid_currency = aid_currency;
  } else if (scholarship + stipend + assistantship > 0) {
    in.aid_currency = aid_currency;
  }
  in.estimate_unknown_tuition = estimate;
  in.display_currency = !currency.empty() ? currency : in.salary ? in.salary_currency : "USD";

  // The user's own figures from the application tracker feed this program's cost.
  auto app = ctx.store->FindApplication(id);
  if (!app.ok()) return StatusResponse(app.status());
  if (*app) out->tracked_note = ApplyTrackedFigures(**app, &in);

  if (roi) {
    RoiInputs& r = out->roi;
    std::optional<double> runs, seed, horizon;
    for (auto e : {f.String("role", &r.role), f.Number("runs", &runs), f.Number("seed", &seed),
                   f.Number("discount", &r.discount_rate), f.Number("horizon", &horizon),
                   f.Number("completion", &r.completion_rate)})
      if (e) return e;
    if (runs) r.mc.runs = static_cast<int>(*runs);
    if (seed) r.mc.seed = static_cast<std::uint64_t>(*seed);
    if (horizon) r.horizon_years = static_cast<int>(*horizon);
    if (f.Has("role") && !ctx.careers.find_role(r.role))
      return ErrorResponse(404, fmt::format("unknown role '{}'", r.role), "$.role");
  }
  return std::nullopt;
}

}  // namespace

ApiResponse CostForUser(const ApiRequest& req, AppContext& ctx) {
  MoneyRequest m;
  if (auto e = ReadMoneyRequest(req, ctx, false, &m)) return *e;
  CostBill bill = ComputeCost(*m.program, &ctx.catalog, m.cost, ctx.money);
  if (m.tracked_note) bill.notes.push_back(*m.tracked_note);
  return JsonTextResponse(CostBillJson(bill));
}

ApiResponse RoiForUser(const ApiRequest& req, AppContext& ctx) {
  MoneyRequest m;
  if (auto e = ReadMoneyRequest(req, ctx, true, &m)) return *e;
  ProgramRoi r = EvaluateProgramRoi(*m.program, &ctx.catalog, m.cost, m.roi, ctx.money);
  if (m.tracked_note) r.bill.notes.push_back(*m.tracked_note);
  return JsonTextResponse(ProgramRoiJson(r));
}

}  // namespace gradfit::server
