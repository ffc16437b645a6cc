// The application tracker's JSON (docs/API.md, "Applications").
#pragma once

#include "server/api.hpp"

namespace gradfit::server {

nlohmann::json ApplicationJson(const Application& app, const Program* program, bool stored);
// Applies the members present in `body` to `app` (missing keys keep their value);
// an error names the JSON path of the first bad member.
std::optional<ApiResponse> ApplyApplicationPatch(const nlohmann::json& body, Application* app);

}  // namespace gradfit::server
