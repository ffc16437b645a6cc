// The application tracker's rows: one per program, letters in their own table.
// A save replaces the row and its letters in one transaction.
#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/core.h>

#include "gradfit/store.hpp"

namespace gradfit {
namespace {

constexpr const char* kSelect =
    "SELECT program_id, status, deadline, deadline_term, deadline_source, deadline_url, "
    "statement_of_purpose, transcripts, test_scores, fee, notes, fee_paid_amount, "
    "fee_paid_currency, scholarship_amount, scholarship_currency, updated_at FROM applications";

DeadlineSource ParseSource(const std::string& s) {
  if (s == "catalog") return DeadlineSource::kCatalog;
  if (s == "user") return DeadlineSource::kUser;
  return DeadlineSource::kNone;
}

std::optional<Money> ReadMoney(SQLite::Statement& q, int amount_col, int currency_col) {
  if (q.getColumn(amount_col).isNull()) return std::nullopt;
  return Money{q.getColumn(amount_col).getDouble(), q.getColumn(currency_col).getString()};
}

void BindMoney(SQLite::Statement& s, int amount_idx, int currency_idx,
               const std::optional<Money>& m) {
  if (m) {
    s.bind(amount_idx, m->amount);
    s.bind(currency_idx, m->currency);
  } else {
    s.bind(amount_idx);
    s.bind(currency_idx);
  }
}

Result<Application> ReadRow(SQLite::Database& db, SQLite::Statement& q) {
  Application a;
  a.program_id = q.getColumn(0).getString();
  auto status = ParseApplicationStatus(q.getColumn(1).getString());
  if (!status)
    return Status::InvalidData(fmt::format("application '{}': unknown status '{}'", a.program_id,
                                           q.getColumn(1).getString()));
  a.status = *status;
  if (!q.getColumn(2).isNull()) a.deadline = ParseDate(q.getColumn(2).getString());
  a.deadline_term = q.getColumn(3).getString();
  a.deadline_source = ParseSource(q.getColumn(4).getString());
  a.deadline_url = q.getColumn(5).getString();
  a.checklist.statement_of_purpose = q.getColumn(6).getInt() != 0;
  a.checklist.transcripts = q.getColumn(7).getInt() != 0;
  a.checklist.test_scores = q.getColumn(8).getInt() != 0;
  a.checklist.fee = q.getColumn(9).getInt() != 0;
  a.notes = q.getColumn(10).getString();
  a.fee_paid = ReadMoney(q, 11, 12);
  a.scholarship = ReadMoney(q, 13, 14);
  a.updated_at = q.getColumn(15).getString();
  SQLite::Statement letters(
      db, "SELECT who, sent FROM application_letters WHERE program_id = ? ORDER BY position");
  letters.bind(1, a.program_id);
  while (letters.executeStep())
    a.checklist.letters.push_back(
        {letters.getColumn(0).getString(), letters.getColumn(1).getInt() != 0});
  return a;
}

}  // namespace

Result<std::vector<Application>> Store::Applications() {
  std::lock_guard lock(mutex_);
  try {
    SQLite::Statement q(*db_, fmt::format("{} ORDER BY program_id", kSelect));
    std::vector<Application> out;
    while (q.executeStep()) {
      auto a = ReadRow(*db_, q);
      if (!a.ok()) return a.status();
      out.push_back(std::move(a).value());
    }
    return out;
  } catch (const SQLite::Exception& e) {
    return Status::IoError(std::string("database: ") + e.what());
  }
}

Result<std::optional<Application>> Store::FindApplication(const std::string& program_id) {
  std::lock_guard lock(mutex_);
  try {
    SQLite::Statement q(*db_, fmt::format("{} WHERE program_id = ?", kSelect));
    q.bind(1, program_id);
    if (!q.executeStep()) return std::optional<Application>();
    auto a = ReadRow(*db_, q);
    if (!a.ok()) return a.status();
    return std::optional<Application>(std::move(a).value());
  } catch (const SQLite::Exception& e) {
    return Status::IoError(std::string("database: ") + e.what());
  }
}

Result<Application> Store::SaveApplication(const Application& app) {
  if (app.program_id.empty()) return Status::InvalidArgument("program_id: empty");
  if (app.deadline && (app.deadline->month == 0 || app.deadline->day == 0))
    return Status::InvalidArgument("deadline.date: a deadline is a full date YYYY-MM-DD");
  Application saved = app;
  saved.updated_at = UtcTimestamp();
  std::lock_guard lock(mutex_);
  try {
    SQLite::Transaction tx(*db_);
    SQLite::Statement up(
        *db_,
        "INSERT OR REPLACE INTO applications(program_id, status, deadline, deadline_term, "
        "deadline_source, deadline_url, statement_of_purpose, transcripts, test_scores, fee, "
        "notes, fee_paid_amount, fee_paid_currency, scholarship_amount, scholarship_currency, "
        "updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    up.bind(1, saved.program_id);
    up.bind(2, std::string(ToString(saved.status)));
    if (saved.deadline)
      up.bind(3, saved.deadline->ToString());
    else
      up.bind(3);
    up.bind(4, saved.deadline_term);
    up.bind(5, std::string(ToString(saved.deadline_source)));
    up.bind(6, saved.deadline_url);
    up.bind(7, saved.checklist.statement_of_purpose ? 1 : 0);
    up.bind(8, saved.checklist.transcripts ? 1 : 0);
    up.bind(9, saved.checklist.test_scores ? 1 : 0);
    up.bind(10, saved.checklist.fee ? 1 : 0);
    up.bind(11, saved.notes);
    BindMoney(up, 12, 13, saved.fee_paid);
    BindMoney(up, 14, 15, saved.scholarship);
    up.bind(16, saved.updated_at);
    up.exec();
    SQLite::Statement del(*db_, "DELETE FROM application_letters WHERE program_id = ?");
    del.bind(1, saved.program_id);
    del.exec();
    for (size_t i = 0; i < saved.checklist.letters.size(); ++i) {
      SQLite::Statement ins(
          *db_,
          "INSERT INTO application_letters(program_id, position, who, sent) VALUES(?, ?, ?, ?)");
      ins.bind(1, saved.program_id);
      ins.bind(2, static_cast<int>(i));
      ins.bind(3, saved.checklist.letters[i].who);
      ins.bind(4, saved.checklist.letters[i].sent ? 1 : 0);
      ins.exec();
    }
    tx.commit();
    return saved;
  } catch (const SQLite::Exception& e) {
    return Status::IoError(std::string("database: ") + e.what());
  }
}

}  // namespace gradfit
