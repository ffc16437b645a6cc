// Opening the store: pragmas for durability, and the versioned migrations.
#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/core.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>

#include "gradfit/store.hpp"

namespace gradfit {
namespace {

// Migration N brings the schema from version N-1 to N. Never edit a released
// migration: add the next one.
const std::vector<const char*>& Migrations() {
  static const std::vector<const char*> kMigrations = {
      // 1: profiles and the shortlist.
      R"sql(
      CREATE TABLE profiles(
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL DEFAULT '',
        profile_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL);
      CREATE TABLE shortlist(
        program_id TEXT PRIMARY KEY,
        note TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        added_at TEXT NOT NULL);
      )sql",
      // 2: the application tracker; letters of recommendation in their own table.
      R"sql(
      CREATE TABLE applications(
        program_id TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        deadline TEXT,
        deadline_term TEXT NOT NULL DEFAULT '',
        deadline_source TEXT NOT NULL DEFAULT 'none',
        deadline_url TEXT NOT NULL DEFAULT '',
        statement_of_purpose INTEGER NOT NULL DEFAULT 0,
        transcripts INTEGER NOT NULL DEFAULT 0,
        test_scores INTEGER NOT NULL DEFAULT 0,
        fee INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT '',
        fee_paid_amount REAL,
        fee_paid_currency TEXT,
        scholarship_amount REAL,
        scholarship_currency TEXT,
        updated_at TEXT NOT NULL);
      CREATE TABLE application_letters(
        program_id TEXT NOT NULL REFERENCES applications(program_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        who TEXT NOT NULL,
        sent INTEGER NOT NULL,
        PRIMARY KEY(program_id, position));
      )sql",
  };
  return kMigrations;
}

int ReadVersion(SQLite::Database& db) {
  if (!db.tableExists("schema_version")) return 0;
  SQLite::Statement q(db, "SELECT version FROM schema_version");
  return q.executeStep() ? q.getColumn(0).getInt() : 0;
}

std::string FormatNow(const char* format) {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, format, &tm);
  return buf;
}

}  // namespace

std::string UtcTimestamp() { return FormatNow("%Y-%m-%dT%H:%M:%SZ"); }
std::string UtcStampCompact() { return FormatNow("%Y%m%dT%H%M%SZ"); }

std::string DefaultDatabasePath() {
  const char* xdg = std::getenv("XDG_DATA_HOME");
  std::filesystem::path base;
  if (xdg && *xdg) {
    base = xdg;
  } else {
    const char* home = std::getenv("HOME");
    base = std::filesystem::path(home && *home ? home : ".") / ".local" / "share";
  }
  return (base / "gradfit" / "gradfit.db").string();
}

Store::Store(std::unique_ptr<SQLite::Database> db, std::string path)
    : db_(std::move(db)), path_(std::move(path)) {}
Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, int target_version) {
  const int known = static_cast<int>(Migrations().size());
  if (target_version < 1 || target_version > known)
    return Status::InvalidArgument(
        fmt::format("schema version {} is not 1..{}", target_version, known));
  std::error_code ec;
  const auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  if (ec)
    return Status::IoError(fmt::format("{}: cannot create the folder ({})", path, ec.message()));
  try {
    auto db = std::make_unique<SQLite::Database>(
        path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_FULLMUTEX);
    db->setBusyTimeout(5000);
    db->exec("PRAGMA journal_mode=WAL");
    // FULL: the WAL is synced on every commit, so an acknowledged write survives kill -9
    // (and power loss), not only a crash of the process.
    db->exec("PRAGMA synchronous=FULL");
    db->exec("PRAGMA foreign_keys=ON");
    if (db->tableExists("schema_version") == false) {
      // A file with tables but no schema_version is not ours: refuse it.
      SQLite::Statement q(*db, "SELECT count(*) FROM sqlite_master WHERE type='table'");
      q.executeStep();
      if (q.getColumn(0).getInt() > 0)
        return Status::InvalidData(path + ": not a gradfit database (no schema_version table)");
      db->exec("CREATE TABLE schema_version(version INTEGER NOT NULL)");
      db->exec("INSERT INTO schema_version(version) VALUES(0)");
    }
    int version = ReadVersion(*db);
    if (version > known)
      return Status::InvalidData(
          fmt::format("{}: the database has schema version {}, newer than this gradfit knows ({}); "
                      "use a newer gradfit",
                      path, version, known));
    for (; version < target_version; ++version) {
      SQLite::Transaction tx(*db);
      db->exec(Migrations()[version]);
      SQLite::Statement set(*db, "UPDATE schema_version SET version = ?");
      set.bind(1, version + 1);
      set.exec();
      tx.commit();
    }
    return std::unique_ptr<Store>(new Store(std::move(db), path));
  } catch (const SQLite::Exception& e) {
    return Status::IoError(fmt::format("{}: {}", path, e.what()));
  }
}

int Store::schema_version() {
  std::lock_guard lock(mutex_);
  return ReadVersion(*db_);
}

}  // namespace gradfit
