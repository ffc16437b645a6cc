// The facts of one program as displayable rows, with their age.
#include <fmt/core.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "gradfit/catalog_query.hpp"
#include "gradfit/outcomes.hpp"

namespace gradfit {
namespace {

std::string Join(const std::vector<std::string>& v) {
  return fmt::format("{}", fmt::join(v, "; "));
}

template <typename E>
std::string JoinEnums(const std::vector<E>& v) {
  std::vector<std::string> names;
  for (E e : v) names.emplace_back(ToString(e));
  return fmt::format("{}", fmt::join(names, ", "));
}

std::string Money(double amount, const std::string& currency) {
  return fmt::format("{:.0f} {}", amount, currency);
}

std::string_view BasisText(TuitionBasis b) {
  switch (b) {
    case TuitionBasis::kTotal:
      return "total";
    case TuitionBasis::kPerCredit:
      return "per credit";
    case TuitionBasis::kPerTerm:
      return "per term";
    case TuitionBasis::kPerYear:
      return "per year";
  }
  return "";
}

class RowBuilder {
 public:
  RowBuilder(const Program& p, const Date& today) : p_(p), today_(today) {}

  template <typename T, typename Fmt>
  FactRow& Add(std::string key, const Fact<T>& f, Fmt format) {
    FactRow row;
    row.key = std::move(key);
    row.known = f.known();
    row.value = f.known() ? format(*f) : "unknown";
    row.sources = f.sources;
    row.scope = f.scope;
    if (f.known() && !f.scope.empty()) row.value += " (only for " + ScopePhrase(f.scope) + ")";
    for (int i : f.sources)
      if (const Source* s = p_.source_of(i); s && s->user_supplied) row.yours = true;
    if (row.yours) row.value += " (yours)";
    Finish(row);
    if (row.key == "tuition" && f.known()) AgeTuition(row);
    rows_.push_back(std::move(row));
    return rows_.back();
  }
  void AddString(std::string key, const Fact<std::string>& f) {
    Add(std::move(key), f, [](const std::string& s) { return s; });
  }
  void AddList(std::string key, const Fact<std::vector<std::string>>& f) {
    Add(std::move(key), f, [](const auto& v) { return Join(v); });
  }
  std::vector<FactRow> Take() { return std::move(rows_); }

 private:
  void Finish(FactRow& row) {
    row.as_of = FactDate(p_, row.sources);
    if (row.known && row.as_of) {
      row.age_years = AgeInYears(*row.as_of, today_);
      row.stale = row.age_years > kStaleAfterYears;
    }
  }
  // A tuition figure is as old as its academic year, whatever the page date.
  void AgeTuition(FactRow& row) {
    const Tuition& t = *p_.tuition;
    const Date year_start{t.academic_year_start, 9, 1};
    if (!row.as_of || year_start.DaysSinceEpoch() < row.as_of->DaysSinceEpoch()) {
      row.as_of = Date{t.academic_year_start, 0, 0};
      row.age_years = AgeInYears(year_start, today_);
      row.stale = row.age_years > kStaleAfterYears;
    }
  }

  const Program& p_;
  Date today_;
  std::vector<FactRow> rows_;
};

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The intake season of a term: its first word, lower case ("fall 2026" → "fall").
std::string Season(const std::string& term) {
  const std::string t = Lower(term);
  return t.substr(0, t.find_first_of(" (,"));
}

}  // namespace

std::string ScopePhrase(const Scope& scope) {
  std::vector<std::string> parts;
  if (scope.modality) {
    static const char* kWho[] = {"on-campus students", "online students", "hybrid students"};
    parts.emplace_back(kWho[static_cast<int>(*scope.modality)]);
  }
  if (scope.residency) {
    static const char* kWho[] = {"residents",          "international students",
                                 "in-state residents", "out-of-state students",
                                 "EU students",        "non-EU students"};
    parts.emplace_back(kWho[static_cast<int>(*scope.residency)]);
  }
  if (!scope.track.empty()) parts.push_back("the " + scope.track + " track");
  return fmt::format("{}", fmt::join(parts, " and "));
}

bool DeadlinePassed(const Deadline& d, const Date& today) {
  return !d.yearly() && d.date.DaysSinceEpoch() < today.DaysSinceEpoch();
}

std::optional<Deadline> NextCycle(const Program& p, const Deadline& passed, const Date& today) {
  std::optional<Deadline> best;
  for (const auto& f : p.deadlines) {
    if (!f.known() || Season(f->term) != Season(passed.term)) continue;
    const Date next = f->NextOn(today);
    if (next.DaysSinceEpoch() < today.DaysSinceEpoch()) continue;  // passed as well
    if (!best || next.DaysSinceEpoch() < best->NextOn(today).DaysSinceEpoch()) best = *f;
  }
  return best;
}

std::optional<Date> FactDate(const Program& p, const std::vector<int>& sources) {
  std::optional<Date> newest;
  for (int i : sources) {
    const Source* s = p.source_of(i);
    if (!s) continue;
    const Date d = s->as_of();
    if (!d.valid()) continue;
    if (!newest || d.DaysSinceEpoch() > newest->DaysSinceEpoch()) newest = d;
  }
  return newest;
}

std::vector<FactRow> ProgramFactRows(const Program& p, const Date& today) {
  RowBuilder b(p, today);
  b.AddString("name", p.name);
  b.Add("label", p.label, [](Label l) { return std::string(ToString(l)); });
  b.AddString("country", p.country);
  b.AddString("city", p.city);
  b.AddString("url", p.url);
  b.Add("structure.duration_months", p.duration_months,
        [](double m) { return fmt::format("{:g}", m); });
  b.Add("structure.credits", p.credits, [](const Credits& c) {
    std::string s = fmt::format("{:g} {}", c.amount, ToString(c.unit));
    if (auto h = NormalizedCreditHours(c); h && c.unit != CreditUnit::kUsSemesterHours)
      s += fmt::format(" (~{:.0f} US credit hours)", *h);
    return s;
  });
  b.Add("structure.options", p.options, [](const auto& v) { return JoinEnums(v); });
  b.AddString("structure.practicum", p.practicum);
  b.AddList("curriculum.core_courses", p.core_courses);
  b.AddList("curriculum.elective_examples", p.elective_examples);
  b.Add("curriculum.electives_to_choose", p.electives_to_choose,
        [](int n) { return std::to_string(n); });
  b.AddList("curriculum.faculty_areas", p.faculty_areas);
  b.Add("modality.formats", p.modality, [](const auto& v) { return JoinEnums(v); });
  b.Add("modality.part_time", p.part_time, [](bool v) { return std::string(v ? "yes" : "no"); });
  const Admissions& a = p.admissions;
  b.Add("admissions.min_gpa", a.min_gpa,
        [](const Gpa& g) { return fmt::format("{:g} on a {:g} scale", g.minimum, g.scale); });
  b.Add("admissions.gre", a.gre, [](GrePolicy g) { return std::string(ToString(g)); });
  b.Add("admissions.toefl_ibt_min", a.toefl_ibt_min,
        [](double v) { return fmt::format("{:g}", v); });
  b.Add("admissions.ielts_min", a.ielts_min, [](double v) { return fmt::format("{:g}", v); });
  b.AddList("admissions.materials", a.materials);
  b.AddList("admissions.prerequisite_subjects", a.prerequisite_subjects);
  b.AddList("admissions.prerequisites_preferred", a.preferred_subjects);
  b.AddList("admissions.prerequisites_recommended", a.recommended_subjects);
  b.AddString("admissions.prerequisites_text", a.prerequisites_text);
  if (p.deadlines.empty()) b.Add("deadlines", Fact<Deadline>{}, [](const Deadline&) { return ""; });
  // A passed date is never shown as upcoming: it says so, with the next cycle when known.
  for (const auto& d : p.deadlines) {
    FactRow& row = b.Add("deadlines", d, [&](const Deadline& x) {
      if (x.yearly())
        return fmt::format("{}: every year on {:02d}-{:02d} (next {})", x.term, x.every_month,
                           x.every_day, x.NextOn(today).ToString());
      if (!DeadlinePassed(x, today)) return fmt::format("{}: {}", x.term, x.date.ToString());
      const auto next = NextCycle(p, x, today);
      return fmt::format("{}: {} (passed; next cycle: {})", x.term, x.date.ToString(),
                         next ? fmt::format("{} {}", next->term, next->NextOn(today).ToString())
                              : std::string("unknown"));
    });
    row.passed = d.known() && DeadlinePassed(*d, today);
  }
  b.Add("tuition", p.tuition, [](const Tuition& t) {
    std::string s =
        fmt::format("{} {} ({})", Money(t.amount, t.currency), BasisText(t.basis), t.academic_year);
    if (!t.residency.empty()) s += ", " + t.residency;
    if (!t.note.empty()) s += "; " + t.note;
    return s;
  });
  if (p.fees.empty()) b.Add("fees", Fact<Fee>{}, [](const Fee&) { return ""; });
  for (const auto& f : p.fees)
    b.Add("fees", f, [](const Fee& x) {
      return fmt::format("{}: {} {}", x.name, Money(x.amount, x.currency), BasisText(x.basis));
    });
  // The user's own aid (personal overlay only): no row when there is none.
  for (const auto& a : p.user_aid)
    b.Add("aid", a, [](const Aid& x) {
      return fmt::format("{}: {} {}{}", x.name, Money(x.amount, x.currency), BasisText(x.basis),
                         x.academic_year.empty() ? "" : " (" + x.academic_year + ")");
    });
  b.AddList("industry.partners", p.industry.partners);
  b.Add("industry.internship", p.industry.internship,
        [](Internship i) { return std::string(ToString(i)); });
  b.AddString("industry.notes", p.industry.notes);
  b.Add("outcomes", p.outcomes, [](const Outcomes& o) {
    std::vector<std::string> parts;
    if (o.median_salary) parts.push_back("median salary " + Money(*o.median_salary, o.currency));
    if (o.placement_rate)
      parts.push_back(fmt::format("placement {:.0f}%", *o.placement_rate * 100));
    parts.push_back(fmt::format("class of {}", o.year));
    if (!o.notes.empty()) parts.push_back(o.notes);
    return Join(parts);
  });
  b.Add("graduate_outcomes", p.graduate_outcomes, FieldOutcomeSummary);
  b.Add("bachelor_outcomes", p.bachelor_outcomes, FieldOutcomeSummary);
  return b.Take();
}

MarkedFacts MarkFacts(const Program& p, const Date& today) {
  MarkedFacts m;
  for (const FactRow& row : ProgramFactRows(p, today)) {
    if (row.stale && (m.stale.empty() || m.stale.back() != row.key)) m.stale.push_back(row.key);
    if (row.yours && (m.yours.empty() || m.yours.back() != row.key)) m.yours.push_back(row.key);
    m.passed_deadlines += row.passed;
  }
  return m;
}

bool MarkedFacts::is_stale(std::string_view key) const {
  return std::find(stale.begin(), stale.end(), key) != stale.end();
}
bool MarkedFacts::is_yours(std::string_view key) const {
  return std::find(yours.begin(), yours.end(), key) != yours.end();
}

}  // namespace gradfit
