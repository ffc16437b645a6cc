// Hostile HTTP against a real server process: deeply nested JSON, NaN and
// Infinity literals, oversized requests, path traversal in every spelling, and
// slow clients. Each is refused, and in bounded time.
#include <poll.h>

#include <chrono>
#include <thread>

#include "api/api_fixture.hpp"

namespace gradfit_test {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

class Hostile : public ApiTest {};

TEST_F(Hostile, DeeplyNestedJsonIs400AtTheRoot) {
  const std::string deep(100000, '[');
  for (const char* route : {"/api/v1/rank", "/api/v1/assess", "/api/v1/profiles", "/api/v1/decide"})
    ExpectError(Client().Post(route, deep, "application/json"), 400, "$");
  // Nested deep inside a field that holds a profile (its text is re-serialised).
  ExpectError(
      Client().Post("/api/v1/rank",
                    "{\"profile\": " + std::string(5000, '[') + std::string(5000, ']') + "}",
                    "application/json"),
      400, "$");
  // Brackets inside a string are text, not nesting.
  auto r = Post("/api/v1/profiles", json{{"name", std::string(1000, '[')}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 201) << r->body;
  // The server is still answering.
  EXPECT_EQ(Client().Get("/api/v1/profiles")->status, 200);
}

TEST_F(Hostile, NanAndInfinityLiteralsAre400) {
  for (const std::string v : {"NaN", "Infinity", "-Infinity", "nan", "inf", "1e999", "-1e999"}) {
    SCOPED_TRACE(v);
    ExpectError(
        Client().Post("/api/v1/rank", "{\"weights\": {\"cost\": " + v + "}}", "application/json"),
        400, "$");
    ExpectError(Client().Post("/api/v1/cost",
                              "{\"program_id\": \"cmu-msml\", \"profile\": {\"education\": "
                              "{\"gpa\": " +
                                  v + "}}}",
                              "application/json"),
                400, "$");
  }
  // TOML has nan and inf literals: a profile import with them is refused by the profile rules.
  for (const std::string v : {"nan", "inf", "-inf", "+inf"}) {
    SCOPED_TRACE(v);
    auto r = Client().Post("/api/v1/profiles/import",
                           "name = \"x\"\n[education]\ngpa = " + v + "\n", "application/toml");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << r->body;
  }
}

// Found by fuzz/api_fuzz.cpp: an error message quoting invalid UTF-8 from the query
// string or the path made the JSON writer throw (a 500). Now it is the route's own error.
TEST_F(Hostile, InvalidUtf8InQueryOrPathIsTheRoutesOwnError) {
  for (const char* path :
       {"/api/v1/compare?ids=cmu-msml,g%E5%E5%E5atech-omscs", "/api/v1/programs/cmu-%E5%FF",
        "/api/v1/careers/%C0%AE", "/api/v1/applications/%FE%FF", "/api/v1/programs?country=%E5"}) {
    SCOPED_TRACE(path);
    auto r = Client().Get(path);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->status == 400 || r->status == 404) << r->status << " " << r->body;
    EXPECT_FALSE(json::parse(r->body, nullptr, false).is_discarded()) << r->body;
  }
}

TEST_F(Hostile, OversizedRequestsAreRefusedWithoutReadingThem) {
  // A Content-Length of 100 MiB is answered at once, before any body byte.
  const auto start = Clock::now();
  const std::string reply = RawRequest(server_->port(),
                                       "POST /api/v1/profiles HTTP/1.1\r\nHost: localhost\r\n"
                                       "Content-Type: application/json\r\n"
                                       "Content-Length: 104857600\r\nConnection: close\r\n\r\n{");
  EXPECT_EQ(StatusOf(reply), 413) << reply;
  EXPECT_LT(SecondsSince(start), 5.0);
  // A request line or a header longer than the library's 8 KiB limits.
  const std::string long_uri = "/api/v1/programs?keyword=" + std::string(10000, 'a');
  EXPECT_EQ(StatusOf(RawRequest(server_->port(), "GET " + long_uri +
                                                     " HTTP/1.1\r\nHost: localhost\r\n"
                                                     "Connection: close\r\n\r\n")),
            414);
  const std::string big_header = "X-Big: " + std::string(10000, 'b') + "\r\n";
  const int status =
      StatusOf(RawRequest(server_->port(), "GET /api/v1/programs HTTP/1.1\r\nHost: localhost\r\n" +
                                               big_header + "Connection: close\r\n\r\n"));
  EXPECT_TRUE(status == 400 || status == 0) << status;  // 0: the server closed the connection
  EXPECT_EQ(Client().Get("/api/v1/profiles")->status, 200);
}

// A UI folder with a file beside it that must never be served.
class Traversal : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(dir_.path / "ui" / "assets");
    std::ofstream(dir_.path / "ui" / "index.html") << "<!doctype html>the app";
    std::ofstream(dir_.path / "ui" / "assets" / "app.js") << "console.log(1)";
    std::ofstream(dir_.path / "secret.txt") << "TOP-SECRET-CONTENT";
    server_ = std::make_unique<ServerProcess>(
        (dir_.path / "t.db").string(),
        std::vector<std::string>{"--ui", (dir_.path / "ui").string()});
  }
  TempDir dir_;
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(Traversal, NoSpellingOfDotDotLeavesTheUiFolder) {
  auto fetch = [&](const std::string& path) {
    return RawRequest(server_->port(),
                      "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
  };
  ASSERT_NE(fetch("/assets/app.js").find("console.log(1)"), std::string::npos);  // the folder works
  for (const std::string path : {"/../secret.txt",
                                 "/%2e%2e/secret.txt",
                                 "/%2E%2E/secret.txt",
                                 "/..%2fsecret.txt",
                                 "/%2e%2e%2fsecret.txt",
                                 "/assets/..%2f..%2fsecret.txt",
                                 "/%252e%252e/secret.txt",
                                 "/%252e%252e%252fsecret.txt",
                                 "/..\\secret.txt",
                                 "/%5c..%5csecret.txt",
                                 "/assets/../../secret.txt",
                                 "/./../secret.txt",
                                 "//../secret.txt",
                                 "/.%2e/secret.txt",
                                 "/assets/%2e%2e/%2e%2e/secret.txt",
                                 "/..%00/secret.txt",
                                 "/%c0%ae%c0%ae/secret.txt",
                                 "/api/v1/../../secret.txt",
                                 "/api/v1/programs/..%2f..%2f..%2fsecret.txt",
                                 "/api/v1/profiles/%2e%2e",
                                 "/api/v1/programs/%2e%2e%2f%2e%2e%2fsecret.txt"}) {
    SCOPED_TRACE(path);
    const auto start = Clock::now();
    const std::string reply = fetch(path);
    EXPECT_EQ(reply.find("TOP-SECRET"), std::string::npos) << reply;
    const int status = StatusOf(reply);
    EXPECT_TRUE(status == 400 || status == 404) << reply.substr(0, 200);
    EXPECT_LT(SecondsSince(start), 5.0);
  }
}

// Whether the server has closed its side: readable, then a read that ends at EOF
// (a 400 or 408 reply may come first).
bool ServerClosed(int fd) {
  pollfd p{fd, POLLIN, 0};
  if (poll(&p, 1, 0) <= 0) return false;
  char buf[512];
  ssize_t n;
  while ((n = recv(fd, buf, sizeof buf, MSG_DONTWAIT)) > 0) {
  }
  return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK);
}

class SlowClient : public ::testing::Test {
 protected:
  // Two seconds to send a request: the slow clients below are cut off quickly.
  void SetUp() override {
    server_ = std::make_unique<ServerProcess>((dir_.path / "s.db").string(),
                                              std::vector<std::string>{"--request-timeout", "2"});
  }
  TempDir dir_;
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(SlowClient, HeadersAtOneBytePerSecondAreCutOffAtTheDeadline) {
  const std::string request =
      "GET /api/v1/programs HTTP/1.1\r\nHost: localhost\r\nX-Padding: slowslowslowslow\r\n\r\n";
  const int fd = Connect(server_->port());
  ASSERT_GE(fd, 0);
  const auto start = Clock::now();
  size_t sent = 0;
  bool closed = false;
  // Meanwhile the server answers everyone else.
  std::thread other([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    EXPECT_EQ(server_->Client().Get("/api/v1/profiles")->status, 200);
  });
  while (sent < request.size() && !(closed = ServerClosed(fd))) {
    if (send(fd, &request[sent], 1, MSG_NOSIGNAL) != 1) {
      closed = true;
      break;
    }
    ++sent;
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
  other.join();
  close(fd);
  EXPECT_TRUE(closed) << "the server waited for all " << sent << " bytes";
  EXPECT_LT(sent, request.size());
  // 2 s deadline, checked once a second by this client, on a loaded machine.
  EXPECT_LT(SecondsSince(start), 6.0);
}

TEST_F(SlowClient, ABodyThatTricklesInIsCutOffAndAnIdleConnectionIsClosed) {
  const int fd = Connect(server_->port());
  ASSERT_GE(fd, 0);
  const std::string head =
      "POST /api/v1/profiles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
      "Content-Length: 40\r\n\r\n";
  ASSERT_EQ(send(fd, head.data(), head.size(), MSG_NOSIGNAL), static_cast<ssize_t>(head.size()));
  const auto start = Clock::now();
  bool closed = false;
  for (int i = 0; i < 30 && !(closed = ServerClosed(fd)); ++i) {
    if (send(fd, "{", 1, MSG_NOSIGNAL) != 1) closed = true;
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
  }
  close(fd);
  EXPECT_TRUE(closed);
  EXPECT_LT(SecondsSince(start), 6.0);
  // A connection that never sends a byte is closed after the keep-alive time.
  const int idle = Connect(server_->port());
  ASSERT_GE(idle, 0);
  const auto idle_start = Clock::now();
  pollfd p{idle, POLLIN, 0};
  ASSERT_EQ(poll(&p, 1, 10000), 1);
  EXPECT_TRUE(ServerClosed(idle));
  EXPECT_LT(SecondsSince(idle_start), 6.0);
  close(idle);
  // Nothing was stored from the cut-off body.
  EXPECT_EQ(json::parse(server_->Client().Get("/api/v1/profiles")->body)["profiles"].size(), 0u);
}

// Under load a request can wait in the queue until its client has given up; the
// server does not compute it (here a rank of a million samples: a minute of CPU).
TEST(AbandonedRequest, IsNotComputedWhenItsClientHasGoneAway) {
  TempDir dir;
  ServerProcess server((dir.path / "a.db").string(), {"--threads", "1"});
  auto post = [](const std::string& body) {
    return "POST /api/v1/rank HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
           "Connection: close\r\nContent-Length: " +
           std::to_string(body.size()) + "\r\n\r\n" + body;
  };
  // The one worker is busy with an ordinary rank...
  std::thread busy(
      [&] { EXPECT_EQ(StatusOf(RawRequest(server.port(), post("{\"samples\": 20000}"))), 200); });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  // ...while a client asks for a huge one and hangs up.
  const int fd = Connect(server.port());
  ASSERT_GE(fd, 0);
  const std::string huge = post("{\"samples\": 1000000}");
  ASSERT_EQ(send(fd, huge.data(), huge.size(), MSG_NOSIGNAL), static_cast<ssize_t>(huge.size()));
  close(fd);
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  const auto start = Clock::now();
  auto c = server.Client();
  auto r = c.Get("/api/v1/profiles");
  busy.join();
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  // The ordinary rank plus the check; the huge one alone takes tens of seconds.
  EXPECT_LT(SecondsSince(start), 10.0);
}

}  // namespace
}  // namespace gradfit_test
