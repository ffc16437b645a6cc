// Loading what every handler uses (catalog, fit/careers/money data, the store),
// for the HTTP server and for the API fuzzer alike.
#pragma once

#include "server/api.hpp"

namespace gradfit::server {

// Fills `ctx` in place (the skill matcher points into ctx->careers); every problem is an error.
Status LoadAppContext(const ServerOptions& options, AppContext* ctx);

}  // namespace gradfit::server
