// /applications: the tracker per program, and the deadlines as iCalendar.
#include <fmt/core.h>

#include "server/application_json.hpp"
#include "server/handlers.hpp"

namespace gradfit::server {

ApiResponse ListApplications(const ApiRequest&, AppContext& ctx) {
  auto apps = ctx.store->Applications();
  if (!apps.ok()) return StatusResponse(apps.status());
  nlohmann::json out = nlohmann::json::array();
  for (const auto& a : *apps)
    out.push_back(ApplicationJson(a, ctx.catalog.find_program(a.program_id), true));
  return JsonResponse({{"applications", out}});
}

ApiResponse GetApplication(const ApiRequest& req, AppContext& ctx) {
  const std::string& id = req.params.at(0);
  const Program* p = ctx.catalog.find_program(id);
  auto found = ctx.store->FindApplication(id);
  if (!found.ok()) return StatusResponse(found.status());
  if (*found) return JsonResponse(ApplicationJson(**found, p, true));
  if (!p) return ErrorResponse(404, fmt::format("no program '{}' in the catalog", id));
  return JsonResponse(ApplicationJson(NewApplication(*p, Today()), p, false));
}

ApiResponse PutApplication(const ApiRequest& req, AppContext& ctx) {
  const std::string& id = req.params.at(0);
  const Program* p = ctx.catalog.find_program(id);
  nlohmann::json body;
  if (auto e = ParseJsonObject(req, &body)) return *e;
  auto found = ctx.store->FindApplication(id);
  if (!found.ok()) return StatusResponse(found.status());
  if (!*found && !p) return ErrorResponse(404, fmt::format("no program '{}' in the catalog", id));
  Application app = *found ? **found : NewApplication(*p, Today());
  if (auto e = ApplyApplicationPatch(body, &app)) return *e;
  auto saved = ctx.store->SaveApplication(app);
  if (!saved.ok()) return StatusResponse(saved.status(), "$");
  return JsonResponse(ApplicationJson(*saved, p, true));
}

ApiResponse ApplicationsCalendar(const ApiRequest&, AppContext& ctx) {
  auto apps = ctx.store->Applications();
  if (!apps.ok()) return StatusResponse(apps.status());
  ApiResponse r;
  r.body = ToICalendar(DeadlineEvents(*apps, ctx.catalog), UtcStampCompact());
  r.content_type = "text/calendar; charset=utf-8";
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"gradfit-deadlines.ics\"");
  return r;
}

}  // namespace gradfit::server
