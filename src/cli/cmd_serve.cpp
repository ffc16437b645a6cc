// gradfit serve [--port 8080] [--host 127.0.0.1] [--db PATH] [--ui DIR] [--token TOKEN]
#include <fmt/core.h>
#include <signal.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <thread>

#include "cli/commands.hpp"
#include "gradfit/server.hpp"
#include "gradfit/store.hpp"

namespace gradfit::cli {
namespace {

struct ServeArgs {
  std::string host = "127.0.0.1", db, ui, token;
  int port = 8080;
  int request_timeout = 10;
  int threads = 0;
};

std::string DefaultUiDir() {
  if (const char* env = std::getenv("GRADFIT_UI_DIR"); env && *env) return env;
  return GRADFIT_SOURCE_DIR "/web/dist";
}

void Run(const GlobalOptions& global, ServeArgs a, int& exit_code) {
  ServerOptions o;
  o.host = a.host;
  o.port = a.port;
  o.catalog_dir = global.catalog_dir;
  o.db_path = a.db.empty() ? DefaultDatabasePath() : a.db;
  o.ui_dir = a.ui.empty() ? DefaultUiDir() : a.ui;
  o.token = a.token;
  o.request_timeout_seconds = a.request_timeout;
  if (a.threads > 0) o.threads = a.threads;
  if (o.token.empty() && !IsLoopbackHost(o.host)) o.token = GenerateToken();
  // SIGINT/SIGTERM are blocked in every thread (the server starts its warm-up and
  // worker threads, which inherit the mask) and taken by one waiter thread below:
  // otherwise a signal could land in a worker and kill the process uncleanly.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  auto server = Server::Create(o);
  if (!server.ok()) {
    fmt::print(stderr, "gradfit: {}\n", server.status().message());
    exit_code =
        server.status().code() == Status::Code::kInvalidArgument ? kExitUsage : kExitInvalidData;
    return;
  }
  auto port = (*server)->Bind();
  if (!port.ok()) {
    fmt::print(stderr, "gradfit: {}\n", port.status().message());
    exit_code = kExitIo;
    return;
  }
  // SIGINT/SIGTERM stop the server cleanly from a thread that waits for them.
  Server* running = server->get();
  std::thread waiter([signals, running] {
    int sig = 0;
    sigwait(&signals, &sig);
    running->Stop();
  });
  waiter.detach();

  const std::string host = o.host.find(':') != std::string::npos ? "[" + o.host + "]" : o.host;
  fmt::print("gradfit serving on http://{}:{}/\n", host, *port);
  if (!o.token.empty())
    fmt::print("access token: {}\nopen http://{}:{}/#token={}\n", o.token, host, *port, o.token);
  fmt::print("your data: {}\n", o.db_path);
  fmt::print("stop with Ctrl-C\n");
  std::fflush(stdout);
  if (Status s = (*server)->Run(); !s.ok()) {
    fmt::print(stderr, "gradfit: {}\n", s.message());
    exit_code = kExitIo;
  }
}

}  // namespace

void RegisterServeCommand(CLI::App& app, GlobalOptions& global, int& exit_code) {
  auto args = std::make_shared<ServeArgs>();
  auto* serve = app.add_subcommand("serve", "Start the web app (JSON API and browser UI)");
  serve->add_option("--port", args->port, "Port (0: a free one)")->capture_default_str();
  serve
      ->add_option("--host", args->host,
                   "Address to listen on; anything but loopback requires an access token")
      ->capture_default_str();
  serve->add_option("--db", args->db, "Your data (SQLite file; default $XDG_DATA_HOME/gradfit)");
  serve->add_option("--ui", args->ui, "Folder of the built UI (default web/dist)");
  serve->add_option("--token", args->token,
                    "Access token to require (default: generated when not on loopback)");
  serve
      ->add_option("--request-timeout", args->request_timeout,
                   "Seconds a client has to send a request, or take its answer")
      ->check(CLI::Range(1, 3600))
      ->capture_default_str();
  serve
      ->add_option("--threads", args->threads,
                   "Worker threads: open connections served at once (default: see docs/API.md)")
      ->check(CLI::Range(1, 4096));
  serve->callback([&global, &exit_code, args] { Run(global, *args, exit_code); });
}

}  // namespace gradfit::cli
