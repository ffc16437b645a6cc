// What an application means: its statuses, a fresh one pre-filled from the
// catalog, and how the user's own figures feed the program's cost.
#include <fmt/core.h>

#include <array>

#include "gradfit/store.hpp"

namespace gradfit {
namespace {

constexpr std::array<std::pair<ApplicationStatus, std::string_view>, 8> kStatuses = {{
    {ApplicationStatus::kConsidering, "considering"},
    {ApplicationStatus::kPreparing, "preparing"},
    {ApplicationStatus::kSubmitted, "submitted"},
    {ApplicationStatus::kInterview, "interview"},
    {ApplicationStatus::kAdmitted, "admitted"},
    {ApplicationStatus::kRejected, "rejected"},
    {ApplicationStatus::kWaitlisted, "waitlisted"},
    {ApplicationStatus::kDecision, "decision"},
}};

}  // namespace

std::string_view ToString(ApplicationStatus s) {
  for (const auto& [v, name] : kStatuses)
    if (v == s) return name;
  return "considering";
}

std::optional<ApplicationStatus> ParseApplicationStatus(std::string_view s) {
  for (const auto& [v, name] : kStatuses)
    if (name == s) return v;
  return std::nullopt;
}

const std::vector<ApplicationStatus>& AllApplicationStatuses() {
  static const std::vector<ApplicationStatus> kAll = [] {
    std::vector<ApplicationStatus> v;
    for (const auto& [s, name] : kStatuses) v.push_back(s);
    return v;
  }();
  return kAll;
}

std::string_view ToString(DeadlineSource s) {
  switch (s) {
    case DeadlineSource::kCatalog:
      return "catalog";
    case DeadlineSource::kUser:
      return "user";
    case DeadlineSource::kNone:
      break;
  }
  return "none";
}

Application NewApplication(const Program& program, const Date& today) {
  Application a;
  a.program_id = program.id;
  // The first deadline still ahead; a deadline already past is no use to pre-fill.
  const Fact<Deadline>* best = nullptr;
  Date best_date;
  for (const auto& d : program.deadlines) {
    if (!d.known()) continue;
    const Date next = d->NextOn(today);
    if (next.month == 0 || next.day == 0) continue;
    if (next.DaysSinceEpoch() < today.DaysSinceEpoch()) continue;
    if (!best || next.DaysSinceEpoch() < best_date.DaysSinceEpoch()) {
      best = &d;
      best_date = next;
    }
  }
  if (best) {
    a.deadline = best_date;
    a.deadline_term = (*best)->term;
    a.deadline_source = DeadlineSource::kCatalog;
    const int src = best->source();
    if (src >= 0 && src < static_cast<int>(program.sources.size()))
      a.deadline_url = program.sources[src].url;
  }
  return a;
}

std::optional<std::string> ApplyTrackedFigures(const Application& app, CostInputs* cost) {
  if (!app.scholarship || app.scholarship->amount <= 0) return std::nullopt;
  const bool other_aid = cost->stipend + cost->assistantship + cost->employer_support +
                             cost->employer_support_per_year >
                         0;
  if (cost->scholarship > 0) return std::nullopt;  // the request's own figure wins
  if (other_aid && cost->aid_currency != app.scholarship->currency)
    return fmt::format(
        "the scholarship in your application tracker ({} {:.0f}) is not applied: the other aid "
        "you gave is in {}",
        app.scholarship->currency, app.scholarship->amount, cost->aid_currency);
  cost->scholarship = app.scholarship->amount;
  cost->aid_currency = app.scholarship->currency;
  return fmt::format("scholarship {} {:.0f} from your application tracker (an offer you entered)",
                     app.scholarship->currency, app.scholarship->amount);
}

}  // namespace gradfit
