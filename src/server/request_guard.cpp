#include "server/request_guard.hpp"

#include <fmt/core.h>

#include "server/routes.hpp"

namespace gradfit::server {

std::size_t JsonNestingDepth(std::string_view text) {
  std::size_t depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped)
        escaped = false;
      else if (c == '\\')
        escaped = true;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

ApiResponse HandleApiRequest(ApiRequest& req, AppContext& ctx) {
  // A body is JSON (or a TOML profile for import): other content types are what a
  // form on another site can send without asking, so they are refused.
  const bool has_body = req.method == "POST" || req.method == "PUT" || req.method == "PATCH";
  const bool toml = req.content_type.rfind("application/toml", 0) == 0;
  const bool json = req.content_type.rfind("application/json", 0) == 0;
  if (has_body && !req.body.empty() && !json && !toml)
    return ErrorResponse(415, "send the body as Content-Type: application/json");
  if (json && JsonNestingDepth(req.body) > kMaxJsonDepth)
    return ErrorResponse(
        400, fmt::format("the JSON nests deeper than {} levels of [ and {{", kMaxJsonDepth), "$");
  return Dispatch(req, ctx);
}

}  // namespace gradfit::server
