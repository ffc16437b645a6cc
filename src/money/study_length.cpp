// The length of study and the study mode of a bill: the catalog's length, the
// user's --months, or an estimate from the credits and the person's pace; and
// whether the program is costed full-time or part-time (docs/METHODS.md).
#include <fmt/format.h>

#include <cmath>

#include "money/cost_internal.hpp"

namespace gradfit::money_internal {

ModeDecision DecideStudyMode(const Program& p, bool online, const CostInputs& in) {
  ModeDecision d;
  if (in.mode == StudyMode::kFullTime) {
    d.note = "full-time: you give up your pay while studying";
    return d;
  }
  bool program_allows = online || (p.part_time.known() && *p.part_time);
  if (!program_allows) {
    // Never silently part-time: a full-time campus program costs the salary it takes.
    d.note = p.part_time.known()
                 ? "costed full-time: the program is full-time on campus, though you asked for "
                   "part-time study"
                 : "costed full-time: the catalog does not say this campus program can be taken "
                   "part-time, though you asked for part-time study";
    return d;
  }
  d.mode = StudyMode::kPartTime;
  if (in.work_share_kept) {
    d.work_share = *in.work_share_kept;
    d.note = fmt::format("part-time, keeping {:g}% of your pay (your profile)", d.work_share * 100);
  } else {
    d.work_share = online ? 1.0 : 0.5;
    d.note = online ? "part-time online beside your job: you keep all of your pay (default)"
                    : "part-time on campus: you keep half of your pay (default assumption)";
  }
  return d;
}

Length LengthOf(const Program& p, StudyMode mode, const CostInputs& in) {
  Length l;
  if (in.months_override) {
    l.months = *in.months_override;
    l.basis = "your --months";
    return l;
  }
  if (p.duration_months.known()) {
    l.months = *p.duration_months;
    l.basis = "the catalog";
    return l;
  }
  if (!p.credits.known()) {
    l.basis = "unknown: the catalog states neither a length nor credits";
    return l;
  }
  double courses = 0;
  std::string what;
  if (p.credits->unit == CreditUnit::kCourses) {
    courses = p.credits->amount;
    what = fmt::format("{:g} courses", courses);
  } else if (auto hours = NormalizedCreditHours(*p.credits)) {
    courses = *hours / 3.0;  // a graduate course is 3 US semester hours
    what = fmt::format("{:g} US semester hours / 3 = {:g} courses", *hours, courses);
  } else {
    l.basis = "unknown: the credits have no stated conversion to courses";
    return l;
  }
  double pace = in.courses_per_term.value_or(
      mode == StudyMode::kFullTime ? kFullTimeCoursesPerTerm : kPartTimeCoursesPerTerm);
  int terms = std::max(1, static_cast<int>(std::ceil(courses / pace - 1e-9)));
  l.months = terms * 6.0;
  l.terms = terms;
  l.estimated = true;
  l.basis = fmt::format(
      "estimate, not the catalog's: {} at {:g} a term ({}) = {} terms of 6 months (two a year)",
      what, pace,
      in.courses_per_term
          ? "your pace"
          : (mode == StudyMode::kFullTime ? "default full-time pace" : "default part-time pace"),
      terms);
  return l;
}

int TermsOf(const Length& length, const CostInputs& in) {
  if (in.terms_override) return *in.terms_override;
  if (length.terms) return *length.terms;
  return length.months ? TermsForMonths(*length.months) : 0;
}

}  // namespace gradfit::money_internal
