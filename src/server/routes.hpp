// The route table of /api/v1 and the dispatch over it.
#pragma once

#include "server/api.hpp"

namespace gradfit::server {

// Finds the route for req.method + req.path (filling req.params) and runs it;
// 404 for a path no route has, 405 (with Allow) for a known path and another method.
ApiResponse Dispatch(ApiRequest& req, AppContext& ctx);

}  // namespace gradfit::server
