// GET /programs, /programs/{id}, /careers, /coverage against a real server, and
// the same questions through the CLI's --json giving the same JSON.
#include "api/api_fixture.hpp"

namespace gradfit_test {
namespace {

using nlohmann::json;

class CatalogRoutes : public ApiTest {};

TEST_F(CatalogRoutes, ProgramsListMatchesTheCliWithFilters) {
  for (const auto& [query, flags] : std::vector<std::pair<std::string, std::string>>{
           {"", ""},
           {"?modality=online&sort=tuition", "--modality online --sort tuition"},
           {"?country=US&gre=not_required&desc=true&sort=name",
            "--country US --gre not_required --desc --sort name"},
           {"?max_tuition=40000&currency=USD", "--max-tuition 40000 --currency USD"},
           {"?keyword=deep%20learning", "--keyword 'deep learning'"},
       }) {
    auto r = Client().Get(("/api/v1/programs" + query).c_str());
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << query << r->body;
    EXPECT_EQ(json::parse(r->body), json::parse(CliStdout("programs list --json " + flags)))
        << query;
  }
}

TEST_F(CatalogRoutes, OnlineFilterKeepsOnlyOnlinePrograms) {
  auto j = Json(Client().Get("/api/v1/programs?modality=online"));
  ASSERT_GT(j["count"].get<int>(), 0);
  for (const auto& p : j["programs"]) {
    const auto& m = p["modality"];
    EXPECT_NE(std::find(m.begin(), m.end(), "online"), m.end()) << p["id"];
  }
}

TEST_F(CatalogRoutes, BadFilterValueIsA400NamingTheParameter) {
  ExpectError(Client().Get("/api/v1/programs?modality=teleport"), 400, "?modality");
  ExpectError(Client().Get("/api/v1/programs?max_tuition=cheap"), 400, "?max_tuition");
  ExpectError(Client().Get("/api/v1/programs?colour=blue"), 400, "?colour");
}

TEST_F(CatalogRoutes, ProgramShowMatchesTheCliAndHasSourcesAndAges) {
  for (const char* id : {"cmu-msml", "gatech-omscs", "columbia-mscs-ml"}) {
    auto r = Client().Get((std::string("/api/v1/programs/") + id).c_str());
    ASSERT_EQ(r->status, 200);
    const json api = json::parse(r->body);
    EXPECT_EQ(api, json::parse(CliStdout(std::string("programs show --json ") + id))) << id;
    ASSERT_FALSE(api["sources"].empty());
    EXPECT_EQ(api["sources"][0]["url"].get<std::string>().rfind("http", 0), 0u);
  }
  ExpectError(Client().Get("/api/v1/programs/no-such-program"), 404, "");
}

TEST_F(CatalogRoutes, CareersAndCoverageMatchTheCli) {
  EXPECT_EQ(Json(Client().Get("/api/v1/careers")), json::parse(CliStdout("careers --json")));
  EXPECT_EQ(Json(Client().Get("/api/v1/careers/ml_engineer")),
            json::parse(CliStdout("careers ml_engineer --json")));
  EXPECT_EQ(Json(Client().Get("/api/v1/coverage?program=cmu-msml&role=ml_engineer")),
            json::parse(CliStdout("coverage cmu-msml --role ml_engineer --json")));
  EXPECT_EQ(Json(Client().Get("/api/v1/coverage?program=cmu-msml")),
            json::parse(CliStdout("coverage cmu-msml --json")));
  EXPECT_EQ(Json(Client().Get("/api/v1/coverage")),
            json::parse(CliStdout("coverage --matrix --json")));
  ExpectError(Client().Get("/api/v1/careers/astronaut"), 404, "");
  ExpectError(Client().Get("/api/v1/coverage?program=cmu-msml&role=astronaut"), 404, "?role");
}

}  // namespace
}  // namespace gradfit_test
