// Application deadlines as an iCalendar file (RFC 5545) a calendar program imports.
#include <fmt/core.h>

#include <algorithm>
#include <chrono>

#include "gradfit/store.hpp"

namespace gradfit {
namespace {

// TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and newlines are escaped.
std::string EscapeText(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\r') {
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
      out += "\\n";
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
      continue;  // other control characters are not allowed in TEXT
    } else {
      out += c;
    }
  }
  return out;
}

// A content line folded at 75 octets (RFC 5545 3.1): CRLF then one space; the
// space counts toward the next line's 75. A UTF-8 sequence is never split.
std::string Fold(const std::string& line) {
  std::string out;
  size_t start = 0, limit = 75;
  while (line.size() - start > limit) {
    size_t cut = start + limit;
    while (cut > start && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out += line.substr(start, cut - start) + "\r\n ";
    start = cut;
    limit = 74;
  }
  return out + line.substr(start) + "\r\n";
}

std::string DateValue(const Date& d) {
  return fmt::format("{:04d}{:02d}{:02d}", d.year, d.month, d.day);
}

Date NextDay(const Date& d) {
  using namespace std::chrono;
  const year_month_day next{sys_days{days{d.DaysSinceEpoch() + 1}}};
  return {int(next.year()), int(unsigned(next.month())), int(unsigned(next.day()))};
}

}  // namespace

std::vector<CalendarEvent> DeadlineEvents(const std::vector<Application>& apps,
                                          const Catalog& catalog) {
  std::vector<CalendarEvent> events;
  for (const Application& a : apps) {
    if (!a.deadline || a.deadline->month == 0 || a.deadline->day == 0) continue;
    const Program* p = catalog.find_program(a.program_id);
    const Institution* inst = p ? catalog.find_institution(p->institution_id) : nullptr;
    CalendarEvent e;
    e.uid = fmt::format("deadline-{}-{}@gradfit", a.program_id, DateValue(*a.deadline));
    e.date = *a.deadline;
    const std::string name = p ? p->name.value_or(p->id) : a.program_id;
    e.summary = fmt::format("Application deadline: {}{}", name,
                            inst && inst->name.known() ? ", " + *inst->name : "");
    e.description = fmt::format("Status: {}.", ToString(a.status));
    if (!a.deadline_term.empty()) e.description += fmt::format(" Term: {}.", a.deadline_term);
    e.description +=
        a.deadline_source == DeadlineSource::kUser
            ? " Deadline entered by you."
            : " Deadline from the program's page; check it there before you rely on it.";
    if (!a.notes.empty()) e.description += "\n" + a.notes;
    e.url = !a.deadline_url.empty() ? a.deadline_url : (p && p->url.known() ? *p->url : "");
    events.push_back(std::move(e));
  }
  std::stable_sort(events.begin(), events.end(), [](const auto& x, const auto& y) {
    return x.date.DaysSinceEpoch() < y.date.DaysSinceEpoch();
  });
  return events;
}

std::string ToICalendar(const std::vector<CalendarEvent>& events, const std::string& stamp_utc) {
  std::string out;
  out += Fold("BEGIN:VCALENDAR");
  out += Fold("VERSION:2.0");
  out += Fold("PRODID:-//gradfit//application deadlines//EN");
  out += Fold("CALSCALE:GREGORIAN");
  out += Fold("METHOD:PUBLISH");
  out += Fold("X-WR-CALNAME:" + EscapeText("gradfit application deadlines"));
  for (const CalendarEvent& e : events) {
    out += Fold("BEGIN:VEVENT");
    out += Fold("UID:" + e.uid);
    out += Fold("DTSTAMP:" + stamp_utc);
    out += Fold("DTSTART;VALUE=DATE:" + DateValue(e.date));
    out += Fold("DTEND;VALUE=DATE:" + DateValue(NextDay(e.date)));
    out += Fold("SUMMARY:" + EscapeText(e.summary));
    if (!e.description.empty()) out += Fold("DESCRIPTION:" + EscapeText(e.description));
    if (!e.url.empty()) out += Fold("URL:" + e.url);
    out += Fold("TRANSP:TRANSPARENT");
    out += Fold("END:VEVENT");
  }
  out += Fold("END:VCALENDAR");
  return out;
}

}  // namespace gradfit
