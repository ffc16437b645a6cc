// The HTTP side: cpp-httplib wiring, access token, origin checks, body cap,
// JSON errors, static files. Handlers (routes.cpp) never see httplib.
#include <fmt/core.h>
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>
#include <tuple>

#include "gradfit/careers_json.hpp"
#include "gradfit/server.hpp"
#include "server/app_context.hpp"
#include "server/guarded_http_server.hpp"
#include "server/request_guard.hpp"

namespace gradfit {
namespace {

bool IsLoopbackName(std::string host) {
  if (host.size() > 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

// "example.com:8080" -> "example.com"; "[::1]:8080" -> "[::1]".
std::string HostName(const std::string& host_header) {
  if (!host_header.empty() && host_header.front() == '[') {
    auto end = host_header.find(']');
    return end == std::string::npos ? host_header : host_header.substr(0, end + 1);
  }
  return host_header.substr(0, host_header.find(':'));
}

bool SameSecret(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;  // constant time: no early exit on the first difference
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

void SendError(httplib::Response& res, int status, const std::string& message) {
  res.status = status;
  res.set_content(nlohmann::json{{"error", {{"message", message}}}}.dump(),
                  "application/json; charset=utf-8");
}

std::string DefaultMessage(int status) {
  switch (status) {
    case 400:
      return "bad request";
    case 404:
      return "not found";
    case 405:
      return "method not allowed";
    case 413:
      return "the request body is too large (at most 1 MiB)";
    case 414:
      return "the request URI is too long";
    default:
      return status >= 500 ? "internal error" : "request failed";
  }
}

const char* kNoUiPage = R"(<!doctype html><html lang="en"><meta charset="utf-8">
<title>gradfit</title><body><h1>gradfit is running</h1>
<p>The browser interface has not been built. Build it with
<code>cd web &amp;&amp; npm ci &amp;&amp; npm run build</code> and reload this page, or start the
server with <code>--ui DIR</code>. The JSON API is at <a href="/api/v1/openapi.json">/api/v1</a>.</p>
</body></html>)";

}  // namespace

bool IsLoopbackHost(const std::string& host) { return IsLoopbackName(host); }

std::string GenerateToken() {
  unsigned char bytes[16] = {};
  std::ifstream random("/dev/urandom", std::ios::binary);
  random.read(reinterpret_cast<char*>(bytes), sizeof bytes);
  std::string hex;
  for (unsigned char b : bytes) hex += fmt::format("{:02x}", b);
  return hex;
}

struct Server::Impl {
  server::AppContext ctx;
  server::GuardedHttpServer http;
  int port = 0;
  std::atomic<bool> stop_requested{false};
  std::atomic<bool> run_finished{false};

  void Install();
  bool Allowed(const httplib::Request& req, httplib::Response& res) const;
  void ServeApi(const httplib::Request& req, httplib::Response& res);
  void ServeStatic(const httplib::Request& req, httplib::Response& res) const;
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() = default;

Result<std::unique_ptr<Server>> Server::Create(const ServerOptions& options) {
  if (!IsLoopbackHost(options.host) && options.token.empty())
    return Status::InvalidArgument("listening on " + options.host +
                                   " (beyond this machine) needs an access token");
  auto impl = std::make_unique<Impl>();
  if (Status s = server::LoadAppContext(options, &impl->ctx); !s.ok()) return s;
  server::AppContext& ctx = impl->ctx;
  // Rankings the UI is likely to ask for first: no profile, and the profile saved last.
  ctx.WarmRanking(Profile{});
  if (auto profiles = ctx.store->ListProfiles(); profiles.ok() && !profiles->empty()) {
    auto last =
        std::max_element(profiles->begin(), profiles->end(), [](const auto& a, const auto& b) {
          return std::tie(a.updated_at, a.id) < std::tie(b.updated_at, b.id);
        });
    ctx.WarmRanking(last->profile);
  }
  impl->Install();
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Result<int> Server::Bind() {
  const ServerOptions& o = impl_->ctx.options;
  if (o.port == 0) {
    impl_->port = impl_->http.bind_to_any_port(o.host);
  } else {
    impl_->port = impl_->http.bind_to_port(o.host, o.port) ? o.port : -1;
  }
  // Room for a burst of connections (256 at once in the load test) while the
  // workers are busy: the library's backlog of 5 drops SYNs and clients wait 1 s to retry.
  if (impl_->port >= 0 && !impl_->http.WidenBacklog(1024))
    return Status::IoError("cannot set the listen backlog");
  if (impl_->port < 0)
    return Status::IoError(
        fmt::format("cannot listen on {}:{} (in use, or not this machine's "
                    "address)",
                    o.host, o.port));
  return impl_->port;
}

Status Server::Run() {
  struct Finished {
    std::atomic<bool>& flag;
    ~Finished() { flag = true; }
  } finished{impl_->run_finished};
  if (impl_->stop_requested) return Status::Ok();
  if (!impl_->http.listen_after_bind()) return Status::IoError("the server stopped with an error");
  return Status::Ok();
}

// httplib's stop() only stops a loop that is already running: a stop asked for
// between Bind() and the loop's start (a Ctrl-C right after the banner) would be
// lost and the server would run on. So wait for the loop to run, or Run() to end.
void Server::Stop() {
  impl_->stop_requested = true;
  while (!impl_->run_finished) {
    if (impl_->http.is_running()) {
      impl_->http.stop();
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

void Server::Impl::Install() {
  const int threads = ctx.options.threads;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_tcp_nodelay(true);  // without it each keep-alive request waits ~40 ms (Nagle)
  http.set_keep_alive_timeout(2);
  http.set_read_timeout(ctx.options.request_timeout_seconds);
  http.set_write_timeout(ctx.options.request_timeout_seconds);
  http.set_request_deadline(std::chrono::seconds(ctx.options.request_timeout_seconds));
  http.set_payload_max_length(ctx.options.max_body_bytes);
  http.set_default_headers({{"X-Content-Type-Options", "nosniff"}});

  http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    return Allowed(req, res) ? httplib::Server::HandlerResponse::Unhandled
                             : httplib::Server::HandlerResponse::Handled;
  });
  auto api = [this](const httplib::Request& req, httplib::Response& res) { ServeApi(req, res); };
  http.Get("/api/.*", api);
  http.Post("/api/.*", api);
  http.Put("/api/.*", api);
  http.Delete("/api/.*", api);
  http.Patch("/api/.*", api);
  http.Get(".*",
           [this](const httplib::Request& req, httplib::Response& res) { ServeStatic(req, res); });
  // Any 4xx/5xx without a body (404 of httplib, 413 of the body cap): the JSON error shape.
  http.set_error_handler(
      httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        SendError(res, res.status, DefaultMessage(res.status));
        return httplib::Server::HandlerResponse::Handled;
      }));
  // A bug must not leak a stack trace or a path: the detail goes to stderr only.
  http.set_exception_handler([](const httplib::Request& req, httplib::Response& res,
                                std::exception_ptr ep) {
    std::string what = "unknown exception";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    fmt::print(stderr, "gradfit serve: internal error on {} {}: {}\n", req.method, req.path, what);
    SendError(res, 500, "internal error");
  });
}

// The access token (beyond loopback), and requests from other sites: a page on
// another origin, or a DNS name rebound to 127.0.0.1, must not reach the user's data.
bool Server::Impl::Allowed(const httplib::Request& req, httplib::Response& res) const {
  // Under load a request may wait in the queue until its client has given up: no
  // answer can reach it, so nothing is computed for it.
  if (server::GuardedHttpServer::ClientHungUp()) {
    SendError(res, 400, "the client closed the connection");
    server::GuardedHttpServer::CloseAfterResponse();
    return false;
  }
  // A body over the cap is refused from its Content-Length, before a byte of it is read.
  const std::string length = req.get_header_value("Content-Length");
  if (!length.empty() && length.find_first_not_of("0123456789") == std::string::npos &&
      (length.size() > 18 || std::stoull(length) > ctx.options.max_body_bytes)) {
    SendError(res, 413, DefaultMessage(413));
    res.set_header("Connection", "close");
    server::GuardedHttpServer::CloseAfterResponse();
    return false;
  }
  const bool loopback = IsLoopbackHost(ctx.options.host);
  const std::string host = HostName(req.get_header_value("Host"));
  if (loopback && !host.empty() && !IsLoopbackName(host)) {
    SendError(res, 403, "this server only answers requests for localhost");
    return false;
  }
  const std::string origin = req.get_header_value("Origin");
  if (!origin.empty() && origin != "null") {
    const auto scheme_end = origin.find("://");
    const std::string origin_host =
        scheme_end == std::string::npos ? origin : origin.substr(scheme_end + 3);
    const bool same = origin_host == req.get_header_value("Host");
    if (!same && !(loopback && IsLoopbackName(HostName(origin_host)))) {
      SendError(res, 403, "requests from another site are refused");
      return false;
    }
  }
  if (req.path.rfind("/api/", 0) == 0 && !ctx.options.token.empty()) {
    const std::string auth = req.get_header_value("Authorization");
    if (!SameSecret(auth, "Bearer " + ctx.options.token)) {
      SendError(res, 401, "send the access token: Authorization: Bearer TOKEN");
      res.set_header("WWW-Authenticate", "Bearer");
      return false;
    }
  }
  return true;
}

void Server::Impl::ServeApi(const httplib::Request& req, httplib::Response& res) {
  server::ApiRequest api;
  api.method = req.method;
  api.path = req.path;
  api.body = req.body;
  api.content_type = req.get_header_value("Content-Type");
  for (const auto& [k, v] : req.params) api.query.emplace(k, v);
  server::ApiResponse out = server::HandleApiRequest(api, ctx);
  res.status = out.status;
  for (const auto& [k, v] : out.headers) res.set_header(k, v);
  res.set_header("Cache-Control", "no-store");
  if (!out.body.empty() || !out.content_type.empty())
    res.set_content(std::move(out.body), out.content_type.c_str());
}

void Server::Impl::ServeStatic(const httplib::Request& req, httplib::Response& res) const {
  const std::string& root = ctx.options.ui_dir;
  std::error_code ec;
  if (root.empty() || !std::filesystem::is_directory(root, ec)) {
    if (req.path == "/" || req.path == "/index.html") {
      res.set_content(kNoUiPage, "text/html; charset=utf-8");
      res.set_header("Cache-Control", "no-cache");
      return;
    }
    SendError(res, 404, "not found");
    return;
  }
  const std::string file = ResolveStaticFile(root, req.path);
  if (file.empty()) {
    SendError(res, 404, "not found");
    return;
  }
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  res.set_content(bytes.str(), ContentTypeFor(file).c_str());
  res.set_header("Cache-Control", CacheControlFor(req.path).c_str());
}

}  // namespace gradfit
