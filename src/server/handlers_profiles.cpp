// /profiles: the user's stored profiles, TOML import and export.
#include <fmt/core.h>

#include "server/handlers.hpp"

namespace gradfit::server {
namespace {

nlohmann::json StoredJson(const StoredProfile& p) {
  return {{"id", p.id},
          {"name", p.name},
          {"created_at", p.created_at},
          {"updated_at", p.updated_at},
          {"profile", nlohmann::json::parse(ProfileToJson(p.profile))}};
}

std::optional<ApiResponse> ProfileId(const ApiRequest& req, std::int64_t* id) {
  const std::string& s = req.params.at(0);
  try {
    size_t used = 0;
    *id = std::stoll(s, &used);
    if (used == s.size() && *id > 0) return std::nullopt;
  } catch (const std::exception&) {
  }
  return ErrorResponse(404, fmt::format("no profile '{}'", s));
}

std::optional<ApiResponse> BodyProfile(const ApiRequest& req, Profile* out) {
  nlohmann::json body;
  if (auto e = ParseJsonObject(req, &body)) return e;
  return ParseProfileDocument(req.body, "$", out);
}

}  // namespace

ApiResponse ListProfiles(const ApiRequest&, AppContext& ctx) {
  auto list = ctx.store->ListProfiles();
  if (!list.ok()) return StatusResponse(list.status());
  nlohmann::json out = nlohmann::json::array();
  for (const auto& p : *list)
    out.push_back({{"id", p.id}, {"name", p.name}, {"updated_at", p.updated_at}});
  return JsonResponse({{"profiles", out}});
}

ApiResponse CreateProfile(const ApiRequest& req, AppContext& ctx) {
  Profile p;
  if (auto e = BodyProfile(req, &p)) return *e;
  auto stored = ctx.store->CreateProfile(p);
  if (!stored.ok()) return StatusResponse(stored.status(), "$");
  ctx.WarmRanking(stored->profile);  // the ranking page comes next
  return JsonResponse(StoredJson(*stored), 201);
}

ApiResponse GetProfile(const ApiRequest& req, AppContext& ctx) {
  std::int64_t id = 0;
  if (auto e = ProfileId(req, &id)) return *e;
  auto stored = ctx.store->GetProfile(id);
  if (!stored.ok()) return StatusResponse(stored.status());
  return JsonResponse(StoredJson(*stored));
}

ApiResponse UpdateProfile(const ApiRequest& req, AppContext& ctx) {
  std::int64_t id = 0;
  if (auto e = ProfileId(req, &id)) return *e;
  Profile p;
  if (auto e = BodyProfile(req, &p)) return *e;
  auto stored = ctx.store->UpdateProfile(id, p);
  if (!stored.ok()) return StatusResponse(stored.status(), "$");
  ctx.WarmRanking(stored->profile);  // the ranking page comes next
  return JsonResponse(StoredJson(*stored));
}

ApiResponse DeleteProfile(const ApiRequest& req, AppContext& ctx) {
  std::int64_t id = 0;
  if (auto e = ProfileId(req, &id)) return *e;
  if (Status s = ctx.store->DeleteProfile(id); !s.ok()) return StatusResponse(s);
  ApiResponse r;
  r.status = 204;
  r.content_type.clear();
  return r;
}

ApiResponse ImportProfile(const ApiRequest& req, AppContext& ctx) {
  if (req.body.empty()) return ErrorResponse(400, "send the profile's TOML text as the body", "$");
  std::vector<ProfileError> errors;
  auto p = ParseProfileToml(req.body, "profile.toml", &errors);
  if (!p.ok()) {
    if (errors.empty()) return ErrorResponse(400, p.status().message(), "$");
    const ProfileError& e = errors.front();
    const std::string where = e.line > 0 ? fmt::format("line {}: ", e.line) : "";
    return ErrorResponse(400, where + e.message, where + e.key_path);
  }
  auto stored = ctx.store->CreateProfile(*p);
  if (!stored.ok()) return StatusResponse(stored.status(), "$");
  ctx.WarmRanking(stored->profile);  // the ranking page comes next
  return JsonResponse(StoredJson(*stored), 201);
}

ApiResponse ExportProfileToml(const ApiRequest& req, AppContext& ctx) {
  std::int64_t id = 0;
  if (auto e = ProfileId(req, &id)) return *e;
  auto stored = ctx.store->GetProfile(id);
  if (!stored.ok()) return StatusResponse(stored.status());
  ApiResponse r;
  r.body = ProfileToToml(stored->profile);
  r.content_type = "application/toml; charset=utf-8";
  r.headers.emplace_back("Content-Disposition",
                         fmt::format("attachment; filename=\"gradfit-profile-{}.toml\"", id));
  return r;
}

}  // namespace gradfit::server
