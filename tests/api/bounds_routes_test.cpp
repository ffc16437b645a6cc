// The API refuses the numbers and codes the CLI refuses (gradfit/bounds.hpp,
// gradfit/iso_codes.hpp): 400 with the JSON path, never a bill of infinity.
#include "api/api_fixture.hpp"

namespace gradfit_test {
namespace {

using nlohmann::json;

class BoundsRoutes : public ApiTest {};

TEST_F(BoundsRoutes, MoneyFieldsOutsideTheirBoundsAreRefusedWithTheirPath) {
  const json base = {{"program", "cmu-msml"}};
  for (const auto& [field, value] :
       std::vector<std::pair<std::string, json>>{{"salary", 1e308},
                                                 {"salary", -5},
                                                 {"months", -5},
                                                 {"months", 1e308},
                                                 {"relocation_cost", -1},
                                                 {"tuition_inflation", -3},
                                                 {"scholarship", 1e300}}) {
    json body = base;
    body[field] = value;
    ExpectError(Post("/api/v1/cost", body), 400, "$." + field);
  }
  for (const auto& [field, value] :
       std::vector<std::pair<std::string, json>>{{"runs", -5},
                                                 {"runs", 2000000000},
                                                 {"horizon", 2000000000},
                                                 {"discount", -1},
                                                 {"completion", 2},
                                                 {"seed", 1e308}}) {
    json body = base;
    body[field] = value;
    ExpectError(Post("/api/v1/roi", body), 400, "$." + field);
  }
}

TEST_F(BoundsRoutes, CodesAreCheckedByTheSameChecker) {
  ExpectError(Post("/api/v1/cost", {{"program", "cmu-msml"}, {"state", "ZZ"}}), 400, "$.state");
  ExpectError(Post("/api/v1/cost", {{"program", "cmu-msml"}, {"country", "XX"}}), 400, "$.country");
  ExpectError(Post("/api/v1/cost", {{"program", "cmu-msml"}, {"currency", "ABC"}}), 400,
              "$.currency");
  auto ok = Post("/api/v1/cost", {{"program", "cmu-msml"}, {"state", "PA"}, {"country", "US"}});
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200) << ok->body;
}

TEST_F(BoundsRoutes, AProfileBudgetBeyondAnyAmountIsA400) {
  json profile = {{"constraints", {{"budget", {{"amount", 1e308}, {"currency", "USD"}}}}}};
  ExpectError(Post("/api/v1/assess", {{"profile", profile}}), 400, "$.profile.constraints.budget");
}

TEST_F(BoundsRoutes, ListFiltersAreBounded) {
  ExpectError(Client().Get("/api/v1/programs?max_tuition=-1"), 400, "?max_tuition");
}

}  // namespace
}  // namespace gradfit_test
