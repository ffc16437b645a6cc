// `gradfit serve`: the JSON API under /api/v1 (docs/API.md) over the library,
// the user's data in the SQLite store, and the compiled browser UI.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "gradfit/status.hpp"

namespace gradfit {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;          // 0: a free port
  std::string catalog_dir;  // the catalog (and fit/careers/money data) folder
  std::string db_path;      // empty: DefaultDatabasePath()
  std::string ui_dir;       // the compiled UI; empty or missing: a page saying how to build it
  std::string token;        // required as "Authorization: Bearer" on /api/ when not empty
  std::size_t max_body_bytes = 1 << 20;
  int threads = 8;  // worker threads (one per open connection)
  // Time a client has to send a request (line, headers, body) from its first byte,
  // and to take its response; a slower client is disconnected.
  int request_timeout_seconds = 10;
};

// Whether `host` only accepts connections from this machine.
bool IsLoopbackHost(const std::string& host);
// 32 hex characters from the system's random source.
std::string GenerateToken();

// One route of the API: method and path template ("/api/v1/programs/{id}").
struct RouteInfo {
  std::string method;
  std::string path;
  std::string summary;
};
const std::vector<RouteInfo>& ApiRoutes();
// The OpenAPI 3.0 document served at /api/v1/openapi.json.
const std::string& OpenApiDocument();

// The static file a URL path names under `root`, or "" when the path is not
// allowed (leaves the folder, hidden, control characters) or names nothing.
// `path` is the decoded URL path. Paths without an extension that name no file
// give index.html (client-side routes).
std::string ResolveStaticFile(const std::string& root, const std::string& path);
// Content-Type for a file name by extension; Cache-Control for a URL path.
std::string ContentTypeFor(const std::string& file);
std::string CacheControlFor(const std::string& url_path);

class Server {
 public:
  // Loads the catalog and data and opens the store; every problem is an error.
  static Result<std::unique_ptr<Server>> Create(const ServerOptions& options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds host:port (port 0: a free one) and returns the port.
  Result<int> Bind();
  // Serves until Stop(); call after Bind().
  Status Run();
  void Stop();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace gradfit
