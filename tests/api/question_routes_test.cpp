// POST /assess, /rank, /cost, /roi, /decide and GET /compare: the answers for
// one user, compared with the CLI's --json for the same question.
#include "api/api_fixture.hpp"

namespace gradfit_test {
namespace {

using nlohmann::json;

class QuestionRoutes : public ApiTest {};

std::string Persona(const std::string& name) { return kPersonas + "/" + name + ".toml"; }

std::vector<std::string> Order(const json& rank) {
  std::vector<std::string> ids;
  for (const auto& p : rank["programs"]) ids.push_back(p["id"]);
  return ids;
}

TEST_F(QuestionRoutes, AssessMatchesTheCliForTwoPersonas) {
  for (const char* persona : {"humanities_career_changer", "working_swe_online"}) {
    auto r = Post("/api/v1/assess", {{"profile", PersonaJson(persona)}});
    ASSERT_EQ(r->status, 200) << r->body;
    EXPECT_EQ(json::parse(r->body),
              json::parse(CliStdout("assess --json --profile " + Persona(persona))))
        << persona;
  }
}

TEST_F(QuestionRoutes, AssessWhatIfMatchesTheCli) {
  auto r = Post("/api/v1/assess", {{"profile", PersonaJson("cs_grad_low_gpa_no_gre")},
                                   {"what_if", {"gre.quant=168"}}});
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(json::parse(r->body),
            json::parse(CliStdout("assess --json --what-if gre.quant=168 --profile " +
                                  Persona("cs_grad_low_gpa_no_gre"))));
  ExpectError(Post("/api/v1/assess", {{"what_if", {"gre.quant"}}}), 400, "$.what_if[0]");
}

TEST_F(QuestionRoutes, RankMatchesTheCliWithRobustnessAndExplanations) {
  auto r = Post("/api/v1/rank", {{"profile", PersonaJson("analyst_small_budget")}});
  ASSERT_EQ(r->status, 200) << r->body;
  const json api = json::parse(r->body);
  EXPECT_EQ(api,
            json::parse(CliStdout("rank --json --profile " + Persona("analyst_small_budget"))));
  EXPECT_EQ(api["samples"], 10000);
  ASSERT_GT(api["programs"].size(), 10u);
  EXPECT_FALSE(api["programs"][0]["rank_acceptability"].empty());
  EXPECT_FALSE(api["programs"][0]["criteria"]["cost"]["explanation"].get<std::string>().empty());
  // Whether a weight change can swap two of the top three depends on the catalog's data
  // (tests/decide covers the thresholds on constructed matrices); the list is always there.
  EXPECT_TRUE(api["swaps"].is_array());
}

TEST_F(QuestionRoutes, MovingAWeightChangesTheOrder) {
  const json profile = PersonaJson("working_swe_online");
  auto cheap = Json(
      Post("/api/v1/rank",
           {{"profile", profile}, {"samples", 0}, {"weights", {{"cost", 10}, {"outcomes", 0.1}}}}));
  auto paid = Json(
      Post("/api/v1/rank",
           {{"profile", profile}, {"samples", 0}, {"weights", {{"cost", 0.1}, {"outcomes", 10}}}}));
  ASSERT_TRUE(cheap.contains("programs")) << cheap;
  EXPECT_NE(Order(cheap), Order(paid));
  EXPECT_NE(cheap["weights_origin"], nullptr);
  auto ordered =
      Json(Post("/api/v1/rank",
                {{"profile", profile}, {"samples", 0}, {"criteria_order", {"cost", "outcomes"}}}));
  EXPECT_EQ(ordered["programs"].size(), cheap["programs"].size());
}

// A slider move is answered from the server's criteria cache: still the CLI's answer (which
// computes everything afresh), and after the stored profile changes, the new profile's.
TEST_F(QuestionRoutes, ReRanksFromTheCriteriaCacheAreTheClisAnswerAndFollowTheProfile) {
  TempDir dir;
  const json slider = {{"admissions", 1}, {"curriculum", 2}, {"industry", 1},
                       {"modality", 1},   {"outcomes", 0.5}, {"cost", 4}};
  auto cli = [&](json profile) {
    profile["priorities"] = {{"weights", slider}};
    const std::string file = (dir.path / "me.json").string();
    std::ofstream(file) << profile.dump();
    return json::parse(CliStdout("rank --json --profile " + file));
  };
  json profile = PersonaJson("working_swe_online");
  auto created = Post("/api/v1/profiles", profile);
  ASSERT_EQ(created->status, 201) << created->body;
  const int id = json::parse(created->body)["id"].get<int>();
  // Other weights first (the table is computed and kept), then the slider's (reused).
  ASSERT_EQ(Post("/api/v1/rank", {{"profile_id", id}, {"weights", {{"cost", 1}}}})->status, 200);
  auto moved = Post("/api/v1/rank", {{"profile_id", id}, {"weights", slider}});
  ASSERT_EQ(moved->status, 200) << moved->body;
  EXPECT_EQ(json::parse(moved->body), cli(profile));

  profile["work"]["salary"]["amount"] = 160000;  // more lost income, another ROI
  auto updated = Put("/api/v1/profiles/" + std::to_string(id), profile);
  ASSERT_EQ(updated->status, 200) << updated->body;
  auto after = Post("/api/v1/rank", {{"profile_id", id}, {"weights", slider}});
  ASSERT_EQ(after->status, 200) << after->body;
  EXPECT_EQ(json::parse(after->body), cli(profile));
  EXPECT_NE(json::parse(after->body), json::parse(moved->body));
}

TEST_F(QuestionRoutes, RankRejectsBadFieldsNamingThem) {
  ExpectError(Post("/api/v1/rank", {{"weights", {{"prestige", 1}}}}), 400, "$.weights.prestige");
  ExpectError(Post("/api/v1/rank", {{"weights", {{"cost", -1}}}}), 400, "$.weights.cost");
  ExpectError(Post("/api/v1/rank", {{"method", "vibes"}}), 400, "$.method");
  ExpectError(Post("/api/v1/rank", {{"criteria_order", {"cost", "cost"}}}), 400,
              "$.criteria_order[1]");
  ExpectError(Post("/api/v1/rank", {{"samples", "many"}}), 400, "$.samples");
  ExpectError(Post("/api/v1/rank", {{"sample", 10}}), 400, "$.sample");
  json bad = PersonaJson("working_swe_online");
  bad["education"]["gpa"] = 7.5;  // on a 4.0 scale
  ExpectError(Post("/api/v1/rank", {{"profile", bad}}), 400, "$.profile.education.gpa");
  ExpectError(Post("/api/v1/rank", {{"profile_id", 999999}}), 404, "$.profile_id");
}

TEST_F(QuestionRoutes, CompareMatchesTheCliWithAStoredProfile) {
  auto imported =
      Client().Post("/api/v1/profiles/import", ReadFile(Persona("international_no_english_test")),
                    "application/toml");
  ASSERT_EQ(imported->status, 201) << imported->body;
  const int id = json::parse(imported->body)["id"];
  auto r = Client().Get(("/api/v1/compare?ids=cmu-msml,gatech-omscs,columbia-mscs-ml&profile_id=" +
                         std::to_string(id))
                            .c_str());
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(
      json::parse(r->body),
      json::parse(CliStdout("compare cmu-msml gatech-omscs columbia-mscs-ml --json --profile " +
                            Persona("international_no_english_test"))));
  ExpectError(Client().Get("/api/v1/compare?ids=cmu-msml"), 400, "?ids");
  ExpectError(Client().Get("/api/v1/compare?ids=cmu-msml,nope"), 404, "?ids");
}

TEST_F(QuestionRoutes, CostAndRoiMatchTheCli) {
  auto cost =
      Post("/api/v1/cost", {{"program", "gatech-omscs"}, {"salary", 90000}, {"country", "US"}});
  ASSERT_EQ(cost->status, 200) << cost->body;
  EXPECT_EQ(json::parse(cost->body),
            json::parse(CliStdout("cost gatech-omscs --salary 90000 --country US --json")));
  auto roi = Post("/api/v1/roi",
                  {{"program", "cmu-msml"}, {"salary", 90000}, {"country", "US"}, {"runs", 2000}});
  ASSERT_EQ(roi->status, 200) << roi->body;
  const json j = json::parse(roi->body);
  EXPECT_EQ(j,
            json::parse(CliStdout("roi cmu-msml --salary 90000 --country US --runs 2000 --json")));
  EXPECT_TRUE(j["ok"].get<bool>());
  EXPECT_EQ(j["monte_carlo"]["runs"], 2000);
  ExpectError(Post("/api/v1/cost", {{"program", "nope"}}), 404, "$.program");
  ExpectError(Post("/api/v1/cost", {{"program", "cmu-msml"}, {"relocate", "maybe"}}), 400,
              "$.relocate");
  ExpectError(Post("/api/v1/roi", {{"program", "cmu-msml"}, {"completion", 2}}), 400,
              "$.completion");
}

TEST_F(QuestionRoutes, DecideOnTheUsersOwnMatrix) {
  const json body = {{"alternatives", {"A", "B", "C"}},
                     {"criteria", {"price", "fun"}},
                     {"types", {"cost", "benefit"}},
                     {"matrix", {{100, 3}, {80, nullptr}, {120, 9}}},
                     {"weights", {1, 1}},
                     {"samples", 1000}};
  auto r = Post("/api/v1/decide", body);
  ASSERT_EQ(r->status, 200) << r->body;
  const json j = json::parse(r->body);
  EXPECT_EQ(j["alternatives"].size(), 3u);
  json one_type = body;
  one_type["types"] = {"cost"};
  ExpectError(Post("/api/v1/decide", one_type), 400, "$.types");
  json bad = body;
  bad["matrix"][1][0] = "cheap";
  ExpectError(Post("/api/v1/decide", bad), 400, "$.matrix[1][0]");
}

}  // namespace
}  // namespace gradfit_test
