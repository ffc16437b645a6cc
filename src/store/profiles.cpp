// Stored profiles: the JSON text ProfileToJson writes, read back with
// ParseProfileJson, so a stored profile obeys exactly the rules of a file.
#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/core.h>

#include "gradfit/store.hpp"

namespace gradfit {
namespace {

Status Invalid(const Profile& p) {
  const auto errors = ValidateProfile(p);
  if (errors.empty()) return Status::Ok();
  return Status::InvalidArgument(errors.front().ToString());
}

Result<StoredProfile> Row(SQLite::Statement& q) {
  StoredProfile s;
  s.id = q.getColumn(0).getInt64();
  s.name = q.getColumn(1).getString();
  s.created_at = q.getColumn(3).getString();
  s.updated_at = q.getColumn(4).getString();
  auto p = ParseProfileJson(q.getColumn(2).getString(), fmt::format("stored profile {}", s.id));
  if (!p.ok()) return p.status();
  s.profile = std::move(p).value();
  return s;
}

constexpr const char* kColumns = "id, name, profile_json, created_at, updated_at";

}  // namespace

Result<std::vector<StoredProfile>> Store::ListProfiles() {
  std::lock_guard lock(mutex_);
  try {
    SQLite::Statement q(*db_, fmt::format("SELECT {} FROM profiles ORDER BY id", kColumns));
    std::vector<StoredProfile> out;
    while (q.executeStep()) {
      auto row = Row(q);
      if (!row.ok()) return row.status();
      out.push_back(std::move(row).value());
    }
    return out;
  } catch (const SQLite::Exception& e) {
    return Status::IoError(std::string("database: ") + e.what());
  }
}

Result<StoredProfile> Store::GetProfile(std::int64_t id) {
  std::lock_guard lock(mutex_);
  try {
    SQLite::Statement q(*db_, fmt::format("SELECT {} FROM profiles WHERE id = ?", kColumns));
    q.bind(1, id);
    if (!q.executeStep()) return Status::NotFound(fmt::format("no profile {}", id));
    return Row(q);
  } catch (const SQLite::Exception& e) {
    return Status::IoError(std::string("database: ") + e.what());
  }
}

Result<StoredProfile> Store::CreateProfile(const Profile& profile) {
  if (Status s = Invalid(profile); !s.ok()) return s;
  std::int64_t id = 0;
  {
    std::lock_guard lock(mutex_);
    try {
      const std::string now = UtcTimestamp();
      SQLite::Transaction tx(*db_);
      SQLite::Statement ins(*db_,
                            "INSERT INTO profiles(name, profile_json, created_at, updated_at) "
                            "VALUES(?, ?, ?, ?)");
      ins.bind(1, profile.name.value_or(""));
      ins.bind(2, ProfileToJson(profile));
      ins.bind(3, now);
      ins.bind(4, now);
      ins.exec();
      id = db_->getLastInsertRowid();
      tx.commit();
    } catch (const SQLite::Exception& e) {
      return Status::IoError(std::string("database: ") + e.what());
    }
  }
  return GetProfile(id);
}

Result<StoredProfile> Store::UpdateProfile(std::int64_t id, const Profile& profile) {
  if (Status s = Invalid(profile); !s.ok()) return s;
  {
    std::lock_guard lock(mutex_);
    try {
      SQLite::Transaction tx(*db_);
      SQLite::Statement up(*db_,
                           "UPDATE profiles SET name = ?, profile_json = ?, updated_at = ? "
                           "WHERE id = ?");
      up.bind(1, profile.name.value_or(""));
      up.bind(2, ProfileToJson(profile));
      up.bind(3, UtcTimestamp());
      up.bind(4, id);
      if (up.exec() == 0) return Status::NotFound(fmt::format("no profile {}", id));
      tx.commit();
    } catch (const SQLite::Exception& e) {
      return Status::IoError(std::string("database: ") + e.what());
    }
  }
  return GetProfile(id);
}

Status Store::DeleteProfile(std::int64_t id) {
  std::lock_guard lock(mutex_);
  try {
    SQLite::Transaction tx(*db_);
    SQLite::Statement del(*db_, "DELETE FROM profiles WHERE id = ?");
    del.bind(1, id);
    if (del.exec() == 0) return Status::NotFound(fmt::format("no profile {}", id));
    tx.commit();
    return Status::Ok();
  } catch (const SQLite::Exception& e) {
    return Status::IoError(std::string("database: ") + e.what());
  }
}

}  // namespace gradfit
