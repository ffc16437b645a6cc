// The SQLite store: migrations, one transaction per write, profiles round trip
// through TOML, the tracker's rules, and the exports.
#include "gradfit/store.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "api/icalendar_parser.hpp"
#include "gradfit/catalog.hpp"
#include "test_paths.hpp"

namespace {

namespace fs = std::filesystem;
using namespace gradfit;

struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "gradfit-store-XXXXXX").string();
    path = mkdtemp(tmpl.data());
  }
  ~TempDir() { fs::remove_all(path); }
};

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p);
  return {std::istreambuf_iterator<char>(in), {}};
}

using gradfit::test::kPersonas;

const Catalog& BundledCatalog() {
  static const Catalog catalog = [] {
    auto c = LoadCatalog(std::string(GRADFIT_TEST_DIR) + "/../data", nullptr);
    EXPECT_TRUE(c.ok());
    return std::move(c).value();
  }();
  return catalog;
}

TEST(StoreMigrations, OldDatabaseIsMigratedKeepingItsData) {
  TempDir d;
  const std::string db = (d.path / "sub" / "g.db").string();  // folders are created
  {
    auto v1 = Store::Open(db, 1);
    ASSERT_TRUE(v1.ok()) << v1.status().message();
    EXPECT_EQ((*v1)->schema_version(), 1);
    ASSERT_TRUE((*v1)->AddToShortlist("cmu-msml", "dream").ok());
    EXPECT_FALSE((*v1)->Applications().ok());  // no such table yet
  }
  auto latest = Store::Open(db);
  ASSERT_TRUE(latest.ok()) << latest.status().message();
  EXPECT_EQ((*latest)->schema_version(), kStoreSchemaVersion);
  auto list = (*latest)->Shortlist();
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].note, "dream");
  EXPECT_TRUE((*latest)->Applications().ok());
}

TEST(StoreMigrations, RefusesANewerOrForeignDatabase) {
  TempDir d;
  const std::string newer = (d.path / "newer.db").string();
  ASSERT_TRUE(Store::Open(newer).ok());
  {
    SQLite::Database raw(newer, SQLite::OPEN_READWRITE);
    raw.exec("UPDATE schema_version SET version = 99");
  }
  auto s = Store::Open(newer);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("newer"), std::string::npos) << s.status().message();

  const std::string foreign = (d.path / "foreign.db").string();
  {
    SQLite::Database raw(foreign, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    raw.exec("CREATE TABLE photos(id INTEGER)");
  }
  auto f = Store::Open(foreign);
  ASSERT_FALSE(f.ok());
  EXPECT_NE(f.status().message().find("not a gradfit database"), std::string::npos);
}

TEST(StoreMigrations, DurabilitySettings) {
  TempDir d;
  const std::string db = (d.path / "g.db").string();
  ASSERT_TRUE(Store::Open(db).ok());
  SQLite::Database raw(db, SQLite::OPEN_READONLY);
  EXPECT_EQ(raw.execAndGet("PRAGMA journal_mode").getString(), "wal");
}

TEST(StoreTransactions, AFailedSaveLeavesThePreviousApplicationWhole) {
  TempDir d;
  const std::string db = (d.path / "g.db").string();
  auto store = Store::Open(db);
  ASSERT_TRUE(store.ok());
  Application a;
  a.program_id = "cmu-msml";
  a.status = ApplicationStatus::kPreparing;
  a.checklist.letters = {{"Prof. A", true}};
  ASSERT_TRUE((*store)->SaveApplication(a).ok());
  {
    // A letter the database refuses makes the save fail half-way through.
    SQLite::Database raw(db, SQLite::OPEN_READWRITE);
    raw.exec(
        "CREATE TRIGGER refuse BEFORE INSERT ON application_letters WHEN NEW.who = 'FAIL' "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END");
  }
  Application b = a;
  b.status = ApplicationStatus::kSubmitted;
  b.checklist.letters = {{"Prof. B", false}, {"FAIL", false}};
  EXPECT_FALSE((*store)->SaveApplication(b).ok());
  auto found = (*store)->FindApplication("cmu-msml");
  ASSERT_TRUE(found.ok() && *found);
  EXPECT_EQ((**found).status, ApplicationStatus::kPreparing);  // the row rolled back too
  ASSERT_EQ((**found).checklist.letters.size(), 1u);
  EXPECT_EQ((**found).checklist.letters[0].who, "Prof. A");
}

TEST(StoreProfiles, EveryPersonaRoundTripsThroughTheStoreAndToml) {
  TempDir d;
  auto store = Store::Open((d.path / "g.db").string());
  ASSERT_TRUE(store.ok());
  int n = 0;
  for (const auto& entry : fs::directory_iterator(kPersonas)) {
    auto parsed = ParseProfileToml(ReadFile(entry.path()), entry.path().string());
    ASSERT_TRUE(parsed.ok()) << parsed.status().message();
    auto created = (*store)->CreateProfile(*parsed);
    ASSERT_TRUE(created.ok()) << created.status().message();
    auto got = (*store)->GetProfile(created->id);
    ASSERT_TRUE(got.ok());
    EXPECT_EQ(ProfileToJson(got->profile), ProfileToJson(*parsed)) << entry.path();
    auto again = ParseProfileToml(ProfileToToml(got->profile), "export.toml");
    ASSERT_TRUE(again.ok()) << again.status().message();
    EXPECT_EQ(ProfileToJson(*again), ProfileToJson(*parsed)) << entry.path();
    EXPECT_EQ(got->name, parsed->name.value_or(""));
    ++n;
  }
  EXPECT_GE(n, 6);
  Profile bad;
  bad.education.gpa = GpaScore{5.0, 4.0};
  auto refused = (*store)->CreateProfile(bad);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message().find("education.gpa"), std::string::npos)
      << refused.status().message();
  EXPECT_EQ((*store)->GetProfile(12345).status().code(), Status::Code::kNotFound);
  EXPECT_EQ((*store)->DeleteProfile(12345).code(), Status::Code::kNotFound);
}

TEST(StorePaths, DefaultFollowsXdgDataHome) {
  const char* old = std::getenv("XDG_DATA_HOME");
  const std::string saved = old ? old : "";
  setenv("XDG_DATA_HOME", "/tmp/xdg-test", 1);
  EXPECT_EQ(DefaultDatabasePath(), "/tmp/xdg-test/gradfit/gradfit.db");
  unsetenv("XDG_DATA_HOME");
  setenv("HOME", std::getenv("HOME") ? std::getenv("HOME") : "/root", 1);
  EXPECT_EQ(DefaultDatabasePath(),
            std::string(std::getenv("HOME")) + "/.local/share/gradfit/gradfit.db");
  if (old) setenv("XDG_DATA_HOME", saved.c_str(), 1);
}

TEST(Applications, FreshOneTakesTheNextCatalogDeadlineWithItsSource) {
  const Program* p = BundledCatalog().find_program("columbia-mscs-ml");
  ASSERT_NE(p, nullptr);
  Application a = NewApplication(*p, Date{2026, 10, 1});
  ASSERT_TRUE(a.deadline);
  EXPECT_EQ(a.deadline->ToString(), "2026-10-15");
  EXPECT_EQ(a.deadline_term, "Spring (priority)");
  EXPECT_EQ(a.deadline_source, DeadlineSource::kCatalog);
  EXPECT_EQ(a.deadline_url.rfind("http", 0), 0u);
  // CMU's catalog deadlines are dated 2025: none is ahead, so none is pre-filled.
  Application cmu = NewApplication(*BundledCatalog().find_program("cmu-msml"), Date{2026, 10, 1});
  EXPECT_FALSE(cmu.deadline);
  EXPECT_EQ(cmu.deadline_source, DeadlineSource::kNone);
  for (ApplicationStatus s : AllApplicationStatuses())
    EXPECT_EQ(ParseApplicationStatus(ToString(s)), s);
  EXPECT_FALSE(ParseApplicationStatus("accepted"));
}

TEST(Applications, TrackedScholarshipBecomesAidUnlessTheRequestGaveOne) {
  Application a;
  a.program_id = "x";
  a.scholarship = Money{12000, "EUR"};
  CostInputs in;
  auto note = ApplyTrackedFigures(a, &in);
  ASSERT_TRUE(note);
  EXPECT_EQ(in.scholarship, 12000);
  EXPECT_EQ(in.aid_currency, "EUR");
  CostInputs given;
  given.scholarship = 500;
  EXPECT_FALSE(ApplyTrackedFigures(a, &given));
  EXPECT_EQ(given.scholarship, 500);
  CostInputs other;
  other.stipend = 1000;
  other.aid_currency = "USD";
  auto refused = ApplyTrackedFigures(a, &other);
  ASSERT_TRUE(refused);
  EXPECT_EQ(other.scholarship, 0);
  EXPECT_NE(refused->find("not applied"), std::string::npos);
}

TEST(ICalendar, FoldsEscapesAndParses) {
  CalendarEvent e;
  e.uid = "deadline-x-20270115@gradfit";
  e.date = Date{2027, 1, 15};
  // Long, with multi-byte characters around the fold, and every TEXT special.
  e.summary =
      "Application deadline: Maîtrise en informatique — apprentissage automatique, "
      "Université de Montréal; ÉTS \\ Québec";
  e.description = "Line one\nLine two, with; specials";
  e.url = "https://example.edu/apply";
  const std::string ics = ToICalendar({e}, "20261201T120000Z");
  auto cal = gradfit_test::ParseICalendar(ics);
  ASSERT_TRUE(cal.ok) << cal.error << "\n" << ics;
  ASSERT_EQ(cal.events.size(), 1u);
  EXPECT_EQ(cal.events[0].text("SUMMARY"), e.summary);
  EXPECT_EQ(cal.events[0].text("DESCRIPTION"), e.description);
  EXPECT_EQ(cal.events[0].props.at("DTSTART;VALUE=DATE"), "20270115");
  EXPECT_EQ(cal.events[0].props.at("DTEND;VALUE=DATE"), "20270116");
  EXPECT_EQ(cal.events[0].props.at("DTSTAMP"), "20261201T120000Z");
  EXPECT_NE(ics.find("\r\n "), std::string::npos);  // the summary was folded
  // The end of a year rolls over.
  e.date = Date{2026, 12, 31};
  EXPECT_NE(ToICalendar({e}, "20261201T120000Z").find("DTEND;VALUE=DATE:20270101"),
            std::string::npos);
}

TEST(ICalendar, EventsComeFromApplicationsWithADeadline) {
  Application with;
  with.program_id = "columbia-mscs-ml";
  with.deadline = Date{2027, 2, 15};
  with.deadline_source = DeadlineSource::kUser;
  Application without;
  without.program_id = "cmu-msml";
  auto events = DeadlineEvents({without, with}, BundledCatalog());
  ASSERT_EQ(events.size(), 1u);
  EXPECT_NE(events[0].summary.find("Columbia"), std::string::npos) << events[0].summary;
  EXPECT_NE(events[0].description.find("entered by you"), std::string::npos);
}

TEST(ShortlistExport, CsvQuotesAndXlsxIsAWorkbook) {
  std::vector<ShortlistItem> items = {{"cmu-msml", "reach, \"dream\"", ""},
                                      {"gatech-omscs", "", ""}};
  Application a;
  a.program_id = "gatech-omscs";
  a.status = ApplicationStatus::kSubmitted;
  a.deadline = Date{2027, 3, 1};
  const auto table = ShortlistTable(items, {a}, BundledCatalog());
  ASSERT_EQ(table.size(), 3u);
  EXPECT_EQ(table[0], ShortlistColumns());
  EXPECT_EQ(table[2][5], "2027-03-01");
  EXPECT_EQ(table[2][6], "submitted");
  EXPECT_EQ(table[1][5], "");  // not tracked: unknown, not invented
  const std::string csv = ShortlistCsv(table);
  EXPECT_NE(csv.find(",\"reach, \"\"dream\"\"\"\r\n"), std::string::npos) << csv;
  auto xlsx = ShortlistXlsx(table);
  ASSERT_TRUE(xlsx.ok()) << xlsx.status().message();
  EXPECT_EQ(xlsx->substr(0, 2), "PK");
}

}  // namespace
