// The user's own data, kept in one SQLite file: stored profiles, a shortlist of
// programs, and an application tracker per program. Every write is one
// transaction; the database runs in WAL mode with synchronous=FULL so a write
// that returned OK survives the process being killed. The schema is versioned
// (table schema_version) and migrated forward when the store is opened.
// Layout and rules: docs/DATA.md, "The user's data".
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gradfit/catalog.hpp"
#include "gradfit/date.hpp"
#include "gradfit/money_cost.hpp"
#include "gradfit/profile.hpp"
#include "gradfit/status.hpp"

namespace SQLite {
class Database;
}

namespace gradfit {

// --- what is stored ----------------------------------------------------------

struct StoredProfile {
  std::int64_t id = 0;
  std::string name;                    // the profile's name, or "" when it has none
  std::string created_at, updated_at;  // UTC, "2026-12-02T01:02:03Z"
  Profile profile;
};

struct ShortlistItem {
  std::string program_id;
  std::string note;
  std::string added_at;
};

// considering → preparing → submitted → interview → admitted / rejected /
// waitlisted → decision (the user's own choice after the answers).
enum class ApplicationStatus {
  kConsidering,
  kPreparing,
  kSubmitted,
  kInterview,
  kAdmitted,
  kRejected,
  kWaitlisted,
  kDecision
};
std::string_view ToString(ApplicationStatus s);
std::optional<ApplicationStatus> ParseApplicationStatus(std::string_view s);
const std::vector<ApplicationStatus>& AllApplicationStatuses();

enum class DeadlineSource { kNone, kCatalog, kUser };
std::string_view ToString(DeadlineSource s);

struct RecommendationLetter {
  std::string who;
  bool sent = false;
};

struct ApplicationChecklist {
  bool statement_of_purpose = false;
  bool transcripts = false;
  bool test_scores = false;
  bool fee = false;  // the application fee is paid
  std::vector<RecommendationLetter> letters;
};

struct Application {
  std::string program_id;
  ApplicationStatus status = ApplicationStatus::kConsidering;
  std::optional<Date> deadline;  // full date; nullopt: none known
  std::string deadline_term;     // "Fall 2027" (from the catalog)
  DeadlineSource deadline_source = DeadlineSource::kNone;
  std::string deadline_url;  // the catalog source of the deadline
  ApplicationChecklist checklist;
  std::string notes;
  std::optional<Money> fee_paid;     // what the user actually paid to apply
  std::optional<Money> scholarship;  // an offer's scholarship over the whole program
  std::string updated_at;
};

// A fresh application for `program`: status considering, the deadline pre-filled
// with the program's first catalog deadline on or after `today` (with its term
// and source URL), or none when the catalog has no deadline.
Application NewApplication(const Program& program, const Date& today);

// The scholarship the user recorded for an offer feeds the program's cost:
// sets cost->scholarship (and aid_currency) unless the caller already set aid.
// Returns the sentence the bill should carry, or nullopt when nothing applied.
// The application fee already paid is not added: it is spent whichever program
// the user chooses (docs/METHODS.md, "The user's own figures").
std::optional<std::string> ApplyTrackedFigures(const Application& app, CostInputs* cost);

// --- the store ---------------------------------------------------------------

inline constexpr int kStoreSchemaVersion = 2;

class Store {
 public:
  // Opens (creating file and folders when needed) and migrates to
  // `target_version` (tests open older versions). Errors: IoError when the file
  // cannot be opened, InvalidData when it is not a gradfit database or is newer
  // than this program knows.
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             int target_version = kStoreSchemaVersion);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  int schema_version();
  const std::string& path() const { return path_; }

  // Profiles. Create/Update refuse a profile that does not validate (InvalidArgument).
  Result<std::vector<StoredProfile>> ListProfiles();
  Result<StoredProfile> GetProfile(std::int64_t id);  // NotFound
  Result<StoredProfile> CreateProfile(const Profile& profile);
  Result<StoredProfile> UpdateProfile(std::int64_t id, const Profile& profile);
  Status DeleteProfile(std::int64_t id);

  // The shortlist, in the order programs were added. Adding a listed program
  // updates its note; `*created` tells which happened.
  Result<std::vector<ShortlistItem>> Shortlist();
  Result<ShortlistItem> AddToShortlist(const std::string& program_id, const std::string& note,
                                       bool* created = nullptr);
  Status RemoveFromShortlist(const std::string& program_id);  // NotFound when not listed

  // Applications, by program id.
  Result<std::vector<Application>> Applications();
  Result<std::optional<Application>> FindApplication(const std::string& program_id);
  Result<Application> SaveApplication(const Application& app);  // insert or replace

 private:
  Store(std::unique_ptr<SQLite::Database> db, std::string path);
  std::unique_ptr<SQLite::Database> db_;
  std::string path_;
  std::mutex mutex_;  // one connection shared by the server's worker threads
};

// $XDG_DATA_HOME/gradfit/gradfit.db, or ~/.local/share/gradfit/gradfit.db.
std::string DefaultDatabasePath();

// --- exports -----------------------------------------------------------------

// One all-day event of a calendar (RFC 5545).
struct CalendarEvent {
  std::string uid;  // globally unique, stable across exports
  Date date;        // full date
  std::string summary;
  std::string description;
  std::string url;
};
// The events of every application that has a deadline (sorted by date).
std::vector<CalendarEvent> DeadlineEvents(const std::vector<Application>& apps,
                                          const Catalog& catalog);
// A VCALENDAR with one VEVENT per event: CRLF line ends, lines folded at 75
// octets (never inside a UTF-8 sequence), TEXT values escaped, DTSTAMP
// `stamp_utc` ("20261202T010203Z"), DTSTART;VALUE=DATE and DTEND the next day.
std::string ToICalendar(const std::vector<CalendarEvent>& events, const std::string& stamp_utc);

// The shortlist as a table: program_id, name, institution, country, tuition,
// deadline, status, note (unknown facts are empty cells).
std::vector<std::string> ShortlistColumns();
std::vector<std::vector<std::string>> ShortlistTable(const std::vector<ShortlistItem>& items,
                                                     const std::vector<Application>& apps,
                                                     const Catalog& catalog);
std::string ShortlistCsv(const std::vector<std::vector<std::string>>& table);  // RFC 4180, CRLF
// The same as an .xlsx workbook, returned as bytes.
Result<std::string> ShortlistXlsx(const std::vector<std::vector<std::string>>& table);

// "2026-12-02T01:02:03Z" and "20261202T010203Z" for now.
std::string UtcTimestamp();
std::string UtcStampCompact();

}  // namespace gradfit
