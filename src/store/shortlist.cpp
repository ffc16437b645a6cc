// The shortlist: program ids in the order the user added them, each with a note.
#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/core.h>

#include "gradfit/store.hpp"

namespace gradfit {

Result<std::vector<ShortlistItem>> Store::Shortlist() {
  std::lock_guard lock(mutex_);
  try {
    SQLite::Statement q(*db_, "SELECT program_id, note, added_at FROM shortlist ORDER BY position");
    std::vector<ShortlistItem> out;
    while (q.executeStep())
      out.push_back(
          {q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString()});
    return out;
  } catch (const SQLite::Exception& e) {
    return Status::IoError(std::string("database: ") + e.what());
  }
}

Result<ShortlistItem> Store::AddToShortlist(const std::string& program_id, const std::string& note,
                                            bool* created) {
  std::lock_guard lock(mutex_);
  try {
    SQLite::Transaction tx(*db_);
    SQLite::Statement find(*db_, "SELECT added_at FROM shortlist WHERE program_id = ?");
    find.bind(1, program_id);
    ShortlistItem item{program_id, note, ""};
    if (find.executeStep()) {
      item.added_at = find.getColumn(0).getString();
      SQLite::Statement up(*db_, "UPDATE shortlist SET note = ? WHERE program_id = ?");
      up.bind(1, note);
      up.bind(2, program_id);
      up.exec();
      if (created) *created = false;
    } else {
      item.added_at = UtcTimestamp();
      SQLite::Statement ins(*db_,
                            "INSERT INTO shortlist(program_id, note, position, added_at) VALUES("
                            "?, ?, (SELECT coalesce(max(position), 0) + 1 FROM shortlist), ?)");
      ins.bind(1, program_id);
      ins.bind(2, note);
      ins.bind(3, item.added_at);
      ins.exec();
      if (created) *created = true;
    }
    tx.commit();
    return item;
  } catch (const SQLite::Exception& e) {
    return Status::IoError(std::string("database: ") + e.what());
  }
}

Status Store::RemoveFromShortlist(const std::string& program_id) {
  std::lock_guard lock(mutex_);
  try {
    SQLite::Transaction tx(*db_);
    SQLite::Statement del(*db_, "DELETE FROM shortlist WHERE program_id = ?");
    del.bind(1, program_id);
    if (del.exec() == 0)
      return Status::NotFound(fmt::format("'{}' is not on the shortlist", program_id));
    tx.commit();
    return Status::Ok();
  } catch (const SQLite::Exception& e) {
    return Status::IoError(std::string("database: ") + e.what());
  }
}

}  // namespace gradfit
