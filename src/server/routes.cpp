// Every route of the API in one table; docs/API.md describes them and
// openapi.cpp documents them (a test checks the two agree).
#include "server/routes.hpp"

#include <regex>

#include "server/handlers.hpp"

namespace gradfit::server {
namespace {

struct Route {
  const char* method;
  const char* path;  // template: {name} matches one path segment
  Handler handler;
  const char* summary;
};

constexpr const char* kPrefix = "/api/v1";

const std::vector<Route>& Table() {
  static const std::vector<Route> kRoutes = {
      {"GET", "/programs", ListPrograms, "Programs, filtered and sorted (programs list)"},
      {"GET", "/programs/{id}", ShowProgram, "Every fact of one program with source and age"},
      {"GET", "/careers", ListCareers, "The roles with their wages (careers)"},
      {"GET", "/careers/{role}", ShowCareer, "One role: skills and wages"},
      {"GET", "/coverage", Coverage, "Program x role curriculum coverage"},
      {"POST", "/assess", AssessProfile, "Pathway verdict and eligibility per program"},
      {"POST", "/rank", RankForUser, "Rank programs for a user, with robustness and explanations"},
      {"GET", "/compare", CompareForUser, "Programs side by side"},
      {"POST", "/cost", CostForUser, "Itemised cost of a program for a user"},
      {"POST", "/roi", RoiForUser, "Return on investment of a program for a user"},
      {"POST", "/decide", DecideMatrix, "Decision methods on the user's own matrix"},
      {"GET", "/profiles", ListProfiles, "Stored profiles"},
      {"POST", "/profiles", CreateProfile, "Store a profile"},
      {"POST", "/profiles/import", ImportProfile, "Store a profile from its TOML file"},
      {"GET", "/profiles/{id}", GetProfile, "One stored profile"},
      {"PUT", "/profiles/{id}", UpdateProfile, "Replace a stored profile"},
      {"DELETE", "/profiles/{id}", DeleteProfile, "Delete a stored profile"},
      {"GET", "/profiles/{id}/toml", ExportProfileToml, "A stored profile as a TOML file"},
      {"GET", "/shortlist", GetShortlist, "The shortlist"},
      {"POST", "/shortlist", AddToShortlist, "Add a program to the shortlist"},
      {"DELETE", "/shortlist/{program_id}", RemoveFromShortlist, "Remove from the shortlist"},
      {"GET", "/shortlist.csv", ShortlistCsvFile, "The shortlist as CSV"},
      {"GET", "/shortlist.xlsx", ShortlistXlsxFile, "The shortlist as an Excel workbook"},
      {"GET", "/applications", ListApplications, "Every tracked application"},
      {"GET", "/applications/{program_id}", GetApplication, "One application (or a fresh one)"},
      {"PUT", "/applications/{program_id}", PutApplication, "Update an application"},
      {"GET", "/applications.ics", ApplicationsCalendar, "Deadlines as iCalendar"},
      {"GET", "/openapi.json", OpenApi, "This API as an OpenAPI 3 document"},
  };
  return kRoutes;
}

// "/programs/{id}" -> ^/api/v1/programs/([^/]+)$ (dots are literal).
std::regex PatternOf(const std::string& path) {
  std::string re = "^";
  for (char c : std::string(kPrefix) + path) {
    if (c == '.')
      re += "\\.";
    else
      re += c;
  }
  re = std::regex_replace(re, std::regex(R"(\{[a-z_]+\})"), "([^/]+)");
  return std::regex(re + "$");
}

const std::vector<std::regex>& Patterns() {
  static const std::vector<std::regex> kPatterns = [] {
    std::vector<std::regex> v;
    for (const Route& r : Table()) v.push_back(PatternOf(r.path));
    return v;
  }();
  return kPatterns;
}

}  // namespace

ApiResponse Dispatch(ApiRequest& req, AppContext& ctx) {
  std::string allow;
  for (size_t i = 0; i < Table().size(); ++i) {
    std::smatch m;
    if (!std::regex_match(req.path, m, Patterns()[i])) continue;
    const Route& r = Table()[i];
    if (req.method != r.method) {
      allow += (allow.empty() ? "" : ", ") + std::string(r.method);
      continue;
    }
    req.params.clear();
    for (size_t g = 1; g < m.size(); ++g) req.params.push_back(m[g].str());
    return r.handler(req, ctx);
  }
  if (!allow.empty()) {
    ApiResponse res =
        ErrorResponse(405, "method " + req.method + " is not allowed here; use " + allow);
    res.headers.emplace_back("Allow", allow);
    return res;
  }
  return ErrorResponse(404, "no such API route (see /api/v1/openapi.json)");
}

}  // namespace gradfit::server

namespace gradfit {

const std::vector<RouteInfo>& ApiRoutes() {
  static const std::vector<RouteInfo> kInfo = [] {
    std::vector<RouteInfo> v;
    for (const auto& r : server::Table())
      v.push_back({r.method, std::string(server::kPrefix) + r.path, r.summary});
    return v;
  }();
  return kInfo;
}

}  // namespace gradfit
