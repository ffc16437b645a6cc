// What every API request passes before its route: the body's media type and how
// deeply its JSON nests. The HTTP side and the API fuzzer both enter here.
#pragma once

#include <cstddef>
#include <string_view>

#include "server/api.hpp"

namespace gradfit::server {

// No request body of the API nests deeper than a few levels; a body of 100,000
// '[' would make the recursive parts of the JSON library (dump, copy) overflow
// the worker's stack.
inline constexpr std::size_t kMaxJsonDepth = 64;

// The deepest nesting of [ and { outside JSON strings (a fast scan, no parse).
std::size_t JsonNestingDepth(std::string_view text);

// The guards, then Dispatch (routes.hpp).
ApiResponse HandleApiRequest(ApiRequest& req, AppContext& ctx);

}  // namespace gradfit::server
