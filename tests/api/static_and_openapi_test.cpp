// The UI folder: content types, cache headers, client-side routes, and no path
// that leaves the folder. The OpenAPI document against the route table.
#include <algorithm>
#include <cctype>
#include <regex>
#include <set>

#include "api/server_process.hpp"
#include "gradfit/server.hpp"

namespace gradfit_test {
namespace {

using nlohmann::json;

class StaticFiles : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>();
    const fs::path ui = dir_->path / "ui";
    fs::create_directories(ui / "assets");
    std::ofstream(ui / "index.html") << "<!doctype html><title>gradfit ui</title>";
    std::ofstream(ui / "assets" / "app-3f2a.js") << "console.log('app')";
    std::ofstream(ui / "assets" / "app-3f2a.css") << "body{}";
    std::ofstream(ui / ".env") << "HIDDEN";
    std::ofstream(dir_->path / "secret.txt") << "TOP SECRET";
    server_ = std::make_unique<ServerProcess>((dir_->path / "s.db").string(),
                                              std::vector<std::string>{"--ui", ui.string()});
  }
  static void TearDownTestSuite() {
    server_.reset();
    dir_.reset();
  }
  static std::string Get(const std::string& raw_path) {
    return RawRequest(
        server_->port(),
        "GET " + raw_path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  }
  static inline std::unique_ptr<TempDir> dir_;
  static inline std::unique_ptr<ServerProcess> server_;
};

TEST_F(StaticFiles, ServesTheAppWithTypesAndCacheHeaders) {
  auto c = server_->Client();
  auto index = c.Get("/");
  ASSERT_EQ(index->status, 200);
  EXPECT_EQ(index->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(index->get_header_value("Cache-Control"), "no-cache");
  auto js = c.Get("/assets/app-3f2a.js");
  ASSERT_EQ(js->status, 200);
  EXPECT_EQ(js->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(js->get_header_value("Cache-Control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(c.Get("/assets/app-3f2a.css")->get_header_value("Content-Type"),
            "text/css; charset=utf-8");
  // A client-side route gets the app's page; a missing file does not.
  auto route = c.Get("/programs/cmu-msml");
  ASSERT_EQ(route->status, 200);
  EXPECT_NE(route->body.find("gradfit ui"), std::string::npos);
  EXPECT_EQ(c.Get("/assets/missing.js")->status, 404);
}

TEST_F(StaticFiles, NoPathLeavesTheFolder) {
  for (const char* path :
       {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/assets/../../secret.txt",
        "/assets/%2e%2e/%2e%2e/secret.txt", "/assets%2f..%2f..%2fsecret.txt", "/..%2fsecret.txt",
        "/..%5csecret.txt", "/..\\secret.txt", "/.env", "/assets/%00../secret.txt",
        "//../secret.txt", "/%252e%252e/secret.txt"}) {
    const std::string reply = Get(path);
    EXPECT_EQ(reply.find("TOP SECRET"), std::string::npos) << path;
    EXPECT_EQ(reply.find("HIDDEN"), std::string::npos) << path;
    const int status = StatusOf(reply);
    EXPECT_TRUE(status == 404 || status == 400) << path << " -> " << status;
  }
}

TEST(StaticResolve, RefusesTraversalAndHiddenFiles) {
  TempDir d;
  fs::create_directories(d.path / "ui" / "assets");
  std::ofstream(d.path / "ui" / "index.html") << "x";
  std::ofstream(d.path / "ui" / "assets" / "a.js") << "x";
  std::ofstream(d.path / "outside.js") << "x";
  const std::string root = (d.path / "ui").string();
  EXPECT_EQ(gradfit::ResolveStaticFile(root, "/"), root + "/index.html");
  EXPECT_EQ(gradfit::ResolveStaticFile(root, "/assets/a.js"), root + "/assets/a.js");
  EXPECT_EQ(gradfit::ResolveStaticFile(root, "/../outside.js"), "");
  EXPECT_EQ(gradfit::ResolveStaticFile(root, "/assets/../../outside.js"), "");
  EXPECT_EQ(gradfit::ResolveStaticFile(root, "/assets\\..\\..\\outside.js"), "");
  EXPECT_EQ(gradfit::ResolveStaticFile(root, std::string("/a\0b", 4)), "");
  // A symlink inside the folder that points out of it is not followed.
  fs::create_symlink(d.path / "outside.js", d.path / "ui" / "link.js");
  EXPECT_EQ(gradfit::ResolveStaticFile(root, "/link.js"), "");
  EXPECT_EQ(gradfit::ContentTypeFor("x.woff2"), "font/woff2");
  EXPECT_EQ(gradfit::ContentTypeFor("x.unknown"), "application/octet-stream");
}

TEST(OpenApi, DocumentsExactlyTheRoutesThatExist) {
  const json doc = json::parse(gradfit::OpenApiDocument());
  EXPECT_EQ(doc["openapi"].get<std::string>().rfind("3.", 0), 0u);
  std::set<std::string> documented, routed;
  for (const auto& [path, methods] : doc["paths"].items())
    for (const auto& [method, op] : methods.items()) {
      std::string m = method;
      std::transform(m.begin(), m.end(), m.begin(), ::toupper);
      documented.insert(m + " " + path);
      EXPECT_TRUE(op.contains("responses")) << m << " " << path;
      // Every {placeholder} of the path is a declared path parameter.
      std::smatch match;
      std::string rest = path;
      while (std::regex_search(rest, match, std::regex(R"(\{([a-z_]+)\})"))) {
        bool declared = false;
        for (const auto& p : op.value("parameters", json::array()))
          declared = declared || (p["in"] == "path" && p["name"] == match[1].str());
        EXPECT_TRUE(declared) << m << " " << path << " {" << match[1] << "}";
        rest = match.suffix();
      }
    }
  for (const auto& r : gradfit::ApiRoutes()) routed.insert(r.method + " " + r.path);
  EXPECT_EQ(documented, routed);
}

TEST(OpenApi, EveryRouteAnswersOnARealServer) {
  TempDir dir;
  ServerProcess s((dir.path / "o.db").string());
  auto served = json::parse(s.Client().Get("/api/v1/openapi.json")->body);
  EXPECT_EQ(served, json::parse(gradfit::OpenApiDocument()));
  for (const auto& r : gradfit::ApiRoutes()) {
    std::string path = std::regex_replace(r.path, std::regex(R"(\{[a-z_]+\})"), "cmu-msml");
    const std::string reply = RawRequest(
        s.port(), r.method + " " + path +
                      " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                      "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
    EXPECT_EQ(reply.find("no such API route"), std::string::npos) << r.method << " " << path;
    EXPECT_NE(StatusOf(reply), 405) << r.method << " " << path;
    EXPECT_LT(StatusOf(reply), 500) << r.method << " " << path << "\n" << reply;
  }
}

}  // namespace
}  // namespace gradfit_test
