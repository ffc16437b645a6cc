// A small strict RFC 5545 reader for the tests: checks CRLF line ends, the
// 75-octet fold limit, unfolds, and collects each VEVENT's properties.
#pragma once

#include <map>
#include <regex>
#include <string>
#include <vector>

namespace gradfit_test {

struct ICalEvent {
  std::map<std::string, std::string> props;  // "DTSTART;VALUE=DATE" -> "20270301"
  // A TEXT value with its escapes undone.
  std::string text(const std::string& key) const {
    auto it = props.find(key);
    if (it == props.end()) return "";
    std::string out;
    const std::string& v = it->second;
    for (size_t i = 0; i < v.size(); ++i) {
      if (v[i] == '\\' && i + 1 < v.size()) {
        const char n = v[++i];
        out += (n == 'n' || n == 'N') ? '\n' : n;
      } else {
        out += v[i];
      }
    }
    return out;
  }
};

struct ICalendar {
  bool ok = false;
  std::string error;
  std::map<std::string, std::string> calendar_props;
  std::vector<ICalEvent> events;
};

inline bool ValidUtf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = s[i];
    const int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (int k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += len;
  }
  return true;
}

inline ICalendar ParseICalendar(const std::string& text) {
  ICalendar cal;
  auto fail = [&](const std::string& why) {
    cal.error = why;
    return cal;
  };
  // Physical lines: CRLF only, at most 75 octets each.
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    const size_t crlf = text.find("\r\n", start);
    if (crlf == std::string::npos) return fail("the text does not end with CRLF");
    const std::string line = text.substr(start, crlf - start);
    if (line.find('\n') != std::string::npos || line.find('\r') != std::string::npos)
      return fail("a bare LF or CR inside: " + line);
    if (line.size() > 75) return fail("a line longer than 75 octets: " + line);
    if (!line.empty() && (line[0] == ' ' || line[0] == '\t')) {
      if (lines.empty()) return fail("a continuation line first");
      lines.back() += line.substr(1);  // unfold
    } else {
      lines.push_back(line);
    }
    start = crlf + 2;
  }
  if (lines.empty() || lines.front() != "BEGIN:VCALENDAR" || lines.back() != "END:VCALENDAR")
    return fail("not a VCALENDAR");
  ICalEvent* event = nullptr;
  for (size_t i = 1; i + 1 < lines.size(); ++i) {
    const std::string& l = lines[i];
    if (!ValidUtf8(l)) return fail("invalid UTF-8 (a fold split a character?): " + l);
    if (l == "BEGIN:VEVENT") {
      if (event) return fail("nested VEVENT");
      cal.events.emplace_back();
      event = &cal.events.back();
      continue;
    }
    if (l == "END:VEVENT") {
      if (!event) return fail("END:VEVENT without BEGIN");
      for (const char* required : {"UID", "DTSTAMP", "DTSTART;VALUE=DATE", "SUMMARY"})
        if (!event->props.count(required)) return fail(std::string("an event without ") + required);
      if (!std::regex_match(event->props["DTSTAMP"], std::regex(R"(\d{8}T\d{6}Z)")))
        return fail("DTSTAMP is not a UTC date-time: " + event->props["DTSTAMP"]);
      if (!std::regex_match(event->props["DTSTART;VALUE=DATE"], std::regex(R"(\d{8})")))
        return fail("DTSTART is not a date");
      event = nullptr;
      continue;
    }
    const size_t colon = l.find(':');
    if (colon == std::string::npos || colon == 0) return fail("not NAME:VALUE: " + l);
    const std::string key = l.substr(0, colon), value = l.substr(colon + 1);
    // Unescaped TEXT specials would split the value for a real parser.
    if (key == "SUMMARY" || key == "DESCRIPTION")
      for (size_t k = 0; k < value.size(); ++k) {
        if (value[k] == '\\') {
          ++k;
          continue;
        }
        if (value[k] == ';' || value[k] == ',') return fail("unescaped ; or , in " + key);
      }
    (event ? event->props : cal.calendar_props)[key] = value;
  }
  if (event) return fail("VEVENT not closed");
  if (cal.calendar_props["VERSION"] != "2.0" || cal.calendar_props["PRODID"].empty())
    return fail("VERSION:2.0 and PRODID are required");
  cal.ok = true;
  return cal;
}

}  // namespace gradfit_test
