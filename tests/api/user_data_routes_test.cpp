// Profiles, shortlist and applications through the API: CRUD, TOML import and
// export, exports (CSV, XLSX, iCalendar), and the tracker's figures feeding cost.
#include "api/api_fixture.hpp"
#include "api/icalendar_parser.hpp"

namespace gradfit_test {
namespace {

using nlohmann::json;

class UserDataRoutes : public ApiTest {};

TEST_F(UserDataRoutes, ProfileCrudAndTomlRoundTrip) {
  const json profile = PersonaJson("statistics_grad_research");
  auto created = Post("/api/v1/profiles", profile);
  ASSERT_EQ(created->status, 201) << created->body;
  const json stored = json::parse(created->body);
  const std::string base = "/api/v1/profiles/" + std::to_string(stored["id"].get<int>());
  EXPECT_EQ(stored["profile"], profile);
  EXPECT_EQ(Json(Client().Get(base.c_str()))["profile"], profile);

  // Export as TOML, import it again: the same profile.
  auto toml = Client().Get((base + "/toml").c_str());
  ASSERT_EQ(toml->status, 200);
  EXPECT_EQ(toml->get_header_value("Content-Type").rfind("application/toml", 0), 0u);
  auto again = Client().Post("/api/v1/profiles/import", toml->body, "application/toml");
  ASSERT_EQ(again->status, 201) << again->body;
  EXPECT_EQ(json::parse(again->body)["profile"], profile);

  json changed = profile;
  changed["education"]["gpa"] = 3.9;
  auto put = Put(base, changed);
  ASSERT_EQ(put->status, 200) << put->body;
  EXPECT_EQ(json::parse(put->body)["profile"]["education"]["gpa"], 3.9);
  changed["education"]["gpa"] = 9.9;
  ExpectError(Put(base, changed), 400, "$.education.gpa");

  auto list = Json(Client().Get("/api/v1/profiles"));
  EXPECT_GE(list["profiles"].size(), 2u);
  EXPECT_EQ(Client().Delete(base.c_str())->status, 204);
  ExpectError(Client().Get(base.c_str()), 404, "");
  ExpectError(Client().Delete(base.c_str()), 404, "");
}

TEST_F(UserDataRoutes, BrokenTomlImportNamesTheLine) {
  auto r =
      Client().Post("/api/v1/profiles/import", "[education]\ngpa = \"high\"\n", "application/toml");
  ExpectError(r, 400, "");
  EXPECT_NE(json::parse(r->body)["error"]["path"].get<std::string>().find("line 2"),
            std::string::npos)
      << r->body;
}

TEST_F(UserDataRoutes, ShortlistAddListRemoveAndExport) {
  ASSERT_EQ(Post("/api/v1/shortlist", {{"program_id", "gatech-omscs"}, {"note", "cheap, online"}})
                ->status,
            201);
  ASSERT_EQ(Post("/api/v1/shortlist", {{"program_id", "cmu-msml"}})->status, 201);
  ASSERT_EQ(Post("/api/v1/shortlist", {{"program_id", "cmu-msml"}, {"note", "reach"}})->status,
            200);
  ExpectError(Post("/api/v1/shortlist", {{"program_id", "nope"}}), 404, "$.program_id");
  auto list = Json(Client().Get("/api/v1/shortlist"));
  ASSERT_GE(list["items"].size(), 2u);
  EXPECT_EQ(list["items"][0]["program_id"], "gatech-omscs");
  EXPECT_EQ(list["items"][1]["note"], "reach");

  auto csv = Client().Get("/api/v1/shortlist.csv");
  ASSERT_EQ(csv->status, 200);
  EXPECT_EQ(
      csv->body.rfind("program_id,name,institution,country,tuition,deadline,status,note\r\n", 0),
      0u);
  EXPECT_NE(csv->body.find("gatech-omscs,"), std::string::npos);
  EXPECT_NE(csv->body.find("\"cheap, online\""), std::string::npos);  // quoted: it has a comma
  auto xlsx = Client().Get("/api/v1/shortlist.xlsx");
  ASSERT_EQ(xlsx->status, 200);
  EXPECT_EQ(xlsx->body.substr(0, 2), "PK");  // a zip container
  EXPECT_GT(xlsx->body.size(), 1000u);

  EXPECT_EQ(Client().Delete("/api/v1/shortlist/cmu-msml")->status, 204);
  ExpectError(Client().Delete("/api/v1/shortlist/cmu-msml"), 404, "");
}

TEST_F(UserDataRoutes, ApplicationIsPrefilledFromTheCatalogThenTracked) {
  // GRADFIT_TODAY=2026-12-02: Columbia's next deadline is its yearly Jan 15 (Fall, 1st priority);
  // its Oct 15 (Spring) deadline has passed this year.
  auto fresh = Json(Client().Get("/api/v1/applications/columbia-mscs-ml"));
  EXPECT_FALSE(fresh["stored"].get<bool>());
  EXPECT_EQ(fresh["status"], "considering");
  EXPECT_EQ(fresh["deadline"]["date"], "2027-01-15");
  EXPECT_EQ(fresh["deadline"]["term"], "Fall (1st priority)");
  EXPECT_EQ(fresh["deadline"]["source"], "catalog");
  EXPECT_EQ(fresh["deadline"]["url"].get<std::string>().rfind("http", 0), 0u);

  auto put =
      Put("/api/v1/applications/columbia-mscs-ml",
          {{"status", "preparing"},
           {"checklist",
            {{"transcripts", true},
             {"letters",
              {{{"who", "Prof. Ada"}, {"sent", true}}, {{"who", "Dr. Bo"}, {"sent", false}}}}}},
           {"notes", "ask about TA, funding; deadline"},
           {"figures", {{"scholarship", {{"amount", 20000}, {"currency", "USD"}}}}}});
  ASSERT_EQ(put->status, 200) << put->body;
  auto got = Json(Client().Get("/api/v1/applications/columbia-mscs-ml"));
  EXPECT_TRUE(got["stored"].get<bool>());
  EXPECT_EQ(got["status"], "preparing");
  EXPECT_TRUE(got["checklist"]["transcripts"].get<bool>());
  EXPECT_FALSE(got["checklist"]["statement_of_purpose"].get<bool>());
  EXPECT_EQ(got["checklist"]["letters"][1]["who"], "Dr. Bo");
  EXPECT_EQ(got["deadline"]["source"], "catalog");  // untouched

  // The user moves the deadline: it becomes theirs.
  auto moved =
      Json(Put("/api/v1/applications/columbia-mscs-ml", {{"deadline", {{"date", "2027-01-20"}}}}));
  EXPECT_EQ(moved["deadline"]["date"], "2027-01-20");
  EXPECT_EQ(moved["deadline"]["source"], "user");
  EXPECT_EQ(moved["status"], "preparing");  // a patch keeps what it does not name

  ExpectError(Put("/api/v1/applications/columbia-mscs-ml", {{"status", "accepted"}}), 400,
              "$.status");
  ExpectError(
      Put("/api/v1/applications/columbia-mscs-ml", {{"deadline", {{"date", "2027-02-30"}}}}), 400,
      "$.deadline.date");
  ExpectError(
      Put("/api/v1/applications/columbia-mscs-ml", {{"checklist", {{"letters", {{{"who", 3}}}}}}}),
      400, "$.checklist.letters[0].who");
  ExpectError(Put("/api/v1/applications/nope", {{"status", "preparing"}}), 404, "");
}

TEST_F(UserDataRoutes, TrackedScholarshipFeedsTheCost) {
  ASSERT_EQ(Put("/api/v1/applications/northwestern-msai",
                {{"figures", {{"scholarship", {{"amount", 15000}, {"currency", "USD"}}}}}})
                ->status,
            200);
  auto bill = Json(Post("/api/v1/cost", {{"program", "northwestern-msai"}}));
  bool aid_line = false;
  for (const auto& l : bill["lines"])
    if (l["key"] == "aid" && l["amount"].is_number()) aid_line = l["amount"].get<double>() < 0;
  EXPECT_TRUE(aid_line) << bill.dump(2);
  bool noted = false;
  for (const auto& n : bill["notes"])
    noted = noted || n.get<std::string>().find("application tracker") != std::string::npos;
  EXPECT_TRUE(noted) << bill["notes"];
}

TEST_F(UserDataRoutes, DeadlinesExportAsAValidICalendar) {
  ASSERT_EQ(
      Put("/api/v1/applications/gatech-omscs",
          {{"deadline", {{"date", "2027-03-01"}}}, {"notes", "Line one\nline two; with, commas"}})
          ->status,
      200);
  auto r = Client().Get("/api/v1/applications.ics");
  ASSERT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type").rfind("text/calendar", 0), 0u);
  auto cal = ParseICalendar(r->body);
  ASSERT_TRUE(cal.ok) << cal.error;
  const ICalEvent* omscs = nullptr;
  for (const auto& e : cal.events)
    if (e.props.at("SUMMARY").find("Online Master") != std::string::npos ||
        e.props.at("UID").find("gatech-omscs") != std::string::npos)
      omscs = &e;
  ASSERT_NE(omscs, nullptr) << r->body;
  EXPECT_EQ(omscs->props.at("DTSTART;VALUE=DATE"), "20270301");
  EXPECT_EQ(omscs->props.at("DTEND;VALUE=DATE"), "20270302");
  EXPECT_NE(omscs->text("DESCRIPTION").find("Line one\nline two; with, commas"), std::string::npos)
      << omscs->text("DESCRIPTION");
}

}  // namespace
}  // namespace gradfit_test
