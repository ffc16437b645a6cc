// 1,000 writes with the server SIGKILLed at seeded random points and restarted
// each time: every write the server acknowledged (2xx) is there at the end, only
// writes in flight at a kill may be there unacknowledged, and after every kill
// SQLite's integrity check passes on the file the dead process left.
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <map>
#include <random>
#include <set>
#include <thread>

#include "api/server_process.hpp"

namespace gradfit_test {
namespace {

using nlohmann::json;

constexpr int kWrites = 1000;
constexpr int kKills = 8;
const std::vector<std::string> kPrograms = {"cmu-msml", "gatech-omscs", "stanford-mscs-ai",
                                            "columbia-mscs-ml"};

// What one write did: which value it meant to store where.
struct Write {
  enum Kind { kProfile, kNote, kShortlist } kind;
  std::string program;  // kNote, kShortlist
  std::string value;    // the profile's name or the note
  bool acked = false;
  std::int64_t profile_id = -1;
};

Write Issue(httplib::Client& c, int i) {
  Write w{static_cast<Write::Kind>(i % 3), kPrograms[(i / 3) % kPrograms.size()],
          "write " + std::to_string(i)};
  auto r = [&] {
    switch (w.kind) {
      case Write::kProfile:
        return c.Post("/api/v1/profiles", json{{"name", w.value}}.dump(), "application/json");
      case Write::kNote:
        return c.Put(("/api/v1/applications/" + w.program).c_str(), json{{"notes", w.value}}.dump(),
                     "application/json");
      default:
        return c.Post("/api/v1/shortlist",
                      json{{"program_id", w.program}, {"note", w.value}}.dump(),
                      "application/json");
    }
  }();
  if (w.kind == Write::kProfile && r && r->status == 201)
    w.profile_id = json::parse(r->body)["id"].get<std::int64_t>();
  w.acked = r && r->status >= 200 && r->status < 300;
  return w;
}

// The values a key may hold: the last acknowledged write to it, or any later
// write that was not acknowledged (it was in flight at a kill).
std::set<std::string> Allowed(const std::vector<Write>& writes, Write::Kind kind,
                              const std::string& program) {
  std::set<std::string> allowed;
  for (const Write& w : writes) {
    if (w.kind != kind || w.program != program) continue;
    if (w.acked) allowed.clear();
    allowed.insert(w.value);
  }
  return allowed;
}

TEST(KillRestart, AcknowledgedWritesSurviveKillsAtRandomPoints) {
  unsigned seed = 20261202;
  if (const char* s = std::getenv("GRADFIT_KILL_SEED")) seed = std::strtoul(s, nullptr, 10);
  std::mt19937 rng(seed);
  std::set<int> kill_at;
  while (kill_at.size() < kKills)
    kill_at.insert(std::uniform_int_distribution<int>(1, kWrites - 1)(rng));
  std::uniform_int_distribution<int> delay_us(0, 4000);
  SCOPED_TRACE("GRADFIT_KILL_SEED=" + std::to_string(seed));

  TempDir dir;
  const std::string db = (dir.path / "kills.db").string();
  auto server = std::make_unique<ServerProcess>(db);
  std::vector<Write> writes;
  int kills = 0;
  for (int i = 0; i < kWrites; ++i) {
    httplib::Client c("127.0.0.1", server->port());
    c.set_connection_timeout(2, 0);
    c.set_read_timeout(10, 0);
    if (!kill_at.count(i)) {
      writes.push_back(Issue(c, i));
      ASSERT_TRUE(writes.back().acked) << "write " << i << " failed with the server up";
      continue;
    }
    // SIGKILL a random few microseconds into this write: before, during or after its commit.
    const pid_t pid = server->pid();
    const int wait = delay_us(rng);
    std::thread killer([pid, wait] {
      std::this_thread::sleep_for(std::chrono::microseconds(wait));
      kill(pid, SIGKILL);
    });
    writes.push_back(Issue(c, i));
    killer.join();
    const int status = server->Stop(SIGKILL);
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    ++kills;
    {
      SQLite::Database check(db, SQLite::OPEN_READWRITE);  // recovers the WAL, as a restart does
      ASSERT_EQ(check.execAndGet("PRAGMA integrity_check").getString(), "ok")
          << "after write " << i;
    }
    server = std::make_unique<ServerProcess>(db);
  }
  EXPECT_EQ(kills, kKills);

  auto c = server->Client();
  // Profiles: each acknowledged one with its name; others only from unacknowledged writes.
  std::map<std::int64_t, std::string> found;
  const auto listed = c.Get("/api/v1/profiles");
  ASSERT_TRUE(listed && listed->status == 200) << (listed ? listed->body : "no answer");
  const json profiles = json::parse(listed->body)["profiles"];  // a named copy: range-for
  for (const auto& p : profiles)  // over a member of a temporary would dangle
    found[p["id"].get<std::int64_t>()] = p["name"].get<std::string>();
  int acked_profiles = 0, unacked = 0;
  for (const Write& w : writes) {
    if (!w.acked) ++unacked;
    if (w.kind != Write::kProfile || !w.acked) continue;
    ++acked_profiles;
    ASSERT_TRUE(found.count(w.profile_id)) << "acknowledged " << w.value << " is lost";
    EXPECT_EQ(found[w.profile_id], w.value);
  }
  // How many kills landed inside a write (the rest came before it reached the server
  // or after its answer): shown for the curious, it varies with the machine's load.
  RecordProperty("unacknowledged_writes", unacked);
  std::printf("%d kills, %d of them inside an unacknowledged write\n", kills, unacked);
  EXPECT_GE(static_cast<int>(found.size()), acked_profiles);
  EXPECT_LE(static_cast<int>(found.size()), acked_profiles + unacked);
  // Notes and shortlist: the last acknowledged value (or a later one in flight).
  std::map<std::string, std::string> shortlist;
  const json items = json::parse(c.Get("/api/v1/shortlist")->body)["items"];
  for (const auto& item : items)
    shortlist[item["program_id"].get<std::string>()] = item["note"].get<std::string>();
  for (const std::string& program : kPrograms) {
    SCOPED_TRACE(program);
    const json app = json::parse(c.Get(("/api/v1/applications/" + program).c_str())->body);
    EXPECT_TRUE(Allowed(writes, Write::kNote, program).count(app["notes"].get<std::string>()))
        << app["notes"];
    ASSERT_TRUE(shortlist.count(program));
    EXPECT_TRUE(Allowed(writes, Write::kShortlist, program).count(shortlist[program]))
        << shortlist[program];
  }
  server->Stop(SIGTERM);
  SQLite::Database check(db, SQLite::OPEN_READONLY);
  EXPECT_EQ(check.execAndGet("PRAGMA integrity_check").getString(), "ok");
}

}  // namespace
}  // namespace gradfit_test
