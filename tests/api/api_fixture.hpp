// One server process shared by the tests of a suite (starting one loads the catalog).
#pragma once

#include <memory>

#include "api/server_process.hpp"
#include "gradfit/profile.hpp"

namespace gradfit_test {

class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>();
    server_ = std::make_unique<ServerProcess>((dir_->path / "test.db").string());
  }
  static void TearDownTestSuite() {
    server_.reset();
    dir_.reset();
  }

  static httplib::Client Client() { return server_->Client(); }

  static httplib::Result Post(const std::string& path, const nlohmann::json& body) {
    return Client().Post(path.c_str(), body.dump(), "application/json");
  }
  static httplib::Result Put(const std::string& path, const nlohmann::json& body) {
    return Client().Put(path.c_str(), body.dump(), "application/json");
  }
  static nlohmann::json Json(const httplib::Result& r) {
    EXPECT_TRUE(r) << "no response";
    if (!r) return nullptr;
    return nlohmann::json::parse(r->body, nullptr, false);
  }
  // A persona's TOML profile as the JSON a request carries.
  static nlohmann::json PersonaJson(const std::string& name) {
    auto p = gradfit::ParseProfileToml(ReadFile(kPersonas + "/" + name + ".toml"), name);
    EXPECT_TRUE(p.ok()) << p.status().message();
    return nlohmann::json::parse(gradfit::ProfileToJson(*p));
  }
  // The error an answer carries: {status, message, path}.
  static void ExpectError(const httplib::Result& r, int status, const std::string& path) {
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, status) << r->body;
    auto j = nlohmann::json::parse(r->body, nullptr, false);
    ASSERT_TRUE(j.contains("error")) << r->body;
    EXPECT_FALSE(j["error"]["message"].get<std::string>().empty());
    if (!path.empty()) {
      EXPECT_EQ(j["error"].value("path", ""), path) << r->body;
    }
    EXPECT_EQ(r->body.find(".cpp"), std::string::npos) << r->body;
    EXPECT_EQ(r->body.find("/work"), std::string::npos) << r->body;
  }

  static inline std::unique_ptr<TempDir> dir_;
  static inline std::unique_ptr<ServerProcess> server_;
};

}  // namespace gradfit_test
