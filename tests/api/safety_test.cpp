// What the server refuses: unknown routes, bad bodies, oversize bodies, other
// sites, a missing token; and that no answer leaks a stack trace or a path.
#include "api/api_fixture.hpp"
#include "gradfit/server.hpp"

namespace gradfit_test {
namespace {

using nlohmann::json;

class Safety : public ApiTest {};

TEST_F(Safety, UnknownRoutesAndMethodsAreJsonErrors) {
  ExpectError(Client().Get("/api/v1/nothing-here"), 404, "");
  ExpectError(Client().Get("/api/v2/programs"), 404, "");
  auto r = Client().Delete("/api/v1/programs");
  ExpectError(r, 405, "");
  EXPECT_EQ(r->get_header_value("Allow"), "GET");
}

TEST_F(Safety, MalformedOrMissingBodiesAre400AtTheRoot) {
  ExpectError(Client().Post("/api/v1/rank", "{\"weights\": ", "application/json"), 400, "$");
  ExpectError(Client().Post("/api/v1/rank", "[1, 2]", "application/json"), 400, "$");
  ExpectError(Client().Post("/api/v1/rank", "", "application/json"), 400, "$");
}

TEST_F(Safety, BodiesAnotherSiteCouldSendAreRefused) {
  // text/plain is what a form on another site can post without a preflight.
  ExpectError(Client().Post("/api/v1/shortlist", R"({"program_id":"cmu-msml"})", "text/plain"), 415,
              "");
  httplib::Headers origin = {{"Origin", "https://evil.example"}};
  ExpectError(Client().Post("/api/v1/shortlist", origin, R"({"program_id":"cmu-msml"})",
                            "application/json"),
              403, "");
  // A DNS name rebound to 127.0.0.1 arrives with its own Host header.
  const std::string reply = RawRequest(
      server_->port(),
      "GET /api/v1/profiles HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(StatusOf(reply), 403) << reply;
  // The UI's own origin (and a dev server on another loopback port) is fine.
  httplib::Headers local = {{"Origin", "http://localhost:5173"}};
  EXPECT_EQ(Client().Get("/api/v1/profiles", local)->status, 200);
}

TEST_F(Safety, BodiesOverOneMebibyteAre413) {
  const std::string big = "{\"notes\": \"" + std::string(1100000, 'x') + "\"}";
  auto r = Client().Put("/api/v1/applications/cmu-msml", big, "application/json");
  ExpectError(r, 413, "");
}

TEST_F(Safety, TokenIsRequiredOnEveryApiRequestWhenSet) {
  TempDir dir;
  ServerProcess guarded((dir.path / "t.db").string(), {"--token", "s3cret-token"});
  httplib::Client anon("127.0.0.1", guarded.port());
  ExpectError(anon.Get("/api/v1/programs"), 401, "");
  ExpectError(anon.Post("/api/v1/shortlist", R"({"program_id":"cmu-msml"})", "application/json"),
              401, "");
  httplib::Client wrong("127.0.0.1", guarded.port());
  wrong.set_bearer_token_auth("s3cret-tokeX");
  ExpectError(wrong.Get("/api/v1/programs"), 401, "");
  httplib::Client right("127.0.0.1", guarded.port());
  right.set_bearer_token_auth("s3cret-token");
  EXPECT_EQ(right.Get("/api/v1/programs")->status, 200);
  EXPECT_NE(anon.Get("/")->status, 401);  // the UI's files hold no data
}

TEST(SafetyInProcess, ListeningBeyondLoopbackWithoutATokenIsRefused) {
  gradfit::ServerOptions o;
  o.host = "0.0.0.0";
  o.catalog_dir = kData;
  auto s = gradfit::Server::Create(o);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("token"), std::string::npos);
  EXPECT_TRUE(gradfit::IsLoopbackHost("127.0.0.1"));
  EXPECT_TRUE(gradfit::IsLoopbackHost("::1"));
  EXPECT_FALSE(gradfit::IsLoopbackHost("0.0.0.0"));
  EXPECT_FALSE(gradfit::IsLoopbackHost("192.168.1.4"));
  EXPECT_EQ(gradfit::GenerateToken().size(), 32u);
  EXPECT_NE(gradfit::GenerateToken(), gradfit::GenerateToken());
}

TEST(SafetyProcess, ServeWithoutATokenBeyondLoopbackPrintsAGeneratedOne) {
  // 127.0.0.1 is loopback; the generated token is printed only for other hosts,
  // so check the banner of a loopback server says where the data is and no token.
  TempDir dir;
  ServerProcess s((dir.path / "b.db").string());
  EXPECT_NE(s.banner().find("your data: "), std::string::npos) << s.banner();
  EXPECT_TRUE(s.token().empty());
}

// A Ctrl-C right after the banner, before the listening loop has started, must
// still stop the server (httplib's stop() alone ignores a loop not yet running).
TEST(SafetyProcess, AStopRightAfterTheBannerEndsTheServer) {
  TempDir dir;
  for (int i = 0; i < 10; ++i) {
    ServerProcess s((dir.path / "stop.db").string());
    const pid_t pid = s.pid();
    kill(pid, SIGTERM);
    int status = 0;
    bool exited = false;
    for (int waited = 0; waited < 1000 && !exited; ++waited) {  // up to 10 s
      exited = waitpid(pid, &status, WNOHANG) == pid;
      if (!exited) usleep(10'000);
    }
    if (!exited) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
    }
    s.Forget();
    ASSERT_TRUE(exited) << "run " << i << ": the server ignored SIGTERM sent after its banner";
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "run " << i;
  }
}

}  // namespace
}  // namespace gradfit_test
